import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const stg = { 'models/staging/stg_events.sql': "select * from {{ source('app', 'events') }}\n" };
const M = 'models/marts/fct_events.sql';
const body = "select event_id, occurred_at\nfrom {{ ref('stg_events') }}\n{% if is_incremental() %}\nwhere occurred_at > (select max(occurred_at) from {{ this }})\n{% endif %}\n";

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added incremental model without on_schema_change',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id') }}\n" + body },
    expect: [{ file: M, line: 1 }],
    messageIncludes: 'on_schema_change',
  },
  {
    name: 'on_schema_change removed from the config by the change',
    base: { ...project, ...stg, [M]: "{{ config(\n    materialized='incremental',\n    unique_key='event_id',\n    on_schema_change='fail'\n) }}\n" + body },
    head: { ...project, ...stg, [M]: "{{ config(\n    materialized='incremental',\n    unique_key='event_id'\n) }}\n" + body },
    expect: [{ file: M, line: 1 }],
  },
  {
    name: 'incremental set in the properties entry the change adds',
    base: { ...project, ...stg, [M]: body },
    head: { ...project, ...stg, [M]: body, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_events\n    config:\n      materialized: incremental\n      unique_key: event_id\n' },
    expect: [{ file: 'models/marts/_marts.yml', line: 5 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'explicit on_schema_change in config()',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id', on_schema_change='append_new_columns') }}\n" + body },
    expect: [],
  },
  {
    name: 'folder-level +on_schema_change in dbt_project.yml',
    base: { ...project, ...stg },
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nmodels:\n  shop:\n    marts:\n      +on_schema_change: sync_all_columns\n",
      ...stg,
      [M]: "{{ config(materialized='incremental', unique_key='event_id') }}\n" + body,
    },
    expect: [],
  },
  {
    name: 'explicit ignore counts as a decision',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id', on_schema_change='ignore') }}\n" + body },
    expect: [],
  },
  {
    name: 'an ephemeral model is not incremental',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='ephemeral') }}\n" + body },
    expect: [],
  },
];
