import { describe, expect, it } from 'vitest';
import { buildDbtIndex } from '../../../src/analyzers/dbt/project.js';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { materializationChanged } from '../../../src/escalation/detectors/materialization-changed.js';
import type { DraftEscalation } from '../../../src/model.js';
import { buildChange, guessDomains } from '../../analyzers/support/change.js';
import type { ChangeSpec } from '../../analyzers/support/change.js';

async function detect(spec: ChangeSpec): Promise<DraftEscalation[]> {
  const { changeSet } = buildChange(spec);
  const [head, base] = await Promise.all([buildDbtIndex(changeSet.contents, 'head'), buildDbtIndex(changeSet.contents, 'base')]);
  return materializationChanged.detect({ changeSet, domains: guessDomains(changeSet), dbt: { head, base } });
}

const project = (martsMaterialized: string): string =>
  ['name: shop', 'models:', '  shop:', '    +materialized: view', '    marts:', `      +materialized: ${martsMaterialized}`, ''].join('\n');
const orders = "select order_id, amount from {{ ref('stg_orders') }}\n";

describe('materialization-changed', () => {
  it('is registered', () => {
    expect(detectors).toContain(materializationChanged);
  });

  // --- must escalate ---------------------------------------------------------------------------
  it('escalates an in-file config() switch from table to incremental', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': orders },
      head: {
        'dbt_project.yml': project('table'),
        'models/marts/orders.sql': "{{ config(materialized='incremental', unique_key='order_id') }}\n" + orders,
      },
    });
    expect(escalations).toHaveLength(1);
    const [escalation] = escalations;
    expect(escalation).toMatchObject({
      trigger: 'incremental-vs-full-refresh',
      subject: 'orders',
      title: 'Materialization of orders changes from table to incremental',
      evidence: [{ file: 'models/marts/orders.sql', line: 1, text: 'table → incremental' }],
      source: 'rule',
      detector: 'materialization-changed',
    });
    expect(escalation?.problem).toContain('folder config in dbt_project.yml line 6');
    expect(escalation?.options.length).toBeGreaterThanOrEqual(2);
    expect(escalation?.options[0]).toMatch(/^Keep table/);
    expect(escalation?.options.some((o) => o.includes('full-refresh'))).toBe(true);
  });

  it('escalates every model under a folder whose +materialized changes in dbt_project.yml', async () => {
    const models = { 'models/marts/orders.sql': orders, 'models/marts/customers.sql': 'select 1 as customer_id\n', 'models/staging/stg_orders.sql': 'select 1\n' };
    const escalations = await detect({
      base: { 'dbt_project.yml': project('table'), ...models },
      head: { 'dbt_project.yml': project('incremental'), ...models },
    });
    expect(escalations.map((e) => e.subject).sort()).toEqual(['customers', 'orders']);
    for (const escalation of escalations) expect(escalation.evidence).toEqual([{ file: 'dbt_project.yml', line: 6, text: 'table → incremental' }]);
  });

  it('escalates a properties-YAML config switch, view → table included', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': 'name: shop\n', 'models/orders.sql': orders, 'models/orders.yml': 'version: 2\nmodels:\n  - name: orders\n' },
      head: {
        'dbt_project.yml': 'name: shop\n',
        'models/orders.sql': orders,
        'models/orders.yml': 'version: 2\nmodels:\n  - name: orders\n    config:\n      materialized: table\n',
      },
    });
    expect(escalations).toMatchObject([
      { trigger: 'incremental-vs-full-refresh', subject: 'orders', evidence: [{ file: 'models/orders.yml', line: 5, text: 'view → table' }] },
    ]);
    expect(escalations[0]?.problem).toContain('dbt default');
  });

  it('escalates removing an in-file incremental config so the folder default applies again', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': "{{ config(materialized='incremental') }}\n" + orders },
      head: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': orders },
    });
    expect(escalations).toMatchObject([{ title: 'Materialization of orders changes from incremental to table', evidence: [{ file: 'dbt_project.yml', line: 6 }] }]);
    expect(escalations[0]?.options[0]).toMatch(/^Keep incremental/);
  });

  it('escalates a model moved into a folder with another materialization', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project('incremental'), 'models/staging/orders.sql': orders },
      head: { 'dbt_project.yml': project('incremental'), 'models/marts/orders.sql': orders },
      renames: { 'models/marts/orders.sql': 'models/staging/orders.sql' },
    });
    expect(escalations.map((e) => e.evidence[0]?.text)).toEqual(['view → incremental']);
  });

  // --- must not escalate -----------------------------------------------------------------------
  it('does not escalate an added model, even an incremental one', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project('table') },
        head: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': "{{ config(materialized='incremental') }}\n" + orders },
      }),
    ).toEqual([]);
  });

  it('does not escalate a rename with the same effective materialization', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': orders },
        head: { 'dbt_project.yml': project('table'), 'models/marts/fct_orders.sql': orders },
        renames: { 'models/marts/fct_orders.sql': 'models/marts/orders.sql' },
      }),
    ).toEqual([]);
  });

  it('does not escalate a reformatted config', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': "{{ config(materialized='incremental', unique_key='id') }}\n" + orders },
        head: {
          'dbt_project.yml': project('table'),
          'models/marts/orders.sql': '{{\n  config(\n    unique_key = "id",\n    materialized = "incremental",\n  )\n}}\n' + orders,
        },
      }),
    ).toEqual([]);
  });

  it('does not escalate moving the same value from config() to the properties YAML', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project('view'), 'models/marts/orders.sql': "{{ config(materialized='table') }}\n" + orders },
        head: {
          'dbt_project.yml': project('view'),
          'models/marts/orders.sql': orders,
          'models/marts/orders.yml': 'version: 2\nmodels:\n  - name: orders\n    config:\n      materialized: table\n',
        },
      }),
    ).toEqual([]);
  });

  it('does not escalate a folder change that the model overrides in its own config()', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': "{{ config(materialized='incremental') }}\n" + orders },
        head: { 'dbt_project.yml': project('view'), 'models/marts/orders.sql': "{{ config(materialized='incremental') }}\n" + orders },
      }),
    ).toEqual([]);
  });

  it('does not guess when the materialization is computed', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': orders },
        head: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': "{{ config(materialized=var('orders_mat')) }}\n" + orders },
      }),
    ).toEqual([]);
  });

  it('does not escalate a removed model', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project('table'), 'models/marts/orders.sql': "{{ config(materialized='incremental') }}\n" + orders },
        head: { 'dbt_project.yml': project('table') },
      }),
    ).toEqual([]);
  });

  it('reads only the model files it needs when dbt_project.yml changes', async () => {
    const models: Record<string, string> = { 'models/staging/a.sql': 'select 1\n', 'models/staging/b.sql': 'select 1\n', 'models/marts/c.sql': 'select 1\n' };
    const { changeSet, reader } = buildChange({
      base: { 'dbt_project.yml': project('table'), ...models },
      head: { 'dbt_project.yml': project('incremental'), ...models },
    });
    const [head, base] = await Promise.all([buildDbtIndex(changeSet.contents, 'head'), buildDbtIndex(changeSet.contents, 'base')]);
    const escalations = await materializationChanged.detect({ changeSet, domains: guessDomains(changeSet), dbt: { head, base } });
    expect(escalations.map((e) => e.subject)).toEqual(['c']);
    expect(reader.reads.filter((r) => r.includes('staging/'))).toEqual([]);
  });

  it('returns nothing without dbt indexes', async () => {
    const { changeSet } = buildChange({ head: { 'dags/a.py': 'x = 1\n' } });
    expect(await materializationChanged.detect({ changeSet, domains: new Map() })).toEqual([]);
  });
});
