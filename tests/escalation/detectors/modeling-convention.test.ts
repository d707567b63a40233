import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { modelingConvention } from '../../../src/escalation/detectors/modeling-convention.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(modelingConvention, spec);

const base = { 'dbt_project.yml': 'name: shop\n', 'models/orders.sql': 'select 1 as id\n', 'models/customers.sql': 'select 1 as id\n' };
const sql = "select * from {{ ref('orders') }}\n";

describe('modeling-convention', () => {
  it('is registered', () => {
    expect(detectors).toContain(modelingConvention);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates the first fact and dimension models', async () => {
    const escalations = await detect({ base, head: { ...base, 'models/fct_orders.sql': sql, 'models/dim_customers.sql': sql } });
    expect(escalations).toMatchObject([
      {
        trigger: 'data-modeling',
        subject: 'dimensional model (facts and dimensions)',
        title: 'The project introduces a dimensional model (facts and dimensions): dim_customers and fct_orders',
        evidence: [
          { file: 'models/dim_customers.sql', line: 1, text: 'dimensional model (facts and dimensions): none → models/dim_customers.sql' },
          { file: 'models/fct_orders.sql', line: 1, text: 'dimensional model (facts and dimensions): none → models/fct_orders.sql' },
        ],
        detector: 'modeling-convention',
      },
    ]);
  });

  it('escalates a first staging layer and Data Vault hubs and satellites', async () => {
    const escalations = await detect({
      base,
      head: { ...base, 'models/staging/stg_orders.sql': sql, 'models/raw_vault/hub_customer.sql': sql, 'models/raw_vault/sat_customer_details.sql': sql },
    });
    expect(escalations.map((e) => e.subject).sort()).toEqual(['Data Vault', 'staging layer']);
  });

  it('escalates the first snapshot of the project', async () => {
    const escalations = await detect({
      base,
      head: { ...base, 'snapshots/orders_snapshot.sql': "{% snapshot orders_snapshot %}\n{{ config(unique_key='id', strategy='check', check_cols='all') }}\nselect 1 as id\n{% endsnapshot %}\n" },
    });
    expect(escalations.map((e) => [e.subject, evidenceTexts([e])])).toEqual([['SCD snapshots', ['SCD snapshots: none → snapshots/orders_snapshot.sql']]]);
  });

  it('escalates a one-big-table model and, for a new project, one decision for the project', async () => {
    const obt = await detect({ base, head: { ...base, 'models/obt_sales.sql': sql } });
    expect(obt.map((e) => e.subject)).toEqual(['one big table']);
    const fresh = await detect({
      base: { 'README.md': 'x\n' },
      head: { 'README.md': 'x\n', 'dbt_project.yml': 'name: shop\n', 'models/staging/stg_orders.sql': 'select 1\n', 'models/marts/fct_orders.sql': sql },
    });
    expect(fresh.map((e) => [e.subject, e.title])).toEqual([['dbt project shop', 'New dbt project shop sets its modelling approach: staging layer, marts layer and dimensional model (facts and dimensions)']]);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a new model following conventions the project already uses', async () => {
    const established = { ...base, 'models/staging/stg_orders.sql': sql, 'models/marts/fct_orders.sql': sql, 'snapshots/s.sql': '{% snapshot s %}select 1{% endsnapshot %}\n' };
    expect(
      await detect({ base: established, head: { ...established, 'models/staging/stg_customers.sql': sql, 'models/marts/dim_customers.sql': sql, 'snapshots/t.sql': '{% snapshot t %}select 1{% endsnapshot %}\n' } }),
    ).toEqual([]);
  });

  it('does not escalate renaming or moving a model within conventions it already followed', async () => {
    const established = { ...base, 'models/marts/fct_orders.sql': sql };
    expect(
      await detect({ base: established, head: { ...base, 'models/marts/finance/fct_order_lines.sql': sql }, renames: { 'models/marts/finance/fct_order_lines.sql': 'models/marts/fct_orders.sql' } }),
    ).toEqual([]);
  });

  it('does not escalate a single link_ model, plain model names, or a comment', async () => {
    expect(await detect({ base, head: { ...base, 'models/link_clicks.sql': sql, 'models/revenue.sql': sql } })).toEqual([]);
    expect(await detect({ base, head: { ...base, 'models/orders.sql': '-- becomes fct_orders in the marts layer\nselect 1 as id\n' } })).toEqual([]);
  });
});
