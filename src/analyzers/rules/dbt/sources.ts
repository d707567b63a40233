// What the source rules share: which source tables of a changed properties file the change added
// or edited, and the source-then-table merge of their properties (dbt reads a table's key, then
// its source's, then dbt_project.yml's `sources:` config).
import { fqnSearch } from '../../dbt/project.js';
import type { DbtIndex, DbtSourceTable, LocatedValue } from '../../dbt/project.js';
import type { RuleContext } from '../../rule.js';
import { fromPlain } from '../../values.js';
import type { LiteralValue } from '../../values.js';
import { yamlPlain } from '../../yaml.js';
import { touches } from './support.js';

/**
 * Source tables of the file under review that the change added or edited: the table's own lines,
 * or the source's own keys (outside its tables), which every table inherits. All of them on a
 * full-file review or an added file.
 */
export function sourceTablesUnderReview(ctx: RuleContext): DbtSourceTable[] {
  const index = ctx.dbt;
  if (!index || ctx.file.kind !== 'dbt-properties') return [];
  const inFile = index.sourceTables.filter((table) => table.file === ctx.file.path);
  if (ctx.fullFileReview || ctx.file.status === 'added') return inFile;
  const lines = ctx.file.addedLines;
  return inFile.filter((table) => {
    if (touches(table.line, table.endLine, lines)) return true;
    const siblings = inFile.filter((other) => other.source === table.source && other.sourceLine === table.sourceLine);
    for (let line = table.sourceLine; line <= table.sourceEndLine; line++) {
      if (lines.has(line) && !siblings.some((other) => line >= other.line && line <= other.endLine)) return true;
    }
    return false;
  });
}

/** A key set at table level or in its `config:`. */
function own(keys: Record<string, LocatedValue>, key: string): LocatedValue | undefined {
  if (keys[key]) return keys[key];
  const config = keys['config'];
  const value = config?.value.kind === 'dict' ? config.value.entries[key] : undefined;
  return value && config ? { ...config, value } : undefined;
}

/** The folders of a properties file under its project's model path, for the source's fqn. */
function folders(index: DbtIndex, table: DbtSourceTable): string[] {
  const project = index.projectFor(table.file);
  if (!project) return [];
  const relative = project.root ? table.file.slice(project.root.length + 1) : table.file;
  const parts = relative.split('/').slice(0, -1);
  const modelPath = project.modelPaths.find((folder) => relative.startsWith(`${folder}/`));
  return modelPath ? parts.slice(modelPath.split('/').length) : parts;
}

/** A source-table property merged the way dbt does: table, then source, then dbt_project.yml `sources:`. */
export function sourceProperty(index: DbtIndex, table: DbtSourceTable, key: string): LocatedValue | undefined {
  const found = own(table.tableKeys, key) ?? own(table.sourceKeys, key);
  if (found) return found;
  const project = index.projectFor(table.file);
  if (!project?.sourcesConfig) return undefined;
  let result: LocatedValue | undefined;
  // dbt's source fqn has the file's folders; projects write both forms, so both are searched.
  for (const fqn of [[project.name, ...folders(index, table), table.source, table.table], [project.name, table.source, table.table]]) {
    for (const level of fqnSearch(project.sourcesConfig, fqn)) {
      for (const entry of level.entries) {
        if (entry.key.replace(/^\+/, '') !== key) continue;
        if (!entry.key.startsWith('+') && entry.value.kind === 'map' && key !== 'freshness') continue;
        result = { value: fromPlain(yamlPlain(entry.value)), layer: 'project', file: project.file, line: entry.keyLine };
      }
    }
  }
  return result;
}

export function sourceLabel(table: DbtSourceTable): string {
  return `${table.source}.${table.table}`;
}

export function textOf(value: LiteralValue | undefined): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'string') return value.value;
  if (value.kind === 'expr') return value.text;
  if (value.kind === 'number') return String(value.value);
  return undefined;
}
