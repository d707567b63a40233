import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const M = 'models/marts/orders.sql';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'model ending with a semicolon',
    head: { ...project, [M]: "select order_id\nfrom {{ ref('stg_orders') }};\n" },
    expect: [{ file: M, line: 2 }],
    messageIncludes: '`orders`',
  },
  {
    name: 'semicolon on its own line followed by blank lines and a comment',
    head: { ...project, [M]: "select order_id\nfrom {{ ref('stg_orders') }}\n;\n\n-- end of model\n" },
    expect: [{ file: M, line: 3 }],
  },
  {
    name: 'snapshot body ending with a semicolon before endsnapshot',
    head: { ...project, 'snapshots/orders_snapshot.sql': "{% snapshot orders_snapshot %}\n{{ config(unique_key='id', strategy='check', check_cols='all') }}\nselect * from {{ source('shop', 'orders') }};\n{% endsnapshot %}\n" },
    expect: [{ file: 'snapshots/orders_snapshot.sql', line: 3 }],
  },
  {
    name: 'semicolon followed by a Jinja block',
    head: { ...project, [M]: "select order_id\nfrom {{ ref('stg_orders') }};\n{% if target.name == 'dev' %}{% endif %}\n" },
    expect: [{ file: M, line: 2 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'no semicolon',
    head: { ...project, [M]: "select order_id\nfrom {{ ref('stg_orders') }}\n" },
    expect: [],
  },
  {
    name: 'near miss: a semicolon inside a trailing comment',
    head: { ...project, [M]: "select order_id\nfrom {{ ref('stg_orders') }}\n-- note: do not add ';' here;\n" },
    expect: [],
  },
  {
    name: 'near miss: a semicolon inside a string literal at the end',
    head: { ...project, [M]: "select order_id, ';' as sep\nfrom {{ ref('stg_orders') }}\nwhere note <> ';'\n" },
    expect: [],
  },
  {
    name: 'a pre-existing semicolon on a line the change did not touch',
    base: { ...project, [M]: "select order_id\nfrom {{ ref('stg_orders') }};\n" },
    head: { ...project, [M]: "select order_id, amount\nfrom {{ ref('stg_orders') }};\n" },
    expect: [],
  },
];
