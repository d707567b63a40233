import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt model: customers × date spine with CROSS JOIN (Snowflake)',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/customer_days.sql': [
        'select c.customer_id, d.date_day',
        "from {{ ref('dim_customers') }} c",
        "cross join {{ ref('date_spine') }} d",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/customer_days.sql', line: 3 }],
    messageIncludes: "CROSS JOIN `{{ ref('date_spine') }}`",
  },
  {
    name: 'JOIN … ON 1 = 1 is a cross join in disguise',
    dialect: 'snowflake',
    head: {
      'scripts/all_pairs.sql': ['select p.product_id, s.store_id', 'from staging.products p', 'join staging.stores s on 1 = 1;', ''].join('\n'),
    },
    expect: [{ file: 'scripts/all_pairs.sql', line: 3 }],
    messageIncludes: 'constant ON',
  },
  {
    name: 'BigQuery LEFT JOIN ON TRUE to a multi-row table',
    dialect: 'bigquery',
    head: {
      'scripts/bq_on_true.sql': ['select u.user_id, c.campaign_id', 'from `app.users` u', 'left join `marketing.campaigns` c on true', ''].join('\n'),
    },
    expect: [{ file: 'scripts/bq_on_true.sql', line: 3 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'BigQuery CROSS JOIN UNNEST of the row’s array',
    dialect: 'bigquery',
    head: { 'scripts/bq_unnest.sql': 'select o.order_id, item.sku\nfrom `shop.orders` o\ncross join unnest(o.items) as item\n' },
    expect: [],
  },
  {
    name: 'Snowflake CROSS JOIN LATERAL FLATTEN',
    dialect: 'snowflake',
    head: { 'scripts/flatten.sql': 'select e.event_id, f.value:sku::string as sku\nfrom raw.events e\ncross join lateral flatten(input => e.payload:items) f;\n' },
    expect: [],
  },
  {
    name: 'CROSS JOIN to a one-row CTE (run parameters) in a dbt model',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/recent_orders.sql': [
        'with bounds as (',
        "    select max(order_date) as last_day from {{ ref('stg_orders') }}",
        '),',
        'final as (',
        '    select o.order_id, o.order_date',
        "    from {{ ref('stg_orders') }} o",
        '    cross join bounds b',
        '    where o.order_date > dateadd(day, -7, b.last_day)',
        ')',
        'select * from final',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a join on a real condition that happens to include a constant',
    dialect: 'snowflake',
    head: { 'scripts/active.sql': "select o.order_id, c.name\nfrom staging.orders o\njoin staging.customers c on c.customer_id = o.customer_id and c.is_active = true;\n" },
    expect: [],
  },
];
