import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const stg = { 'models/staging/stg_customers.sql': "select id as customer_id, email, phone from {{ source('app', 'customers') }}\n" };
const martsYml = [
  'version: 2',
  'models:',
  '  - name: dim_customers',
  '    columns:',
  '      - name: customer_id',
  '      - name: email',
  '        meta:',
  '          pii: true',
  '      - name: phone',
  '        tags: [pii]',
  '',
].join('\n');
const base = { ...project, ...stg, 'models/marts/_marts.yml': martsYml };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'marts model selects a PII-classified column as it is',
    base,
    head: { ...base, 'models/marts/dim_customers.sql': "select\n  customer_id,\n  email\nfrom {{ ref('stg_customers') }}\n" },
    expect: [{ file: 'models/marts/dim_customers.sql', line: 3 }],
    messageIncludes: '`email`',
  },
  {
    name: 'public model outside marts, column renamed into a classified name, through CTEs and select * from final',
    base: {
      ...project,
      ...stg,
      'models/core/_core.yml': 'version: 2\nmodels:\n  - name: customers\n    access: public\n    columns:\n      - name: contact_phone\n        meta: {classification: confidential}\n',
    },
    head: {
      ...project,
      ...stg,
      'models/core/_core.yml': 'version: 2\nmodels:\n  - name: customers\n    access: public\n    columns:\n      - name: contact_phone\n        meta: {classification: confidential}\n',
      'models/core/customers.sql': [
        "with src as (select * from {{ ref('stg_customers') }}),",
        'final as (',
        '  select customer_id,',
        '    lower(phone) as contact_phone',
        '  from src',
        ')',
        'select * from final',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/core/customers.sql', line: 4 }],
    messageIncludes: 'public model `customers`',
  },
  {
    name: 'access: public set in config() of the model',
    base: {
      ...project,
      ...stg,
      'models/core/_core.yml': 'version: 2\nmodels:\n  - name: contacts\n    columns:\n      - name: email\n        tags: [pii]\n',
    },
    head: {
      ...project,
      ...stg,
      'models/core/_core.yml': 'version: 2\nmodels:\n  - name: contacts\n    columns:\n      - name: email\n        tags: [pii]\n',
      'models/core/contacts.sql': "{{ config(access='public') }}\nselect c.customer_id, c.email from {{ ref('stg_customers') }} as c\n",
    },
    expect: [{ file: 'models/core/contacts.sql', line: 2 }],
  },
  {
    name: 'only one of two classified columns is hashed',
    base,
    head: { ...base, 'models/marts/dim_customers.sql': "select customer_id,\n  sha2(email, 256) as email,\n  phone\nfrom {{ ref('stg_customers') }}\n" },
    expect: [{ file: 'models/marts/dim_customers.sql', line: 3 }],
    messageIncludes: '`phone`',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'hashed directly, hashed in an earlier CTE, or masked by a macro',
    base,
    head: {
      ...base,
      'models/marts/dim_customers.sql': [
        "with hashed as (select customer_id, md5(lower(email)) as email from {{ ref('stg_customers') }}),",
        'final as (',
        "  select h.customer_id, h.email, {{ mask_pii('phone') }} as phone",
        '  from hashed as h',
        ')',
        'select * from final',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a masking policy declared on the column in meta',
    base: {
      ...project,
      ...stg,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    columns:\n      - name: email\n        meta:\n          pii: true\n          masking_policy: mask_email\n',
    },
    head: {
      ...project,
      ...stg,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    columns:\n      - name: email\n        meta:\n          pii: true\n          masking_policy: mask_email\n',
      'models/marts/dim_customers.sql': "select customer_id, email from {{ ref('stg_customers') }}\n",
    },
    expect: [],
  },
  {
    name: 'near miss: a staging (not marts, not public) model may carry the raw value',
    base: { ...project, ...stg, 'models/staging/_stg.yml': 'version: 2\nmodels:\n  - name: stg_people\n    columns:\n      - name: email\n        meta: {pii: true}\n' },
    head: {
      ...project,
      ...stg,
      'models/staging/_stg.yml': 'version: 2\nmodels:\n  - name: stg_people\n    columns:\n      - name: email\n        meta: {pii: true}\n',
      'models/staging/stg_people.sql': "select id, email from {{ source('app', 'people') }}\n",
    },
    expect: [],
  },
  {
    name: 'near miss: the column is classified as not personal',
    base: { ...project, ...stg, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_support\n    columns:\n      - name: email\n        meta: {pii: false}\n' },
    head: {
      ...project,
      ...stg,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_support\n    columns:\n      - name: email\n        meta: {pii: false}\n',
      'models/marts/dim_support.sql': "select team, email from {{ ref('stg_support') }}\n",
    },
    expect: [],
  },
  {
    name: 'pre-existing exposure on a line the change did not touch',
    base: { ...base, 'models/marts/dim_customers.sql': "select customer_id,\n  email\nfrom {{ ref('stg_customers') }}\n" },
    head: { ...base, 'models/marts/dim_customers.sql': "select customer_id,\n  email\nfrom {{ ref('stg_customers') }}\nwhere customer_id is not null\n" },
    expect: [],
  },
];
