import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { majorVersionOf, readManifest } from '../../../src/escalation/detectors/support/dependencies.js';
import { warehouseAdapter } from '../../../src/escalation/detectors/warehouse-adapter.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(warehouseAdapter, spec);

const profiles = (prodType: string, extra = ''): string =>
  ['shop:', '  target: prod', '  outputs:', '    prod:', `      type: ${prodType}`, "      threads: 8", extra, ''].join('\n');

describe('warehouse-adapter', () => {
  it('is registered', () => {
    expect(detectors).toContain(warehouseAdapter);
  });

  it('reads requirements from the usual manifests', () => {
    const names = (path: string, text: string): string[] => readManifest(path, text).requirements.map((r) => `${r.name}${r.spec}`);
    expect(names('requirements.txt', '# pinned\ndbt-core==1.8.0\nDBT_Snowflake>=1.8 ; python_version>"3.9"\n-r dev.txt\n')).toEqual(['dbt-core==1.8.0', 'dbt-snowflake>=1.8']);
    expect(
      names(
        'pyproject.toml',
        '[build-system]\nrequires = ["setuptools"]\n[project]\nname = "x"\ndependencies = [\n  "dbt-bigquery~=1.8",  # warehouse\n  "pandas",\n]\n[tool.poetry.dependencies]\npython = "^3.11"\napache-airflow = "^2.9"\n',
      ),
    ).toEqual(['dbt-bigquery~=1.8', 'pandas', 'apache-airflow^2.9']);
    expect(names('setup.py', 'setup(\n  name="x",\n  install_requires=[\n    "dbt-redshift>=1.7",\n  ],\n  version="1.0",\n)\n')).toEqual(['dbt-redshift>=1.7']);
    expect(names('Dockerfile', 'FROM apache/airflow:2.9.1\nRUN pip install --no-cache-dir \\\n    dbt-duckdb==1.8.0 astronomer-cosmos\n')).toEqual(['dbt-duckdb==1.8.0', 'astronomer-cosmos']);
    expect(readManifest('Dockerfile', 'FROM apache/airflow:2.9.1-python3.11\n').images).toMatchObject([{ image: 'apache/airflow', tag: '2.9.1-python3.11', line: 1 }]);
    expect(majorVersionOf('>=2.7,<3')).toBe(2);
    expect(majorVersionOf('<3')).toBeUndefined();
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates an adapter package swapped in requirements.txt', async () => {
    const escalations = await detect({ base: { 'requirements.txt': 'dbt-core==1.8.0\ndbt-snowflake==1.8.0\n' }, head: { 'requirements.txt': 'dbt-core==1.8.0\ndbt-bigquery==1.8.0\n' } });
    expect(escalations).toMatchObject([
      {
        trigger: 'warehouse-selection',
        subject: 'dbt warehouse adapter',
        title: 'Warehouse changes: snowflake → bigquery',
        evidence: [
          { file: 'requirements.txt', line: 2, text: 'dbt adapter package dbt-bigquery: (not set) → bigquery' },
          { file: 'requirements.txt', line: 2, text: 'dbt adapter package dbt-snowflake: snowflake → (not set)' },
        ],
        detector: 'warehouse-adapter',
      },
    ]);
    expect(escalations[0]?.options.slice(0, 2)).toEqual([
      'Stay on snowflake.',
      'Adopt bigquery, with a cost comparison at current and projected volume and a migration plan for models, dialect and access.',
    ]);
  });

  it('escalates a profile target whose type changes', async () => {
    const escalations = await detect({
      base: { 'profiles.yml': profiles('snowflake'), 'requirements.txt': 'dbt-snowflake\ndbt-redshift\n' },
      head: { 'profiles.yml': profiles('redshift'), 'requirements.txt': 'dbt-snowflake\ndbt-redshift\n' },
    });
    expect(evidenceTexts(escalations)).toEqual(['profile shop target prod type: snowflake → redshift']);
  });

  it('escalates a new target on another warehouse, and a lake engine next to a warehouse as data-architecture', async () => {
    const escalations = await detect({
      base: { 'profiles.yml': profiles('snowflake'), 'requirements.txt': 'dbt-snowflake\n' },
      head: { 'profiles.yml': profiles('snowflake', '    lake:\n      type: athena\n      s3_staging_dir: s3://q/'), 'requirements.txt': 'dbt-snowflake\ndbt-athena-community\n' },
    });
    expect(escalations.map((e) => e.trigger)).toEqual(['warehouse-selection', 'data-architecture']);
    expect(escalations[1]?.title).toBe('Data platform gains a lake engine: athena');
    expect(evidenceTexts([escalations[0]!])).toEqual(['profile shop target lake type: (not set) → athena', 'dbt adapter package dbt-athena-community: (not set) → athena']);
  });

  it('escalates an adapter added in pyproject.toml to a repository without one', async () => {
    const escalations = await detect({ base: { 'pyproject.toml': '[project]\ndependencies = ["pandas"]\n' }, head: { 'pyproject.toml': '[project]\ndependencies = ["pandas", "dbt-duckdb>=1.8"]\n' } });
    expect(escalations.map((e) => e.title)).toEqual(['Warehouse changes: (none) → duckdb']);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a version bump or a requirement moved to another file', async () => {
    expect(await detect({ base: { 'requirements.txt': 'dbt-snowflake==1.7.0\n' }, head: { 'requirements.txt': 'dbt-snowflake==1.8.2\n' } })).toEqual([]);
    expect(
      await detect({ base: { 'requirements.txt': 'dbt-snowflake==1.7.0\npandas\n' }, head: { 'requirements.txt': 'pandas\n', 'pyproject.toml': '[project]\ndependencies = [\n  "dbt-snowflake>=1.7",\n]\n' } }),
    ).toEqual([]);
  });

  it('does not escalate a reformatted or renamed profiles file, nor a new target on the same warehouse', async () => {
    expect(await detect({ base: { 'profiles.yml': profiles('snowflake') }, head: { 'profiles.yml': "shop: {target: prod, outputs: {prod: {type: 'snowflake', threads: 8}}}\n" } })).toEqual([]);
    expect(await detect({ base: { 'profiles.yml': profiles('snowflake') }, head: { 'ci/profiles.yml': profiles('snowflake') }, renames: { 'ci/profiles.yml': 'profiles.yml' } })).toEqual([]);
    expect(await detect({ base: { 'profiles.yml': profiles('snowflake') }, head: { 'profiles.yml': profiles('snowflake', '    dev:\n      type: snowflake\n      threads: 2') } })).toEqual([]);
  });

  it('does not escalate a commented-out adapter, a reverted change, or non-adapter dbt packages', async () => {
    expect(await detect({ base: { 'requirements.txt': 'dbt-snowflake\n' }, head: { 'requirements.txt': 'dbt-snowflake\n# dbt-bigquery  (next quarter)\n' } })).toEqual([]);
    expect(await detect({ base: { 'requirements.txt': 'dbt-snowflake\n' }, head: { 'requirements.txt': 'dbt-snowflake\n\n' } })).toEqual([]);
    expect(await detect({ base: { 'requirements.txt': 'dbt-snowflake\n' }, head: { 'requirements.txt': 'dbt-snowflake\ndbt-osmosis\ndbt-checkpoint\n' } })).toEqual([]);
  });

  it('does not read unrelated files', async () => {
    expect(await detect({ base: { 'docs/warehouses.md': 'We use snowflake.' }, head: { 'docs/warehouses.md': 'We use bigquery: pip install dbt-bigquery' } })).toEqual([]);
  });
});
