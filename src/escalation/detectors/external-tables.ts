// Escalates dbt sources and catalogs that move data between the warehouse and a lake:
//  - a source table's `external:` definition (dbt-external-tables): its `location` changed, or its
//    file or table format (`file_format`, `using`, `stored_as`, `table_format`) changed →
//    lake-storage-format; an existing source table turned into an external one or back, or the
//    project's first external table → data-architecture;
//  - a dbt catalog's (catalogs.yml) `table_format`, `catalog_type`, `external_volume` or
//    `base_location_root` changed → lake-storage-format (a new catalogs.yml is the
//    technology-introduced detector's).
// Source tables are matched by source and table name, so moving a source between files,
// reformatting its YAML or renaming the file raises nothing.
import type { ChangedFile, DraftEscalation, Evidence, Side } from '../../model.js';
import type { LiteralValue } from '../../analyzers/values.js';
import { fromPlain } from '../../analyzers/values.js';
import { parseYaml, yamlGet, yamlItems, yamlPlain, yamlString } from '../../analyzers/yaml.js';
import type { YamlNode } from '../../analyzers/yaml.js';
import type { Detector, DetectorContext, EscalationTrigger } from './detector.js';
import { dbtFileKinds, dbtSides } from './support/dbt-sides.js';
import type { DbtSides } from './support/dbt-sides.js';
import { arrow, escalation, mergeSameDecision } from './support/escalation.js';
import { basename, basePathOf, headLineFor, headPathOf, readText } from './support/files.js';
import { canonical, display } from './support/values.js';

export const DETECTOR_ID = 'external-tables';

const FORMAT_KEYS = ['file_format', 'using', 'stored_as', 'table_format', 'format'];
const LOCATION_KEYS = ['location', 'external_location'];
const CATALOG_KEYS = ['table_format', 'catalog_type', 'external_volume', 'base_location_root', 'base_location_subpath'];

interface ExternalTable {
  owner: string;
  file: string;
  /** Line of the `external:` key. */
  line: number;
  values: Record<string, { value: LiteralValue; line: number }>;
}

function externalTables(text: string, file: string): { externals: Map<string, ExternalTable>; tables: Set<string> } {
  const externals = new Map<string, ExternalTable>();
  const tables = new Set<string>();
  const parsed = parseYaml(text);
  if (!parsed.ok) return { externals, tables };
  for (const source of yamlItems(yamlGet(parsed.root, 'sources'))) {
    const sourceName = yamlString(yamlGet(source, 'name'));
    if (sourceName === undefined) continue;
    for (const table of yamlItems(yamlGet(source, 'tables'))) {
      const tableName = yamlString(yamlGet(table, 'name'));
      if (tableName === undefined) continue;
      const owner = `${sourceName}.${tableName}`;
      tables.add(owner);
      const external = yamlGet(table, 'external');
      if (external?.kind !== 'map') continue;
      const values: ExternalTable['values'] = {};
      for (const entry of external.entries) values[entry.key] = { value: fromPlain(yamlPlain(entry.value)), line: entry.keyLine };
      const line = table.kind === 'map' ? (table.entries.find((entry) => entry.key === 'external')?.keyLine ?? table.line) : table.line;
      externals.set(owner, { owner, file, line, values });
    }
  }
  return { externals, tables };
}

/** Whether a properties text can hold an `external:` key: the word itself, or an escaped spelling of it. */
function mayDeclareExternal(text: string): boolean {
  return text.includes('external') || text.includes('\\');
}

/** `catalogs.yml` settings by `catalog/integration/key`. */
function catalogSettings(text: string): Map<string, { value: LiteralValue; line: number }> {
  const out = new Map<string, { value: LiteralValue; line: number }>();
  const parsed = parseYaml(text);
  if (!parsed.ok) return out;
  const visit = (node: YamlNode, path: string): void => {
    if (node.kind === 'seq') {
      node.items.forEach((item, index) => visit(item, `${path}/${yamlString(yamlGet(item, 'name')) ?? index}`));
    } else if (node.kind === 'map') {
      for (const entry of node.entries) {
        if (CATALOG_KEYS.includes(entry.key) && entry.value.kind === 'scalar') out.set(`${path}/${entry.key}`, { value: fromPlain(entry.value.value), line: entry.keyLine });
        else visit(entry.value, path);
      }
    }
  };
  if (parsed.root) visit(parsed.root, '');
  return out;
}

interface Finding {
  trigger: EscalationTrigger;
  subject: string;
  evidence: Evidence;
}

function locate(file: ChangedFile, headPath: string | undefined, line: number): { file: string; line: number } {
  return headPath === undefined ? { file: file.path, line } : { file: headPath, line: headLineFor(file, line) };
}

/** Whether the base project had any external source table (read from its properties files). */
async function baseHasExternalTables(ctx: DetectorContext, sides: DbtSides): Promise<boolean> {
  for (const path of [...sides.base.files].filter((candidate) => sides.base.fileKind(candidate) === 'properties').sort()) {
    const text = await readText(ctx.changeSet.contents, 'base', path);
    if (text !== undefined && text.includes('external') && externalTables(text, path).externals.size > 0) return true;
  }
  return false;
}

export const externalTablesDetector: Detector = {
  id: DETECTOR_ID,
  triggers: ['lake-storage-format', 'data-architecture'],
  async detect(ctx) {
    const kinds = await dbtFileKinds(ctx);
    const findings: Finding[] = [];
    const before = new Map<string, { table: ExternalTable; file: ChangedFile }>();
    const after = new Map<string, { table: ExternalTable; file: ChangedFile }>();
    const baseTables = new Set<string>();
    const headTables = new Set<string>();
    const deferred: { side: Side; path: string; file: ChangedFile }[] = [];
    const readBase = (read: ReturnType<typeof externalTables>, file: ChangedFile): void => {
      for (const [owner, table] of read.externals) before.set(owner, { table, file });
      for (const owner of read.tables) baseTables.add(owner);
    };
    const readHead = (read: ReturnType<typeof externalTables>, file: ChangedFile): void => {
      for (const [owner, table] of read.externals) after.set(owner, { table, file });
      for (const owner of read.tables) headTables.add(owner);
    };
    for (const file of ctx.changeSet.files) {
      const basePath = basePathOf(file);
      const headPath = headPathOf(file);
      if ([basePath, headPath].some((path) => path !== undefined && /^catalogs\.ya?ml$/.test(basename(path)))) {
        const [baseText, headText] = await Promise.all([readText(ctx.changeSet.contents, 'base', basePath), readText(ctx.changeSet.contents, 'head', headPath)]);
        if (baseText === undefined || headText === undefined) continue;
        const was = catalogSettings(baseText);
        const now = catalogSettings(headText);
        for (const key of new Set([...was.keys(), ...now.keys()])) {
          const old = was.get(key);
          const current = now.get(key);
          if (canonical(old?.value, { caseInsensitive: true }) === canonical(current?.value, { caseInsensitive: true })) continue;
          const where = current ? { file: headPath as string, line: current.line } : locate(file, headPath, old?.line ?? 1);
          findings.push({ trigger: 'lake-storage-format', subject: `dbt catalog ${key.split('/')[1] ?? ''}`, evidence: { ...where, text: `${key.slice(1)}: ${arrow(display(old?.value), display(current?.value))}` } });
        }
        continue;
      }
      const isProperties = [basePath, headPath].some((path) => path !== undefined && kinds.fileKind(path) === 'properties');
      if (!isProperties) continue;
      const [baseText, headText] = await Promise.all([readText(ctx.changeSet.contents, 'base', basePath), readText(ctx.changeSet.contents, 'head', headPath)]);
      if (baseText !== undefined && basePath !== undefined) {
        // A text without the word declares no external table (a key spelt with escapes needs a
        // backslash); its plain tables matter only if some other file has one, so it is parsed
        // later, and only then (see below).
        if (mayDeclareExternal(baseText)) readBase(externalTables(baseText, basePath), file);
        else deferred.push({ side: 'base', path: basePath, file });
      }
      if (headText !== undefined && headPath !== undefined) {
        if (mayDeclareExternal(headText)) readHead(externalTables(headText, headPath), file);
        else deferred.push({ side: 'head', path: headPath, file });
      }
    }
    // Most changes touch no external table: then the other properties files need no parse at all
    // (on a 5,000-file change that was 2,000 YAML parses). Otherwise their tables are read too.
    if (before.size > 0 || after.size > 0) {
      for (const { side, path, file } of deferred) {
        const text = await readText(ctx.changeSet.contents, side, path);
        if (text === undefined) continue;
        if (side === 'base') readBase(externalTables(text, path), file);
        else readHead(externalTables(text, path), file);
      }
    }

    let firstExternal: boolean | undefined;
    for (const [owner, { table }] of after) {
      const previous = before.get(owner)?.table;
      const subject = `source ${owner}`;
      if (!previous) {
        if (baseTables.has(owner)) {
          findings.push({ trigger: 'data-architecture', subject, evidence: { file: table.file, line: table.line, text: `source ${owner}: ${arrow('warehouse table', 'external table')}` } });
          continue;
        }
        firstExternal ??= before.size === 0 && !(await baseHasExternalTables(ctx, await dbtSides(ctx)));
        if (firstExternal) findings.push({ trigger: 'data-architecture', subject: 'external tables', evidence: { file: table.file, line: table.line, text: `source ${owner}: ${arrow('none', 'external table')}` } });
        continue;
      }
      for (const key of [...LOCATION_KEYS, ...FORMAT_KEYS]) {
        const was = previous.values[key];
        const now = table.values[key];
        if (canonical(was?.value, { caseInsensitive: FORMAT_KEYS.includes(key) }) === canonical(now?.value, { caseInsensitive: FORMAT_KEYS.includes(key) })) continue;
        const line = now?.line ?? table.line;
        findings.push({ trigger: 'lake-storage-format', subject, evidence: { file: table.file, line, text: `external ${key} of ${owner}: ${arrow(display(was?.value), display(now?.value))}` } });
      }
    }
    for (const [owner, { table, file }] of before) {
      if (after.has(owner) || !headTables.has(owner)) continue;
      findings.push({ trigger: 'data-architecture', subject: `source ${owner}`, evidence: { ...locate(file, headPathOf(file), table.line), text: `source ${owner}: ${arrow('external table', 'warehouse table')}` } });
    }

    const drafts: DraftEscalation[] = findings.map((finding) =>
      escalation({
        detector: DETECTOR_ID,
        trigger: finding.trigger,
        subject: finding.subject,
        title:
          finding.trigger === 'data-architecture'
            ? finding.subject === 'external tables'
              ? 'The project starts reading external tables from a lake'
              : `${finding.subject} moves between warehouse and lake storage`
            : `Lake storage of ${finding.subject} changes`,
        problem:
          finding.trigger === 'data-architecture'
            ? `The change moves data of ${finding.subject} between warehouse-managed tables and files in object storage read as external tables. Whether analytical data lives in a warehouse, a lake or a lakehouse is an architecture decision for a human.`
            : `The change alters where or in which format ${finding.subject} is stored in the lake. The file or table format decides which engines can read it, and whether it supports transactions and schema evolution; a new location means the data moves. A human should decide it.`,
        evidence: [finding.evidence],
      }),
    );
    return mergeSameDecision(drafts);
  },
};
