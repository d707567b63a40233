import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const stg = { 'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n" };
const Y = 'models/marts/_marts.yml';
const M = 'models/marts/orders.sql';
const sql = "with source as (\n  select * from {{ ref('stg_orders') }}\n),\nfinal as (\n  select id as order_id, s.amount, status\n  from source s\n)\nselect * from final\n";
const doc = (name: string): string => `      - name: ${name}\n        description: The ${name}.\n`;

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'drift: a documented column the SQL (through select * from final) does not output',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: sql, [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n' + doc('order_id') + doc('amount') + doc('total') },
    expect: [{ file: Y, line: 9 }],
    messageIncludes: '`total`',
    severity: 'warning',
  },
  {
    name: 'drift found when the model SQL changes: a column renamed in the SELECT',
    base: { ...project, ...stg, [M]: sql, [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n' + doc('order_id') + doc('status') },
    head: { ...project, ...stg, [M]: sql.replace('status', 'status as order_status'), [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n' + doc('order_id') + doc('status') },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
    messageIncludes: '`status`',
  },
  {
    name: 'a column the change adds to the entry without a description',
    base: { ...project, ...stg, [M]: sql, [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n' + doc('order_id') },
    head: { ...project, ...stg, [M]: sql, [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n' + doc('order_id') + '      - name: amount\n' },
    expect: [{ file: Y, line: 7 }],
  },
  {
    name: 'an added model whose columns are listed without descriptions',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: sql, [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        data_tests: [unique]\n      - name: amount\n' },
    expect: [
      { file: Y, line: 5 },
      { file: Y, line: 7 },
    ],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'documented columns all output, case-insensitively',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: sql, [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n' + doc('ORDER_ID') + doc('amount') },
    expect: [],
  },
  {
    name: 'near miss: output unknown (select * from a ref), so no drift is claimed',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "select * from {{ ref('stg_orders') }}\n", [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n' + doc('anything') },
    expect: [],
  },
  {
    name: 'near miss: an unaliased expression makes the output names unknown',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [M]: "select order_id, upper(status)\nfrom {{ ref('stg_orders') }}\n", [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n' + doc('order_id') + doc('status') },
    expect: [],
  },
  {
    name: 'an untouched undocumented column is not reported when another column is edited',
    base: { ...project, ...stg, [M]: sql, [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        description: Key.\n      - name: amount\n' },
    head: { ...project, ...stg, [M]: sql, [Y]: 'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        description: The order key.\n      - name: amount\n' },
    expect: [],
  },
];
