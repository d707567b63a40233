import { describe, expect, it } from 'vitest';
import { externalTablesDetector } from '../../../src/escalation/detectors/external-tables.js';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(externalTablesDetector, spec);

const project = 'name: shop\n';
const sources = (external: string, table = 'events'): string =>
  ['version: 2', 'sources:', '  - name: lake', '    tables:', `      - name: ${table}`, external, '      - name: users', ''].join('\n');
const external = (location: string, format: string): string => `        external:\n          location: ${location}\n          file_format: ${format}`;

describe('external-tables', () => {
  it('is registered', () => {
    expect(detectors).toContain(externalTablesDetector);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates an external table whose file format changes', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/sources.yml': sources(external('s3://lake/events/', 'parquet')) },
      head: { 'dbt_project.yml': project, 'models/sources.yml': sources(external('s3://lake/events/', 'delta')) },
    });
    expect(escalations).toMatchObject([
      {
        trigger: 'lake-storage-format',
        subject: 'source lake.events',
        evidence: [{ file: 'models/sources.yml', line: 8, text: 'external file_format of lake.events: parquet → delta' }],
        detector: 'external-tables',
      },
    ]);
  });

  it('escalates an external location moved', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/sources.yml': sources(external('s3://lake/events/', 'parquet')) },
      head: { 'dbt_project.yml': project, 'models/sources.yml': sources(external('gs://new-lake/events/', 'parquet')) },
    });
    expect(evidenceTexts(escalations)).toEqual(['external location of lake.events: s3://lake/events/ → gs://new-lake/events/']);
  });

  it('escalates a warehouse source turned external, and the first external table of the project', async () => {
    const turned = await detect({
      base: { 'dbt_project.yml': project, 'models/sources.yml': sources('') },
      head: { 'dbt_project.yml': project, 'models/sources.yml': sources(external('s3://lake/events/', 'parquet')) },
    });
    expect(turned.map((e) => [e.trigger, evidenceTexts([e])])).toEqual([['data-architecture', ['source lake.events: warehouse table → external table']]]);
    const first = await detect({
      base: { 'dbt_project.yml': project, 'models/orders.sql': 'select 1\n' },
      head: { 'dbt_project.yml': project, 'models/orders.sql': 'select 1\n', 'models/lake.yml': sources(external('s3://lake/events/', 'parquet')) },
    });
    expect(first.map((e) => [e.subject, e.title])).toEqual([['external tables', 'The project starts reading external tables from a lake']]);
  });

  it('reads plain tables of other changed files when a table turns external: the table moved files', async () => {
    // Base: lake.events is a plain table in plain.yml (no "external" anywhere in that text).
    // Head: plain.yml drops it and lake.yml declares it external. Only the plain file says it
    // was a warehouse table before, so its tables must be read although it declares no external.
    const plain = ['version: 2', 'sources:', '  - name: lake', '    tables:', '      - name: events', '      - name: users', ''].join('\n');
    const plainWithout = ['version: 2', 'sources:', '  - name: lake', '    tables:', '      - name: users', ''].join('\n');
    const moved = ['version: 2', 'sources:', '  - name: lake', '    tables:', '      - name: events', external('s3://lake/events/', 'parquet'), ''].join('\n');
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/plain.yml': plain, 'models/other.yml': 'version: 2\n' },
      head: { 'dbt_project.yml': project, 'models/plain.yml': plainWithout, 'models/other.yml': moved },
    });
    expect(escalations.map((e) => [e.trigger, evidenceTexts([e])])).toEqual([['data-architecture', ['source lake.events: warehouse table → external table']]]);
  });

  it('reads a key spelt with escapes as the external key it is', async () => {
    const escaped = sources(external('s3://lake/events/', 'parquet').replace('external:', '"\\x65xternal":'));
    expect(escaped).not.toContain('external:');
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/sources.yml': sources('') },
      head: { 'dbt_project.yml': project, 'models/sources.yml': escaped },
    });
    expect(escalations.map((e) => [e.trigger, evidenceTexts([e])])).toEqual([['data-architecture', ['source lake.events: warehouse table → external table']]]);
  });

  it('escalates a catalog table format change in catalogs.yml', async () => {
    const catalogs = (format: string): string =>
      `catalogs:\n  - name: lakehouse\n    active_write_integration: glue\n    write_integrations:\n      - name: glue\n        catalog_type: glue\n        table_format: ${format}\n        external_volume: s3_vol\n`;
    const escalations = await detect({ base: { 'dbt_project.yml': project, 'catalogs.yml': catalogs('iceberg') }, head: { 'dbt_project.yml': project, 'catalogs.yml': catalogs('delta') } });
    expect(escalations.map((e) => [e.trigger, e.subject, evidenceTexts([e])])).toEqual([['lake-storage-format', 'dbt catalog lakehouse', ['lakehouse/glue/table_format: iceberg → delta']]]);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a source moved to another file or reformatted', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/sources.yml': sources(external('s3://lake/events/', 'parquet')) },
        head: {
          'dbt_project.yml': project,
          'models/sources.yml': 'version: 2\n',
          'models/lake/sources.yml': "version: 2\nsources:\n  - name: lake\n    tables:\n      - {name: events, external: {file_format: PARQUET, location: 's3://lake/events/'}}\n      - name: users\n",
        },
      }),
    ).toEqual([]);
  });

  it('does not escalate a new external table when the project already has some, or other source edits', async () => {
    const existing = sources(external('s3://lake/events/', 'parquet'));
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/sources.yml': existing },
        head: { 'dbt_project.yml': project, 'models/sources.yml': existing, 'models/more.yml': sources(external('s3://lake/clicks/', 'parquet'), 'clicks').replace('name: lake', 'name: lake2') },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/sources.yml': existing },
        head: { 'dbt_project.yml': project, 'models/sources.yml': existing.replace('      - name: users', '      - name: users\n        description: People') },
      }),
    ).toEqual([]);
  });

  it('does not escalate a source removed together with its external table, or a comment', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/sources.yml': sources(external('s3://lake/events/', 'parquet')) },
        head: { 'dbt_project.yml': project, 'models/sources.yml': 'version: 2\nsources:\n  - name: lake\n    tables:\n      - name: users\n' },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/sources.yml': sources(external('s3://lake/events/', 'parquet')) },
        head: { 'dbt_project.yml': project, 'models/sources.yml': sources(external('s3://lake/events/', 'parquet  # delta once migrated')) },
      }),
    ).toEqual([]);
  });
});
