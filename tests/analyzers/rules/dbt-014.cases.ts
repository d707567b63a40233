import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    +materialized: table\n" };
const stg = { 'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n" };
const sql = "select order_id, amount\nfrom {{ ref('stg_orders') }}\n";
const Y = 'models/marts/_marts.yml';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'contracted model added with one untyped column: on that column',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/fct_orders.sql': sql,
      [Y]: 'version: 2\nmodels:\n  - name: fct_orders\n    config:\n      contract: {enforced: true}\n    columns:\n      - name: order_id\n        data_type: int\n      - name: amount\n',
    },
    expect: [{ file: Y, line: 9 }],
    messageIncludes: '`amount`',
  },
  {
    name: 'contract enforced in config() and no columns declared',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/fct_orders.sql': "{{ config(contract={'enforced': true}) }}\n" + sql },
    expect: [{ file: 'models/marts/fct_orders.sql', line: 1 }],
    messageIncludes: 'declares no columns',
  },
  {
    name: 'contract turned on by the change over existing untyped columns',
    base: { ...project, ...stg, 'models/marts/fct_orders.sql': sql, [Y]: 'version: 2\nmodels:\n  - name: fct_orders\n    columns:\n      - name: order_id\n      - name: amount\n' },
    head: {
      ...project,
      ...stg,
      'models/marts/fct_orders.sql': sql,
      [Y]: 'version: 2\nmodels:\n  - name: fct_orders\n    config:\n      contract:\n        enforced: true\n    columns:\n      - name: order_id\n      - name: amount\n',
    },
    expect: [
      { file: Y, line: 8 },
      { file: Y, line: 9 },
    ],
  },
  {
    name: 'folder-level contract, model edited, entry outside the change: one finding on the model',
    base: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nmodels:\n  shop:\n    marts:\n      +contract: {enforced: true}\n",
      ...stg,
      'models/marts/fct_orders.sql': sql,
      [Y]: 'version: 2\nmodels:\n  - name: fct_orders\n    columns:\n      - name: order_id\n        data_type: int\n      - name: amount\n',
    },
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nmodels:\n  shop:\n    marts:\n      +contract: {enforced: true}\n",
      ...stg,
      'models/marts/fct_orders.sql': sql.replace('amount', 'amount, 1 as one'),
      [Y]: 'version: 2\nmodels:\n  - name: fct_orders\n    columns:\n      - name: order_id\n        data_type: int\n      - name: amount\n',
    },
    expect: [{ file: 'models/marts/fct_orders.sql', line: 1 }],
    messageIncludes: '`amount`',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'every column typed',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/fct_orders.sql': sql,
      [Y]: 'version: 2\nmodels:\n  - name: fct_orders\n    config:\n      contract: {enforced: true}\n    columns:\n      - name: order_id\n        data_type: int\n      - name: amount\n        data_type: numeric(18, 2)\n',
    },
    expect: [],
  },
  {
    name: 'near miss: untyped columns without a contract',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/fct_orders.sql': sql, [Y]: 'version: 2\nmodels:\n  - name: fct_orders\n    columns:\n      - name: order_id\n      - name: amount\n' },
    expect: [],
  },
  {
    name: 'types from a YAML anchor merge',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/fct_orders.sql': sql,
      [Y]: 'version: 2\nx-int: &int\n  data_type: int\nmodels:\n  - name: fct_orders\n    config:\n      contract: {enforced: true}\n    columns:\n      - name: order_id\n        <<: *int\n      - name: amount\n        <<: *int\n',
    },
    expect: [],
  },
  {
    name: 'an untouched contracted entry with untyped columns is not reported when a sibling entry changes',
    base: {
      ...project,
      ...stg,
      'models/marts/fct_orders.sql': sql,
      'models/marts/dim_x.sql': 'select 1 as id\n',
      [Y]: 'version: 2\nmodels:\n  - name: fct_orders\n    config:\n      contract: {enforced: true}\n    columns:\n      - name: order_id\n  - name: dim_x\n    description: X.\n',
    },
    head: {
      ...project,
      ...stg,
      'models/marts/fct_orders.sql': sql,
      'models/marts/dim_x.sql': 'select 1 as id\n',
      [Y]: 'version: 2\nmodels:\n  - name: fct_orders\n    config:\n      contract: {enforced: true}\n    columns:\n      - name: order_id\n  - name: dim_x\n    description: The X dimension.\n',
    },
    expect: [],
  },
];
