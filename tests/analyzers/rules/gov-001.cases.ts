import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    +materialized: table\n" };
const stg = { 'models/staging/stg_customers.sql': "select id as customer_id, email, phone from {{ source('app', 'customers') }}\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'properties column named customer_email without classification (tier 1: error)',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/staging/_stg.yml': ['version: 2', 'models:', '  - name: stg_customers', '    columns:', '      - name: customer_id', '      - name: customer_email', '        description: Where receipts go.', ''].join('\n'),
    },
    expect: [{ file: 'models/staging/_stg.yml', line: 6 }],
    messageIncludes: '`customer_email`',
  },
  {
    name: 'camelCase dateOfBirth in a source table, added to an existing file',
    base: { ...project, 'models/staging/_sources.yml': 'version: 2\nsources:\n  - name: app\n    tables:\n      - name: users\n        columns:\n          - name: id\n' },
    head: {
      ...project,
      'models/staging/_sources.yml': 'version: 2\nsources:\n  - name: app\n    tables:\n      - name: users\n        columns:\n          - name: id\n          - name: dateOfBirth\n',
    },
    expect: [{ file: 'models/staging/_sources.yml', line: 8 }],
    messageIncludes: 'source table `app.users`',
  },
  {
    name: 'model output column email not listed in any properties: reported on the SQL line',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/dim_customers.sql': "select\n  customer_id,\n  email\nfrom {{ ref('stg_customers') }}\n" },
    expect: [{ file: 'models/marts/dim_customers.sql', line: 3 }],
    messageIncludes: 'not classified',
  },
  {
    name: 'SQL adds a column that the properties list without classification: reported on the YAML column',
    base: {
      ...project,
      ...stg,
      'models/marts/dim_customers.sql': "select customer_id\nfrom {{ ref('stg_customers') }}\n",
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    columns:\n      - name: customer_id\n      - name: phone_number\n',
    },
    head: {
      ...project,
      ...stg,
      'models/marts/dim_customers.sql': "select customer_id,\n  phone as phone_number\nfrom {{ ref('stg_customers') }}\n",
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    columns:\n      - name: customer_id\n      - name: phone_number\n',
    },
    expect: [{ file: 'models/marts/_marts.yml', line: 6 }],
  },
  {
    name: 'tier 2 (first_name) is a warning',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/staging/_stg.yml': 'version: 2\nmodels:\n  - name: stg_customers\n    columns:\n      - name: first_name\n' },
    expect: [{ file: 'models/staging/_stg.yml', line: 5 }],
    severity: 'warning',
  },
  {
    name: 'both the model and its properties added: one finding, on the YAML column',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/dim_customers.sql': "select customer_id, email\nfrom {{ ref('stg_customers') }}\n",
      'models/marts/dim_customers.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    columns:\n      - name: customer_id\n      - name: email\n',
    },
    expect: [{ file: 'models/marts/dim_customers.yml', line: 6 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'classified with meta.pii, tags, policy_tags, config.meta, or declared not personal',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/staging/_stg.yml': [
        'version: 2',
        'models:',
        '  - name: stg_customers',
        '    columns:',
        '      - name: email',
        '        meta: {pii: true}',
        '      - name: phone',
        '        tags: [pii]',
        '      - name: ssn',
        '        policy_tags: ["projects/p/locations/eu/taxonomies/1/policyTags/2"]',
        '      - name: date_of_birth',
        '        config:',
        '          meta: {classification: confidential}',
        '      - name: support_phone',
        '        meta: {pii: false}',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'near misses: substrings and derived columns are not PII (state, pass_rate, email_domain, is_email_verified, address_id, username)',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/staging/_stg.yml': [
        'version: 2',
        'models:',
        '  - name: stg_customers',
        '    columns:',
        '      - name: state',
        '      - name: pass_rate',
        '      - name: email_domain',
        '      - name: is_email_verified',
        '      - name: address_id',
        '      - name: username',
        '      - name: statement_date',
        '      - name: product_name',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'pre-existing unclassified column in an entry the change did not touch',
    base: { ...project, ...stg, 'models/staging/_stg.yml': 'version: 2\nmodels:\n  - name: stg_customers\n    columns:\n      - name: email\n  - name: stg_orders\n    columns:\n      - name: order_id\n' },
    head: {
      ...project,
      ...stg,
      'models/staging/_stg.yml': 'version: 2\nmodels:\n  - name: stg_customers\n    columns:\n      - name: email\n  - name: stg_orders\n    columns:\n      - name: order_id\n      - name: amount\n',
    },
    expect: [],
  },
  {
    name: 'model SQL whose output column is classified in its properties',
    base: { ...project, ...stg, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    columns:\n      - name: email\n        meta:\n          pii: true\n' },
    head: {
      ...project,
      ...stg,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    columns:\n      - name: email\n        meta:\n          pii: true\n',
      'models/marts/dim_customers.sql': "select customer_id, email\nfrom {{ ref('stg_customers') }}\n",
    },
    expect: [],
  },
  {
    name: 'the model is declared free of personal data at model level',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/dim_support.sql': "select 'help@example.com' as email\n",
      'models/marts/dim_support.yml': 'version: 2\nmodels:\n  - name: dim_support\n    meta:\n      pii: false\n    columns:\n      - name: email\n',
    },
    expect: [],
  },
];
