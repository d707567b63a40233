import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt staging model (Snowflake): QUALIFY ROW_NUMBER() dedup with only PARTITION BY',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/staging/stg_customers.sql': [
        'select customer_id, email, updated_at',
        "from {{ source('crm', 'customers') }}",
        'qualify row_number() over (partition by customer_id) = 1',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/staging/stg_customers.sql', line: 3 }],
    messageIncludes: 'ROW_NUMBER() has no ORDER BY',
  },
  {
    name: 'BigQuery: ROW_NUMBER in a CTE, filtered = 1 outside, ordered by NULL',
    dialect: 'bigquery',
    head: {
      ...project,
      'models/staging/stg_devices.sql': [
        'with ranked as (',
        '    select device_id, os, last_seen,',
        '        row_number() over (partition by device_id order by null) as rn',
        "    from {{ source('app', 'devices') }}",
        ')',
        'select device_id, os, last_seen from ranked where rn = 1',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/staging/stg_devices.sql', line: 3 }],
    messageIncludes: 'by a constant',
  },
  {
    name: 'RANK() without ORDER BY keeps every row',
    dialect: 'snowflake',
    head: {
      'scripts/latest_prices.sql': [
        'select sku, price',
        'from staging.prices',
        'qualify rank() over (partition by sku) = 1;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/latest_prices.sql', line: 3 }],
    messageIncludes: 'removes nothing',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'latest record per key with ORDER BY updated_at desc',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/staging/stg_orders.sql': [
        'select order_id, status, updated_at',
        "from {{ source('shop', 'orders') }}",
        'qualify row_number() over (partition by order_id order by updated_at desc, _loaded_at desc) = 1',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'named window with an ORDER BY (Postgres)',
    dialect: 'postgres',
    head: {
      'sql/ranked_sessions.sql': [
        'select session_id, row_number() over w as session_number',
        'from analytics.sessions',
        'window w as (partition by user_id order by started_at);',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'aggregates over a partition need no order',
    dialect: 'bigquery',
    head: {
      'scripts/bq_share.sql': 'select user_id, amount / sum(amount) over (partition by user_id) as share, count(*) over (partition by user_id) as n\nfrom `shop.payments`\n',
    },
    expect: [],
  },
];
