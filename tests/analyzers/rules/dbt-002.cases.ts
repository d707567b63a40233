import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    +materialized: view\n" };
const stg = { 'models/staging/stg_orders.sql': "select id as order_id from {{ source('shop', 'orders') }}\n" };
const ordersSql = "select order_id, amount\nfrom {{ ref('stg_orders') }}\n";

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added model and entry without description: on the entry',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/orders.sql': ordersSql,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: order_id\n        description: The key.\n',
    },
    expect: [{ file: 'models/marts/_marts.yml', line: 3 }],
    messageIncludes: '`orders`',
  },
  {
    name: 'edited entry (a column added) of a model that has no description',
    base: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: customers\n    description: People.\n  - name: orders\n    columns:\n      - name: order_id\n' },
    head: {
      ...project,
      ...stg,
      'models/marts/orders.sql': ordersSql,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: customers\n    description: People.\n  - name: orders\n    columns:\n      - name: order_id\n      - name: amount\n',
    },
    expect: [{ file: 'models/marts/_marts.yml', line: 5 }],
  },
  {
    name: 'edited model whose entry, in a file outside the change, has an empty description: on the model',
    base: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'models/marts/_marts.yml': "version: 2\nmodels:\n  - name: orders\n    description: ''\n" },
    head: { ...project, ...stg, 'models/marts/orders.sql': ordersSql.replace('amount', 'amount, currency'), 'models/marts/_marts.yml': "version: 2\nmodels:\n  - name: orders\n    description: ''\n" },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
    messageIncludes: 'models/marts/_marts.yml',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'added model with a description written as a doc() block',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: orders\n    description: \'{{ doc("orders") }}\'\n' },
    expect: [],
  },
  {
    name: 'added model with no entry at all is DBT-001, not repeated here',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/orders.sql': ordersSql },
    expect: [],
  },
  {
    name: "editing one entry does not report an untouched undocumented entry next to it",
    base: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'models/marts/customers.sql': 'select 1 as customer_id\n', 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: customers\n    description: People.\n  - name: orders\n' },
    head: {
      ...project,
      ...stg,
      'models/marts/orders.sql': ordersSql,
      'models/marts/customers.sql': 'select 1 as customer_id\n',
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: customers\n    description: People who order.\n  - name: orders\n',
    },
    expect: [],
  },
  {
    name: 'description inherited through a YAML anchor merge',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/orders.sql': ordersSql,
      'models/marts/_marts.yml': 'version: 2\nx-doc: &doc\n  description: Shared description.\nmodels:\n  - name: orders\n    <<: *doc\n',
    },
    expect: [],
  },
];
