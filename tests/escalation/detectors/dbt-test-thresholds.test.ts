import { describe, expect, it } from 'vitest';
import { dbtTestThresholds } from '../../../src/escalation/detectors/dbt-test-thresholds.js';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(dbtTestThresholds, spec);

const project = 'name: shop\n';
const model = "select order_id, amount from {{ ref('stg_orders') }}\n";
const files = { 'dbt_project.yml': project, 'models/orders.sql': model };

const properties = (orderIdTests: string, modelTests = ''): string =>
  ['version: 2', 'models:', '  - name: orders', ...(modelTests ? ['    data_tests:', modelTests] : []), '    columns:', '      - name: order_id', '        data_tests:', orderIdTests, '      - name: amount', ''].join('\n');

describe('dbt-test-thresholds', () => {
  it('is registered', () => {
    expect(detectors).toContain(dbtTestThresholds);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates a test severity lowered from error to warn', async () => {
    const escalations = await detect({
      base: { ...files, 'models/orders.yml': properties('          - not_null\n          - unique') },
      head: { ...files, 'models/orders.yml': properties('          - not_null:\n              config:\n                severity: warn\n          - unique') },
    });
    expect(escalations).toMatchObject([
      {
        trigger: 'data-quality-thresholds',
        subject: 'orders',
        title: 'Data quality checks on orders change: severity',
        evidence: [{ file: 'models/orders.yml', line: 9, text: 'not_null on orders.order_id severity: error → warn' }],
        detector: 'dbt-test-thresholds',
        source: 'rule',
      },
    ]);
  });

  it('escalates warn_if/error_if and percentage thresholds changed', async () => {
    const escalations = await detect({
      base: {
        ...files,
        'models/orders.yml': properties(
          "          - dbt_utils.not_null_proportion:\n              at_least: 0.99\n          - unique:\n              config:\n                error_if: '>0'",
        ),
      },
      head: {
        ...files,
        'models/orders.yml': properties(
          "          - dbt_utils.not_null_proportion:\n              at_least: 0.9\n          - unique:\n              config:\n                error_if: '>100'",
        ),
      },
    });
    expect(evidenceTexts(escalations).sort()).toEqual([
      'dbt_utils.not_null_proportion on orders.order_id at_least: 0.99 → 0.9',
      'unique on orders.order_id error_if: >0 → >100',
    ]);
  });

  it('escalates a test disabled, a test deleted and store_failures switched off', async () => {
    const escalations = await detect({
      base: {
        ...files,
        'models/orders.yml': properties('          - not_null\n          - unique:\n              config:\n                store_failures: true', "      - dbt_utils.recency:\n          datepart: day\n          field: created_at\n          interval: 1"),
      },
      head: {
        ...files,
        'models/orders.yml': properties('          - not_null:\n              config:\n                enabled: false\n          - unique'),
      },
    });
    expect(evidenceTexts(escalations).sort()).toEqual([
      'dbt_utils.recency on orders: present → removed',
      'not_null on orders.order_id enabled: true → false',
      'unique on orders.order_id store_failures: true → (not set)',
    ]);
    expect(escalations).toHaveLength(1);
  });

  it('escalates project-level severity, a removed singular test and loosened source freshness', async () => {
    const sources = (hours: number): string =>
      ['version: 2', 'sources:', '  - name: raw', '    freshness:', `      error_after: {count: ${hours}, period: hour}`, '    tables:', '      - name: orders', ''].join('\n');
    const escalations = await detect({
      base: {
        ...files,
        'dbt_project.yml': 'name: shop\ndata_tests:\n  shop:\n    +severity: error\n',
        'tests/assert_positive_amount.sql': "select * from {{ ref('orders') }} where amount < 0\n",
        'models/sources.yml': sources(12),
      },
      head: { ...files, 'dbt_project.yml': 'name: shop\ndata_tests:\n  shop:\n    +severity: warn\n', 'models/sources.yml': sources(72) },
    });
    const bySubject = Object.fromEntries(escalations.map((e) => [e.subject, evidenceTexts([e])]));
    expect(bySubject).toEqual({
      'dbt test config in dbt_project.yml': ['data_tests.shop.severity: error → warn'],
      orders: ['singular test assert_positive_amount on orders: present → removed'],
      'source raw': ['freshness error_after of raw: 12 hour → 72 hour'],
    });
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate tests moved between files and keys, or reformatted', async () => {
    expect(
      await detect({
        base: { ...files, 'models/orders.yml': properties('          - not_null:\n              severity: warn\n          - unique') },
        head: {
          ...files,
          'models/orders.yml': 'version: 2\nmodels: []\n',
          'models/marts/orders.yml':
            'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        tests: [{not_null: {config: {severity: WARN}}}, unique]\n      - name: amount\n',
        },
      }),
    ).toEqual([]);
  });

  it('does not escalate a model renamed with its tests, or deleted with them', async () => {
    expect(
      await detect({
        base: { ...files, 'models/orders.yml': properties('          - not_null') },
        head: { 'dbt_project.yml': project, 'models/fct_orders.sql': model, 'models/orders.yml': properties('          - not_null').replace('name: orders', 'name: fct_orders') },
        renames: { 'models/fct_orders.sql': 'models/orders.sql' },
      }),
    ).toEqual([]);
    expect(await detect({ base: { ...files, 'models/orders.yml': properties('          - not_null') }, head: { 'dbt_project.yml': project } })).toEqual([]);
  });

  it('escalates a severity raised from warn to error (both directions are the decision)', async () => {
    const escalations = await detect({
      base: { ...files, 'models/orders.yml': properties('          - not_null:\n              severity: warn') },
      head: { ...files, 'models/orders.yml': properties('          - not_null') },
    });
    expect(evidenceTexts(escalations)).toEqual(['not_null on orders.order_id severity: warn → error']);
    expect(escalations[0]?.evidence[0]?.line).toBe(8);
  });

  it('does not escalate added tests, a dropped column, or a reverted change', async () => {
    expect(
      await detect({
        base: { ...files, 'models/orders.yml': properties('          - not_null:\n              severity: warn') },
        head: { ...files, 'models/orders.yml': properties('          - not_null:\n              severity: warn\n          - unique\n          - accepted_values:\n              values: [a]\n              config:\n                severity: warn') },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { ...files, 'models/orders.yml': properties('          - not_null') },
        head: { ...files, 'models/orders.yml': 'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: amount\n' },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { ...files, 'models/orders.yml': properties('          - not_null:\n              config:\n                severity: warn') },
        head: { ...files, 'models/orders.yml': properties('          - not_null:\n              config:\n                severity: warn') + '# reviewed\n' },
      }),
    ).toEqual([]);
  });

  it('does not escalate a commented-out severity', async () => {
    expect(
      await detect({
        base: { ...files, 'models/orders.yml': properties('          - not_null') },
        head: { ...files, 'models/orders.yml': properties('          - not_null  # severity: warn while the source is fixed') },
      }),
    ).toEqual([]);
  });
});
