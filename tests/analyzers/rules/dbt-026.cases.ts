import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodels:\n  shop:\n    marts:\n      +materialized: table\n" };
const models = {
  'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n",
  'models/marts/fct_orders.sql': "select * from {{ ref('stg_orders') }}\n",
  'models/marts/orders_prep.sql': "{{ config(materialized='ephemeral') }}\nselect * from {{ ref('stg_orders') }}\n",
  'models/marts/fct_internal.sql': "select * from {{ ref('stg_orders') }}\n",
  'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_internal\n    access: private\n  - name: fct_orders\n    access: public\n',
};
const E = 'models/exposures.yml';
const exposure = (deps: string[]): string => `version: 2\nexposures:\n  - name: revenue\n    type: dashboard\n    owner: {name: BI}\n    depends_on:\n${deps.map((dep) => `      - ${dep}\n`).join('')}`;

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'exposure on a staging view (default materialization)',
    base: { ...project, ...models },
    head: { ...project, ...models, [E]: exposure(["ref('stg_orders')"]) },
    expect: [{ file: E, line: 7 }],
    messageIncludes: 'is a view',
    severity: 'warning',
  },
  {
    name: 'exposure on an ephemeral model and on a source',
    base: { ...project, ...models },
    head: { ...project, ...models, [E]: exposure(["ref('fct_orders')", "ref('orders_prep')", "source('shop', 'orders')"]) },
    expect: [
      { file: E, line: 8 },
      { file: E, line: 9 },
    ],
  },
  {
    name: 'a private model added to an existing exposure',
    base: { ...project, ...models, [E]: exposure(["ref('fct_orders')"]) },
    head: { ...project, ...models, [E]: exposure(["ref('fct_orders')", "ref('fct_internal')"]) },
    expect: [{ file: E, line: 8 }],
    messageIncludes: 'access: private',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'exposure on a public marts table',
    base: { ...project, ...models },
    head: { ...project, ...models, [E]: exposure(["ref('fct_orders')"]) },
    expect: [],
  },
  {
    name: 'near miss: a package-qualified ref and an unknown model are not judged',
    base: { ...project, ...models },
    head: { ...project, ...models, [E]: exposure(["ref('stripe', 'stripe__payments')", "ref('not_there')"]) },
    expect: [],
  },
  {
    name: 'an untouched exposure on a view is not reported when another one is edited',
    base: { ...project, ...models, [E]: exposure(["ref('stg_orders')"]) + "  - name: ops\n    type: notebook\n    owner: {name: Ops}\n    depends_on: [\"ref('fct_orders')\"]\n" },
    head: { ...project, ...models, [E]: exposure(["ref('stg_orders')"]) + "  - name: ops\n    type: notebook\n    owner: {name: Ops Team}\n    depends_on: [\"ref('fct_orders')\"]\n" },
    expect: [],
  },
];
