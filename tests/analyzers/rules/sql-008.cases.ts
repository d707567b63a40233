import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'dbt model (Snowflake): final select with LIMIT and no ORDER BY is an error',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/top_customers.sql': [
        'select customer_id, lifetime_value',
        "from {{ ref('dim_customers') }}",
        'where lifetime_value > 0',
        'limit 100',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/top_customers.sql', line: 4 }],
  },
  {
    name: 'dbt model (BigQuery): "latest rate" CTE with LIMIT 1 and no ORDER BY',
    dialect: 'bigquery',
    head: {
      ...project,
      'models/marts/orders_eur.sql': [
        'with latest_rate as (',
        "    select rate from {{ ref('stg_fx_rates') }} where currency = 'EUR' limit 1",
        '),',
        'final as (',
        "    select o.order_id, o.amount * r.rate as amount_eur from {{ ref('stg_orders') }} o cross join latest_rate r",
        ')',
        'select * from final',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/orders_eur.sql', line: 2 }],
    messageIncludes: 'in CTE `latest_rate`',
  },
  {
    name: 'near miss: an ORDER BY inside a window function does not order the result (script: warning)',
    dialect: 'snowflake',
    severity: 'warning',
    head: {
      'scripts/sample_events.sql': [
        'select event_id, row_number() over (order by event_ts) as rn',
        'from raw.events',
        'limit 50 offset 100;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/sample_events.sql', line: 3 }],
  },
  {
    name: 'fallback: a BigQuery ML model the parser rejects still gets its LIMIT checked',
    dialect: 'bigquery',
    severity: 'warning',
    head: {
      ...project,
      'models/ml/churn_scores.sql': [
        'select customer_id, predicted_churned',
        "from ml.predict(model `analytics.churn_model`, (select * from {{ ref('customer_features') }}))",
        'limit 500',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/ml/churn_scores.sql', line: 3 }],
    messageIncludes: '(approximate: the file did not parse)',
  },
  {
    name: 'fallback: Snowflake script with PUT, LIMIT in a subquery without ORDER BY',
    dialect: 'snowflake',
    severity: 'warning',
    head: {
      'scripts/export_sample.sql': [
        'put file:///exports/header.csv @exports;',
        'select o.order_id, o.amount',
        'from (select order_id, amount from analytics.orders limit 1000) o',
        'order by o.order_id;',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'scripts/export_sample.sql', line: 3 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'ORDER BY before LIMIT, including a parenthesised ordered body',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/marts/latest_orders.sql': [
        'select order_id, ordered_at',
        "from {{ ref('stg_orders') }}",
        'order by ordered_at desc, order_id',
        'limit 100',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'dev sampling inside {% if target.name == "dev" %} and LIMIT in EXISTS',
    dialect: 'snowflake',
    head: {
      ...project,
      'models/staging/stg_events.sql': [
        'select e.event_id, e.user_id, e.event_ts',
        "from {{ source('app', 'events') }} e",
        "where exists (select 1 from {{ source('app', 'users') }} u where u.user_id = e.user_id limit 1)",
        "{% if target.name == 'dev' %}",
        'limit 1000',
        '{% endif %}',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'LIMIT 0 schema probe and an aggregate that is one row anyway (BigQuery)',
    dialect: 'bigquery',
    head: {
      'scripts/bq_probe.sql': ['select * from `raw.events` limit 0;', 'select max(event_ts) as last_event from `raw.events` limit 1;', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'fallback: ORDER BY at the same level, and LIMIT only in a comment or string',
    dialect: 'snowflake',
    head: {
      'scripts/export_ordered.sql': [
        'put file:///exports/header.csv @exports;',
        '-- limit 10 while testing',
        "select order_id, 'no limit here' as note",
        'from analytics.orders',
        'order by order_id',
        'limit 1000;',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: an existing LIMIT untouched by the change',
    dialect: 'snowflake',
    base: { ...project, 'models/marts/top.sql': "select customer_id from {{ ref('dim_customers') }}\nlimit 100\n" },
    head: { ...project, 'models/marts/top.sql': "select customer_id, region from {{ ref('dim_customers') }}\nlimit 100\n" },
    expect: [],
  },
];
