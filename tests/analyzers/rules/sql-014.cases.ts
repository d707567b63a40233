import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt model (Snowflake): join condition compares the same alias on both sides',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/order_customers.sql': [
        'select o.order_id, c.customer_name',
        "from {{ ref('stg_orders') }} o",
        "join {{ ref('stg_customers') }} c",
        '  on o.customer_id = o.customer_id',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/order_customers.sql', line: 4 }],
    messageIncludes: '`o.customer_id` with itself',
  },
  {
    name: 'BigQuery: two string literals compared in a WHERE',
    dialect: 'bigquery',
    head: { 'scripts/bq_eur.sql': "select order_id, amount\nfrom `shop.orders`\nwhere 'EUR' = 'EUR' and amount > 0\n" },
    expect: [{ file: 'scripts/bq_eur.sql', line: 3 }],
    messageIncludes: 'two constants',
  },
  {
    name: 'a column compared with itself in QUALIFY/HAVING (Snowflake script)',
    dialect: 'snowflake',
    head: {
      'scripts/having.sql': ['select customer_id, count(*) as n', 'from staging.orders', 'group by customer_id', 'having customer_id >= customer_id;', ''].join('\n'),
    },
    expect: [{ file: 'scripts/having.sql', line: 4 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'the where 1 = 1 anchor of a generated dbt filter',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/staging/stg_orders.sql': [
        'select order_id, status',
        "from {{ source('shop', 'orders') }}",
        'where 1 = 1',
        "{% if var('only_paid', false) %}  and status = 'paid'{% endif %}",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'two Jinja variables compared: identical after neutralisation, different when rendered',
    dialect: 'bigquery',
    head: {
      ...project,
      'models/marts/window.sql': [
        'select order_id',
        "from {{ ref('stg_orders') }}",
        "where '{{ var(\"start\") }}' <= '{{ var(\"end\") }}' and {{ var('a') }} = {{ var('b') }}",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a self-join compares two aliases of the same table',
    dialect: 'snowflake',
    head: { 'scripts/self_join.sql': 'select a.employee_id, b.employee_id as manager_id\nfrom hr.employees a\njoin hr.employees b on a.manager_id = b.employee_id;\n' },
    expect: [],
  },
];
