import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const body = "select * from {{ ref('x') }}\n";

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'staging model without stg_',
    head: { ...project, 'models/staging/shop/shop_orders.sql': "select * from {{ source('shop', 'orders') }}\n" },
    expect: [{ file: 'models/staging/shop/shop_orders.sql', line: 1 }],
    messageIncludes: '`stg_`',
  },
  {
    name: 'a stg_ model in the marts folder',
    head: { ...project, 'models/marts/stg_orders.sql': body },
    expect: [{ file: 'models/marts/stg_orders.sql', line: 1 }],
    messageIncludes: 'staging prefix',
  },
  {
    name: 'intermediate model without int_',
    head: { ...project, 'models/intermediate/orders_joined.sql': body },
    expect: [{ file: 'models/intermediate/orders_joined.sql', line: 1 }],
  },
  {
    name: 'a renamed marts model without a marts prefix',
    base: { ...project, 'models/marts/fct_orders.sql': body },
    head: { ...project, 'models/marts/orders.sql': body },
    renames: { 'models/marts/orders.sql': 'models/marts/fct_orders.sql' },
    expect: [{ file: 'models/marts/orders.sql', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'names that follow their folders',
    head: {
      ...project,
      'models/staging/stg_shop__orders.sql': body,
      'models/staging/base/base_shop__orders.sql': body,
      'models/intermediate/int_orders_pivoted.sql': body,
      'models/marts/finance/fct_orders.sql': body,
      'models/marts/dim_customers.sql': body,
    },
    expect: [],
  },
  {
    name: 'near miss: a model outside any layer folder is not judged',
    head: { ...project, 'models/utils/all_days.sql': body },
    expect: [],
  },
  {
    name: 'an existing misnamed model edited is not a new object',
    base: { ...project, 'models/staging/orders.sql': body },
    head: { ...project, 'models/staging/orders.sql': "select id from {{ ref('x') }}\n" },
    expect: [],
  },
];
