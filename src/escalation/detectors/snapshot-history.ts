// Escalates changes to the history dbt snapshots keep: how a snapshot treats rows deleted at
// the source (`hard_deletes: ignore | invalidate | new_record`, or the older
// `invalidate_hard_deletes`), and a snapshot removed from the project (its history stops being
// kept). Both decide what history survives, so they are retention decisions.
// The effective setting is compared, resolved like dbt resolves it (dbt_project.yml `snapshots:`
// folder config, the properties YAML, the snapshot's own config()), and the two spellings are
// equivalent: moving from `invalidate_hard_deletes: true` to `hard_deletes: invalidate` raises
// nothing, nor does a renamed snapshot file or a reformatted config. A new snapshot is the
// modelling detector's (the first one introduces SCD history).
import type { ChangedFile, DraftEscalation, Evidence } from '../../model.js';
import type { DbtIndex } from '../../analyzers/dbt/project.js';
import { fqnSearch } from '../../analyzers/dbt/project.js';
import { neutraliseJinja } from '../../analyzers/dbt/jinja.js';
import type { LiteralValue } from '../../analyzers/values.js';
import { fromPlain } from '../../analyzers/values.js';
import { parseYaml, yamlGet, yamlPlain } from '../../analyzers/yaml.js';
import type { Detector, DetectorContext } from './detector.js';
import { dbtSides } from './support/dbt-sides.js';
import { arrow, escalation } from './support/escalation.js';
import { basePathOf, headLineFor, headPathOf, readText, stem } from './support/files.js';
import { asBoolean, asKeyword } from './support/values.js';

export const DETECTOR_ID = 'snapshot-history';

interface Located {
  value: LiteralValue;
  file: string;
  line: number;
}

interface SnapshotConfig {
  name: string;
  mode?: { value: string; at?: Located };
}

const MODES: Readonly<Record<string, string>> = {
  ignore: 'deleted source rows stay current in the snapshot (history of deletions is not kept)',
  invalidate: 'deleted source rows are closed (dbt_valid_to set): history shows when they disappeared',
  new_record: 'deletions are recorded as new rows flagged deleted: the fullest history',
};

/** The snapshot block's name (`{% snapshot orders_snapshot %}`), else the file's stem. */
function snapshotName(text: string, path: string): string {
  return /\{%-?\s*snapshot\s+([A-Za-z_][\w]*)\s*-?%\}/.exec(text)?.[1] ?? stem(path);
}

/** `snapshots:` config of dbt_project.yml at the levels that apply to the snapshot. */
async function projectLayer(ctx: DetectorContext, index: DbtIndex, side: 'base' | 'head', path: string, name: string): Promise<Record<string, Located>> {
  const project = index.projectFor(path);
  if (!project) return {};
  const text = await readText(ctx.changeSet.contents, side, project.file);
  if (text === undefined) return {};
  const parsed = parseYaml(text);
  const tree = parsed.ok ? yamlGet(parsed.root, 'snapshots') : undefined;
  if (!tree) return {};
  const folder = project.snapshotPaths.map((p) => (project.root ? `${project.root}/${p}` : p)).find((p) => path.startsWith(`${p}/`));
  const relative = folder === undefined ? [] : path.slice(folder.length + 1).split('/').slice(0, -1);
  const out: Record<string, Located> = {};
  for (const level of fqnSearch(tree, [project.name, ...relative, name])) {
    for (const entry of level.entries) {
      if (!entry.key.startsWith('+') && entry.value.kind === 'map') continue;
      out[entry.key.replace(/^\+/, '')] = { value: fromPlain(yamlPlain(entry.value)), file: project.file, line: entry.keyLine };
    }
  }
  return out;
}

async function resolve(ctx: DetectorContext, index: DbtIndex, side: 'base' | 'head', path: string, text: string): Promise<SnapshotConfig> {
  const name = snapshotName(text, path);
  const config: Record<string, Located> = await projectLayer(ctx, index, side, path, name);
  const entry = index.properties('snapshot', name);
  if (entry) for (const [key, value] of Object.entries(entry.config)) config[key] = { value: value.value, file: value.file, line: value.line };
  for (const call of neutraliseJinja(text).configs) for (const [key, value] of Object.entries(call.args)) config[key] = { value, file: path, line: call.line };
  return { name, ...modeOf(config) };
}

/** The effective hard-delete mode; undefined `mode` when it needs rendering. */
function modeOf(config: Record<string, Located>): Pick<SnapshotConfig, 'mode'> {
  const hardDeletes = config['hard_deletes'];
  if (hardDeletes) {
    const value = asKeyword(hardDeletes.value);
    return value === undefined ? {} : { mode: { value, at: hardDeletes } };
  }
  const invalidate = config['invalidate_hard_deletes'];
  if (invalidate) {
    const value = asBoolean(invalidate.value);
    return value === undefined ? {} : { mode: { value: value ? 'invalidate' : 'ignore', at: invalidate } };
  }
  return { mode: { value: 'ignore' } };
}

function where(ctx: DetectorContext, file: ChangedFile, before: Located | undefined, after: Located | undefined, headPath: string): { file: string; line: number } {
  if (after) return { file: after.file, line: after.line };
  if (before) {
    const changed = ctx.changeSet.files.find((candidate) => (candidate.previousPath ?? candidate.path) === before.file && candidate.status !== 'removed');
    if (changed) return { file: changed.path, line: headLineFor(changed, before.line) };
  }
  return { file: headPath, line: headLineFor(file, before?.line ?? 1) };
}

export const snapshotHistory: Detector = {
  id: DETECTOR_ID,
  triggers: ['data-retention'],
  async detect(ctx) {
    if (!ctx.dbt) return [];
    const sides = await dbtSides(ctx);
    const escalations: DraftEscalation[] = [];
    const headSnapshotNames = new Set<string>();
    for (const path of sides.head.files) if (sides.head.fileKind(path) === 'snapshot') headSnapshotNames.add(stem(path));
    for (const entry of sides.head.propertiesEntries) if (entry.resource === 'snapshot') headSnapshotNames.add(entry.name);

    for (const file of ctx.changeSet.files) {
      const basePath = basePathOf(file);
      const headPath = headPathOf(file);
      if (basePath === undefined || sides.base.fileKind(basePath) !== 'snapshot') continue;
      const baseText = await readText(ctx.changeSet.contents, 'base', basePath);
      if (baseText === undefined || !/\{%-?\s*snapshot\b/.test(baseText)) continue;
      const before = await resolve(ctx, sides.base, 'base', basePath, baseText);
      const headText = headPath === undefined ? undefined : await readText(ctx.changeSet.contents, 'head', headPath);
      if (headPath === undefined || headText === undefined) {
        if (headSnapshotNames.has(before.name)) continue;
        escalations.push(
          escalation({
            detector: DETECTOR_ID,
            trigger: 'data-retention',
            subject: before.name,
            title: `Snapshot ${before.name} is removed: its history stops being kept`,
            problem:
              `The change deletes the dbt snapshot \`${before.name}\` (${basePath}). dbt stops recording changes to its source, so the history it keeps ends here ` +
              '(the existing table is left as it is, and is no longer maintained). Whether that history is still needed, archived or dropped is a retention decision for a human.',
            evidence: [{ file: basePath, line: 1, text: `snapshot ${before.name}: ${arrow('kept', 'removed')}` }],
          }),
        );
        continue;
      }
      const after = await resolve(ctx, sides.head, 'head', headPath, headText);
      if (!before.mode || !after.mode || before.mode.value === after.mode.value) continue;
      const evidence: Evidence = { ...where(ctx, file, before.mode.at, after.mode.at, headPath), text: `hard_deletes: ${arrow(before.mode.value, after.mode.value)}` };
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'data-retention',
          subject: after.name,
          title: `Snapshot ${after.name} changes how it keeps deleted rows: ${before.mode.value} → ${after.mode.value}`,
          problem:
            `How dbt snapshot \`${after.name}\` treats rows deleted at the source changes from ${before.mode.value} (${MODES[before.mode.value] ?? 'adapter-specific'}) ` +
            `to ${after.mode.value} (${MODES[after.mode.value] ?? 'adapter-specific'}). What history of deletions is kept is a retention decision, with audit and GDPR consequences.`,
          evidence: [evidence],
        }),
      );
    }
    return escalations;
  },
};
