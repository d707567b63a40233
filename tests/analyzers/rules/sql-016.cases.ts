import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt model (Snowflake): a column added to one branch only',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/intermediate/int_orders_unioned.sql': [
        'select order_id, amount, currency',
        "from {{ ref('stg_web_orders') }}",
        'union all',
        'select order_id, amount',
        "from {{ ref('stg_pos_orders') }}",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/intermediate/int_orders_unioned.sql', line: 4 }],
    messageIncludes: 'returns 2 columns, but the first branch returns 3',
  },
  {
    name: 'select * over a CTE with known columns counts them',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/all_customers.sql': [
        'with b2b as (',
        "    select account_id as customer_id, account_name as name from {{ ref('stg_accounts') }}",
        ')',
        "select customer_id, name, email from {{ ref('stg_customers') }}",
        'union all',
        'select * from b2b',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/all_customers.sql', line: 6 }],
  },
  {
    name: 'BigQuery: the third branch of a chain differs',
    dialect: 'bigquery',
    head: {
      'scripts/bq_sessions.sql': [
        'select session_id, user_id, started_at from `web.sessions`',
        'union all',
        'select session_id, user_id, started_at from `app.sessions`',
        'union all',
        'select session_id, started_at from `tv.sessions`',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/bq_sessions.sql', line: 5 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'same columns in every branch, including VALUES',
    dialect: 'snowflake',
    head: {
      'scripts/currencies.sql': "select code, name from staging.currencies\nunion all\nselect * from (values ('XBT', 'Bitcoin')) as v (code, name);\n",
    },
    expect: [],
  },
  {
    name: 'select * from a table: its width is not in the file, so nothing is compared',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/intermediate/int_events.sql': [
        "select * from {{ ref('stg_web_events') }}",
        'union all',
        "select event_id, event_ts, 'app' as source from {{ ref('stg_app_events') }}",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'DuckDB UNION ALL BY NAME matches columns by name',
    dialect: 'duckdb',
    head: { 'scripts/by_name.sql': 'select id, name from a\nunion all by name\nselect id from b;\n' },
    expect: [],
  },
  {
    name: 'Snowflake * EXCLUDE over a CTE: the width is not counted',
    dialect: 'snowflake',
    head: {
      'scripts/exclude.sql': [
        'with raw_orders as (select order_id, amount, _loaded_at from raw.orders)',
        'select * exclude (_loaded_at) from raw_orders',
        'union all',
        'select order_id, amount from staging.manual_orders;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
