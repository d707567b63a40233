import type { RuleCase } from './case.js';

const upsert = [
  'when matched then update set email = s.email, updated_at = s.updated_at',
  'when not matched then insert (customer_id, email, updated_at) values (s.customer_id, s.email, s.updated_at);',
];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'Snowflake MERGE straight from a staging table',
    dialect: 'snowflake',
    head: {
      'scripts/upsert_customers.sql': ['merge into analytics.customers t', 'using staging.customers s on t.customer_id = s.customer_id', ...upsert, ''].join('\n'),
    },
    expect: [{ file: 'scripts/upsert_customers.sql', line: 1 }],
    messageIncludes: 'reads `staging.customers` directly, and nothing in this script makes it one row per `customer_id`',
  },
  {
    name: 'BigQuery MERGE from a filtered subquery that keeps every delivery',
    dialect: 'bigquery',
    head: {
      'scripts/bq_merge_orders.sql': [
        'merge `analytics.orders` t',
        'using (',
        "    select order_id, status, updated_at from `raw.order_updates` where _ingest_date = '2024-06-01'",
        ') s',
        'on t.order_id = s.order_id',
        'when matched then update set status = s.status',
        'when not matched then insert (order_id, status, updated_at) values (s.order_id, s.status, s.updated_at)',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/bq_merge_orders.sql', line: 1 }],
    messageIncludes: 'nothing in its USING subquery',
  },
  {
    name: 'near miss: QUALIFY partitions by more columns than the ON key, so several rows per key remain',
    dialect: 'snowflake',
    head: {
      'scripts/upsert_lines.sql': [
        'merge into analytics.orders t',
        'using (',
        '    select * from staging.order_lines',
        '    qualify row_number() over (partition by order_id, line_id order by updated_at desc) = 1',
        ') s on t.order_id = s.order_id',
        'when matched then update set amount = s.amount;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/upsert_lines.sql', line: 1 }],
  },
  {
    name: 'the source is a temp table the script filled without deduplicating',
    dialect: 'snowflake',
    head: {
      'scripts/two_step.sql': [
        "create temporary table stg_customers as select * from raw.customers where _file_date = '2024-06-01';",
        'merge into analytics.customers t',
        'using stg_customers s on t.customer_id = s.customer_id',
        ...upsert,
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/two_step.sql', line: 2 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'Snowflake: QUALIFY ROW_NUMBER() partitioned by the ON key',
    dialect: 'snowflake',
    head: {
      'scripts/upsert_customers.sql': [
        'merge into analytics.customers t',
        'using (',
        '    select customer_id, email, updated_at from staging.customers',
        '    qualify row_number() over (partition by customer_id order by updated_at desc) = 1',
        ') s on t.customer_id = s.customer_id',
        ...upsert,
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'BigQuery: row number one level down, filtered rn = 1 outside',
    dialect: 'bigquery',
    head: {
      'scripts/bq_merge_orders.sql': [
        'merge `analytics.orders` t',
        'using (',
        '    select order_id, status from (',
        '        select order_id, status, row_number() over (partition by order_id order by updated_at desc) as rn',
        '        from `raw.order_updates`',
        '    ) where rn = 1',
        ') s',
        'on t.order_id = s.order_id',
        'when matched then update set status = s.status',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'GROUP BY the key with aggregates, and a source table created with SELECT DISTINCT',
    dialect: 'snowflake',
    head: {
      'scripts/aggregated.sql': [
        'merge into analytics.customer_totals t',
        'using (select customer_id, sum(amount) as total from staging.orders group by customer_id) s',
        'on t.customer_id = s.customer_id',
        'when matched then update set total = s.total;',
        'create temporary table stg_countries as select distinct country_code, country_name from raw.countries;',
        'merge into analytics.countries t using stg_countries s on t.country_code = s.country_code',
        'when not matched then insert (country_code, country_name) values (s.country_code, s.country_name);',
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
