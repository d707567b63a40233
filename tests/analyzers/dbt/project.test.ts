import { describe, expect, it } from 'vitest';
import { buildDbtIndex } from '../../../src/analyzers/dbt/project.js';
import type { ContentReader } from '../../../src/model.js';
import { memoryReader } from '../support/change.js';
import type { Tree } from '../support/change.js';

const PROJECT = [
  'name: shop', // 1
  "version: '1.0'", // 2
  'profile: shop', // 3
  'models:', // 4
  '  +persist_docs: {relation: true}', // 5
  '  shop:', // 6
  '    +materialized: view', // 7
  '    staging:', // 8
  '      +schema: staging', // 9
  '    marts:', // 10
  '      +materialized: table', // 11
  '      +meta: {owner: finance}', // 12
  '      finance:', // 13
  '        materialized: incremental', // 14
  '        revenue:', // 15
  '          +materialized: ephemeral', // 16
  '  other_package:', // 17
  '    +materialized: table', // 18
  '',
].join('\n');

const TREE: Tree = {
  'dbt_project.yml': PROJECT,
  'models/staging/stg_orders.sql': "select * from {{ source('raw', 'orders') }}\n",
  'models/marts/orders.sql': 'select 1 as order_id\n',
  'models/marts/finance/invoices.sql': "{{ config(materialized='table', tags=['x']) }}\nselect 1 as invoice_id\n",
  'models/marts/finance/revenue.sql': 'select 1 as day\n',
  'models/marts/finance/payments.sql': 'select 1 as payment_id\n',
  'models/marts/_marts.yml': [
    'version: 2', // 1
    'models:', // 2
    '  - name: orders', // 3
    '    description: One row per order.', // 4
    '    config:', // 5
    '      materialized: incremental', // 6
    '    data_tests:', // 7
    '      - dbt_utils.unique_combination_of_columns:', // 8
    '          combination_of_columns: [order_id]', // 9
    '    columns:', // 10
    '      - name: order_id', // 11
    '        tests:', // 12
    '          - unique', // 13
    '          - name: order_id_not_null', // 14
    '            test_name: not_null', // 15
    '  - name: payments', // 16
    '    config:', // 17
    '      materialized: view', // 18
    'sources:', // 19
    '  - name: raw', // 20
    '    tables:', // 21
    '      - name: orders', // 22
    '        data_tests: [{dbt_utils.recency: {datepart: day}}]', // 23
    '',
  ].join('\n'),
  'models/broken.yml': 'models:\n  - name: x\n    columns: [\n',
  'tests/assert_orders_positive.sql': "select * from {{ ref('orders') }} where order_id < 0\n",
  'macros/cents.sql': '{% macro cents(x) %}{{ x }}/100{% endmacro %}\n',
  'dbt_packages/dbt_utils/dbt_project.yml': 'name: dbt_utils\n',
  'dbt_packages/dbt_utils/models/x.sql': 'select 1\n',
  'profiles.yml': 'shop:\n  target: dev\n',
};

async function index(tree: Tree = TREE) {
  return buildDbtIndex(memoryReader({}, tree), 'head');
}

describe('buildDbtIndex', () => {
  it('finds the project and its model files, ignoring installed packages', async () => {
    const dbt = await index();
    expect(dbt.projects.map((p) => [p.name, p.root, p.modelPaths])).toEqual([['shop', '', ['models']]]);
    expect(dbt.models.map((m) => m.path).sort()).toEqual([
      'models/marts/finance/invoices.sql',
      'models/marts/finance/payments.sql',
      'models/marts/finance/revenue.sql',
      'models/marts/orders.sql',
      'models/staging/stg_orders.sql',
    ]);
    expect(dbt.model('models/marts/finance/revenue.sql')?.fqn).toEqual(['shop', 'marts', 'finance', 'revenue']);
  });

  it('classifies files the way dbt reads them', async () => {
    const dbt = await index();
    expect(dbt.fileKind('models/marts/orders.sql')).toBe('model');
    expect(dbt.fileKind('models/marts/_marts.yml')).toBe('properties');
    expect(dbt.fileKind('tests/assert_orders_positive.sql')).toBe('test');
    expect(dbt.fileKind('macros/cents.sql')).toBe('macro');
    expect(dbt.fileKind('dbt_project.yml')).toBe('project');
    expect(dbt.fileKind('profiles.yml')).toBe('other');
    expect(dbt.fileKind('dbt_packages/dbt_utils/models/x.sql')).toBe('other');
    expect(dbt.fileKind('README.md')).toBe('other');
  });

  it('resolves folder-level +materialized per model path, with the line that sets it', async () => {
    const dbt = await index();
    const materialized = (path: string) => {
      const value = dbt.mergeModelConfig(path, [])['materialized'];
      return value && { value: value.value, layer: value.layer, line: value.line };
    };
    expect(materialized('models/staging/stg_orders.sql')).toEqual({ value: { kind: 'string', value: 'view' }, layer: 'project', line: 7 });
    // A key without `+` and a scalar value is a config (line 14); a mapping without `+` is a folder.
    expect(materialized('models/marts/finance/payments.sql')).toEqual({ value: { kind: 'string', value: 'view' }, layer: 'properties', line: 18 });
    expect(materialized('models/marts/finance/invoices.sql')).toEqual({ value: { kind: 'string', value: 'incremental' }, layer: 'project', line: 14 });
    // The fqn's last part is the model name: a model can be configured by name.
    expect(materialized('models/marts/finance/revenue.sql')).toEqual({ value: { kind: 'string', value: 'ephemeral' }, layer: 'project', line: 16 });
    const staging = dbt.mergeModelConfig('models/staging/stg_orders.sql', []);
    expect(staging['schema']?.value).toEqual({ kind: 'string', value: 'staging' });
    expect(staging['persist_docs']?.value).toEqual({ kind: 'dict', entries: { relation: { kind: 'boolean', value: true } } });
    expect(dbt.mergeModelConfig('models/marts/orders.sql', [])['meta']?.value).toEqual({ kind: 'dict', entries: { owner: { kind: 'string', value: 'finance' } } });
  });

  it('applies precedence: in-file config() over properties config over dbt_project.yml', async () => {
    const dbt = await index();
    // properties (incremental) beats the marts folder (table)
    expect(dbt.mergeModelConfig('models/marts/orders.sql', [])['materialized']).toMatchObject({ layer: 'properties', file: 'models/marts/_marts.yml', line: 6 });
    // in-file beats properties
    const inFile = dbt.mergeModelConfig('models/marts/orders.sql', [{ args: { materialized: { kind: 'string', value: 'table' } }, line: 1, raw: '' }]);
    expect(inFile['materialized']).toMatchObject({ value: { kind: 'string', value: 'table' }, layer: 'in-file', line: 1 });
    // resolveModelConfig reads the model's own config() (invoices sets table in-file)
    const resolved = await dbt.resolveModelConfig('models/marts/finance/invoices.sql');
    expect(resolved['materialized']).toMatchObject({ value: { kind: 'string', value: 'table' }, layer: 'in-file', file: 'models/marts/finance/invoices.sql', line: 1 });
    expect(resolved['tags']?.value).toEqual({ kind: 'list', items: [{ kind: 'string', value: 'x' }] });
  });

  it('reads properties entries with model- and column-level tests under both keys', async () => {
    const dbt = await index();
    const orders = dbt.properties('model', 'orders');
    expect(orders).toMatchObject({ name: 'orders', file: 'models/marts/_marts.yml', line: 3, description: 'One row per order.' });
    expect(orders?.tests).toEqual([{ name: 'dbt_utils.unique_combination_of_columns', line: 8 }]);
    expect(orders?.columns[0]?.tests).toEqual([
      { name: 'unique', line: 13, column: 'order_id' },
      { name: 'not_null', line: 14, column: 'order_id' },
    ]);
    expect(dbt.properties('model', 'payments')?.tests).toEqual([]);
    expect(dbt.propertiesInFile('models/marts/_marts.yml').map((e) => e.name)).toEqual(['orders', 'payments']);
    expect(dbt.sourceTables).toEqual([
      {
        source: 'raw',
        table: 'orders',
        file: 'models/marts/_marts.yml',
        line: 22,
        endLine: 23,
        tests: [{ name: 'dbt_utils.recency', line: 23 }],
        columns: [],
        sourceLine: 20,
        sourceEndLine: 23,
        sourceKeys: {},
        tableKeys: {},
      },
    ]);
  });

  it('indexes singular tests by the models they ref', async () => {
    const dbt = await index();
    expect(dbt.singularTestsReferencing('orders').map((t) => t.path)).toEqual(['tests/assert_orders_positive.sql']);
    expect(dbt.singularTestsReferencing('payments')).toEqual([]);
  });

  it('turns broken YAML into a problem string with its line, and keeps indexing the rest', async () => {
    const dbt = await index();
    expect(dbt.problems).toHaveLength(1);
    expect(dbt.problems[0]).toMatch(/^models\/broken\.yml line \d+: YAML error/);
    expect(dbt.properties('model', 'orders')).toBeDefined();
  });

  it('handles custom model paths and a project in a sub-folder', async () => {
    const dbt = await index({
      'analytics/dbt_project.yml': "name: analytics\nmodel-paths: ['transform']\nmodels:\n  analytics:\n    core:\n      +materialized: table\n",
      'analytics/transform/core/dim_users.sql': 'select 1\n',
      'analytics/models/not_a_model.sql': 'select 1\n',
    });
    expect(dbt.models.map((m) => m.path)).toEqual(['analytics/transform/core/dim_users.sql']);
    expect(dbt.model('analytics/transform/core/dim_users.sql')?.fqn).toEqual(['analytics', 'core', 'dim_users']);
    expect(dbt.mergeModelConfig('analytics/transform/core/dim_users.sql', [])['materialized']?.value).toEqual({ kind: 'string', value: 'table' });
  });

  it('treats Jinja in YAML config values as an expression, not a literal', async () => {
    const dbt = await index({
      'dbt_project.yml': "name: p\nmodels:\n  p:\n    +materialized: \"{{ 'table' if target.name == 'prod' else 'view' }}\"\n",
      'models/a.sql': 'select 1\n',
    });
    expect(dbt.mergeModelConfig('models/a.sql', [])['materialized']?.value.kind).toBe('expr');
  });

  it('reads each model file at most once for resolveModelConfig', async () => {
    const reader = memoryReader({}, TREE);
    const dbt = await buildDbtIndex(reader, 'head');
    await dbt.resolveModelConfig('models/marts/orders.sql');
    await dbt.resolveModelConfig('models/marts/orders.sql');
    expect(reader.reads.filter((r) => r === 'head:models/marts/orders.sql')).toHaveLength(1);
  });

  it('reads less at shallower depths', async () => {
    const reader = memoryReader({}, TREE);
    const projects = await buildDbtIndex(reader, 'head', { depth: 'projects' });
    expect(reader.reads).toEqual(['head:dbt_project.yml']);
    expect(projects.fileKind('models/marts/orders.sql')).toBe('model');
    const configsReader = memoryReader({}, TREE);
    const configs = await buildDbtIndex(configsReader, 'head', { depth: 'configs' });
    expect(configsReader.reads.some((r) => r.startsWith('head:tests/'))).toBe(false);
    expect(configs.properties('model', 'orders')).toBeDefined();
    // A configs index resolves configs like a full one, without the entries' columns and tests.
    const full = await buildDbtIndex(memoryReader({}, TREE), 'head');
    expect(configs.mergeModelConfig('models/marts/orders.sql', [])).toEqual(full.mergeModelConfig('models/marts/orders.sql', []));
    expect(full.properties('model', 'orders')).toMatchObject({ description: 'One row per order.' });
    expect(full.properties('model', 'orders')?.columns.length).toBeGreaterThan(0);
    expect(configs.properties('model', 'orders')).toMatchObject({ name: 'orders', file: 'models/marts/_marts.yml', line: 3, columns: [], tests: [], constraints: [] });
    expect(configs.properties('model', 'orders')?.description).toBeUndefined();
    expect(configs.details).toBe(false);
  });

  it('never throws when the file list or files cannot be read', async () => {
    const failing: ContentReader = {
      read: async () => {
        throw new Error('boom');
      },
      listFiles: async () => {
        throw new Error('no tree');
      },
    };
    const empty = await buildDbtIndex(failing, 'base');
    expect(empty.problems[0]).toContain('no tree');
    const unreadable = await buildDbtIndex({ ...failing, listFiles: async () => ['dbt_project.yml', 'models/a.yml', 'models/a.sql'] }, 'head');
    expect(unreadable.problems.some((p) => p.includes('models/a.yml') && p.includes('boom'))).toBe(true);
    expect(unreadable.models.map((m) => m.path)).toEqual(['models/a.sql']);
    expect(await unreadable.resolveModelConfig('models/a.sql')).toEqual({});
  });
});
