import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const sources = { 'models/staging/_sources.yml': 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n      - name: customers\n' };
const stg = { 'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n" };
const M = 'models/marts/fct_orders.sql';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'ref to a model name that does not exist (typo)',
    base: { ...project, ...sources, ...stg },
    head: { ...project, ...sources, ...stg, [M]: "select *\nfrom {{ ref('stg_order') }}\n" },
    expect: [{ file: M, line: 2 }],
    messageIncludes: "ref('stg_order')",
  },
  {
    name: 'source table not declared under an existing source',
    base: { ...project, ...sources, ...stg },
    head: { ...project, ...sources, ...stg, 'models/staging/stg_refunds.sql': "select *\nfrom {{ source('shop', 'refunds') }}\n" },
    expect: [{ file: 'models/staging/stg_refunds.sql', line: 2 }],
    messageIncludes: 'has no table `refunds`',
  },
  {
    name: 'only macro packages declared (dbt_utils): an unknown ref is still an error',
    base: { ...project, ...sources, ...stg, 'packages.yml': 'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n' },
    head: { ...project, ...sources, ...stg, 'packages.yml': 'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n', [M]: "select *\nfrom {{ ref('orders_enriched') }}\n" },
    expect: [{ file: M, line: 2 }],
  },
  {
    name: 'a package that may define models is declared: the unknown ref is a warning naming it',
    base: { ...project, ...sources, ...stg, 'packages.yml': 'packages:\n  - package: fivetran/stripe\n    version: [">=0.13.0"]\n' },
    head: { ...project, ...sources, ...stg, 'packages.yml': 'packages:\n  - package: fivetran/stripe\n    version: [">=0.13.0"]\n', [M]: "select *\nfrom {{ ref('stripe__payments') }}\n" },
    expect: [{ file: M, line: 2 }],
    severity: 'warning',
    messageIncludes: '`stripe`',
  },
  {
    name: 'singular test that refs a model that does not exist',
    base: { ...project, ...sources, ...stg },
    head: { ...project, ...sources, ...stg, 'tests/assert_no_negative.sql': "select * from {{ ref('fct_order') }} where amount < 0\n" },
    expect: [{ file: 'tests/assert_no_negative.sql', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'package-qualified refs are not judged',
    base: { ...project, ...sources, ...stg },
    head: { ...project, ...sources, ...stg, [M]: "select *\nfrom {{ ref('stripe', 'stripe__payments') }}\n" },
    expect: [],
  },
  {
    name: 'refs to a seed, a snapshot block (named unlike its file) and a versioned model',
    base: { ...project, ...sources, ...stg },
    head: {
      ...project,
      ...sources,
      ...stg,
      'seeds/country_codes.csv': 'code,name\nFR,France\n',
      'snapshots/orders.sql': "{% snapshot orders_history %}\n{{ config(unique_key='id', strategy='check', check_cols='all') }}\nselect * from {{ source('shop', 'orders') }}\n{% endsnapshot %}\n",
      'models/marts/dim_customers_v2.sql': "select * from {{ source('shop', 'customers') }}\n",
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: dim_customers\n    latest_version: 2\n    versions:\n      - v: 2\n',
      [M]: "select *\nfrom {{ ref('orders_history') }} h\njoin {{ ref('country_codes') }} c on c.code = h.country\njoin {{ ref('dim_customers', v=2) }} d on d.id = h.customer_id\n",
    },
    expect: [],
  },
  {
    name: 'ref to a YAML-defined snapshot (dbt 1.9+)',
    base: { ...project, ...sources, ...stg },
    head: {
      ...project,
      ...sources,
      ...stg,
      'snapshots/_snapshots.yml': "version: 2\nsnapshots:\n  - name: customers_snapshot\n    relation: source('shop', 'customers')\n    config:\n      unique_key: id\n      strategy: timestamp\n      updated_at: updated_at\n",
      [M]: "select *\nfrom {{ ref('customers_snapshot') }}\n",
    },
    expect: [],
  },
  {
    name: 'near miss: a properties file that does not parse may declare the source, so nothing is claimed',
    base: { ...project, ...sources, ...stg },
    head: { ...project, ...sources, ...stg, 'models/staging/_more_sources.yml': 'version: 2\nsources:\n  - name: shop\n    tables: [\n', 'models/staging/stg_refunds.sql': "select *\nfrom {{ source('shop', 'refunds') }}\n" },
    expect: [],
  },
  {
    name: 'a broken ref on a line the change did not touch is not reported',
    base: { ...project, ...sources, ...stg, [M]: "select id\nfrom {{ ref('gone') }}\n" },
    head: { ...project, ...sources, ...stg, [M]: "select id, amount\nfrom {{ ref('gone') }}\n" },
    expect: [],
  },
];
