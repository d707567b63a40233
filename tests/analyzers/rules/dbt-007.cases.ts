import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const SRC = 'models/staging/_sources.yml';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added source table without tests',
    base: { ...project },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n        description: Orders.\n' },
    expect: [{ file: SRC, line: 5 }],
    messageIncludes: '`shop.orders`',
  },
  {
    name: 'near miss: columns documented but none tested',
    base: { ...project },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n        columns:\n          - name: id\n            description: Key.\n' },
    expect: [{ file: SRC, line: 5 }],
  },
  {
    name: 'a second table added without tests next to a tested one',
    base: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n        data_tests: [dbt_utils.at_least_one]\n' },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n        data_tests: [dbt_utils.at_least_one]\n      - name: refunds\n' },
    expect: [{ file: SRC, line: 7 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'column-level tests under the older tests: key',
    base: { ...project },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n        columns:\n          - name: id\n            tests: [unique, not_null]\n' },
    expect: [],
  },
  {
    name: 'table-level data_tests',
    base: { ...project },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n        data_tests:\n          - dbt_utils.recency:\n              datepart: day\n              field: created_at\n              interval: 1\n' },
    expect: [],
  },
  {
    name: 'an untouched untested table is not reported when another file changes',
    base: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n' },
    head: { ...project, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n', 'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n" },
    expect: [],
  },
];
