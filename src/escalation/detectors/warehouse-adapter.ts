// Escalates a change of the warehouse the dbt project runs on: a dbt adapter package added,
// removed or swapped (dbt-snowflake, dbt-bigquery… in requirements files, pyproject.toml,
// setup.py, Pipfile, conda environments or Dockerfile `pip install` lines), or a profiles.yml
// target whose adapter `type` changes or that brings a warehouse not used before.
// When the change also moves between kinds of platform (a warehouse, a lake query engine such
// as Athena, Trino or Spark, a lakehouse such as Databricks) it is a data-architecture decision
// as well, raised separately.
//
// The whole repository is compared on both sides (every manifest and profiles.yml), so moving
// a requirement between files, bumping an adapter's version, or reformatting a profile raises
// nothing; only the set of warehouses and each target's type count.
import type { DraftEscalation, Evidence } from '../../model.js';
import type { Detector } from './detector.js';
import { isManifestPath, repositoryManifests } from './support/dependencies.js';
import { arrow, escalation, listNames } from './support/escalation.js';
import { headLineFor } from './support/files.js';
import { isProfilesPath, repositoryProfiles } from './support/profiles.js';

export const DETECTOR_ID = 'warehouse-adapter';

/** dbt adapter packages and the platform each connects to. */
export const ADAPTER_PACKAGES: Readonly<Record<string, string>> = {
  'dbt-snowflake': 'snowflake',
  'dbt-bigquery': 'bigquery',
  'dbt-redshift': 'redshift',
  'dbt-postgres': 'postgres',
  'dbt-databricks': 'databricks',
  'dbt-spark': 'spark',
  'dbt-synapse': 'synapse',
  'dbt-sqlserver': 'sqlserver',
  'dbt-fabric': 'fabric',
  'dbt-fabricspark': 'fabricspark',
  'dbt-duckdb': 'duckdb',
  'dbt-trino': 'trino',
  'dbt-presto': 'presto',
  'dbt-athena': 'athena',
  'dbt-athena-community': 'athena',
  'dbt-clickhouse': 'clickhouse',
  'dbt-glue': 'glue',
  'dbt-teradata': 'teradata',
  'dbt-oracle': 'oracle',
  'dbt-exasol': 'exasol',
  'dbt-vertica': 'vertica',
  'dbt-firebolt': 'firebolt',
  'dbt-dremio': 'dremio',
  'dbt-materialize': 'materialize',
  'dbt-risingwave': 'risingwave',
  'dbt-starrocks': 'starrocks',
  'dbt-singlestore': 'singlestore',
  'dbt-mysql': 'mysql',
  'dbt-sqlite': 'sqlite',
  'dbt-impala': 'impala',
  'dbt-hive': 'hive',
  'dbt-ibm-netezza': 'netezza',
  'dbt-db2': 'db2',
};

const TYPE_ALIASES: Readonly<Record<string, string>> = { postgresql: 'postgres', 'athena-community': 'athena' };

type PlatformKind = 'warehouse' | 'lake engine' | 'lakehouse' | 'local';

const KIND: Readonly<Record<string, PlatformKind>> = {
  athena: 'lake engine',
  glue: 'lake engine',
  spark: 'lake engine',
  trino: 'lake engine',
  presto: 'lake engine',
  dremio: 'lake engine',
  hive: 'lake engine',
  impala: 'lake engine',
  databricks: 'lakehouse',
  fabricspark: 'lakehouse',
  duckdb: 'local',
  sqlite: 'local',
};
const kindOf = (platform: string): PlatformKind => KIND[platform] ?? 'warehouse';

interface Occurrence {
  platform: string;
  file: string;
  line: number;
  /** What declares it, for evidence: `dbt adapter package dbt-bigquery`, `profile shop target prod type`. */
  label: string;
}

function occurrences(manifest: Awaited<ReturnType<typeof repositoryManifests>>, profiles: Awaited<ReturnType<typeof repositoryProfiles>>): Occurrence[] {
  const out: Occurrence[] = [];
  for (const requirement of manifest.requirements) {
    const platform = ADAPTER_PACKAGES[requirement.name];
    if (platform) out.push({ platform, file: requirement.file, line: requirement.line, label: `dbt adapter package ${requirement.name}` });
  }
  for (const target of profiles) {
    if (!target.type) continue;
    const platform = TYPE_ALIASES[target.type.value] ?? target.type.value;
    out.push({ platform, file: target.file, line: target.type.line, label: `profile ${target.profile} target ${target.target} type` });
  }
  return out;
}

export const warehouseAdapter: Detector = {
  id: DETECTOR_ID,
  triggers: ['warehouse-selection', 'data-architecture'],
  async detect(ctx) {
    const files = ctx.changeSet.files;
    const touched = files.some((file) => [file.path, file.previousPath].some((path) => path !== undefined && (isManifestPath(path) || isProfilesPath(path))));
    if (!touched) return [];
    const [baseManifest, headManifest, baseProfiles, headProfiles] = await Promise.all([
      repositoryManifests(ctx, 'base'),
      repositoryManifests(ctx, 'head'),
      repositoryProfiles(ctx, 'base'),
      repositoryProfiles(ctx, 'head'),
    ]);
    const before = occurrences(baseManifest, baseProfiles);
    const after = occurrences(headManifest, headProfiles);
    const basePlatforms = new Set(before.map((item) => item.platform));
    const headPlatforms = new Set(after.map((item) => item.platform));
    const added = [...headPlatforms].filter((platform) => !basePlatforms.has(platform)).sort();
    const removed = [...basePlatforms].filter((platform) => !headPlatforms.has(platform)).sort();

    const evidence: Evidence[] = [];
    for (const item of after) if (added.includes(item.platform)) evidence.push({ file: item.file, line: item.line, text: `${item.label}: ${arrow(undefined, item.platform)}` });
    for (const item of before) {
      if (!removed.includes(item.platform)) continue;
      const file = files.find((candidate) => (candidate.previousPath ?? candidate.path) === item.file && candidate.status !== 'added');
      const location = file && file.status !== 'removed' ? { file: file.path, line: headLineFor(file, item.line) } : { file: item.file, line: item.line };
      evidence.push({ ...location, text: `${item.label}: ${arrow(item.platform, undefined)}` });
    }
    // A target switched between platforms that both stay in use elsewhere is still a switch.
    const baseTargets = new Map(baseProfiles.map((target) => [`${target.profile}\0${target.target}`, target]));
    for (const target of headProfiles) {
      const previous = baseTargets.get(`${target.profile}\0${target.target}`);
      if (!previous?.type || !target.type || previous.type.value === target.type.value) continue;
      if (added.includes(target.type.value) || removed.includes(previous.type.value)) {
        // Already shown as an added/removed platform: replace both lines by one switch.
        const label = `profile ${target.profile} target ${target.target} type`;
        for (let i = evidence.length - 1; i >= 0; i--) if (evidence[i]?.text.startsWith(`${label}:`)) evidence.splice(i, 1);
      }
      evidence.push({ file: target.file, line: target.type.line, text: `profile ${target.profile} target ${target.target} type: ${arrow(previous.type.value, target.type.value)}` });
    }
    if (evidence.length === 0) return [];
    evidence.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

    const describe = (set: ReadonlySet<string>): string => (set.size === 0 ? '(none)' : [...set].sort().join(', '));
    const escalations: DraftEscalation[] = [
      escalation({
        detector: DETECTOR_ID,
        trigger: 'warehouse-selection',
        subject: 'dbt warehouse adapter',
        title: `Warehouse changes: ${describe(basePlatforms)} → ${describe(headPlatforms)}`,
        problem:
          `The platforms dbt connects to change from ${describe(basePlatforms)} to ${describe(headPlatforms)}` +
          `${added.length > 0 ? `; added: ${listNames(added)}` : ''}${removed.length > 0 ? `; removed: ${listNames(removed)}` : ''}. ` +
          'Selecting or migrating the warehouse always goes to a human (NF-09), and never without a cost analysis (NF-01): the SQL dialect, pricing model, scaling and lock-in of every model follow from it.',
        evidence,
        options: [
          ...[...basePlatforms].sort().map((platform) => `Stay on ${platform}.`),
          ...added.map((platform) => `Adopt ${platform}, with a cost comparison at current and projected volume and a migration plan for models, dialect and access.`),
        ],
      }),
    ];
    const kinds = (set: ReadonlySet<string>): Set<PlatformKind> => new Set([...set].map(kindOf).filter((kind) => kind !== 'local'));
    const baseKinds = kinds(basePlatforms);
    const newKinds = [...kinds(headPlatforms)].filter((kind) => !baseKinds.has(kind));
    if (baseKinds.size > 0 && newKinds.length > 0) {
      escalations.push(
        escalation({
          detector: DETECTOR_ID,
          trigger: 'data-architecture',
          subject: 'analytical data platform',
          title: `Data platform gains a ${listNames(newKinds)}: ${listNames(added)}`,
          problem:
            `Besides ${listNames([...baseKinds])}, the project now uses a ${listNames(newKinds)} (${listNames(added)}). ` +
            'Whether analytical data lives in a warehouse, a lake with a query engine, or a lakehouse decides storage, governance and every consumer: a human decides it.',
          evidence,
        }),
      );
    }
    return escalations;
  },
};
