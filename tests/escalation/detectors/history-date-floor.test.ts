import { describe, expect, it } from 'vitest';
import { historyDateFloor } from '../../../src/escalation/detectors/history-date-floor.js';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(historyDateFloor, spec);

const project = 'name: shop\n';
const model = (where: string): string => `select order_id, created_at, amount\nfrom {{ ref('stg_orders') }}\n${where}\n`;

describe('history-date-floor', () => {
  it('is registered', () => {
    expect(detectors).toContain(historyDateFloor);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates a hard-coded date floor added to a model', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/orders.sql': model('') },
      head: { 'dbt_project.yml': project, 'models/orders.sql': model("where created_at >= '2024-01-01'") },
    });
    expect(escalations).toMatchObject([
      {
        trigger: 'data-retention',
        subject: 'orders',
        title: 'orders drops history before a hard-coded date',
        evidence: [{ file: 'models/orders.sql', line: 3, text: 'history floor on created_at: none → >= 2024-01-01' }],
        detector: 'history-date-floor',
      },
    ]);
  });

  it('escalates a floor moved later, typed dates, and floors inside CTEs', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/orders.sql': model("where created_at > date '2020-01-01'") },
      head: {
        'dbt_project.yml': project,
        'models/orders.sql': "with recent as (\n  select * from {{ ref('stg_orders') }}\n  where cast(created_at as date) > date '2023-06-30'\n)\nselect * from recent where shipped_at between to_date('2023-01-01') and current_date\n",
      },
    });
    expect(evidenceTexts(escalations)).toEqual(['history floor on created_at: >= 2020-01-01 → >= 2023-06-30', 'history floor on shipped_at: none → >= 2023-01-01']);
  });

  it('escalates a floor that the parser cannot read, with the lexical approximation', async () => {
    const escalations = await detect({
      base: { 'dbt_project.yml': project, 'models/orders.sql': model('') + 'qualify ??? broken\n' },
      head: { 'dbt_project.yml': project, 'models/orders.sql': model("where created_at >= '2024-01-01'") + 'qualify ??? broken\n' },
    });
    expect(evidenceTexts(escalations)).toEqual(['history floor on created_at: none → >= 2024-01-01']);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate a new model, or a floor moved into a CTE, or reformatted', async () => {
    expect(await detect({ base: { 'dbt_project.yml': project }, head: { 'dbt_project.yml': project, 'models/orders.sql': model("where created_at >= '2024-01-01'") } })).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': model("where created_at >= '2024-01-01'") },
        head: { 'dbt_project.yml': project, 'models/orders.sql': "with o as (\n  select * from {{ ref('stg_orders') }}\n  WHERE created_at>='2024-01-01'\n)\nselect * from o\n" },
      }),
    ).toEqual([]);
  });

  it('does not escalate dev-only and incremental filters inside {% if %} blocks', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': model('') },
        head: {
          'dbt_project.yml': project,
          'models/orders.sql': model("{% if target.name == 'dev' %}\nwhere created_at >= '2024-01-01'\n{% endif %}\n{% if is_incremental() %} and created_at > '2020-01-01' {% endif %}"),
        },
      }),
    ).toEqual([]);
  });

  it('does not escalate an earlier floor, a renamed model, or a date in a comment', async () => {
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': model("where created_at >= '2024-01-01'") },
        head: { 'dbt_project.yml': project, 'models/orders.sql': model("where created_at >= '2020-01-01'") },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': model("where created_at >= '2024-01-01'") },
        head: { 'dbt_project.yml': project, 'models/fct_orders.sql': model("where created_at >= '2024-01-01'") },
        renames: { 'models/fct_orders.sql': 'models/orders.sql' },
      }),
    ).toEqual([]);
    expect(
      await detect({
        base: { 'dbt_project.yml': project, 'models/orders.sql': model('') },
        head: { 'dbt_project.yml': project, 'models/orders.sql': model("-- where created_at >= '2024-01-01' (kept for reference)") },
      }),
    ).toEqual([]);
  });
});
