import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { refreshingModelIntroduced } from '../../../src/escalation/detectors/refreshing-model-introduced.js';
import { runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(refreshingModelIntroduced, spec);

const base = { 'dbt_project.yml': 'name: shop\n', 'models/orders.sql': "{{ config(materialized='table') }}\nselect 1 as id\n" };
const dynamic = (lag: string): string => `{{ config(materialized='dynamic_table', target_lag='${lag}', snowflake_warehouse='wh') }}\nselect * from {{ ref('orders') }}\n`;

describe('refreshing-model-introduced', () => {
  it('is registered', () => {
    expect(detectors).toContain(refreshingModelIntroduced);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates the first dynamic table of the project', async () => {
    const escalations = await detect({ base, head: { ...base, 'models/orders_live.sql': dynamic('1 minute') } });
    expect(escalations).toMatchObject([
      {
        trigger: 'batch-vs-streaming',
        subject: 'orders_live',
        title: 'First continuously refreshed model: orders_live is a dynamic table',
        evidence: [{ file: 'models/orders_live.sql', line: 1, text: 'materialized: batch models only → dynamic_table' }],
        detector: 'refreshing-model-introduced',
      },
    ]);
    expect(escalations[0]?.problem).toContain('refreshed to 1 minute');
  });

  it('escalates a first materialized view set by folder config', async () => {
    const project = 'name: shop\nmodels:\n  shop:\n    live:\n      +materialized: materialized_view\n';
    const escalations = await detect({ base: { ...base, 'dbt_project.yml': project }, head: { ...base, 'dbt_project.yml': project, 'models/live/orders_mv.sql': 'select 1\n' } });
    expect(escalations.map((e) => e.title)).toEqual(['First continuously refreshed model: orders_mv is a materialized view']);
  });

  it('escalates a first streaming table set in the properties YAML', async () => {
    const escalations = await detect({
      base,
      head: { ...base, 'models/events.sql': 'select 1\n', 'models/events.yml': 'version: 2\nmodels:\n  - name: events\n    config:\n      materialized: streaming_table\n' },
    });
    expect(escalations.map((e) => e.subject)).toEqual(['events']);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate when the project already has a dynamic table', async () => {
    const withDynamic = { ...base, 'models/orders_live.sql': dynamic('5 minutes') };
    expect(await detect({ base: withDynamic, head: { ...withDynamic, 'models/customers_live.sql': dynamic('5 minutes') } })).toEqual([]);
  });

  it('does not escalate a renamed dynamic table or new batch models', async () => {
    const withDynamic = { ...base, 'models/orders_live.sql': dynamic('5 minutes') };
    expect(await detect({ base: withDynamic, head: { ...base, 'models/live_orders.sql': dynamic('5 minutes') }, renames: { 'models/live_orders.sql': 'models/orders_live.sql' } })).toEqual([]);
    expect(await detect({ base, head: { ...base, 'models/customers.sql': "{{ config(materialized='incremental') }}\nselect 1\n" } })).toEqual([]);
  });

  it('does not escalate a materialization named in a comment or a rendered value', async () => {
    expect(await detect({ base, head: { ...base, 'models/c.sql': "{# config(materialized='dynamic_table') later #}\nselect 1\n" } })).toEqual([]);
    expect(await detect({ base, head: { ...base, 'models/c.sql': "{{ config(materialized=var('live_mat')) }}\nselect 1\n" } })).toEqual([]);
  });
});
