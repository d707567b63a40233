import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const stg = { 'models/staging/stg_events.sql': "select * from {{ source('app', 'events') }}\n" };
const M = 'models/marts/fct_events.sql';
const body = "select event_id, day\nfrom {{ ref('stg_events') }}\n{% if is_incremental() %}\nwhere day >= date_sub(current_date, interval 3 day)\n{% endif %}\n";

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'partitioned incremental model on BigQuery without require_partition_filter',
    dialect: 'bigquery',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id', partition_by={'field': 'day', 'data_type': 'date'}) }}\n" + body },
    expect: [{ file: M, line: 1 }],
    severity: 'warning',
    messageIncludes: 'require_partition_filter',
  },
  {
    name: 'partition_by in the properties entry: on that line',
    dialect: 'bigquery',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      [M]: "{{ config(materialized='incremental', unique_key='event_id') }}\n" + body,
      'models/marts/_marts.yml': "version: 2\nmodels:\n  - name: fct_events\n    config:\n      partition_by:\n        field: day\n        data_type: date\n",
    },
    expect: [{ file: 'models/marts/_marts.yml', line: 5 }],
  },
  {
    name: 'dialect inferred from profiles.yml, incremental by folder config',
    base: { ...project, ...stg },
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    marts:\n      +materialized: incremental\n",
      'profiles.yml': 'shop:\n  target: prod\n  outputs:\n    prod:\n      type: bigquery\n',
      ...stg,
      [M]: "{{ config(unique_key='event_id', partition_by={'field': 'day'}) }}\n" + body,
    },
    expect: [{ file: M, line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'require_partition_filter set',
    dialect: 'bigquery',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id', partition_by={'field': 'day'}, require_partition_filter=true) }}\n" + body },
    expect: [],
  },
  {
    name: 'near miss: the same model on Snowflake',
    dialect: 'snowflake',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id', partition_by={'field': 'day'}) }}\n" + body },
    expect: [],
  },
  {
    name: 'explicitly false is a decision',
    dialect: 'bigquery',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id', partition_by={'field': 'day'}, require_partition_filter=false) }}\n" + body },
    expect: [],
  },
  {
    name: 'a partitioned table (not incremental)',
    dialect: 'bigquery',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='table', partition_by={'field': 'day'}) }}\n" + body },
    expect: [],
  },
];
