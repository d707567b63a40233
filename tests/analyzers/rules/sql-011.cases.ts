import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt model (Snowflake): import CTE sorted, then aggregated',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/daily_orders.sql': [
        'with orders as (',
        "    select order_id, ordered_at from {{ ref('stg_orders') }}",
        '    order by ordered_at',
        '),',
        'daily as (',
        "    select date_trunc('day', ordered_at) as order_day, count(*) as orders from orders group by 1",
        ')',
        'select * from daily',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/daily_orders.sql', line: 3 }],
    messageIncludes: 'CTE `orders`',
  },
  {
    name: 'BigQuery: ORDER BY in a derived table',
    dialect: 'bigquery',
    head: {
      'scripts/bq_sorted_sub.sql': [
        'select user_id, count(*) as sessions',
        'from (select user_id, session_id from `analytics.sessions` order by started_at desc) s',
        'group by user_id',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/bq_sorted_sub.sql', line: 2 }],
    messageIncludes: 'a subquery',
  },
  {
    name: 'ORDER BY in an IN subquery of an INSERT … SELECT',
    dialect: 'snowflake',
    head: {
      'scripts/vip_orders.sql': [
        'insert into analytics.vip_orders',
        'select order_id, amount from staging.orders',
        'where customer_id in (',
        '    select customer_id from analytics.customers where tier = 1',
        '    order by customer_id',
        ');',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/vip_orders.sql', line: 5 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'the final CTE read back by select * from final, and the top-level ORDER BY',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/customer_list.sql': [
        'with customers as (',
        "    select customer_id, customer_name from {{ ref('stg_customers') }}",
        '),',
        'final as (',
        '    select customer_id, customer_name from customers',
        '    order by customer_name',
        ')',
        'select * from final',
        '',
      ].join('\n'),
      'scripts/report.sql': 'select customer_id, sum(amount) as total from analytics.orders group by 1 order by total desc;\n',
    },
    expect: [],
  },
  {
    name: 'ORDER BY with LIMIT in a subquery picks the rows (top-N)',
    dialect: 'bigquery',
    head: {
      'scripts/bq_top_products.sql': [
        'with top_products as (',
        '    select product_id from `shop.order_lines` group by product_id order by sum(quantity) desc limit 10',
        ')',
        'select p.product_id, p.name from `shop.products` p join top_products t using (product_id)',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'BigQuery ARRAY(SELECT … ORDER BY …) and ordered aggregates keep their order',
    dialect: 'bigquery',
    head: {
      'scripts/bq_arrays.sql': [
        'select o.order_id,',
        '    array(select sku from unnest(o.items) as item order by item.position) as skus,',
        '    string_agg(o.note, ", " order by o.created_at) as notes',
        'from `shop.orders` o',
        'group by o.order_id, o.items',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'window ORDER BY inside a CTE is not a query ORDER BY',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/staging/stg_orders.sql': [
        'with ranked as (',
        "    select order_id, row_number() over (partition by order_id order by updated_at desc) as rn from {{ source('shop', 'orders') }}",
        ')',
        'select order_id from ranked where rn = 1',
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
