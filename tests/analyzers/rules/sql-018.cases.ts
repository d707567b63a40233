import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'BigQuery dbt model: a CTE self-joined',
    dialect: 'bigquery',
    head: {
      ...project,
      'models/marts/session_pairs.sql': [
        'with events as (',
        "    select event_id, session_id, user_id from {{ source('app', 'events') }} where event_date = '2024-06-01'",
        ')',
        'select a.user_id, a.event_id, b.event_id as next_event_id',
        'from events a',
        'join events b on a.session_id = b.session_id and a.event_id < b.event_id',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/session_pairs.sql', line: 1 }],
    messageIncludes: 'read 2 times',
  },
  {
    name: 'BigQuery script: a CTE read by two later CTEs',
    dialect: 'bigquery',
    head: {
      'scripts/bq_funnel.sql': [
        'with visits as (select user_id, page from `web.pageviews`),',
        "signups as (select distinct user_id from visits where page = '/signup'),",
        "checkouts as (select distinct user_id from visits where page = '/checkout')",
        'select count(*) from signups join checkouts using (user_id)',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/bq_funnel.sql', line: 1 }],
  },
  {
    name: 'BigQuery: read once in the body and once in a subquery',
    dialect: 'bigquery',
    head: {
      'scripts/bq_above_avg.sql': [
        'with orders as (select order_id, amount from `shop.orders`)',
        'select order_id from orders where amount > (select avg(amount) from orders)',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/bq_above_avg.sql', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'the same self-join on Snowflake',
    dialect: 'snowflake',
    head: {
      'scripts/pairs.sql': 'with events as (select event_id, session_id from raw.events)\nselect a.event_id from events a join events b on a.session_id = b.session_id;\n',
    },
    expect: [],
  },
  {
    name: 'BigQuery: each CTE read once (the import → final chain)',
    dialect: 'bigquery',
    head: {
      ...project,
      'models/marts/customers.sql': [
        "with customers as (select * from {{ ref('stg_customers') }}),",
        "orders as (select * from {{ ref('stg_orders') }}),",
        'final as (select c.customer_id, count(o.order_id) as orders from customers c left join orders o using (customer_id) group by 1)',
        'select * from final',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'BigQuery: a recursive CTE (materialised) and a dead CTE read twice by nothing live',
    dialect: 'bigquery',
    head: {
      'scripts/bq_recursive.sql': [
        'with recursive numbers as (select 1 as n union all select n + 1 from numbers where n < 10),',
        'unused_a as (select 1 as x),',
        'unused_b as (select x from unused_a a join unused_a b using (x))',
        'select n from numbers a join numbers b using (n)',
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
