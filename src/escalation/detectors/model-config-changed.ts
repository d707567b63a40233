// Escalates dbt model configs whose effective value changes between base and head and that
// carry a decision: how the model is loaded incrementally (`incremental_strategy`, `unique_key`,
// `full_refresh`, microbatch `lookback`), how long its data is kept (`partition_expiration_days`,
// `hours_to_expiration`, a TTL, retention in `meta`…), which format and location it is stored in
// (`file_format`, `table_format`, `location_root`…), what compute and layout it runs on
// (`snowflake_warehouse`, `cluster_by`, `partition_by`, `sort`/`dist`…), and whether it is
// refreshed continuously (a switch to or from a dynamic table or materialized view, its
// `target_lag`). The materialization switch itself is the `materialization-changed` detector's.
//
// Values are compared resolved (project folder config, properties config, in-file config()),
// normalised (quotes, spacing, key order, `'id'` vs `['id']`), so a config that is reformatted,
// moved between layers, or a model renamed with the same values raises nothing; a value that
// needs rendering (`var()`, `env_var()`) is never guessed at. A folder-level change in
// dbt_project.yml that moves several models is one decision about the folder, not one per model.
import type { DraftEscalation, Evidence } from '../../model.js';
import type { LocatedValue } from '../../analyzers/dbt/project.js';
import type { LiteralValue } from '../../analyzers/values.js';
import type { Detector, EscalationTrigger } from './detector.js';
import { dbtSides } from './support/dbt-sides.js';
import { arrow, escalation, listNames } from './support/escalation.js';
import { changedModelPairs, commonFolder, evidenceLocation, materializationOf, resolvePair } from './support/model-configs.js';
import type { ModelPair } from './support/model-configs.js';
import { durationMinutes, NEAR_REAL_TIME_MINUTES } from './support/schedule.js';
import { asBoolean, compareValues, display, valueAt } from './support/values.js';

export const DETECTOR_ID = 'model-config-changed';

interface ChangeFacts {
  before?: LiteralValue;
  after?: LiteralValue;
  baseMaterialization?: string;
  headMaterialization?: string;
}

interface KeySpec {
  /** The config key as dbt reads it. */
  key: string;
  /** A path inside the key's dict value (`meta` → `retention_days`). */
  path?: readonly string[];
  /** How the change is named in evidence. */
  label: string;
  caseInsensitive?: boolean;
  /** The order of list items does not matter (`unique_key`). */
  unordered?: boolean;
  /** The trigger a change raises, or undefined when this change is not a decision. */
  classify(facts: ChangeFacts): EscalationTrigger | undefined;
  /** What the setting decides, for the problem statement. */
  why: string;
}

const REFRESHING = new Set(['dynamic_table', 'materialized_view', 'streaming_table']);
const isIncremental = (facts: ChangeFacts): boolean => facts.baseMaterialization === 'incremental' || facts.headMaterialization === 'incremental';
const whenIncremental =
  (trigger: EscalationTrigger) =>
  (facts: ChangeFacts): EscalationTrigger | undefined =>
    isIncremental(facts) ? trigger : undefined;
const always =
  (trigger: EscalationTrigger) =>
  (): EscalationTrigger =>
    trigger;

/** A lag or refresh interval in minutes (`'5 minutes'`, `15`, `'downstream'` is unknown). */
function lagMinutes(value: LiteralValue | undefined, unitMinutes: number): number | undefined {
  if (value?.kind === 'number') return value.value * unitMinutes;
  if (value?.kind === 'string') return durationMinutes(value.value);
  return undefined;
}

/** Crossing the near-real-time threshold is a batch/streaming decision; any other change of refresh frequency is a cost one. */
const refreshFrequency =
  (unitMinutes: number) =>
  (facts: ChangeFacts): EscalationTrigger | undefined => {
    if (!REFRESHING.has(facts.headMaterialization ?? '') && !REFRESHING.has(facts.baseMaterialization ?? '')) return undefined;
    const before = lagMinutes(facts.before, unitMinutes);
    const after = lagMinutes(facts.after, unitMinutes);
    const nearBefore = before !== undefined && before <= NEAR_REAL_TIME_MINUTES;
    const nearAfter = after !== undefined && after <= NEAR_REAL_TIME_MINUTES;
    return nearBefore !== nearAfter ? 'batch-vs-streaming' : 'performance-vs-cost';
  };

const LOCATION_WHY =
  'Where a model is stored decides whether it lives in warehouse-managed storage or as files in object storage that other engines read.';

/** A location set or cleared moves the model between warehouse and lake storage; a different location is a storage-layout change. */
function locationChange(facts: ChangeFacts): EscalationTrigger {
  return facts.before === undefined || facts.after === undefined ? 'data-architecture' : 'lake-storage-format';
}

export const KEY_SPECS: readonly KeySpec[] = [
  // --- incremental-vs-full-refresh ---------------------------------------------------------
  {
    key: 'incremental_strategy',
    label: 'incremental_strategy',
    caseInsensitive: true,
    classify: whenIncremental('incremental-vs-full-refresh'),
    why: 'The incremental strategy decides how new rows reach the table (append, merge, delete+insert, insert_overwrite, microbatch): which duplicates and late rows survive, and what each run costs.',
  },
  {
    key: 'unique_key',
    label: 'unique_key',
    caseInsensitive: true,
    unordered: true,
    classify: whenIncremental('incremental-vs-full-refresh'),
    why: 'The unique key decides which existing rows an incremental run updates instead of duplicating.',
  },
  {
    key: 'full_refresh',
    label: 'full_refresh',
    classify: whenIncremental('incremental-vs-full-refresh'),
    why: '`full_refresh` decides whether `dbt run --full-refresh` may rebuild this model from scratch (false protects history that cannot be reloaded; true always rebuilds).',
  },
  {
    key: 'lookback',
    label: 'lookback',
    classify: whenIncremental('incremental-vs-full-refresh'),
    why: 'The microbatch lookback decides how many earlier batches each run reprocesses to catch late-arriving rows.',
  },
  // --- data-retention ----------------------------------------------------------------------
  {
    key: 'partition_expiration_days',
    label: 'partition_expiration_days',
    classify: always('data-retention'),
    why: 'Partitions older than this are deleted by the warehouse.',
  },
  {
    key: 'hours_to_expiration',
    label: 'hours_to_expiration',
    classify: always('data-retention'),
    why: 'The whole table is deleted by the warehouse after this many hours.',
  },
  {
    key: 'data_retention_time_in_days',
    label: 'data_retention_time_in_days',
    classify: always('data-retention'),
    why: 'How long dropped or changed data stays recoverable (time travel).',
  },
  { key: 'retention_days', label: 'retention_days', classify: always('data-retention'), why: 'How long the data is meant to be kept.' },
  { key: 'ttl', label: 'ttl', classify: always('data-retention'), why: 'Rows older than the TTL expression are deleted by the engine.' },
  { key: 'meta', path: ['retention_days'], label: 'meta.retention_days', classify: always('data-retention'), why: 'How long the data is declared to be kept.' },
  { key: 'meta', path: ['retention'], label: 'meta.retention', classify: always('data-retention'), why: 'How long the data is declared to be kept.' },
  {
    key: 'tblproperties',
    path: ['delta.logRetentionDuration'],
    label: 'tblproperties delta.logRetentionDuration',
    classify: always('data-retention'),
    why: 'How far back Delta time travel reaches.',
  },
  {
    key: 'tblproperties',
    path: ['delta.deletedFileRetentionDuration'],
    label: 'tblproperties delta.deletedFileRetentionDuration',
    classify: always('data-retention'),
    why: 'How long deleted Delta files are kept before VACUUM removes them.',
  },
  // --- lake-storage-format / data-architecture ---------------------------------------------
  {
    key: 'file_format',
    label: 'file_format',
    caseInsensitive: true,
    classify: always('lake-storage-format'),
    why: 'The file format decides which engines can read the data and whether it supports transactions, updates and time travel.',
  },
  {
    key: 'table_format',
    label: 'table_format',
    caseInsensitive: true,
    classify: always('lake-storage-format'),
    why: 'The table format (Iceberg, Delta, Hudi) decides transactions, schema evolution and which catalogs and engines can use the table.',
  },
  {
    key: 'table_type',
    label: 'table_type',
    caseInsensitive: true,
    classify: always('lake-storage-format'),
    why: 'The table type (Hive or Iceberg) decides transactions, updates and which engines can read the table.',
  },
  {
    key: 'format',
    label: 'format',
    caseInsensitive: true,
    classify: (facts) => (facts.before === undefined && facts.after === undefined ? undefined : 'lake-storage-format'),
    why: 'The storage format of the files written for this model.',
  },
  { key: 'location_root', label: 'location_root', classify: locationChange, why: LOCATION_WHY },
  { key: 'location', label: 'location', classify: locationChange, why: LOCATION_WHY },
  { key: 'external_location', label: 'external_location', classify: locationChange, why: LOCATION_WHY },
  { key: 's3_data_dir', label: 's3_data_dir', classify: locationChange, why: LOCATION_WHY },
  {
    key: 'catalog_name',
    label: 'catalog_name',
    classify: always('data-architecture'),
    why: 'The catalog decides where the table is registered (warehouse-managed or an external Iceberg/Glue/Unity catalog) and who can read it.',
  },
  // --- performance-vs-cost ------------------------------------------------------------------
  {
    key: 'snowflake_warehouse',
    label: 'snowflake_warehouse',
    caseInsensitive: true,
    classify: always('performance-vs-cost'),
    why: 'The virtual warehouse (and so its size and credits per hour) this model is built on.',
  },
  { key: 'databricks_compute', label: 'databricks_compute', classify: always('performance-vs-cost'), why: 'The Databricks compute this model is built on.' },
  {
    key: 'cluster_by',
    label: 'cluster_by',
    caseInsensitive: true,
    classify: always('performance-vs-cost'),
    why: 'Clustering speeds up filtered queries at the cost of re-clustering compute and storage.',
  },
  {
    key: 'automatic_clustering',
    label: 'automatic_clustering',
    classify: always('performance-vs-cost'),
    why: 'Automatic clustering spends credits in the background to keep the clustering effective.',
  },
  {
    key: 'partition_by',
    label: 'partition_by',
    caseInsensitive: true,
    classify: always('performance-vs-cost'),
    why: 'Partitioning decides how much data each query and incremental run scans, and so their cost.',
  },
  { key: 'liquid_clustered_by', label: 'liquid_clustered_by', caseInsensitive: true, classify: always('performance-vs-cost'), why: 'Liquid clustering lays out data for the filtered columns at write time.' },
  { key: 'clustered_by', label: 'clustered_by', caseInsensitive: true, classify: always('performance-vs-cost'), why: 'Bucketing decides data layout and join performance.' },
  { key: 'buckets', label: 'buckets', classify: always('performance-vs-cost'), why: 'The number of buckets decides data layout and join performance.' },
  { key: 'zorder', label: 'zorder', caseInsensitive: true, classify: always('performance-vs-cost'), why: 'Z-ordering spends compute at write time to speed up filtered reads.' },
  { key: 'sort', label: 'sort', caseInsensitive: true, classify: always('performance-vs-cost'), why: 'The sort key decides how much data Redshift scans for filtered queries.' },
  { key: 'sort_type', label: 'sort_type', caseInsensitive: true, classify: always('performance-vs-cost'), why: 'Compound or interleaved sort keys trade load time against query speed.' },
  { key: 'dist', label: 'dist', caseInsensitive: true, classify: always('performance-vs-cost'), why: 'The distribution style decides data movement in joins on Redshift.' },
  // --- batch-vs-streaming -------------------------------------------------------------------
  {
    key: 'materialized',
    label: 'materialized',
    caseInsensitive: true,
    classify: (facts) => {
      const before = facts.baseMaterialization;
      const after = facts.headMaterialization;
      if (before === undefined || after === undefined) return undefined;
      return REFRESHING.has(before) !== REFRESHING.has(after) ? 'batch-vs-streaming' : undefined;
    },
    why: 'Dynamic tables, materialized views and streaming tables are refreshed continuously by the warehouse instead of on the batch schedule.',
  },
  {
    key: 'target_lag',
    label: 'target_lag',
    caseInsensitive: true,
    classify: refreshFrequency(1),
    why: `The target lag decides how fresh the dynamic table is kept and how often the warehouse spends compute refreshing it (at or below ${NEAR_REAL_TIME_MINUTES} minutes counts as near real time).`,
  },
  {
    key: 'refresh_interval_minutes',
    label: 'refresh_interval_minutes',
    classify: refreshFrequency(1),
    why: `The refresh interval decides how fresh the materialized view is and how often it is recomputed (at or below ${NEAR_REAL_TIME_MINUTES} minutes counts as near real time).`,
  },
  {
    key: 'auto_refresh',
    label: 'auto_refresh',
    classify: (facts) => (asBoolean(facts.before) === asBoolean(facts.after) ? undefined : 'batch-vs-streaming'),
    why: 'Automatic refresh keeps the view current continuously instead of on the batch schedule.',
  },
];

const KEYS = [...new Set([...KEY_SPECS.map((spec) => spec.key), 'materialized'])];

const TRIGGER_NOUNS: Readonly<Partial<Record<EscalationTrigger, string>>> = {
  'incremental-vs-full-refresh': 'Incremental load settings',
  'data-retention': 'Retention',
  'lake-storage-format': 'Storage format or location',
  'data-architecture': 'Storage architecture',
  'performance-vs-cost': 'Compute or data layout',
  'batch-vs-streaming': 'Refresh mode',
};

/** A value as compared: `none` means absent, and unordered lists are sorted. */
function comparable(value: LiteralValue | undefined, spec: KeySpec): LiteralValue | undefined {
  if (value === undefined || value.kind === 'none') return undefined;
  if (spec.unordered && value.kind === 'list') {
    const items = [...value.items].sort((a, b) => JSON.stringify(a).toLowerCase().localeCompare(JSON.stringify(b).toLowerCase()));
    return { kind: 'list', items };
  }
  return value;
}

/** The value as written (for evidence); `none` reads as unset. */
function writtenValue(located: LocatedValue | undefined, spec: KeySpec): LiteralValue | undefined {
  if (!located) return undefined;
  const value = spec.path ? valueAt(located.value, spec.path) : located.value;
  return value?.kind === 'none' ? undefined : value;
}

function specValue(located: LocatedValue | undefined, spec: KeySpec): LiteralValue | undefined {
  return comparable(writtenValue(located, spec), spec);
}

function describeOrigin(located: LocatedValue | undefined): string {
  if (!located) return 'not set';
  const where = located.layer === 'in-file' ? 'config() in' : located.layer === 'properties' ? 'properties config in' : 'folder config in';
  return `${where} ${located.file} line ${located.line}`;
}

interface Change {
  pair: ModelPair;
  spec: KeySpec;
  trigger: EscalationTrigger;
  /** `before → after` as shown. */
  shown: string;
  evidence: Evidence;
  before?: LocatedValue;
  after?: LocatedValue;
  /** Both sides are set (or unset) in dbt_project.yml: a folder-level change. */
  folderLevel: boolean;
}

function sentence(change: Change, subject: string): string {
  const { spec, before, after } = change;
  const from = display(writtenValue(before, spec));
  const to = display(writtenValue(after, spec));
  return `\`${spec.label}\` of ${subject} changes from ${from ?? 'not set'} (${describeOrigin(before)}) to ${to ?? 'not set'} (${describeOrigin(after)}). ${spec.why}`;
}

function buildEscalation(trigger: EscalationTrigger, subject: string, changes: readonly Change[], scope: string): DraftEscalation {
  const labels = [...new Set(changes.map((change) => change.spec.label))];
  const first = changes[0] as Change;
  const title =
    changes.length === 1
      ? `${first.spec.label} of ${subject} changes: ${first.shown}`
      : `${TRIGGER_NOUNS[trigger] ?? 'Settings'} of ${subject} change: ${labels.join(', ')}`;
  const problem = [
    ...new Set(changes.map((change) => sentence(change, scope))),
    'The change takes a decision that the agent definition reserves for a human: it should be made deliberately, with its cost, freshness and correctness trade-offs known.',
  ].join('\n\n');
  return escalation({ detector: DETECTOR_ID, trigger, subject, title, problem, evidence: changes.map((change) => change.evidence) });
}

export const modelConfigChanged: Detector = {
  id: DETECTOR_ID,
  triggers: ['incremental-vs-full-refresh', 'data-retention', 'lake-storage-format', 'data-architecture', 'performance-vs-cost', 'batch-vs-streaming'],
  async detect(ctx) {
    if (!ctx.dbt) return [];
    const sides = await dbtSides(ctx);
    const changes: Change[] = [];
    for (const pair of changedModelPairs(ctx, sides)) {
      const configs = await resolvePair(sides, pair, KEYS);
      if (!configs) continue;
      const baseMaterialization = materializationOf(configs.base);
      const headMaterialization = materializationOf(configs.head);
      for (const spec of KEY_SPECS) {
        const beforeLocated = configs.base[spec.key];
        const afterLocated = configs.head[spec.key];
        const before = specValue(beforeLocated, spec);
        const after = specValue(afterLocated, spec);
        if (compareValues(before, after, { caseInsensitive: spec.caseInsensitive ?? false }) !== 'different') continue;
        const facts: ChangeFacts = {
          ...(before !== undefined ? { before } : {}),
          ...(after !== undefined ? { after } : {}),
          ...(baseMaterialization !== undefined ? { baseMaterialization } : {}),
          ...(headMaterialization !== undefined ? { headMaterialization } : {}),
        };
        const trigger = spec.classify(facts);
        if (!trigger) continue;
        const location = evidenceLocation(ctx, beforeLocated, afterLocated, pair.headPath);
        const folderLevel = (beforeLocated?.layer ?? 'project') === 'project' && (afterLocated?.layer ?? 'project') === 'project';
        // The materialization reads best as the effective one (an unset value is dbt's default).
        const shown =
          spec.key === 'materialized'
            ? arrow(baseMaterialization, headMaterialization)
            : arrow(display(writtenValue(beforeLocated, spec)), display(writtenValue(afterLocated, spec)));
        changes.push({
          pair,
          spec,
          trigger,
          shown,
          evidence: { ...location, text: `${spec.label}: ${shown}` },
          ...(beforeLocated ? { before: beforeLocated } : {}),
          ...(afterLocated ? { after: afterLocated } : {}),
          folderLevel,
        });
      }
    }

    // One folder-level line that moves several models is one decision about the folder.
    const folderGroups = new Map<string, Change[]>();
    const perModel = new Map<string, Change[]>();
    for (const change of changes) {
      if (change.folderLevel) {
        const key = `${change.trigger}\0${change.evidence.file}\0${change.evidence.line}\0${change.evidence.text}`;
        folderGroups.set(key, [...(folderGroups.get(key) ?? []), change]);
      } else {
        const key = `${change.trigger}\0${change.pair.name}`;
        perModel.set(key, [...(perModel.get(key) ?? []), change]);
      }
    }
    for (const group of folderGroups.values()) {
      if (group.length > 1) continue;
      const only = group[0] as Change;
      const key = `${only.trigger}\0${only.pair.name}`;
      perModel.set(key, [...(perModel.get(key) ?? []), only]);
    }

    const escalations: DraftEscalation[] = [];
    for (const group of perModel.values()) {
      const first = group[0] as Change;
      escalations.push(buildEscalation(first.trigger, first.pair.name, group, `dbt model \`${first.pair.name}\``));
    }
    for (const group of folderGroups.values()) {
      if (group.length < 2) continue;
      const first = group[0] as Change;
      const folder = commonFolder(sides.head, group.map((change) => change.pair.headPath)) || (sides.head.model(first.pair.headPath)?.project?.name ?? 'project');
      const names = group.map((change) => change.pair.name).sort();
      const subject = `models in ${folder}`;
      const draft = buildEscalation(first.trigger, subject, [first], `the ${group.length} dbt models in \`${folder}\``);
      draft.problem += `\n\nModels affected: ${listNames(names, 25)}.`;
      escalations.push(draft);
    }
    return escalations;
  },
};
