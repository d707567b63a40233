import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { modelConfigChanged } from '../../../src/escalation/detectors/model-config-changed.js';
import { DEFAULT_OPTIONS } from '../../../src/escalation/detectors/support/trigger-options.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(modelConfigChanged, spec);
const project = 'name: shop\nmodels:\n  shop:\n    +materialized: view\n';
const body = "select order_id, amount, updated_at from {{ ref('stg_orders') }}\n";
const incremental = (args: string): string => `{{ config(materialized='incremental', ${args}) }}\n${body}`;
const props = (config: string): string => `version: 2\nmodels:\n  - name: orders\n    config:\n${config}`;

describe('model-config-changed', () => {
  it('is registered', () => {
    expect(detectors).toContain(modelConfigChanged);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates an incremental_strategy switch in config()', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/orders.sql': incremental("incremental_strategy='merge', unique_key='order_id'") },
      head: { 'dbt_project.yml': project, 'models/orders.sql': incremental("incremental_strategy='delete+insert', unique_key='order_id'") },
    });
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      trigger: 'incremental-vs-full-refresh',
      subject: 'orders',
      title: 'incremental_strategy of orders changes: merge → delete+insert',
      evidence: [{ file: 'models/orders.sql', line: 1, text: 'incremental_strategy: merge → delete+insert' }],
      source: 'rule',
      detector: 'model-config-changed',
      options: [...DEFAULT_OPTIONS['incremental-vs-full-refresh']],
    });
    expect(escalations[0]?.problem).toContain('config() in models/orders.sql line 1');
  });

  it('escalates unique_key and full_refresh changes of one model as one decision', async () => {
    const escalations = await detect({
      base: {
        'dbt_project.yml': project,
        'models/orders.sql': incremental("unique_key='order_id'"),
        'models/orders.yml': props('      unique_key: order_id\n'),
      },
      head: {
        'dbt_project.yml': project,
        'models/orders.sql': incremental("unique_key=['order_id', 'line_id'], full_refresh=false"),
        'models/orders.yml': props('      unique_key: order_id\n'),
      },
    });
    expect(escalations).toHaveLength(1);
    expect(escalations[0]?.subject).toBe('orders');
    expect(evidenceTexts(escalations).sort()).toEqual(['full_refresh: (not set) → false', 'unique_key: order_id → [order_id, line_id]']);
    expect(escalations[0]?.title).toBe('Incremental load settings of orders change: unique_key, full_refresh');
  });

  it('escalates a retention setting changed or removed in the properties YAML', async () => {
    const base = { 'dbt_project.yml': project, 'models/orders.sql': body };
    const changed = await detect({
      base: { ...base, 'models/orders.yml': props('      partition_expiration_days: 365\n') },
      head: { ...base, 'models/orders.yml': props('      partition_expiration_days: 30\n') },
    });
    expect(changed).toMatchObject([
      { trigger: 'data-retention', subject: 'orders', evidence: [{ file: 'models/orders.yml', line: 5, text: 'partition_expiration_days: 365 → 30' }] },
    ]);
    const removed = await detect({
      base: { ...base, 'models/orders.yml': props('      materialized: table\n      hours_to_expiration: 48\n') },
      head: { ...base, 'models/orders.yml': props('      materialized: table\n') },
    });
    expect(removed).toMatchObject([{ trigger: 'data-retention', evidence: [{ file: 'models/orders.yml', text: 'hours_to_expiration: 48 → (not set)' }] }]);
  });

  it('escalates a file format switch and a location set for the first time', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/orders.sql': "{{ config(materialized='table', file_format='parquet') }}\n" + body },
      head: {
        'dbt_project.yml': project,
        'models/orders.sql': "{{ config(materialized='table', file_format='delta', location_root='s3://lake/marts') }}\n" + body,
      },
    });
    const byTrigger = Object.fromEntries(escalations.map((e) => [e.trigger, evidenceTexts([e])]));
    expect(byTrigger).toEqual({
      'lake-storage-format': ['file_format: parquet → delta'],
      'data-architecture': ['location_root: (not set) → s3://lake/marts'],
    });
  });

  it('escalates clustering and warehouse changes as performance-vs-cost', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/orders.sql': "{{ config(materialized='table', cluster_by=['order_date']) }}\n" + body },
      head: {
        'dbt_project.yml': project,
        'models/orders.sql': "{{ config(materialized='table', cluster_by=['order_date', 'customer_id'], snowflake_warehouse='TRANSFORM_XL') }}\n" + body,
      },
    });
    expect(escalations).toHaveLength(1);
    expect(escalations[0]?.trigger).toBe('performance-vs-cost');
    expect(evidenceTexts(escalations).sort()).toEqual(['cluster_by: [order_date] → [order_date, customer_id]', 'snowflake_warehouse: (not set) → TRANSFORM_XL']);
  });

  it('escalates a folder-level strategy change once for the folder', async () => {
    const folder = (strategy: string): string =>
      `name: shop\nmodels:\n  shop:\n    marts:\n      +materialized: incremental\n      +incremental_strategy: ${strategy}\n`;
    const models = { 'models/marts/orders.sql': body, 'models/marts/customers.sql': 'select 1 as id\n' };
    const escalations = await detect({ base: { 'dbt_project.yml': folder('merge'), ...models }, head: { 'dbt_project.yml': folder('append'), ...models } });
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      subject: 'models in shop/marts',
      evidence: [{ file: 'dbt_project.yml', line: 6, text: 'incremental_strategy: merge → append' }],
    });
    expect(escalations[0]?.problem).toContain('Models affected: customers and orders.');
  });

  it('escalates a switch to a dynamic table and a target lag crossing the near-real-time threshold', async () => {
    const switched = await detect({
      base: { 'dbt_project.yml': project, 'models/orders.sql': "{{ config(materialized='table') }}\n" + body },
      head: { 'dbt_project.yml': project, 'models/orders.sql': "{{ config(materialized='dynamic_table', target_lag='1 hour', snowflake_warehouse='wh') }}\n" + body },
    });
    expect(switched.find((e) => e.trigger === 'batch-vs-streaming')?.evidence.map((e) => e.text)).toEqual(['materialized: table → dynamic_table']);
    const lag = (value: string): string => `{{ config(materialized='dynamic_table', target_lag='${value}', snowflake_warehouse='wh') }}\n` + body;
    const faster = await detect({ base: { 'dbt_project.yml': project, 'models/orders.sql': lag('1 hour') }, head: { 'dbt_project.yml': project, 'models/orders.sql': lag('1 minute') } });
    expect(faster).toMatchObject([{ trigger: 'batch-vs-streaming', evidence: [{ text: 'target_lag: 1 hour → 1 minute' }] }]);
    const slower = await detect({ base: { 'dbt_project.yml': project, 'models/orders.sql': lag('1 hour') }, head: { 'dbt_project.yml': project, 'models/orders.sql': lag('6 hours') } });
    expect(slower).toMatchObject([{ trigger: 'performance-vs-cost', evidence: [{ text: 'target_lag: 1 hour → 6 hours' }] }]);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a reformatted config (quotes, spacing, one-item list, dict key order, YAML flow style)', async () => {
    expect(
      await detect({
        base: {
          'dbt_project.yml': project,
          'models/orders.sql': incremental("incremental_strategy='merge', unique_key='order_id', partition_by={'field': 'day', 'data_type': 'date'}"),
          'models/orders.yml': props('      cluster_by: [a, b]\n'),
        },
        head: {
          'dbt_project.yml': project,
          'models/orders.sql':
            '{{\n  config(\n    materialized = "incremental",\n    partition_by = {"data_type": "date", "field": "day"},\n    unique_key = ["order_id"],\n    incremental_strategy = "MERGE",\n  )\n}}\n' +
            body,
          'models/orders.yml': props('      cluster_by:\n        - a\n        - b\n'),
        },
      }),
    ).toEqual([]);
  });

  it('does not escalate a value moved between config layers, or a change reverted to the base value', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': incremental("incremental_strategy='merge'") },
        head: {
          'dbt_project.yml': project,
          'models/orders.sql': "{{ config(materialized='incremental') }}\n" + body,
          'models/orders.yml': props('      incremental_strategy: merge\n'),
        },
      }),
    ).toEqual([]);
    // The PR's second commit put the base value back: only the body changed in the end.
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': incremental("incremental_strategy='merge'") },
        head: { 'dbt_project.yml': project, 'models/orders.sql': incremental("incremental_strategy='merge'") + '-- trailing note\n' },
      }),
    ).toEqual([]);
  });

  it('does not escalate a renamed model with the same settings', async () => {
    const sql = "{{ config(materialized='table', cluster_by=['day'], partition_expiration_days=30) }}\n" + body;
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': sql },
        head: { 'dbt_project.yml': project, 'models/marts/fct_orders.sql': sql },
        renames: { 'models/marts/fct_orders.sql': 'models/orders.sql' },
      }),
    ).toEqual([]);
  });

  it('does not escalate a brand-new model, whatever its settings', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project },
        head: { 'dbt_project.yml': project, 'models/orders.sql': incremental("incremental_strategy='merge', partition_expiration_days=7, file_format='delta'") },
      }),
    ).toEqual([]);
  });

  it('does not escalate a setting inside a Jinja comment', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': incremental("incremental_strategy='merge'") },
        head: { 'dbt_project.yml': project, 'models/orders.sql': "{# config(incremental_strategy='append') #}\n" + incremental("incremental_strategy='merge'") },
      }),
    ).toEqual([]);
  });

  it('does not guess rendered values, nor escalate incremental keys of a table model', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': incremental("incremental_strategy='merge'") },
        head: { 'dbt_project.yml': project, 'models/orders.sql': incremental("incremental_strategy=var('strategy')") },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': "{{ config(materialized='table', unique_key='a') }}\n" + body },
        head: { 'dbt_project.yml': project, 'models/orders.sql': "{{ config(materialized='table', unique_key='b') }}\n" + body },
      }),
    ).toEqual([]);
  });
});
