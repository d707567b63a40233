import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt model (Snowflake): customers left-joined, the name column removed from the SELECT',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/fct_orders.sql': [
        'select o.order_id, o.amount, o.ordered_at',
        "from {{ ref('stg_orders') }} o",
        "left join {{ ref('stg_customers') }} c on c.customer_id = o.customer_id",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/fct_orders.sql', line: 3 }],
    messageIncludes: "{{ ref('stg_customers') }}",
  },
  {
    name: 'BigQuery: the second of two left joins is unused',
    dialect: 'bigquery',
    head: {
      'scripts/bq_sessions.sql': [
        'select s.session_id, d.device_type',
        'from `analytics.sessions` s',
        'left join `analytics.devices` d on d.device_id = s.device_id',
        'left join `analytics.campaigns` cmp on cmp.campaign_id = s.campaign_id',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/bq_sessions.sql', line: 4 }],
  },
  {
    name: 'a FULL OUTER JOIN to a derived table whose inner query uses the same alias',
    dialect: 'snowflake',
    head: {
      'scripts/full_outer.sql': [
        'select a.account_id, a.balance',
        'from analytics.accounts a',
        'full outer join (select r.account_id from raw.reviews r) r on r.account_id = a.account_id;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/full_outer.sql', line: 3 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'the joined table is selected from',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/fct_orders.sql': [
        'select o.order_id, o.amount, c.customer_name',
        "from {{ ref('stg_orders') }} o",
        "left join {{ ref('stg_customers') }} c on c.customer_id = o.customer_id",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'used only in the WHERE (anti-join) or in ORDER BY',
    dialect: 'bigquery',
    head: {
      'scripts/bq_new_users.sql': [
        'select u.user_id',
        'from `app.users` u',
        'left join `analytics.known_users` k on k.user_id = u.user_id',
        'left join `analytics.scores` s on s.user_id = u.user_id',
        'where k.user_id is null',
        'order by s.score desc',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'bare columns could come from the joined table, and inner joins filter rows',
    dialect: 'snowflake',
    head: {
      'scripts/bare.sql': [
        'select o.order_id, customer_name',
        'from staging.orders o',
        'left join staging.customers c on c.customer_id = o.customer_id;',
        'select o.order_id from staging.orders o join staging.customers c on c.customer_id = o.customer_id;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
