import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const stg = { 'models/staging/stg_events.sql': "select * from {{ source('app', 'events') }}\n" };
const M = 'models/marts/fct_events.sql';
const body = "select event_id, user_id, occurred_at\nfrom {{ ref('stg_events') }}\n{% if is_incremental() %}\nwhere occurred_at > (select max(occurred_at) from {{ this }})\n{% endif %}\n";

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added incremental model without unique_key: on its config() line',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "-- events\n{{ config(materialized='incremental') }}\n" + body },
    expect: [{ file: M, line: 2 }],
    messageIncludes: '`fct_events`',
  },
  {
    name: 'incremental by folder config in dbt_project.yml, merge strategy set in the model',
    base: { ...project, ...stg },
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nmodels:\n  shop:\n    marts:\n      +materialized: incremental\n",
      ...stg,
      [M]: "{{ config(incremental_strategy='merge') }}\n" + body,
    },
    expect: [{ file: M, line: 1 }],
    messageIncludes: 'dbt_project.yml',
  },
  {
    name: 'materialization switched to incremental in the properties entry the change edits',
    base: { ...project, ...stg, [M]: body, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_events\n    description: Events.\n' },
    head: { ...project, ...stg, [M]: body, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_events\n    description: Events.\n    config:\n      materialized: incremental\n' },
    expect: [{ file: 'models/marts/_marts.yml', line: 6 }],
  },
  {
    name: "near miss: unique_key: none is no key",
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key=none, incremental_strategy='delete+insert') }}\n" + body },
    expect: [{ file: M, line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'unique_key as a list',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key=['event_id', 'user_id']) }}\n" + body },
    expect: [],
  },
  {
    name: 'append, insert_overwrite and microbatch strategies do not use a key',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      [M]: "{{ config(materialized='incremental', incremental_strategy='append') }}\n" + body,
      'models/marts/fct_sessions.sql': "{{ config(materialized='incremental', incremental_strategy='insert_overwrite', partition_by={'field': 'day', 'data_type': 'date'}) }}\n" + body,
      'models/marts/fct_clicks.sql': "{{ config(materialized='incremental', incremental_strategy='microbatch', event_time='occurred_at', begin='2024-01-01', batch_size='day') }}\nselect * from {{ ref('stg_events') }}\n",
    },
    expect: [],
  },
  {
    name: 'unique_key given in the properties entry (a file outside the change)',
    base: { ...project, ...stg, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_events\n    config:\n      unique_key: event_id\n' },
    head: { ...project, ...stg, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_events\n    config:\n      unique_key: event_id\n', [M]: "{{ config(materialized='incremental') }}\n" + body },
    expect: [],
  },
  {
    name: 'an untouched keyless incremental model is not reported when another model changes',
    base: { ...project, ...stg, [M]: "{{ config(materialized='incremental') }}\n" + body },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental') }}\n" + body, 'models/marts/fct_other.sql': "select 1 as id\n" },
    expect: [],
  },
  {
    name: 'a table model with no key is not incremental',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='table') }}\n" + body },
    expect: [],
  },
];
