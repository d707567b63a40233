import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    +materialized: table\n" };
const stg = { 'models/staging/stg_orders.sql': "select id as order_id from {{ source('shop', 'orders') }}\n" };
const ordersSql = "select order_id, customer_id, amount\nfrom {{ ref('stg_orders') }}\n";
const added = (yml: string): { base: Record<string, string>; head: Record<string, string> } => ({
  base: { ...project, ...stg },
  head: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'models/marts/_marts.yml': yml },
});

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'unique without not_null on the key',
    ...added('version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        data_tests: [unique]\n'),
    expect: [{ file: 'models/marts/_marts.yml', line: 3 }],
    messageIncludes: '`orders`',
  },
  {
    name: 'near miss: unique and not_null on two different columns',
    ...added('version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        data_tests: [unique]\n      - name: customer_id\n        tests: [not_null]\n'),
    expect: [{ file: 'models/marts/_marts.yml', line: 3 }],
  },
  {
    name: 'near miss: a model-level test that is not a key test (expression_is_true)',
    ...added('version: 2\nmodels:\n  - name: orders\n    data_tests:\n      - dbt_utils.expression_is_true:\n          expression: "amount >= 0"\n'),
    expect: [{ file: 'models/marts/_marts.yml', line: 3 }],
  },
  {
    name: 'tested only by a singular test: on the model file (no entry)',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'tests/assert_positive.sql': "select * from {{ ref('orders') }} where amount < 0\n" },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'unique under data_tests and not_null under the older tests key, same column',
    ...added('version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        data_tests: [unique]\n        tests: [not_null]\n'),
    expect: [],
  },
  {
    name: 'model-level dbt_utils.unique_combination_of_columns',
    ...added('version: 2\nmodels:\n  - name: orders\n    data_tests:\n      - dbt_utils.unique_combination_of_columns:\n          combination_of_columns: [order_id, customer_id]\n'),
    expect: [],
  },
  {
    name: 'primary_key constraint at model level',
    ...added(
      'version: 2\nmodels:\n  - name: orders\n    config:\n      contract: {enforced: true}\n    constraints:\n      - type: primary_key\n        columns: [order_id]\n    columns:\n      - name: order_id\n        data_type: int\n        data_tests: [not_null]\n',
    ),
    expect: [],
  },
  {
    name: 'unique test plus not_null constraint on the column',
    ...added('version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        constraints:\n          - type: not_null\n        data_tests:\n          - unique\n'),
    expect: [],
  },
  {
    name: 'a model with no tests at all is DBT-004, not repeated here',
    ...added('version: 2\nmodels:\n  - name: orders\n    description: Orders.\n'),
    expect: [],
  },
  {
    name: 'an untouched model with only a unique test is not reported when its file is unchanged',
    base: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        data_tests: [unique]\n' },
    head: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        data_tests: [unique]\n', 'models/staging/stg_customers.sql': 'select 1 as id\n' },
    expect: [],
  },
];
