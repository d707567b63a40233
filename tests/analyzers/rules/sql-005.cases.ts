import type { RuleCase } from './case.js';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'Snowflake reload script: DELETE without WHERE before the insert',
    dialect: 'snowflake',
    head: {
      'scripts/reload_fct_orders.sql': [
        'delete from analytics.fct_orders;',
        '',
        'insert into analytics.fct_orders (order_id, customer_id, amount)',
        'select order_id, customer_id, amount',
        'from staging.orders;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/reload_fct_orders.sql', line: 1 }],
    messageIncludes: '`analytics.fct_orders` has no WHERE',
  },
  {
    name: 'multi-line UPDATE whose SET spans lines, no WHERE (postgres)',
    dialect: 'postgres',
    head: {
      'sql/deactivate_customers.sql': ['update analytics.customers', 'set is_active = false,', '    updated_at = now();', ''].join('\n'),
    },
    expect: [{ file: 'sql/deactivate_customers.sql', line: 1 }],
  },
  {
    name: 'decision: DELETE with WHERE 1 = 1 scopes nothing (BigQuery)',
    dialect: 'bigquery',
    head: {
      'scripts/bq_refresh_events.sql': ['delete from `analytics.events`', 'where 1 = 1;', "insert into `analytics.events` select * from `raw.events`;", ''].join('\n'),
    },
    expect: [{ file: 'scripts/bq_refresh_events.sql', line: 1 }],
    messageIncludes: 'always true',
  },
  {
    name: 'UPDATE inside a Snowflake BEGIN … END block',
    dialect: 'snowflake',
    head: {
      'scripts/close_sessions.sql': ['begin', '  update analytics.sessions set is_open = false;', "  delete from analytics.session_events where event_date < '2024-01-01';", 'end;', ''].join('\n'),
    },
    expect: [{ file: 'scripts/close_sessions.sql', line: 2 }],
  },
  {
    name: 'fallback: a Snowflake script the parser rejects (PUT) still gets its DELETE checked',
    dialect: 'snowflake',
    head: {
      'scripts/load_orders.sql': [
        "put file:///data/orders.csv @raw.orders_stage auto_compress = true;",
        '-- delete from raw.orders where load_date = current_date;  (the old, scoped version)',
        'delete from raw.orders;',
        "copy into raw.orders from @raw.orders_stage file_format = (type = csv skip_header = 1);",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/load_orders.sql', line: 3 }],
    severity: 'warning',
    messageIncludes: '(approximate: the file did not parse)',
  },
  {
    name: 'fallback: UPDATE after a CREATE TASK the parser does not know, with a WHERE 1=1',
    dialect: 'snowflake',
    head: {
      'scripts/tasks.sql': [
        'create or replace task analytics.refresh_orders',
        '  warehouse = transform_wh',
        "  schedule = 'USING CRON 0 * * * * UTC'",
        'as',
        '  call analytics.refresh_orders();',
        '',
        'update analytics.orders set refreshed = true where 1=1;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/tasks.sql', line: 7 }],
    severity: 'warning',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'Airflow SQL template: DELETE scoped to the run date, then insert',
    dialect: 'snowflake',
    head: {
      'dags/sql/load_daily_orders.sql': [
        "delete from analytics.daily_orders where order_date = '{{ ds }}';",
        'insert into analytics.daily_orders (order_id, order_date, amount)',
        "select order_id, order_date, amount from staging.orders where order_date = '{{ ds }}';",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'Snowflake DELETE … USING … WHERE and a MERGE with WHEN MATCHED THEN DELETE',
    dialect: 'snowflake',
    head: {
      'scripts/apply_deletes.sql': [
        'delete from analytics.customers c',
        'using staging.deleted_customers d',
        'where c.customer_id = d.customer_id;',
        '',
        'merge into analytics.orders t',
        'using staging.order_changes s on t.order_id = s.order_id',
        "when matched and s.op = 'D' then delete",
        'when matched then update set amount = s.amount;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'words in comments and strings are not statements',
    dialect: 'bigquery',
    head: {
      'scripts/notes.sql': [
        '-- delete from analytics.orders;',
        '/* update analytics.orders set amount = 0; */',
        "select 'delete from analytics.orders' as example, order_id from `analytics.orders` where order_id > 0;",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'fallback: comment and dollar-quoted body hide DML from the token scan',
    dialect: 'snowflake',
    head: {
      'scripts/procs.sql': [
        "put file:///data/x.csv @stage;",
        'create or replace procedure purge() returns string language sql as',
        '$$',
        '  delete from analytics.orders;',
        '$$;',
        '// update analytics.orders set amount = 0;',
        "delete from analytics.orders where order_date < dateadd(day, -30, '2024-06-01');",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: an old unscoped DELETE on an untouched line',
    dialect: 'snowflake',
    base: { 'scripts/reload.sql': 'delete from analytics.dim_country;\ninsert into analytics.dim_country select code, name from seeds.countries;\n' },
    head: { 'scripts/reload.sql': 'delete from analytics.dim_country;\ninsert into analytics.dim_country select code, name, region from seeds.countries;\n' },
    expect: [],
  },
  {
    name: 'TRUNCATE is the explicit full wipe (SQL-023), not this rule',
    dialect: 'snowflake',
    head: { 'scripts/truncate_reload.sql': 'truncate table analytics.dim_country;\ninsert into analytics.dim_country select code, name from seeds.countries;\n' },
    expect: [],
  },
];
