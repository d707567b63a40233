import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const stg = {
  'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n",
  'models/staging/stg_customers.sql': "select * from {{ source('shop', 'customers') }}\n",
};

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'marts model reading a source directly',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/marts/fct_orders.sql': "select o.*, p.amount\nfrom {{ ref('stg_orders') }} o\njoin {{ source('stripe', 'payments') }} p using (order_id)\n" },
    expect: [{ file: 'models/marts/fct_orders.sql', line: 3 }],
    messageIncludes: "source('stripe', 'payments')",
    severity: 'warning',
  },
  {
    name: 'intermediate model (by name prefix, outside a layer folder) reading a source',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/finance/int_payments_pivoted.sql': "select *\nfrom {{ source('stripe', 'payments') }}\n" },
    expect: [{ file: 'models/finance/int_payments_pivoted.sql', line: 2 }],
  },
  {
    name: 'staging model that refs another staging model',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/staging/stg_orders.sql': "select o.*, c.region\nfrom {{ source('shop', 'orders') }} o\njoin {{ ref('stg_customers') }} c using (customer_id)\n" },
    expect: [{ file: 'models/staging/stg_orders.sql', line: 3 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'staging reads its source, marts reads staging',
    base: { ...project },
    head: { ...project, ...stg, 'models/marts/fct_orders.sql': "select *\nfrom {{ ref('stg_orders') }}\njoin {{ ref('stg_customers') }} using (customer_id)\n" },
    expect: [],
  },
  {
    name: 'near miss: a staging model that refs a seed-like base model outside staging',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/base/country_map.sql': 'select 1 as id\n', 'models/staging/stg_orders.sql': "select *\nfrom {{ source('shop', 'orders') }}\njoin {{ ref('country_map') }} using (id)\n" },
    expect: [],
  },
  {
    name: 'a pre-existing source() in a marts model on an untouched line',
    base: { ...project, ...stg, 'models/marts/fct_orders.sql': "select *\nfrom {{ source('shop', 'orders') }}\n" },
    head: { ...project, ...stg, 'models/marts/fct_orders.sql': "select *, 1 as one\nfrom {{ source('shop', 'orders') }}\n" },
    expect: [],
  },
  {
    name: 'package-qualified ref from staging is not judged',
    base: { ...project, ...stg },
    head: { ...project, ...stg, 'models/staging/stg_payments.sql': "select *\nfrom {{ ref('stripe', 'stg_stripe__payments') }}\n" },
    expect: [],
  },
];
