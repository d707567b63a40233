import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const SRC = 'models/staging/_sources.yml';
const stg = { 'models/staging/stg_orders.sql': "select * from {{ source('shop', 'orders') }}\n" };

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'a second source whose schema points at the same table',
    base: { ...project, ...stg, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n' },
    head: {
      ...project,
      ...stg,
      [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n',
      'models/staging/_more.yml': "version: 2\nsources:\n  - name: shop_raw\n    schema: SHOP\n    tables:\n      - name: orders\n",
    },
    expect: [{ file: 'models/staging/_more.yml', line: 6 }],
    messageIncludes: '`shop.orders`',
  },
  {
    name: 'an identifier that renames a table onto an existing one',
    base: { ...project, ...stg, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n' },
    head: { ...project, ...stg, 'models/staging/stg_o2.sql': "select * from {{ source('shop', 'orders_v2') }}\n", [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n      - name: orders_v2\n        identifier: orders\n' },
    expect: [{ file: SRC, line: 6 }],
  },
  {
    name: 'the same source table declared twice in one file',
    base: { ...project, ...stg },
    head: { ...project, ...stg, [SRC]: 'version: 2\nsources:\n  - name: shop\n    database: raw\n    tables:\n      - name: orders\n  - name: shop_again\n    database: RAW\n    schema: shop\n    tables:\n      - name: orders\n' },
    expect: [
      { file: SRC, line: 6 },
      { file: SRC, line: 11 },
    ],
  },
  {
    name: 'an added source table no model reads: warning',
    base: { ...project, ...stg, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n' },
    head: { ...project, ...stg, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n      - name: refunds\n' },
    expect: [{ file: SRC, line: 6 }],
    severity: 'warning',
    messageIncludes: 'no model or snapshot reads it',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: same table name in another schema',
    base: { ...project, ...stg, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n' },
    head: {
      ...project,
      ...stg,
      'models/staging/stg_crm_orders.sql': "select * from {{ source('crm', 'orders') }}\n",
      [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n  - name: crm\n    tables:\n      - name: orders\n',
    },
    expect: [],
  },
  {
    name: 'near miss: same schema and table in another database',
    base: { ...project, ...stg, [SRC]: 'version: 2\nsources:\n  - name: shop\n    database: raw\n    tables:\n      - name: orders\n' },
    head: {
      ...project,
      ...stg,
      'models/staging/stg_archive.sql': "select * from {{ source('shop_archive', 'orders') }}\n",
      [SRC]: 'version: 2\nsources:\n  - name: shop\n    database: raw\n    tables:\n      - name: orders\n  - name: shop_archive\n    database: archive\n    schema: shop\n    tables:\n      - name: orders\n',
    },
    expect: [],
  },
  {
    name: 'an added source table read by a snapshot',
    base: { ...project, ...stg, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n' },
    head: {
      ...project,
      ...stg,
      'snapshots/customers_snapshot.sql': "{% snapshot customers_snapshot %}\n{{ config(unique_key='id', strategy='check', check_cols='all') }}\nselect * from {{ source('shop', 'customers') }}\n{% endsnapshot %}\n",
      [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n      - name: customers\n',
    },
    expect: [],
  },
  {
    name: 'an added source table used by an exposure',
    base: { ...project, ...stg, [SRC]: 'version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n' },
    head: {
      ...project,
      ...stg,
      [SRC]: "version: 2\nsources:\n  - name: shop\n    tables:\n      - name: orders\n      - name: events\nexposures:\n  - name: raw_events_export\n    type: application\n    owner: {name: Data}\n    depends_on:\n      - source('shop', 'events')\n",
    },
    expect: [],
  },
];
