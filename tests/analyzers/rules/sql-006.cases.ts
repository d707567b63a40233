import type { RuleCase } from './case.js';

const scopedLoad = [
  "delete from analytics.daily_revenue where order_date = '{{ ds }}';",
  'insert into analytics.daily_revenue (order_date, revenue)',
  'select order_date, sum(amount)',
  'from staging.orders',
  "where order_date = '{{ ds }}'",
  'group by order_date;',
  '',
].join('\n');

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'Airflow SQL template appending a day with no delete first',
    dialect: 'snowflake',
    head: {
      'dags/sql/daily_revenue.sql': [
        'insert into analytics.daily_revenue (order_date, revenue)',
        'select order_date, sum(amount)',
        'from staging.orders',
        "where order_date = '{{ ds }}'",
        'group by order_date;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/sql/daily_revenue.sql', line: 1 }],
    messageIncludes: '`analytics.daily_revenue`',
  },
  {
    name: 'CREATE TABLE IF NOT EXISTS then INSERT: yesterday’s rows stay, today’s are appended again (BigQuery)',
    dialect: 'bigquery',
    head: {
      'scripts/events_rollup.sql': [
        'create table if not exists `analytics.event_counts` (event_date date, n int64);',
        '',
        'insert into `analytics.event_counts` (event_date, n)',
        'select date(event_ts), count(*) from `raw.events` group by 1;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/events_rollup.sql', line: 3 }],
  },
  {
    name: 'the scoped DELETE is for another table',
    dialect: 'snowflake',
    head: {
      'scripts/two_tables.sql': [
        "delete from analytics.daily_orders where order_date = '2024-06-01';",
        "insert into analytics.daily_orders select order_id, order_date from staging.orders where order_date = '2024-06-01';",
        "insert into analytics.daily_payments select payment_id, paid_at from staging.payments where paid_at::date = '2024-06-01';",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/two_tables.sql', line: 3 }],
  },
  {
    name: 'diff-aware: the change removes the DELETE, the INSERT itself is untouched',
    dialect: 'snowflake',
    base: { 'dags/sql/daily_revenue.sql': scopedLoad },
    head: { 'dags/sql/daily_revenue.sql': scopedLoad.split('\n').slice(1).join('\n') },
    expect: [{ file: 'dags/sql/daily_revenue.sql', line: 1 }],
    messageIncludes: 'The change removed the DELETE',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'scoped DELETE of the same slice first (Airflow template)',
    dialect: 'snowflake',
    head: { 'dags/sql/daily_revenue.sql': scopedLoad },
    expect: [],
  },
  {
    name: 'INSERT OVERWRITE (Databricks) and Postgres upsert',
    dialect: 'databricks',
    head: {
      'scripts/overwrite_partition.sql': [
        "insert overwrite table analytics.daily_orders partition (order_date = '2024-06-01')",
        "select order_id, amount from staging.orders where order_date = '2024-06-01';",
        '',
      ].join('\n'),
      'sql/upsert_customers.sql': [
        'insert into analytics.customers (customer_id, email)',
        'select customer_id, email from staging.customers',
        'on conflict (customer_id) do update set email = excluded.email;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'anti-join guard: the SELECT reads the target to skip rows already loaded',
    dialect: 'snowflake',
    head: {
      'scripts/append_new_events.sql': [
        'insert into analytics.events (event_id, event_ts)',
        'select s.event_id, s.event_ts',
        'from staging.events s',
        'where not exists (select 1 from analytics.events e where e.event_id = s.event_id);',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a table the script recreates (CREATE OR REPLACE, TRUNCATE) or a temp table it creates',
    dialect: 'snowflake',
    head: {
      'scripts/rebuild.sql': [
        'create or replace table analytics.dim_country (code string, name string);',
        'insert into analytics.dim_country select code, name from seeds.countries;',
        'create temporary table work_orders (order_id int);',
        'insert into work_orders select order_id from staging.orders;',
        'truncate table analytics.dim_region;',
        'insert into analytics.dim_region select distinct region from seeds.countries;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a Flyway versioned migration seeding reference data runs once',
    dialect: 'postgres',
    head: { 'sql/migrations/V3__seed_currencies.sql': "insert into ref.currencies (code, name) values ('EUR', 'Euro'), ('USD', 'US dollar');\n" },
    expect: [],
  },
];
