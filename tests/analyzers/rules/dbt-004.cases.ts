import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    +materialized: view\n" };
const ordersSql = "select order_id, customer_id, amount\nfrom {{ ref('stg_orders') }}\n";
const stgOrders = { 'models/staging/stg_orders.sql': "select id as order_id, customer_id, amount from {{ source('raw', 'orders') }}\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added model with no properties entry and no singular test: line 1 of the model',
    base: { ...project, ...stgOrders },
    head: { ...project, ...stgOrders, 'models/marts/orders.sql': ordersSql },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
    messageIncludes: '`orders`',
  },
  {
    name: 'added model documented but untested: reported on its properties entry',
    base: { ...project, ...stgOrders, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: customers\n    columns:\n      - name: customer_id\n        data_tests: [unique]\n' },
    head: {
      ...project,
      ...stgOrders,
      'models/marts/orders.sql': ordersSql,
      'models/marts/_marts.yml': [
        'version: 2',
        'models:',
        '  - name: customers',
        '    columns:',
        '      - name: customer_id',
        '        data_tests: [unique]',
        '  - name: orders',
        '    description: One row per order.',
        '    columns:',
        '      - name: order_id',
        '        description: The key.',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/_marts.yml', line: 7 }],
  },
  {
    name: 'existing model whose properties entry the change adds, still without tests',
    base: { ...project, ...stgOrders, 'models/marts/orders.sql': ordersSql, 'models/marts/_marts.yml': 'version: 2\nmodels: []\n' },
    head: {
      ...project,
      ...stgOrders,
      'models/marts/orders.sql': ordersSql,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: orders\n    description: One row per order.\n',
    },
    expect: [{ file: 'models/marts/_marts.yml', line: 3 }],
  },
  {
    name: "near miss: a relationships test on another model that points at this one does not test it",
    base: { ...project, ...stgOrders },
    head: {
      ...project,
      ...stgOrders,
      'models/marts/orders.sql': ordersSql,
      'models/marts/_marts.yml': [
        'version: 2',
        'models:',
        '  - name: stg_orders',
        '    columns:',
        '      - name: order_id',
        '        data_tests:',
        '          - relationships:',
        "              to: ref('orders')",
        '              field: order_id',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
  },
  {
    name: 'model in a nested project folder, added without tests',
    head: { 'transform/dbt_project.yml': 'name: analytics\n', 'transform/models/daily_revenue.sql': 'select day, sum(amount) as revenue from x group by day\n' },
    expect: [{ file: 'transform/models/daily_revenue.sql', line: 1 }],
  },
  {
    name: 'model and entry both added: reported once',
    base: { ...project, ...stgOrders },
    head: {
      ...project,
      ...stgOrders,
      'models/marts/orders.sql': ordersSql,
      'models/marts/orders.yml': 'version: 2\nmodels:\n  - name: orders\n    description: Orders.\n',
    },
    expect: [{ file: 'models/marts/orders.yml', line: 3 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'added model with column-level data_tests',
    base: { ...project, ...stgOrders },
    head: {
      ...project,
      ...stgOrders,
      'models/marts/orders.sql': ordersSql,
      'models/marts/orders.yml': 'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        data_tests: [unique, not_null]\n',
    },
    expect: [],
  },
  {
    name: 'added model with a model-level test under the older tests: key',
    base: { ...project, ...stgOrders },
    head: {
      ...project,
      ...stgOrders,
      'models/marts/orders.sql': ordersSql,
      'models/marts/orders.yml': [
        'version: 2',
        'models:',
        '  - name: orders',
        '    tests:',
        '      - dbt_utils.unique_combination_of_columns:',
        '          combination_of_columns: [order_id, customer_id]',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'added model covered by a singular test that refs it',
    base: { ...project, ...stgOrders },
    head: {
      ...project,
      ...stgOrders,
      'models/marts/orders.sql': ordersSql,
      'tests/assert_order_amount_positive.sql': "select * from {{ ref('orders') }} where amount < 0\n",
    },
    expect: [],
  },
  {
    name: 'modified (not added) model without tests is not a new object',
    base: { ...project, ...stgOrders, 'models/marts/orders.sql': ordersSql },
    head: { ...project, ...stgOrders, 'models/marts/orders.sql': ordersSql.replace('amount', 'amount, currency') },
    expect: [],
  },
  {
    name: 'added ephemeral model has no relation to test',
    base: { ...project, ...stgOrders },
    head: { ...project, ...stgOrders, 'models/marts/orders_prep.sql': "{{ config(materialized='ephemeral') }}\n" + ordersSql },
    expect: [],
  },
  {
    name: "editing another model's entry does not report an untouched untested entry in the same file",
    base: {
      ...project,
      ...stgOrders,
      'models/marts/orders.sql': ordersSql,
      'models/marts/customers.sql': 'select 1 as customer_id\n',
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: orders\n    description: Orders.\n  - name: customers\n    columns:\n      - name: customer_id\n        data_tests: [unique]\n',
    },
    head: {
      ...project,
      ...stgOrders,
      'models/marts/orders.sql': ordersSql,
      'models/marts/customers.sql': 'select 1 as customer_id\n',
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: orders\n    description: Orders.\n  - name: customers\n    columns:\n      - name: customer_id\n        data_tests: [unique, not_null]\n',
    },
    expect: [],
  },
];
