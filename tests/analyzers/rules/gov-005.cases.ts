import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const model = { 'models/marts/fct_orders.sql': "select order_id, amount from {{ ref('stg_orders') }}\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'added model entry without an owner',
    base: { ...project, ...model },
    head: { ...project, ...model, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_orders\n    description: One row per order.\n' },
    expect: [{ file: 'models/marts/_marts.yml', line: 3 }],
    messageIncludes: '`owner`',
  },
  {
    name: 'added model file with no properties and no meta: reported on line 1',
    base: project,
    head: { ...project, ...model },
    expect: [{ file: 'models/marts/fct_orders.sql', line: 1 }],
  },
  {
    name: 'source table added to a source without owner',
    base: { ...project, 'models/staging/_sources.yml': 'version: 2\nsources:\n  - name: app\n    tables:\n      - name: orders\n' },
    head: { ...project, 'models/staging/_sources.yml': 'version: 2\nsources:\n  - name: app\n    tables:\n      - name: orders\n      - name: customers\n' },
    expect: [{ file: 'models/staging/_sources.yml', line: 6 }],
    messageIncludes: 'Source table `app.customers`',
  },
  {
    name: 'exposure added without an owner block',
    base: project,
    head: {
      ...project,
      'models/exposures.yml': "version: 2\nexposures:\n  - name: revenue_dashboard\n    type: dashboard\n    depends_on:\n      - ref('fct_orders')\n",
    },
    expect: [{ file: 'models/exposures.yml', line: 3 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'owner in config.meta, in top-level meta, in config(meta=...), and through a group',
    base: project,
    head: {
      ...project,
      ...model,
      'models/marts/dim_dates.sql': "{{ config(meta={'owner': 'finance'}) }}\nselect 1 as d\n",
      'models/marts/_marts.yml': [
        'version: 2',
        'models:',
        '  - name: fct_orders',
        '    config:',
        '      meta:',
        '        owner: data-platform@example.com',
        '  - name: dim_customers',
        '    meta:',
        '      owner: crm-team',
        '  - name: dim_products',
        '    config:',
        '      group: catalog',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'source tables inherit the source meta; exposure with an owner block',
    base: project,
    head: {
      ...project,
      'models/staging/_sources.yml': 'version: 2\nsources:\n  - name: app\n    meta:\n      owner: app-team\n    tables:\n      - name: orders\n      - name: customers\n',
      'models/exposures.yml': "version: 2\nexposures:\n  - name: revenue_dashboard\n    type: dashboard\n    owner:\n      name: Finance\n      email: finance@example.com\n",
    },
    expect: [],
  },
  {
    name: 'owner set for the whole folder with +meta in dbt_project.yml',
    base: { 'dbt_project.yml': "name: shop\nmodels:\n  shop:\n    marts:\n      +meta:\n        owner: analytics\n" },
    head: { 'dbt_project.yml': "name: shop\nmodels:\n  shop:\n    marts:\n      +meta:\n        owner: analytics\n", ...model },
    expect: [],
  },
  {
    name: 'near miss: an existing entry without owner that the change does not touch',
    base: { ...project, ...model, 'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_orders\n    description: Orders.\n  - name: dim_x\n    description: X.\n' },
    head: {
      ...project,
      ...model,
      'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_orders\n    description: Orders.\n  - name: dim_x\n    description: X.\n    config:\n      meta: {owner: x-team}\n',
    },
    expect: [],
  },
];
