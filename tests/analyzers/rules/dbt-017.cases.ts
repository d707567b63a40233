import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added model reading a hard-coded table only',
    head: { ...project, 'models/marts/customers.sql': 'select id, name\nfrom analytics.public.customers\n' },
    expect: [{ file: 'models/marts/customers.sql', line: 1 }],
    messageIncludes: '`customers`',
  },
  {
    name: 'added model of constants (belongs in a seed)',
    head: { ...project, 'models/staging/stg_countries.sql': "select 'FR' as code, 'France' as name\nunion all\nselect 'DE', 'Germany'\n" },
    expect: [{ file: 'models/staging/stg_countries.sql', line: 1 }],
  },
  {
    name: 'added model whose only relation comes from var()',
    head: { ...project, 'models/marts/events.sql': "{{ config(materialized='table') }}\nselect * from {{ var('events_table') }}\n" },
    expect: [{ file: 'models/marts/events.sql', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'a model with a ref',
    head: { ...project, 'models/marts/customers.sql': "select * from {{ ref('stg_customers') }}\n" },
    expect: [],
  },
  {
    name: 'a model that reads only a source',
    head: { ...project, 'models/staging/stg_events.sql': "select * from {{ source('app', 'events') }}\n" },
    expect: [],
  },
  {
    name: 'near miss: a ref only inside an is_incremental() branch still gives it a parent',
    head: { ...project, 'models/marts/events.sql': "select 1 as id\n{% if is_incremental() %}\nwhere id > (select max(id) from {{ ref('events_log') }})\n{% endif %}\n" },
    expect: [],
  },
  {
    name: 'a model generated entirely by a macro (date spine)',
    head: { ...project, 'models/utils/all_days.sql': "{{ dbt_utils.date_spine(datepart='day', start_date=\"cast('2020-01-01' as date)\", end_date='current_date') }}\n" },
    expect: [],
  },
  {
    name: 'an existing root model edited is not a new object',
    base: { ...project, 'models/marts/customers.sql': 'select id\nfrom analytics.public.customers\n' },
    head: { ...project, 'models/marts/customers.sql': 'select id, name\nfrom analytics.public.customers\n' },
    expect: [],
  },
];
