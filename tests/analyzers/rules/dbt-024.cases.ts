import type { RuleCase } from './case.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const S = 'snapshots/orders_snapshot.sql';
const snapshot = (config: string): string => `{% snapshot orders_snapshot %}\n{{ config(${config}) }}\nselect * from {{ source('shop', 'orders') }}\n{% endsnapshot %}\n`;

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'timestamp strategy without updated_at: on the config() line',
    head: { ...project, [S]: snapshot("target_schema='snapshots', unique_key='id', strategy='timestamp'") },
    expect: [{ file: S, line: 2 }],
    messageIncludes: '`updated_at`',
  },
  {
    name: 'check strategy without check_cols and no unique_key',
    head: { ...project, [S]: snapshot("target_schema='snapshots', strategy='check'") },
    expect: [{ file: S, line: 2 }],
    messageIncludes: 'no `unique_key`',
  },
  {
    name: 'no strategy anywhere',
    head: { ...project, [S]: snapshot("target_schema='snapshots', unique_key='id'") },
    expect: [{ file: S, line: 2 }],
    messageIncludes: 'no `strategy`',
  },
  {
    name: 'YAML snapshot (dbt 1.9+) with the timestamp strategy and no updated_at',
    head: {
      ...project,
      'snapshots/_snapshots.yml': "version: 2\nsnapshots:\n  - name: customers_snapshot\n    relation: source('shop', 'customers')\n    config:\n      unique_key: id\n      strategy: timestamp\n",
    },
    expect: [{ file: 'snapshots/_snapshots.yml', line: 3 }],
  },
  {
    name: 'the change deletes the updated_at line of a multi-line config (no line added)',
    base: { ...project, [S]: "{% snapshot orders_snapshot %}\n{{ config(\n  unique_key='id',\n  strategy='timestamp',\n  updated_at='updated_at',\n) }}\nselect * from {{ source('shop', 'orders') }}\n{% endsnapshot %}\n" },
    head: { ...project, [S]: "{% snapshot orders_snapshot %}\n{{ config(\n  unique_key='id',\n  strategy='timestamp',\n) }}\nselect * from {{ source('shop', 'orders') }}\n{% endsnapshot %}\n" },
    expect: [{ file: S, line: 2 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'valid timestamp snapshot',
    head: { ...project, [S]: snapshot("target_schema='snapshots', unique_key='id', strategy='timestamp', updated_at='updated_at'") },
    expect: [],
  },
  {
    name: "check strategy with check_cols='all'",
    head: { ...project, [S]: snapshot("unique_key='id', strategy='check', check_cols='all'") },
    expect: [],
  },
  {
    name: 'strategy and updated_at from dbt_project.yml snapshots folder config, unique_key in the properties entry',
    head: {
      'dbt_project.yml': "name: shop\nversion: '1.0'\nsnapshots:\n  shop:\n    +strategy: timestamp\n    +updated_at: _loaded_at\n",
      'snapshots/_snapshots.yml': 'version: 2\nsnapshots:\n  - name: orders_snapshot\n    config:\n      unique_key: id\n',
      [S]: snapshot("target_schema='snapshots'"),
    },
    expect: [],
  },
  {
    name: 'an untouched invalid YAML snapshot is not reported when a sibling changes',
    base: {
      ...project,
      'snapshots/_snapshots.yml': "version: 2\nsnapshots:\n  - name: a_snapshot\n    relation: ref('a')\n    config: {unique_key: id, strategy: timestamp}\n  - name: b_snapshot\n    relation: ref('b')\n    config: {unique_key: id, strategy: check, check_cols: all}\n",
    },
    head: {
      ...project,
      'snapshots/_snapshots.yml': "version: 2\nsnapshots:\n  - name: a_snapshot\n    relation: ref('a')\n    config: {unique_key: id, strategy: timestamp}\n  - name: b_snapshot\n    relation: ref('b')\n    config: {unique_key: id, strategy: check, check_cols: [status]}\n",
    },
    expect: [],
  },
];
