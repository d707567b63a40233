import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    +materialized: table\n" };
const stg = { 'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n" };
const sql = "select order_id, amount\nfrom {{ ref('stg_orders') }}\n";

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added marts model without a contract: on its entry',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/fct_orders.sql': sql, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_orders\n    description: Orders.\n' },
    expect: [{ file: 'models/marts/_marts.yml', line: 3 }],
    messageIncludes: 'marts model',
  },
  {
    name: 'public model outside marts: on the access line the change adds',
    base: { ...project, ...stg, 'models/core/orders.sql': sql, 'models/core/_core.yml': 'version: 2\nmodels:\n  - name: orders\n    description: Orders.\n' },
    head: { ...project, ...stg, 'models/core/orders.sql': sql, 'models/core/_core.yml': 'version: 2\nmodels:\n  - name: orders\n    description: Orders.\n    access: public\n' },
    expect: [{ file: 'models/core/_core.yml', line: 5 }],
    messageIncludes: '`access: public`',
  },
  {
    name: 'near miss: contract present but enforced: false',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/fct_orders.sql': "{{ config(contract={'enforced': false}) }}\n" + sql,
    },
    expect: [{ file: 'models/marts/fct_orders.sql', line: 1 }],
  },
  {
    name: 'public through config access in the model file',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/core/orders.sql': "{{ config(access='public') }}\n" + sql },
    expect: [{ file: 'models/core/orders.sql', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'contract enforced by folder config in dbt_project.yml',
    base: { ...project, ...stg },
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nmodels:\n  shop:\n    +materialized: table\n    marts:\n      +contract:\n        enforced: true\n",
      ...stg,
      'models/marts/fct_orders.sql': sql,
    },
    expect: [],
  },
  {
    name: 'contract enforced in the properties entry (a file elsewhere, outside the change)',
    base: { ...project, ...stg, 'models/_all.yml': 'version: 2\nmodels:\n  - name: fct_orders\n    config:\n      contract: {enforced: true}\n    columns:\n      - name: order_id\n        data_type: int\n' },
    head: {
      ...project,
      ...stg,
      'models/_all.yml': 'version: 2\nmodels:\n  - name: fct_orders\n    config:\n      contract: {enforced: true}\n    columns:\n      - name: order_id\n        data_type: int\n',
      'models/marts/fct_orders.sql': sql,
    },
    expect: [],
  },
  {
    name: 'protected intermediate model and an ephemeral marts helper',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/intermediate/int_orders.sql': "{{ config(access='protected') }}\n" + sql,
      'models/marts/orders_prep.sql': "{{ config(materialized='ephemeral') }}\n" + sql,
    },
    expect: [],
  },
  {
    name: 'an untouched marts model is not reported when a staging model changes',
    base: { ...project, ...stg, 'models/marts/fct_orders.sql': sql },
    head: { ...project, 'models/staging/stg_orders.sql': "select id as order_id from {{ source('shop', 'orders') }}\n", 'models/marts/fct_orders.sql': sql },
    expect: [],
  },
];
