// What the dbt rules share: which models a changed file puts under review (diff-awareness for
// rules about objects), a model's effective config, its layer, and where a finding about a model
// should point so that it lands on a file of the change.
import { versionFileNames } from '../../dbt/graph.js';
import type { JinjaConfig } from '../../dbt/jinja.js';
import type { DbtIndex, DbtModelFile, DbtProject, DbtPropertiesEntry, LocatedValue, ResolvedModelConfig } from '../../dbt/project.js';
import { lineText } from '../../rule.js';
import type { RuleContext, RuleMeta, RuleReport } from '../../rule.js';
import type { LiteralValue } from '../../values.js';

export const stem = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};

export function touches(first: number, last: number, lines: ReadonlySet<number>): boolean {
  for (let line = first; line <= last; line++) if (lines.has(line)) return true;
  return false;
}

/** Whether a path is a file of the change that is still there at head and has a patch. */
export function inChange(ctx: RuleContext, path: string): boolean {
  const file = ctx.change.file(path);
  return file !== undefined && file.status !== 'removed' && file.patchUnavailable === undefined;
}

/** The properties entry of a model in its own project (an entry of another project documents another model). */
export function modelEntry(index: DbtIndex, name: string, project: DbtProject | undefined): DbtPropertiesEntry | undefined {
  const own = index.entriesNamed('model', name).find((entry) => entry.project === project);
  if (own) return own;
  // A versioned model's files (`dim_customers_v2.sql`, or `defined_in:`) are documented by the base entry.
  return index.propertiesEntries.find((entry) => entry.resource === 'model' && entry.project === project && versionFileNames(entry).includes(name));
}

/** The model files an entry documents (its own file, or its versions' files), in its project first. */
function modelsOfEntry(index: DbtIndex, entry: DbtPropertiesEntry): DbtModelFile[] {
  const names = [entry.name, ...versionFileNames(entry)];
  const found: DbtModelFile[] = [];
  for (const name of names) {
    const models = index.modelsNamed(name);
    const model = models.find((candidate) => candidate.project === entry.project) ?? (entry.project === undefined ? models[0] : undefined);
    if (model) found.push(model);
  }
  return found;
}

export interface ModelUnderReview {
  name: string;
  /** The model file. */
  path: string;
  model?: DbtModelFile;
  project?: DbtProject;
  /** Its properties entry, when it has one. */
  entry?: DbtPropertiesEntry;
  /** The model's in-file `config()` calls; undefined when they are not known (file not read). */
  inFile?: readonly JinjaConfig[];
  /** Which file put it under review. */
  via: 'model-file' | 'properties';
}

/** In-file config() calls of a model: from this file's parse, else from the model graph. */
function inFileConfigs(ctx: RuleContext, path: string): readonly JinjaConfig[] | undefined {
  if (ctx.file.path === path) return ctx.jinja?.configs ?? (path.endsWith('.py') ? undefined : []);
  const node = ctx.graph?.nodesAt(path).find((candidate) => candidate.kind === 'model');
  return node?.read && !path.endsWith('.py') ? node.configs : undefined;
}

/**
 * The models a changed file puts under review. A model file: its model, when the change added,
 * edited or renamed it. A properties file: each model whose entry the change added or edited,
 * unless the model's own file is in the change too (it reports itself, so nothing is reported
 * twice). With a full-file review, every model of the file.
 */
export function modelsUnderReview(ctx: RuleContext): ModelUnderReview[] {
  const index = ctx.dbt;
  if (!index) return [];
  const path = ctx.file.path;
  if (ctx.file.kind === 'dbt-model') {
    const model = index.model(path);
    const name = model?.name ?? stem(path);
    const project = model?.project ?? index.projectFor(path);
    const entry = modelEntry(index, name, project);
    const inFile = inFileConfigs(ctx, path);
    return [{ name, path, ...(model ? { model } : {}), ...(project ? { project } : {}), ...(entry ? { entry } : {}), ...(inFile ? { inFile } : {}), via: 'model-file' }];
  }
  if (ctx.file.kind !== 'dbt-properties') return [];
  const out: ModelUnderReview[] = [];
  for (const entry of index.propertiesInFile(path)) {
    if (entry.resource !== 'model') continue;
    const edited = ctx.fullFileReview || ctx.file.status === 'added' || touches(entry.line, entry.endLine, ctx.file.addedLines);
    if (!edited) continue;
    for (const model of modelsOfEntry(index, entry)) {
      if (inChange(ctx, model.path)) continue;
      const inFile = inFileConfigs(ctx, model.path);
      out.push({ name: entry.name, path: model.path, model, ...(model.project ? { project: model.project } : {}), entry, ...(inFile ? { inFile } : {}), via: 'properties' });
    }
  }
  return out;
}

/** The model's effective config (dbt_project.yml folders, properties `config:`, in-file `config()`). */
export function effectiveConfig(index: DbtIndex, target: ModelUnderReview): ResolvedModelConfig {
  return index.mergeModelConfig(target.path, target.inFile ?? []);
}

export const stringOf = (value: LiteralValue | undefined): string | undefined => (value?.kind === 'string' ? value.value.trim().toLowerCase() : undefined);

export function materialization(config: ResolvedModelConfig): string | undefined {
  return stringOf(config['materialized']?.value);
}

/** Disabled models do not run; ephemeral ones have no relation. Many rules leave both alone. */
export function isDisabled(config: ResolvedModelConfig): boolean {
  const enabled = config['enabled']?.value;
  return enabled?.kind === 'boolean' && !enabled.value;
}

/** Whether a value is set to something (not missing, not `none`, not an empty string or list). */
export function isSet(value: LiteralValue | undefined): boolean {
  if (!value || value.kind === 'none') return false;
  if (value.kind === 'string') return value.value.trim() !== '';
  if (value.kind === 'list') return value.items.length > 0;
  if (value.kind === 'dict') return Object.keys(value.entries).length > 0;
  return true;
}

export type Layer = 'staging' | 'intermediate' | 'marts' | 'other';

const FOLDER_LAYERS: Readonly<Record<string, Layer>> = {
  staging: 'staging',
  stg: 'staging',
  intermediate: 'intermediate',
  int: 'intermediate',
  marts: 'marts',
  mart: 'marts',
};

/** A model's layer by the dbt style guide: its folder first, else its name prefix. */
export function layerOf(path: string, name = stem(path)): Layer {
  const folders = path.toLowerCase().split('/').slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const layer = FOLDER_LAYERS[folders[i] as string];
    if (layer) return layer;
  }
  const lower = name.toLowerCase();
  if (lower.startsWith('stg_')) return 'staging';
  if (lower.startsWith('int_')) return 'intermediate';
  if (lower.startsWith('fct_') || lower.startsWith('dim_')) return 'marts';
  return 'other';
}

/** A string-list option of the rule: the repository config's value for this file, else the rule's default. */
export function listOption(ctx: RuleContext, meta: RuleMeta, name: string): string[] {
  const value = ctx.options?.[name] ?? meta.options?.[name]?.default;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * Whether a model is consumer-facing: it sits under one of `folders` (the marts folders by
 * default), or, outside any layer folder, its name says fact or dimension (`fct_`, `dim_`).
 */
export function inConsumerLayer(path: string, name: string, folders: readonly string[]): boolean {
  const wanted = new Set(folders.map((folder) => folder.toLowerCase()));
  const segments = path.toLowerCase().split('/').slice(0, -1);
  if (segments.some((segment) => wanted.has(segment))) return true;
  return layerOf(path, '') === 'other' && layerOf(path, name) === 'marts';
}

export interface Location {
  file: string;
  line: number;
}

/**
 * The location of a config value set on the model itself (config() or its properties entry);
 * folder config in dbt_project.yml applies to many models, so a finding about one model goes to
 * the model rather than to that shared line.
 */
export function ownConfigLocation(value: LocatedValue | undefined): Location | undefined {
  return value && value.layer !== 'project' ? { file: value.file, line: value.line } : undefined;
}

/**
 * Reports at the first candidate location that is in a file of the change (a finding on a file
 * the change does not touch could only go to the summary); the model file's first line (for a
 * model file) or the entry (for a properties file) is the last resort, always in the change.
 */
export function reportAt(ctx: RuleContext, target: ModelUnderReview, candidates: readonly (Location | undefined)[], message: string, extra: Partial<RuleReport> = {}): void {
  const fallback: Location = target.via === 'properties' && target.entry ? { file: target.entry.file, line: target.entry.line } : { file: target.path, line: 1 };
  const chosen = candidates.find((candidate): candidate is Location => candidate !== undefined && inChange(ctx, candidate.file)) ?? fallback;
  const snippet = chosen.file === ctx.file.path ? lineText(ctx.head, chosen.line) : `${chosen.file}:${target.name}`;
  ctx.report({ ...(chosen.file !== ctx.file.path ? { file: chosen.file } : {}), line: chosen.line, message, snippet, ...extra });
}

/** The entry's name line, as a candidate location. */
export function entryLocation(entry: DbtPropertiesEntry | undefined): Location | undefined {
  return entry ? { file: entry.file, line: entry.line } : undefined;
}

/** The line of the first in-file config() call of the model under review. */
export function configCallLocation(target: ModelUnderReview): Location | undefined {
  const first = target.inFile?.[0];
  return first ? { file: target.path, line: first.line } : undefined;
}
