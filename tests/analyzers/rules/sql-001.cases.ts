import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'staging model selecting * straight from a ref',
    head: { ...project, 'models/staging/stg_orders.sql': "select *\nfrom {{ ref('raw_orders') }}\n" },
    expect: [{ file: 'models/staging/stg_orders.sql', line: 1 }],
    messageIncludes: "ref('raw_orders')",
  },
  {
    name: 'select * from final, where final itself selects * through a CTE chain from a source',
    head: {
      ...project,
      'models/marts/orders.sql': [
        'with source as (',
        "    select * from {{ source('raw', 'orders') }}",
        '),',
        'final as (',
        '    select * from source',
        ')',
        'select * from final',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/orders.sql', line: 7 }],
    messageIncludes: '`final` → `source`',
  },
  {
    name: 'qualified wildcard over a ref in the final select',
    head: {
      ...project,
      'models/marts/order_customers.sql': [
        'select',
        '    c.customer_name,',
        '    o.*',
        "from {{ ref('orders') }} as o",
        "join {{ ref('customers') }} as c on o.customer_id = c.customer_id",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/order_customers.sql', line: 3 }],
  },
  {
    name: 'plain SQL script inserting select * from a table',
    head: { 'scripts/load_orders.sql': 'insert into analytics.orders\nselect * from staging.orders;\n' },
    expect: [{ file: 'scripts/load_orders.sql', line: 2 }],
  },
  {
    name: 'only the union branch with an unknown wildcard is reported',
    head: { 'scripts/all_events.sql': 'select event_id, kind from web_events\nunion all\nselect * from app_events\n' },
    expect: [{ file: 'scripts/all_events.sql', line: 3 }],
  },
  {
    name: 'Jinja config and is_incremental blocks keep line numbers (finding on line 9)',
    head: {
      ...project,
      'models/marts/events.sql': [
        '{{',
        '  config(',
        "    materialized='incremental',",
        "    unique_key='event_id'",
        '  )',
        '}}',
        '{# the final select #}',
        '',
        "select * from {{ ref('stg_events') }}",
        '{% if is_incremental() %}',
        '  where loaded_at > (select max(loaded_at) from {{ this }})',
        '{% endif %}',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/events.sql', line: 9 }],
  },
  {
    name: 'full-file review reports a pre-existing wildcard on an untouched line',
    base: { ...project, 'models/stg_users.sql': "select *\nfrom {{ ref('raw_users') }}\nwhere id > 0\n" },
    head: { ...project, 'models/stg_users.sql': "select *\nfrom {{ ref('raw_users') }}\nwhere id > 10\n" },
    fullFileReview: true,
    expect: [{ file: 'models/stg_users.sql', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'dbt idiom: import CTEs with *, final CTE with explicit columns, select * from final',
    head: {
      ...project,
      'models/marts/customers.sql': [
        'with customers as (',
        "    select * from {{ ref('stg_customers') }}",
        '),',
        'final as (',
        '    select customer_id, customer_name, created_at from customers',
        ')',
        'select * from final',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'count(*) is not a wildcard projection',
    head: { 'scripts/count.sql': 'select count(*) as n from analytics.orders\n' },
    expect: [],
  },
  {
    name: 'a wildcard inside a subquery is not the outermost select',
    head: { 'scripts/sub.sql': 'select id, name\nfrom (select * from raw.users) as u\nwhere exists (select * from raw.orders o where o.user_id = u.id)\n' },
    expect: [],
  },
  {
    name: 'CTE with an explicit column list fixes the columns',
    head: { 'scripts/cte_cols.sql': 'with x (id, name) as (select * from raw.users)\nselect * from x\n' },
    expect: [],
  },
  {
    name: 'Snowflake select * exclude over a CTE with explicit columns',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/payments.sql': [
        'with final as (',
        "    select payment_id, order_id, amount, _loaded_at from {{ ref('stg_payments') }}",
        ')',
        'select * exclude (_loaded_at) from final',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: the wildcard line is not part of the change',
    base: { ...project, 'models/stg_users.sql': "select *\nfrom {{ ref('raw_users') }}\nwhere id > 0\n" },
    head: { ...project, 'models/stg_users.sql': "select *\nfrom {{ ref('raw_users') }}\nwhere id > 10\n" },
    expect: [],
  },
  {
    name: 'a file that does not parse is not judged (partial analysis)',
    head: { 'scripts/broken.sql': 'select * from raw.orders where (\n' },
    expect: [],
  },
  {
    name: 'wildcard over a VALUES list with column aliases',
    head: { 'scripts/values.sql': "select * from (values (1, 'a'), (2, 'b')) as v (id, label)\n" },
    expect: [],
  },
];
