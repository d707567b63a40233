import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    marts:\n      +materialized: table\n" };
const profiles = (type: string): Record<string, string> => ({ 'profiles.yml': `shop:\n  target: prod\n  outputs:\n    prod:\n      type: ${type}\n` });
const stg = { 'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n" };
const sql = "select order_id, order_date, amount\nfrom {{ ref('stg_orders') }}\n";
const M = 'models/marts/fct_orders.sql';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'BigQuery (from profiles.yml): marts table by folder config, no partition or cluster',
    base: { ...project, ...profiles('bigquery'), ...stg },
    head: { ...project, ...profiles('bigquery'), ...stg, [M]: sql },
    expect: [{ file: M, line: 1 }],
    messageIncludes: 'bigquery',
    severity: 'warning',
  },
  {
    name: 'Snowflake (configured dialect): incremental marts model without cluster_by, on its config() line',
    dialect: 'snowflake',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "-- orders\n{{ config(materialized='incremental', unique_key='order_id') }}\n" + sql },
    expect: [{ file: M, line: 2 }],
  },
  {
    name: 'Redshift: a dim_ model (marts by name) materialized as a table in its properties',
    dialect: 'redshift',
    base: { 'dbt_project.yml': "name: shop\nversion: '1.0'\n", ...stg, 'models/core/dim_customers.sql': 'select 1 as id\n' },
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\n",
      ...stg,
      'models/core/dim_customers.sql': 'select 1 as id\n',
      'models/core/_core.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    config:\n      materialized: table\n',
    },
    expect: [{ file: 'models/core/_core.yml', line: 5 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'BigQuery marts table with partition_by',
    base: { ...project, ...profiles('bigquery'), ...stg },
    head: { ...project, ...profiles('bigquery'), ...stg, [M]: "{{ config(partition_by={'field': 'order_date', 'data_type': 'date'}) }}\n" + sql },
    expect: [],
  },
  {
    name: 'near miss: Postgres has no such configs',
    base: { ...project, ...profiles('postgres'), ...stg },
    head: { ...project, ...profiles('postgres'), ...stg, [M]: sql },
    expect: [],
  },
  {
    name: 'Databricks liquid clustering set for the marts folder in dbt_project.yml',
    dialect: 'databricks',
    base: { ...stg },
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nmodels:\n  shop:\n    marts:\n      +materialized: table\n      +liquid_clustered_by: [order_date]\n",
      ...stg,
      [M]: sql,
    },
    expect: [],
  },
  {
    name: 'a marts view is not a large materialization',
    dialect: 'snowflake',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='view') }}\n" + sql },
    expect: [],
  },
  {
    name: 'a staging table is not a marts model',
    dialect: 'bigquery',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/staging/stg_orders.sql': "{{ config(materialized='table') }}\nselect * from {{ source('shop', 'orders') }}\n" },
    expect: [],
  },
];
