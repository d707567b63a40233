import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'Snowflake model: last 7 days relative to current_date',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/weekly_orders.sql': [
        'select order_id, customer_id, amount',
        "from {{ ref('stg_orders') }}",
        'where order_date >= dateadd(day, -7, current_date)',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/weekly_orders.sql', line: 3 }],
    messageIncludes: '`current_date` in the WHERE of model `weekly_orders`',
  },
  {
    name: 'BigQuery model: current_timestamp() in a join condition inside a CTE',
    dialect: 'bigquery',
    head: {
      ...project,
      'models/marts/active_subscriptions.sql': [
        'with active as (',
        '    select s.subscription_id, p.plan_name',
        "    from {{ ref('stg_subscriptions') }} s",
        "    join {{ ref('stg_plans') }} p",
        '      on p.plan_id = s.plan_id and s.ends_at > current_timestamp()',
        ')',
        'select * from active',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/active_subscriptions.sql', line: 5 }],
    messageIncludes: "join condition of `{{ ref('stg_plans') }}`",
  },
  {
    name: "dbt's cross-database macro {{ dbt.current_timestamp() }} in an incremental filter",
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/fct_events.sql': [
        "{{ config(materialized='incremental', unique_key='event_id') }}",
        'select event_id, user_id, event_ts',
        "from {{ ref('stg_events') }}",
        '{% if is_incremental() %}',
        "where event_ts > {{ dbt.dateadd('hour', -3, dbt.current_timestamp()) }}",
        '{% endif %}',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/fct_events.sql', line: 5 }],
  },
  {
    name: 'Redshift-style bare sysdate and getdate() in HAVING',
    dialect: 'redshift',
    head: {
      ...project,
      'models/marts/stale_accounts.sql': [
        'select account_id, max(last_login) as last_login',
        "from {{ ref('stg_logins') }}",
        'where last_login < sysdate',
        'group by account_id',
        'having max(last_login) < dateadd(day, -90, getdate())',
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'models/marts/stale_accounts.sql', line: 3 },
      { file: 'models/marts/stale_accounts.sql', line: 5 },
    ],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'current_timestamp as an audit column in the SELECT list',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/staging/stg_payments.sql': [
        'select payment_id, amount, current_timestamp as _transformed_at',
        "from {{ source('stripe', 'payments') }}",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'incremental filter against the data already loaded, and a var() run date',
    dialect: 'bigquery',
    head: {
      ...project,
      'models/marts/fct_sessions.sql': [
        "{{ config(materialized='incremental', unique_key='session_id') }}",
        'select session_id, started_at',
        "from {{ ref('stg_sessions') }}",
        "where started_at < '{{ var(\"run_date\") }}'",
        '{% if is_incremental() %}',
        '  and started_at > (select max(started_at) from {{ this }})',
        '{% endif %}',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a pipeline script (not a model) may filter on the clock',
    dialect: 'snowflake',
    head: { 'scripts/purge_old.sql': 'delete from analytics.events where event_date < dateadd(day, -400, current_date);\n' },
    expect: [],
  },
  {
    name: 'a column that happens to be called today_flag, and a quoted "sysdate" column',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/flags.sql': ['select id', "from {{ ref('stg_flags') }}", 'where today_flag and "sysdate" is not null', ''].join('\n'),
    },
    expect: [],
  },
];
