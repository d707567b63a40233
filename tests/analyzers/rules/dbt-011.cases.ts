import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const stg = { 'models/staging/stg_events.sql': "select * from {{ source('app', 'events') }}\n" };
const M = 'models/marts/fct_events.sql';
const select = "select event_id, occurred_at\nfrom {{ ref('stg_events') }}\n";
const filter = '{% if is_incremental() %}\nwhere occurred_at > (select max(occurred_at) from {{ this }})\n{% endif %}\n';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added incremental model with no is_incremental() block',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id') }}\n" + select },
    expect: [{ file: M, line: 1 }],
    messageIncludes: 'is_incremental()',
  },
  {
    name: 'the change removes the filter from an existing incremental model',
    base: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id') }}\n" + select + filter },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id') }}\n" + select },
    expect: [{ file: M, line: 1 }],
  },
  {
    name: 'incremental by folder config, no filter: on the first line',
    base: { ...project, ...stg },
    head: { 'dbt_project.yml': "name: shop\nversion: '1.0'\nmodels:\n  shop:\n    +materialized: incremental\n", ...stg, [M]: select },
    expect: [{ file: M, line: 1 }],
  },
  {
    name: "near miss: is_incremental mentioned only in a comment",
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id') }}\n-- TODO add is_incremental() filter\n" + select },
    expect: [{ file: M, line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'incremental model with the filter',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id') }}\n" + select + filter },
    expect: [],
  },
  {
    name: 'microbatch filters each batch itself',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', incremental_strategy='microbatch', event_time='occurred_at', batch_size='day', begin='2024-01-01') }}\n" + select },
    expect: [],
  },
  {
    name: 'the filter wrapped in a project macro',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='incremental', unique_key='event_id') }}\n" + select + "{{ incremental_window('occurred_at') }}\n" },
    expect: [],
  },
  {
    name: 'a view is not incremental',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "{{ config(materialized='view') }}\n" + select },
    expect: [],
  },
];
