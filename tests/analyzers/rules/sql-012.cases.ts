import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

const withPayments = [
  'with orders as (',
  "    select * from {{ ref('stg_orders') }}",
  '),',
  'payments as (',
  "    select * from {{ ref('stg_payments') }}",
  '),',
  'final as (',
  '    select o.order_id, o.customer_id, p.amount',
  '    from orders o',
  '    left join payments p on p.order_id = o.order_id',
  ')',
  'select * from final',
  '',
];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt model (Snowflake): an import CTE the final CTE never reads',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/orders.sql': [
        'with orders as (',
        "    select * from {{ ref('stg_orders') }}",
        '),',
        'payments as (',
        "    select * from {{ ref('stg_payments') }}",
        '),',
        'final as (',
        '    select order_id, customer_id, amount from orders',
        ')',
        'select * from final',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/orders.sql', line: 4 }],
    messageIncludes: 'CTE `payments` is never read',
  },
  {
    name: 'a chain of dead CTEs: one read only by another that nothing reads (BigQuery)',
    dialect: 'bigquery',
    head: {
      'scripts/bq_dead_chain.sql': [
        'with events as (select event_id, user_id from `raw.events`),',
        'users as (select user_id from `raw.users`),',
        'user_events as (select e.event_id from events e join users u using (user_id))',
        'select event_id, user_id from events',
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'scripts/bq_dead_chain.sql', line: 2 },
      { file: 'scripts/bq_dead_chain.sql', line: 3 },
    ],
  },
  {
    name: 'unused CTE in an INSERT … WITH … SELECT (Snowflake script)',
    dialect: 'snowflake',
    head: {
      'scripts/load_totals.sql': [
        'insert into analytics.customer_totals (customer_id, total)',
        'with refunds as (select order_id, amount from staging.refunds),',
        'totals as (select customer_id, sum(amount) as total from staging.orders group by customer_id)',
        'select customer_id, total from totals;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/load_totals.sql', line: 2 }],
  },
  {
    name: 'diff-aware: the change drops the join, leaving the untouched `payments` CTE unread',
    dialect: 'snowflake',
    base: { ...project, 'models/marts/orders.sql': withPayments.join('\n') },
    head: {
      ...project,
      'models/marts/orders.sql': withPayments
        .map((line) => (line === '    select o.order_id, o.customer_id, p.amount' ? '    select o.order_id, o.customer_id' : line))
        .filter((line) => !line.includes('left join payments'))
        .join('\n'),
    },
    expect: [{ file: 'models/marts/orders.sql', line: 4 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'a CTE used only in another CTE, and the select * from final idiom',
    dialect: 'snowflake',
    head: { ...project, 'models/marts/orders.sql': withPayments.join('\n') },
    expect: [],
  },
  {
    name: 'a CTE read only in the {% else %} branch of is_incremental()',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/fct_events.sql': [
        "{{ config(materialized='incremental', unique_key='event_id') }}",
        'with new_events as (',
        "    select * from {{ ref('stg_events') }} where loaded_at > (select max(loaded_at) from {{ this }})",
        '),',
        'all_events as (',
        "    select * from {{ ref('stg_events') }}",
        ')',
        '{% if is_incremental() %}',
        'select event_id, user_id, loaded_at from new_events',
        '{% else %}',
        'select event_id, user_id, loaded_at from all_events',
        '{% endif %}',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'recursive CTE and a CTE read from a WHERE subquery (Postgres)',
    dialect: 'postgres',
    head: {
      'sql/org_tree.sql': [
        'with recursive tree as (',
        '    select employee_id, manager_id from hr.employees where manager_id is null',
        '    union all',
        '    select e.employee_id, e.manager_id from hr.employees e join tree t on e.manager_id = t.employee_id',
        '),',
        'active as (select employee_id from hr.contracts where ends_on is null)',
        'select employee_id from tree where employee_id in (select employee_id from active);',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: an old unused CTE the change did not touch',
    dialect: 'snowflake',
    base: { 'scripts/report.sql': 'with a as (select 1 as x),\nb as (select 2 as y)\nselect x from a;\n' },
    head: { 'scripts/report.sql': 'with a as (select 1 as x),\nb as (select 2 as y)\nselect x from a;\n-- monthly report\n' },
    expect: [],
  },
];
