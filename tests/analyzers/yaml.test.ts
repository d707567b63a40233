import { describe, expect, it } from 'vitest';
import { parseYaml, yamlGet, yamlItems, yamlPlain } from '../../src/analyzers/yaml.js';

describe('parseYaml', () => {
  it('keeps the lines of nodes and keys', () => {
    const parsed = parseYaml('a: 1\nlist:\n  - name: x\n    v: [1, 2]\n  - name: y\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const items = yamlItems(yamlGet(parsed.root, 'list'));
    expect(items.map((item) => [item.line, item.endLine])).toEqual([
      [3, 4],
      [5, 5],
    ]);
    expect(parsed.root?.kind === 'map' && parsed.root.entries.map((e) => [e.key, e.keyLine])).toEqual([
      ['a', 1],
      ['list', 2],
    ]);
  });

  it('resolves anchors and merge keys', () => {
    const parsed = parseYaml('base: &b\n  x: 1\n  y: 2\nthing:\n  <<: *b\n  y: 3\n');
    expect(parsed.ok && yamlPlain(yamlGet(parsed.root, 'thing') ?? { kind: 'scalar', value: null, line: 0, endLine: 0 })).toEqual({ y: 3, x: 1 });
  });

  it('reports errors with a line instead of throwing', () => {
    const parsed = parseYaml('a: 1\nb: [\n');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.line).toBeGreaterThan(0);
    expect(parseYaml('')).toEqual({ ok: true, root: undefined });
  });
});

describe('parseYaml on hostile input (found by fuzzing)', () => {
  it('refuses an alias bomb quickly instead of expanding it', () => {
    const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i <= 8; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const result = parseYaml(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(result).toMatchObject({ ok: false, error: 'YAML aliases expand to more than 100000 nodes (an alias bomb?): the file is not read' });
  });

  it('still expands ordinary anchors and merge keys', () => {
    const result = parseYaml('defaults: &d\n  materialized: table\nmodels:\n  - name: a\n    config: *d\n  - name: b\n    config:\n      <<: *d\n');
    expect(result.ok).toBe(true);
    const plain = result.ok && result.root ? yamlPlain(result.root) : undefined;
    expect(plain).toEqual({ defaults: { materialized: 'table' }, models: [{ name: 'a', config: { materialized: 'table' } }, { name: 'b', config: { materialized: 'table' } }] });
  });
});
