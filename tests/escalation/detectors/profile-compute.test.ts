import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { profileCompute } from '../../../src/escalation/detectors/profile-compute.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(profileCompute, spec);

const snowflake = (warehouse: string, target = 'prod'): string =>
  ['shop:', `  target: ${target}`, '  outputs:', `    ${target}:`, '      type: snowflake', "      account: \"{{ env_var('SF_ACCOUNT') }}\"", `      warehouse: ${warehouse}`, '      threads: 8', ''].join('\n');

describe('profile-compute', () => {
  it('is registered', () => {
    expect(detectors).toContain(profileCompute);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates a target moved to another Snowflake warehouse', async () => {
    const escalations = await detect({ base: { 'profiles.yml': snowflake('TRANSFORM_XS') }, head: { 'profiles.yml': snowflake('TRANSFORM_XL') } });
    expect(escalations).toMatchObject([
      {
        trigger: 'performance-vs-cost',
        subject: 'dbt profile shop.prod',
        title: 'Compute of dbt profile shop.prod changes: warehouse',
        evidence: [{ file: 'profiles.yml', line: 7, text: 'warehouse: TRANSFORM_XS → TRANSFORM_XL' }],
        detector: 'profile-compute',
      },
    ]);
  });

  it('escalates a Databricks http_path switched to another SQL warehouse', async () => {
    const databricks = (path: string): string => `lake:\n  outputs:\n    prod:\n      type: databricks\n      http_path: ${path}\n`;
    const escalations = await detect({ base: { 'profiles.yml': databricks('/sql/1.0/warehouses/abc') }, head: { 'profiles.yml': databricks('/sql/1.0/warehouses/xyz') } });
    expect(evidenceTexts(escalations)).toEqual(['http_path: /sql/1.0/warehouses/abc → /sql/1.0/warehouses/xyz']);
  });

  it('escalates a BigQuery bytes-billed cap removed', async () => {
    const bigquery = (cap: string): string => `bq:\n  outputs:\n    prod:\n      type: bigquery\n      method: oauth\n${cap}`;
    const escalations = await detect({ base: { 'profiles.yml': bigquery('      maximum_bytes_billed: 1000000000000\n') }, head: { 'profiles.yml': bigquery('') } });
    expect(evidenceTexts(escalations)).toEqual(['maximum_bytes_billed: 1000000000000 → (not set)']);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a reformatted or moved profiles file', async () => {
    expect(await detect({ base: { 'profiles.yml': snowflake('TRANSFORM_XS') }, head: { 'profiles.yml': snowflake("'transform_xs'") } })).toEqual([]);
    expect(await detect({ base: { 'profiles.yml': snowflake('TRANSFORM_XS') }, head: { 'ci/profiles.yml': snowflake('TRANSFORM_XS') }, renames: { 'ci/profiles.yml': 'profiles.yml' } })).toEqual([]);
  });

  it('does not escalate a new target, other settings, or environment values it cannot read', async () => {
    expect(await detect({ base: { 'profiles.yml': snowflake('WH') }, head: { 'profiles.yml': snowflake('WH') + snowflake('WH_DEV', 'dev').split('\n').slice(3).join('\n') } })).toEqual([]);
    expect(await detect({ base: { 'profiles.yml': snowflake('WH') }, head: { 'profiles.yml': snowflake('WH').replace('threads: 8', 'threads: 16') } })).toEqual([]);
    expect(await detect({ base: { 'profiles.yml': snowflake("\"{{ env_var('WH') }}\"") }, head: { 'profiles.yml': snowflake("\"{{ env_var('WH_BIG') }}\"") } })).toEqual([]);
  });

  it('does not escalate compute settings of a target that changes warehouse (the adapter decision covers it)', async () => {
    expect(await detect({ base: { 'profiles.yml': snowflake('WH') }, head: { 'profiles.yml': 'shop:\n  outputs:\n    prod:\n      type: bigquery\n      method: oauth\n' } })).toEqual([]);
  });

  it('does not escalate a reverted change or a comment', async () => {
    expect(await detect({ base: { 'profiles.yml': snowflake('WH') }, head: { 'profiles.yml': snowflake('WH  # was WH_XL') } })).toEqual([]);
  });
});
