// The index fields the dbt rules read: constraints, other entry keys, source and table keys,
// exposures, and the snapshots/sources trees of dbt_project.yml.
import { expect, it } from 'vitest';
import { buildDbtIndex } from '../../../src/analyzers/dbt/project.js';
import { memoryReader } from '../support/change.js';

const TREE = {
  'dbt_project.yml': "name: shop\nsnapshots:\n  shop:\n    +strategy: timestamp\nsources:\n  shop:\n    +enabled: true\n",
  'models/_models.yml': [
    'version: 2', // 1
    'models:', // 2
    '  - name: orders', // 3
    '    access: public', // 4
    '    constraints:', // 5
    '      - type: primary_key', // 6
    '        columns: [order_id]', // 7
    '    columns:', // 8
    '      - name: order_id', // 9
    '        constraints:', // 10
    '          - type: not_null', // 11
    'sources:', // 12
    '  - name: raw', // 13
    '    schema: landing', // 14
    '    freshness: {warn_after: {count: 1, period: day}}', // 15
    '    tables:', // 16
    '      - name: orders', // 17
    '        identifier: orders_v2', // 18
    'exposures:', // 19
    '  - name: revenue_dashboard', // 20
    '    depends_on:', // 21
    "      - ref('orders')", // 22
    '',
  ].join('\n'),
};

it('reads constraints, other entry keys, source keys, exposures and project trees', async () => {
  const index = await buildDbtIndex(memoryReader({}, TREE), 'head');
  const entry = index.properties('model', 'orders');
  expect(entry?.constraints).toEqual([{ type: 'primary_key', columns: ['order_id'], line: 6 }]);
  expect(entry?.columns[0]?.constraints).toEqual([{ type: 'not_null', columns: [], line: 11 }]);
  expect(entry?.keys['access']).toEqual({ value: { kind: 'string', value: 'public' }, layer: 'properties', file: 'models/_models.yml', line: 4 });
  expect(Object.keys(entry?.keys ?? {})).toEqual(['access']);

  const table = index.sourceTables[0];
  expect(table).toMatchObject({ source: 'raw', table: 'orders', sourceLine: 13, sourceEndLine: 18, line: 17 });
  expect(Object.keys(table?.sourceKeys ?? {})).toEqual(['schema', 'freshness']);
  expect(table?.sourceKeys['freshness']?.line).toBe(15);
  expect(table?.tableKeys['identifier']?.value).toEqual({ kind: 'string', value: 'orders_v2' });

  expect(index.exposures).toEqual([{ name: 'revenue_dashboard', file: 'models/_models.yml', line: 20, endLine: 22, dependsOn: [{ text: "ref('orders')", line: 22 }], project: index.projects[0] }]);
  expect(index.projects[0]?.snapshotsConfig?.kind).toBe('map');
  expect(index.projects[0]?.sourcesConfig?.kind).toBe('map');
});
