import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const M = 'models/marts/orders.sql';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'three-part name in FROM',
    head: { ...project, [M]: 'select order_id, amount\nfrom raw.shop.orders\n' },
    expect: [{ file: M, line: 2 }],
    messageIncludes: '`raw.shop.orders`',
  },
  {
    name: 'quoted two-part name in a JOIN added to an existing model',
    base: { ...project, [M]: "select o.order_id\nfrom {{ ref('stg_orders') }} as o\n" },
    head: { ...project, [M]: 'select o.order_id, c.name\nfrom {{ ref(\'stg_orders\') }} as o\nleft join "analytics"."customers" as c on c.id = o.customer_id\n' },
    expect: [{ file: M, line: 3 }],
  },
  {
    name: 'templated schema with a literal table name',
    head: { ...project, [M]: 'select *\nfrom {{ target.schema }}.orders\n' },
    expect: [{ file: M, line: 2 }],
    messageIncludes: 'templated schema',
  },
  {
    name: 'a relation taken from var()',
    head: { ...project, [M]: "select *\nfrom {{ var('orders_table') }}\n" },
    expect: [{ file: M, line: 2 }],
    messageIncludes: "var('orders_table')",
  },
  {
    name: 'hard-coded table in a subquery of the WHERE clause',
    head: { ...project, [M]: "select *\nfrom {{ ref('stg_orders') }}\nwhere customer_id not in (\n  select id from raw.crm.blocked_customers\n)\n" },
    expect: [{ file: M, line: 4 }],
  },
  {
    name: 'SQL that does not parse: token scan, a warning that says so',
    head: { ...project, [M]: 'select order_id,, amount from raw.orders where\n' },
    expect: [{ file: M, line: 1 }],
    severity: 'warning',
    messageIncludes: 'approximate: the file did not parse',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'CTEs over ref() and source()',
    head: {
      ...project,
      [M]: "with orders as (\n  select * from {{ ref('stg_orders') }}\n), payments as (\n  select * from {{ source('stripe', 'payments') }}\n)\nselect * from orders join payments using (order_id)\n",
    },
    expect: [],
  },
  {
    name: 'near miss: correlated reference to an array column (BigQuery implicit UNNEST)',
    dialect: 'bigquery',
    head: { ...project, [M]: "select o.order_id, item\nfrom {{ ref('stg_orders') }} o, o.items as item\n" },
    expect: [],
  },
  {
    name: "{{ this }} in an incremental filter and a table function",
    dialect: 'postgres',
    head: {
      ...project,
      [M]: "{{ config(materialized='incremental', unique_key='id') }}\nselect s.id, g.n\nfrom {{ ref('stg_orders') }} s, generate_series(1, 3) as g(n)\n{% if is_incremental() %}\nwhere s.updated_at > (select max(updated_at) from {{ this }})\n{% endif %}\n",
    },
    expect: [],
  },
  {
    name: 'a pre-existing hard-coded relation on a line the change did not touch',
    base: { ...project, [M]: 'select order_id, amount\nfrom raw.shop.orders\n' },
    head: { ...project, [M]: 'select order_id, amount, currency\nfrom raw.shop.orders\n' },
    expect: [],
  },
  {
    name: 'near miss in unparsed SQL: FROM inside extract() and after IS DISTINCT',
    head: { ...project, [M]: "select extract(year from o.created_at) as y,, o.a is distinct from o.b\nfrom {{ ref('stg_orders') }} o\n" },
    expect: [],
  },
];
