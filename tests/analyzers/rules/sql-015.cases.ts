import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt model (Snowflake) stacking two payment providers with a bare UNION',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/intermediate/int_payments_unioned.sql': [
        'select payment_id, order_id, amount, \'stripe\' as provider',
        "from {{ ref('stg_stripe__payments') }}",
        'union',
        'select payment_id, order_id, amount, \'adyen\' as provider',
        "from {{ ref('stg_adyen__payments') }}",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/intermediate/int_payments_unioned.sql', line: 3 }],
  },
  {
    name: 'a chain with one bare UNION among UNION ALLs, and the word "union" in a comment before it',
    dialect: 'snowflake',
    head: {
      'scripts/all_events.sql': [
        '-- union of web, app and backend events',
        'select event_id, event_ts from raw.web_events',
        'union all',
        'select event_id, event_ts from raw.app_events',
        'union',
        'select event_id, event_ts from raw.backend_events;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/all_events.sql', line: 5 }],
  },
  {
    name: 'bare UNION inside a CTE (Postgres script)',
    dialect: 'postgres',
    head: {
      'sql/contacts.sql': [
        'with contacts as (',
        '    select email from crm.leads union select email from crm.customers',
        ')',
        'select count(*) from contacts;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'sql/contacts.sql', line: 2 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'UNION ALL in a dbt model',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/intermediate/int_events.sql': [
        "select event_id, event_ts from {{ ref('stg_web_events') }}",
        'union all',
        "select event_id, event_ts from {{ ref('stg_app_events') }}",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'BigQuery UNION DISTINCT says that dedup is intended',
    dialect: 'bigquery',
    head: { 'scripts/bq_emails.sql': 'select email from `crm.leads`\nunion distinct\nselect email from `crm.customers`\n' },
    expect: [],
  },
  {
    name: 'INTERSECT and EXCEPT are set operations by definition',
    dialect: 'snowflake',
    head: {
      'scripts/churned.sql': [
        'select customer_id from analytics.customers_2023',
        'except',
        'select customer_id from analytics.customers_2024',
        'intersect',
        'select customer_id from analytics.customers_with_orders;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
