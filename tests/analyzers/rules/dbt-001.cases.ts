import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    +materialized: view\n" };
const stg = { 'models/staging/stg_orders.sql': "select id as order_id from {{ source('shop', 'orders') }}\n" };
const ordersSql = "select order_id, amount\nfrom {{ ref('stg_orders') }}\n";

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added model that no properties file lists',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/orders.sql': ordersSql },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
    messageIncludes: '`orders`',
  },
  {
    name: 'edited model that still has no properties entry',
    base: { ...project, ...stg, 'models/marts/orders.sql': ordersSql },
    head: { ...project, ...stg, 'models/marts/orders.sql': ordersSql.replace('amount', 'amount, currency') },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
  },
  {
    name: 'near miss: an entry of the same name in another dbt project of the repository does not document it',
    base: { ...project, ...stg, 'other/dbt_project.yml': 'name: other\n', 'other/models/schema.yml': 'version: 2\nmodels:\n  - name: orders\n    description: Other orders.\n' },
    head: {
      ...project,
      ...stg,
      'other/dbt_project.yml': 'name: other\n',
      'other/models/schema.yml': 'version: 2\nmodels:\n  - name: orders\n    description: Other orders.\n',
      'models/marts/orders.sql': ordersSql,
    },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
  },
  {
    name: 'near miss: a source table and a seed named like the model are not model properties',
    base: { ...project, ...stg, 'models/staging/_sources.yml': 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\nseeds:\n  - name: orders\n' },
    head: {
      ...project,
      ...stg,
      'models/staging/_sources.yml': 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\nseeds:\n  - name: orders\n',
      'models/marts/orders.sql': ordersSql,
    },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
  },
  {
    name: 'added next to an existing properties file: the message points at that file',
    base: { ...project, ...stg, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: customers\n', 'models/marts/customers.sql': 'select 1 as id\n' },
    head: { ...project, ...stg, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: customers\n', 'models/marts/customers.sql': 'select 1 as id\n', 'models/marts/orders.sql': ordersSql },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
    messageIncludes: '`models/marts/_marts.yml`',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'properties in a YAML file elsewhere in the project count',
    base: { ...project, ...stg, 'models/docs/everything.yml': 'version: 2\nmodels:\n  - name: orders\n    description: Orders.\n' },
    head: { ...project, ...stg, 'models/docs/everything.yml': 'version: 2\nmodels:\n  - name: orders\n    description: Orders.\n', 'models/marts/orders.sql': ordersSql },
    expect: [],
  },
  {
    name: 'a version file of a versioned model is covered by the base entry',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/dim_customers_v2.sql': 'select 1 as customer_id\n',
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    latest_version: 2\n    versions:\n      - v: 2\n',
    },
    expect: [],
  },
  {
    name: 'a model disabled by folder config in dbt_project.yml',
    base: { ...project, ...stg },
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nmodels:\n  shop:\n    legacy:\n      +enabled: false\n",
      ...stg,
      'models/legacy/old_orders.sql': ordersSql,
    },
    expect: [],
  },
  {
    name: 'an untouched model without properties is not reported when another model changes',
    base: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: customers\n' },
    head: { ...project, ...stg, 'models/marts/orders.sql': ordersSql, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: customers\n', 'models/marts/customers.sql': 'select 1 as customer_id\n' },
    expect: [],
  },
  {
    name: 'an entry written with a YAML anchor and merge key counts',
    base: { ...project, ...stg },
    head: {
      ...project,
      ...stg,
      'models/marts/orders.sql': ordersSql,
      'models/marts/_marts.yml': 'version: 2\nx-defaults: &defaults\n  config:\n    tags: [finance]\nmodels:\n  - name: orders\n    <<: *defaults\n',
    },
    expect: [],
  },
];
