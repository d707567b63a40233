import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt model: comma join whose predicate never made it into the WHERE (Snowflake)',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/shipped_orders.sql': [
        'select',
        '    o.order_id,',
        '    c.customer_name',
        "from {{ ref('stg_orders') }} o,",
        "     {{ ref('stg_customers') }} c",
        "where o.status = 'shipped'",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/shipped_orders.sql', line: 5 }],
    messageIncludes: "{{ ref('stg_customers') }}",
  },
  {
    name: 'JOIN without ON in a Snowflake script',
    dialect: 'snowflake',
    head: {
      'scripts/order_regions.sql': [
        'insert into analytics.order_regions (order_id, region)',
        'select o.order_id, r.region',
        'from staging.orders o',
        'join staging.regions r;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/order_regions.sql', line: 4 }],
  },
  {
    name: 'BigQuery: three comma-joined tables, the third never linked',
    dialect: 'bigquery',
    head: {
      'scripts/bq_order_lines.sql': [
        'select o.order_id, l.sku, p.campaign',
        'from `shop.orders` o, `shop.order_lines` l, `marketing.promotions` p',
        'where o.order_id = l.order_id',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/bq_order_lines.sql', line: 2 }],
    messageIncludes: '`marketing.promotions`',
  },
  {
    name: 'LEFT JOIN without ON inside a CTE of a dbt model',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/intermediate/int_payments.sql': [
        'with payments as (',
        "    select p.payment_id, p.order_id, m.method_name from {{ ref('stg_payments') }} p",
        "    left join {{ ref('payment_methods') }} m",
        '),',
        'final as (select payment_id, order_id, method_name from payments)',
        'select * from final',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/intermediate/int_payments.sql', line: 3 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: a CROSS JOIN written on purpose (date spine × customers) is SQL-004, not this rule',
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
    expect: [],
  },
  {
    name: 'BigQuery: comma join to UNNEST and to an array path of the row',
    dialect: 'bigquery',
    head: {
      'scripts/bq_items.sql': [
        'select o.order_id, item.sku, tag',
        'from `shop.orders` o, unnest(o.items) as item, o.tags as tag',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'Snowflake: LATERAL FLATTEN and JOIN … USING / NATURAL JOIN',
    dialect: 'snowflake',
    head: {
      'scripts/events_flat.sql': [
        'select e.event_id, f.value:sku::string as sku, s.session_start',
        'from raw.events e,',
        '     lateral flatten(input => e.payload:items) f',
        'join raw.sessions s using (session_id)',
        'natural join raw.devices;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'old-style comma join with the predicate in WHERE',
    dialect: 'snowflake',
    head: {
      'scripts/old_style.sql': [
        'select o.order_id, c.customer_name',
        'from staging.orders o, staging.customers c',
        "where c.customer_id = o.customer_id and o.status = 'shipped';",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'comma join to a one-row parameters CTE',
    dialect: 'bigquery',
    head: {
      'scripts/bq_watermark.sql': [
        'with watermark as (select max(loaded_at) as since from `analytics.events`)',
        'select e.event_id, e.loaded_at',
        'from `raw.events` e, watermark w',
        'where e.loaded_at > w.since',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'unqualified columns in the WHERE: which table they belong to is unknown, so no finding',
    dialect: 'snowflake',
    head: { 'scripts/unqualified.sql': 'select order_id, customer_name\nfrom staging.orders, staging.customers\nwhere customer_id = cust_id;\n' },
    expect: [],
  },
];
