// dbt models whose effective config may differ between base and head, and where a config
// change is shown. The effective config is what dbt uses: dbt_project.yml folder config,
// overridden by the properties `config:`, overridden by the model's own config(). Comparing
// resolved configs of both sides catches a change made in any of the three places and ignores
// what does not change the result (a config moved between layers, a reformatted config, a
// renamed or moved model with the same values). Added and removed models are not candidates:
// nothing is switched on them.
import type { ChangedFile, Evidence } from '../../../model.js';
import type { DbtIndex, LocatedValue, ResolvedModelConfig } from '../../../analyzers/dbt/project.js';
import type { DetectorContext } from '../detector.js';
import type { DbtSides } from './dbt-sides.js';
import { headLineFor } from './files.js';

export interface ModelPair {
  /** The model's name at head. */
  name: string;
  headPath: string;
  basePath: string;
  /** The model file itself is part of the change (its in-file config may differ). */
  fileChanged: boolean;
}

/** Models present on both sides whose config the change may have touched. */
export function changedModelPairs(ctx: DetectorContext, sides: DbtSides): ModelPair[] {
  const { head, base } = sides;
  const files = ctx.changeSet.files;
  const previousPath = new Map<string, string>();
  for (const file of files) if (file.status === 'renamed' && file.previousPath) previousPath.set(file.path, file.previousPath);
  const changed = new Set(files.filter((file) => file.status !== 'removed').map((file) => file.path));
  const pairs = new Map<string, ModelPair>();

  const consider = (headPath: string): void => {
    const model = head.model(headPath);
    if (pairs.has(headPath) || !model) return;
    const basePath = previousPath.get(headPath) ?? headPath;
    if (!base.model(basePath)) return;
    pairs.set(headPath, { name: model.name, headPath, basePath, fileChanged: changed.has(headPath) });
  };

  for (const file of files) {
    const basePath = file.previousPath ?? file.path;
    const headKind = file.status === 'removed' ? 'other' : head.fileKind(file.path);
    const baseKind = file.status === 'added' ? 'other' : base.fileKind(basePath);
    if (headKind === 'model') consider(file.path);
    if (headKind === 'properties' || baseKind === 'properties') {
      const names = new Set<string>();
      if (headKind === 'properties') for (const entry of head.propertiesInFile(file.path)) if (entry.resource === 'model') names.add(entry.name);
      if (baseKind === 'properties') for (const entry of base.propertiesInFile(basePath)) if (entry.resource === 'model') names.add(entry.name);
      for (const name of names) for (const model of head.modelsNamed(name)) consider(model.path);
    }
    if (headKind === 'project' || baseKind === 'project') {
      for (const model of head.models) if (model.project?.file === file.path) consider(model.path);
    }
  }
  return [...pairs.values()];
}

export interface ConfigPair {
  base: ResolvedModelConfig;
  head: ResolvedModelConfig;
}

/**
 * The resolved configs of a model on both sides. A model file outside the change has the same
 * config() on both sides, so its layers below are compared first (`lower`), and the file is
 * read only when the caller's keys differ there or the file itself changed.
 */
export async function resolvePair(sides: DbtSides, pair: ModelPair, keys: readonly string[]): Promise<ConfigPair | undefined> {
  if (!pair.fileChanged) {
    const headLower = sides.head.mergeModelConfig(pair.headPath, []);
    const baseLower = sides.base.mergeModelConfig(pair.basePath, []);
    const differs = keys.some((key) => JSON.stringify(headLower[key]?.value) !== JSON.stringify(baseLower[key]?.value));
    if (!differs) return undefined;
  }
  const [head, base] = await Promise.all([sides.head.resolveModelConfig(pair.headPath), sides.base.resolveModelConfig(pair.basePath)]);
  return { head, base };
}

const DBT_DEFAULT_MATERIALIZATION = 'view';

/** The effective materialization, or undefined when it needs rendering (`var('mat')`). */
export function materializationOf(config: ResolvedModelConfig): string | undefined {
  const located = config['materialized'];
  if (!located) return DBT_DEFAULT_MATERIALIZATION;
  return located.value.kind === 'string' ? located.value.value.trim().toLowerCase() : undefined;
}

/**
 * Where a config change shows: the head value's line, else (the key was removed) the line of
 * the base value carried over to the head version of its file.
 */
export function evidenceLocation(ctx: DetectorContext, before: LocatedValue | undefined, after: LocatedValue | undefined, fallbackPath: string): Omit<Evidence, 'text'> {
  if (after) return { file: after.file, line: after.line };
  if (before) {
    const file = changedFileAtBase(ctx.changeSet.files, before.file);
    if (file && file.status !== 'removed') return { file: file.path, line: headLineFor(file, before.line) };
    if (!file) return { file: before.file, line: before.line };
  }
  return { file: fallbackPath, line: 1 };
}

function changedFileAtBase(files: readonly ChangedFile[], basePath: string): ChangedFile | undefined {
  return files.find((file) => (file.previousPath ?? file.path) === basePath && file.status !== 'added');
}

/** Common folder prefix of models' fqns (without the model names), for a folder-level subject. */
export function commonFolder(index: DbtIndex, paths: readonly string[]): string {
  const fqns = paths.map((path) => index.model(path)?.fqn.slice(0, -1) ?? []);
  const first = fqns[0] ?? [];
  let length = first.length;
  for (const fqn of fqns) {
    let i = 0;
    while (i < length && fqn[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join('/');
}
