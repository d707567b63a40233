import type { RuleCase } from './case.js';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'bare CREATE TABLE … AS SELECT in a Snowflake pipeline script',
    dialect: 'snowflake',
    head: {
      'scripts/build_dim_customers.sql': [
        'create table analytics.dim_customers as',
        'select customer_id, first_name, last_name, created_at',
        'from staging.customers;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/build_dim_customers.sql', line: 1 }],
    messageIncludes: 'CREATE TABLE `analytics.dim_customers` fails',
  },
  {
    name: 'drop-and-rebuild of a persistent table: the DROP is reported (BigQuery)',
    dialect: 'bigquery',
    head: {
      'scripts/rebuild_sessions.sql': [
        'drop table if exists `analytics.sessions`;',
        'create table `analytics.sessions` as',
        'select session_id, user_id, min(event_ts) as started_at from `raw.events` group by 1, 2;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/rebuild_sessions.sql', line: 1 }],
    messageIncludes: 'DROP TABLE `analytics.sessions`',
  },
  {
    name: 'cleanup DROP of a table the script never created',
    dialect: 'snowflake',
    head: {
      'dags/sql/cleanup.sql': ['drop table analytics.orders_backup_2023;', "delete from analytics.orders where order_date < '2022-01-01';", ''].join('\n'),
    },
    expect: [{ file: 'dags/sql/cleanup.sql', line: 1 }],
  },
  {
    name: 'CREATE TABLE with a column list (Postgres)',
    dialect: 'postgres',
    head: {
      'sql/create_audit.sql': ['create table audit.load_log (', '  run_id text,', '  loaded_at timestamptz', ');', ''].join('\n'),
    },
    expect: [{ file: 'sql/create_audit.sql', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'CREATE OR REPLACE and CREATE TABLE IF NOT EXISTS',
    dialect: 'snowflake',
    head: {
      'scripts/idempotent_ddl.sql': [
        'create or replace table analytics.dim_country as select code, name from seeds.countries;',
        'create table if not exists analytics.load_log (run_id string, loaded_at timestamp_ntz);',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'scratch table: created, used and dropped by the script',
    dialect: 'snowflake',
    head: {
      'scripts/merge_orders.sql': [
        'drop table if exists analytics.work_orders;',
        'create table analytics.work_orders as select distinct order_id, amount from staging.orders;',
        'merge into analytics.orders t using analytics.work_orders s on t.order_id = s.order_id',
        'when matched then update set amount = s.amount;',
        'drop table analytics.work_orders;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'temporary tables (BigQuery script)',
    dialect: 'bigquery',
    head: {
      'scripts/bq_temp.sql': [
        'create temp table recent_orders as select order_id from `analytics.orders` where order_date >= "2024-06-01";',
        'drop table recent_orders;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a Flyway versioned migration creates its table once',
    dialect: 'postgres',
    head: { 'sql/migrations/V1__create_orders.sql': 'create table analytics.orders (order_id bigint primary key, amount numeric);\n' },
    expect: [],
  },
  {
    name: 'DROP VIEW is not a table',
    dialect: 'snowflake',
    head: { 'scripts/drop_view.sql': 'drop view if exists analytics.v_orders_legacy;\n' },
    expect: [],
  },
];
