import type { RuleCase } from './case.js';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'Snowflake truncate-and-reload of a dimension',
    dialect: 'snowflake',
    head: {
      'scripts/reload_dim_country.sql': [
        'truncate table analytics.dim_country;',
        'insert into analytics.dim_country (country_code, country_name)',
        'select code, name from seeds.countries;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/reload_dim_country.sql', line: 1 }],
    messageIncludes: '`analytics.dim_country`',
  },
  {
    name: 'BigQuery TRUNCATE TABLE before a load',
    dialect: 'bigquery',
    head: {
      'sql/refresh_sessions.sql': [
        'truncate table `analytics.sessions`;',
        'insert into `analytics.sessions` (session_id, user_id, started_at)',
        'select session_id, user_id, min(event_ts) from `raw.events` group by session_id, user_id;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'sql/refresh_sessions.sql', line: 1 }],
  },
  {
    name: 'Redshift: TRUNCATE commits even inside BEGIN … COMMIT',
    dialect: 'redshift',
    head: {
      'scripts/redshift_reload.sql': [
        'begin;',
        'truncate analytics.fct_payments;',
        'insert into analytics.fct_payments select payment_id, order_id, amount from staging.payments;',
        'commit;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/redshift_reload.sql', line: 2 }],
  },
  {
    name: 'fallback: an Airflow SQL template the parser rejects (templated stage path) still gets its TRUNCATE flagged',
    dialect: 'snowflake',
    head: {
      'dags/sql/stage_orders.sql': ['truncate table if exists staging.orders;', "copy into staging.orders from @raw.orders_stage/{{ ds }}/;", ''].join('\n'),
    },
    expect: [{ file: 'dags/sql/stage_orders.sql', line: 1 }],
    messageIncludes: '(approximate: the file did not parse)',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'a scratch table created by the script itself',
    dialect: 'snowflake',
    head: {
      'scripts/dedup_orders.sql': [
        'create temporary table if not exists work_orders (order_id int, amount number);',
        'truncate table work_orders;',
        'insert into work_orders select order_id, amount from staging.orders;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'Postgres: TRUNCATE inside BEGIN … COMMIT rolls back with the load',
    dialect: 'postgres',
    head: {
      'scripts/pg_reload.sql': [
        'begin;',
        'truncate analytics.dim_country;',
        'insert into analytics.dim_country select code, name from seeds.countries;',
        'commit;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'atomic replacement with INSERT OVERWRITE and CREATE OR REPLACE',
    dialect: 'snowflake',
    head: {
      'scripts/overwrite.sql': [
        'insert overwrite into analytics.dim_country select code, name from seeds.countries;',
        'create or replace table analytics.dim_region as select distinct region from seeds.countries;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: "the word truncate in a comment or as a function name",
    dialect: 'snowflake',
    head: {
      'scripts/trunc.sql': ['-- truncate table analytics.orders;', "select truncate(amount, 2) as amount, date_trunc('day', ordered_at) as day from analytics.orders;", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: existing TRUNCATE untouched',
    dialect: 'snowflake',
    base: { 'scripts/reload.sql': 'truncate table analytics.dim_country;\ninsert into analytics.dim_country select code, name from seeds.countries;\n' },
    head: { 'scripts/reload.sql': 'truncate table analytics.dim_country;\ninsert into analytics.dim_country select code, name, region from seeds.countries;\n' },
    expect: [],
  },
];
