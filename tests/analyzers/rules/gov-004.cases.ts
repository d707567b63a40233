import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    marts:\n      +materialized: table\n" };
const stg = { 'models/staging/stg_customers.sql': "select id as customer_id, email from {{ source('app', 'customers') }}\n" };
const select = "select customer_id, email from {{ ref('stg_customers') }}\n";

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added table model tagged pii in config(), no properties: reported on the config line',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/dim_customers.sql': "{{ config(tags=['pii']) }}\n" + select },
    expect: [{ file: 'models/marts/dim_customers.sql', line: 1 }],
    messageIncludes: '`dim_customers`',
  },
  {
    name: 'added model with a PII-classified column in its properties: reported on the entry',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/dim_customers.sql': select,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    columns:\n      - name: email\n        meta: {pii: true}\n',
    },
    expect: [{ file: 'models/marts/_marts.yml', line: 3 }],
    messageIncludes: 'column `email` is classified',
  },
  {
    name: 'properties entry edited to tag an existing model for retention',
    base: { ...project, ...stg, 'models/marts/dim_customers.sql': select, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    description: Customers.\n' },
    head: {
      ...project,
      ...stg,
      'models/marts/dim_customers.sql': select,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    description: Customers.\n    config:\n      tags: [retention]\n',
    },
    expect: [{ file: 'models/marts/_marts.yml', line: 3 }],
  },
  {
    name: 'PII tagged at folder level in dbt_project.yml, incremental model added',
    base: { 'dbt_project.yml': "name: shop\nmodels:\n  shop:\n    crm:\n      +tags: ['pii']\n", ...stg },
    head: {
      'dbt_project.yml': "name: shop\nmodels:\n  shop:\n    crm:\n      +tags: ['pii']\n",
      ...stg,
      'models/crm/contacts.sql': "{{ config(materialized='incremental', unique_key='customer_id') }}\n" + select,
    },
    expect: [{ file: 'models/crm/contacts.sql', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'retention recorded in meta, or expiration set for BigQuery',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/dim_customers.sql': "{{ config(tags=['pii'], meta={'retention_days': 730}) }}\n" + select,
      'models/marts/dim_contacts.sql': "{{ config(tags=['pii'], partition_expiration_days=365) }}\n" + select,
    },
    expect: [],
  },
  {
    name: 'near miss: a PII view stores nothing',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/v_customers.sql': "{{ config(materialized='view', tags=['pii']) }}\n" + select },
    expect: [],
  },
  {
    name: 'near miss: a table without PII markers (a PII-looking name alone is GOV-001)',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/dim_customers.sql': select },
    expect: [],
  },
  {
    name: 'retention in project-level meta of the folder',
    base: { 'dbt_project.yml': "name: shop\nmodels:\n  shop:\n    crm:\n      +materialized: table\n      +tags: ['pii']\n      +meta:\n        retention_days: 400\n", ...stg },
    head: {
      'dbt_project.yml': "name: shop\nmodels:\n  shop:\n    crm:\n      +materialized: table\n      +tags: ['pii']\n      +meta:\n        retention_days: 400\n",
      ...stg,
      'models/crm/contacts.sql': select,
    },
    expect: [],
  },
  {
    name: 'an existing PII model edited in its SQL body only',
    base: { ...project, ...stg, 'models/marts/dim_customers.sql': "{{ config(tags=['pii']) }}\n" + select },
    head: { ...project, ...stg, 'models/marts/dim_customers.sql': "{{ config(tags=['pii']) }}\n" + select.replace('email', 'email, 1 as version') },
    expect: [],
  },
];
