// Fuzzing YAML reading (src/analyzers/yaml.ts) and the dbt properties / project files through
// the engine: anchors and aliases, alias bombs, merge keys, duplicate keys, tabs, deep nesting,
// non-map roots and random damage end in a tree or a clear error, never an exception or a hang.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/analyzers/yaml.js';
import type { YamlNode } from '../../src/analyzers/yaml.js';
import { SuiteTally } from './counts.js';
import { analyse, expectSound } from './engine-support.js';
import { fuzzParams, mutated, tokenSoup } from './support.js';

const tally = new SuiteTally('yaml');
afterAll(() => tally.flush());

const YAML_WORDS = [
  'version: 2',
  'models:',
  '  - name: orders',
  '    description: "x"',
  '    columns:',
  '      - name: id',
  '        tests: [unique, not_null]',
  '        data_tests:',
  '    config:',
  '      materialized: incremental',
  '      meta: {owner: a}',
  'sources:',
  '&a',
  '*a',
  '&b',
  '*b',
  '<<: *a',
  '<<: [*a, *b]',
  '- ',
  ': ',
  '? ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '|',
  '>-',
  '"',
  "'",
  '#',
  '---',
  '...',
  '!!binary',
  '!custom',
  '%YAML 1.1',
  '\t',
  '  ',
  '\n',
  'key: value',
  'key: value',
  'null',
  '~',
  'yes',
  '0x1F',
  '.inf',
];

const SEEDS = [
  [
    'version: 2',
    'x-defaults: &defaults',
    '  materialized: table',
    '  tags: [nightly]',
    'models:',
    '  - name: orders',
    '    description: Orders, one row per order.',
    '    config:',
    '      <<: *defaults',
    '      contract: {enforced: true}',
    '    columns:',
    '      - name: order_id',
    '        data_tests: [unique, not_null]',
    '      - name: email',
    '        meta: {pii: true}',
    '',
  ].join('\n'),
  "name: shop\nversion: '1.0'\nprofile: shop\nmodel-paths: [models]\nmodels:\n  shop:\n    +materialized: view\n    marts:\n      +materialized: table\n",
  'sources:\n  - name: raw\n    tables:\n      - name: orders\n        loaded_at_field: _loaded\n        freshness: {warn_after: {count: 12, period: hour}}\n',
];

/** An alias bomb of `levels` levels of `width` aliases each. */
function bomb(levels: number, width: number): string {
  const lines = [`a0: &a0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

const hostile = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 2, max: 12 })).map(([levels, width]) => bomb(levels, width)),
  fc.integer({ min: 1, max: 4000 }).map((depth) => `${'['.repeat(depth)}1${']'.repeat(depth)}`),
  fc.integer({ min: 1, max: 4000 }).map((depth) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.integer({ min: 1, max: 1500 }).map((depth) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')),
  fc.integer({ min: 1, max: 1500 }).map((depth) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- `).join('\n')),
  fc.constantFrom('a: &a\n  b: *a\n', 'a: &a [*a]\n', 'a: &a\n  <<: *a\n', 'a: *missing\n', 'a: 1\na: 2\n', 'a:\n\tb: 1\n', '- 1\n- 2\n', '"just a string"\n', '42\n', '---\na: 1\n---\nb: 2\n', '&x a: *x\n'),
);

/** Walks a parsed tree iteratively and checks every position is a sane line range. */
function checkTree(root: YamlNode | undefined, lineCount: number): string[] {
  const bad: string[] = [];
  const stack: YamlNode[] = root ? [root] : [];
  let visited = 0;
  while (stack.length > 0 && visited < 1_000_000) {
    const node = stack.pop() as YamlNode;
    visited++;
    if (!(node.line >= 1 && node.endLine >= node.line && node.endLine <= lineCount + 1)) bad.push(`${node.kind} at ${node.line}-${node.endLine}`);
    if (node.kind === 'map') for (const entry of node.entries) stack.push(entry.value);
    if (node.kind === 'seq') stack.push(...node.items);
  }
  return bad;
}

function checkParse(text: string): void {
  const result = parseYaml(text);
  if (result.ok) expect(checkTree(result.root, text.split('\n').length)).toEqual([]);
  else {
    expect(result.error.trim()).not.toBe('');
    if (result.line !== undefined) expect(result.line).toBeGreaterThanOrEqual(1);
  }
}

describe('fuzz: YAML', () => {
  it('random and mutated YAML parses to a positioned tree or a clear error', () => {
    fc.assert(
      fc.property(fc.oneof(tokenSoup(YAML_WORDS, 60), mutated(SEEDS, YAML_WORDS, 8)), (text) => {
        tally.ran();
        checkParse(text);
      }),
      fuzzParams(800),
    );
  });

  it('alias bombs, self-references, deep nesting and odd roots end quickly in a tree or an error', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        tally.ran();
        const started = performance.now();
        checkParse(text);
        expect(performance.now() - started).toBeLessThan(3_000);
      }),
      fuzzParams(40),
    );
  });

  it('damaged dbt properties and project files through the engine: findings or a partial file, and the model still reviewed', async () => {
    const project = 'name: shop\nprofile: shop\nmodel-paths: [models]\n';
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(SEEDS, YAML_WORDS, 6), hostile), fc.boolean(), async (text, asProject) => {
        tally.ran();
        const head: Record<string, string> = {
          'dbt_project.yml': asProject ? text : project,
          'models/orders.sql': 'select * from {{ ref("stg_orders") }}\n',
          ...(asProject ? {} : { 'models/schema.yml': text }),
        };
        const analysed = await analyse({ head });
        expectSound(analysed);
        // A broken YAML file costs its own review, never the model's.
        const model = analysed.result.files.find((file) => file.path === 'models/orders.sql');
        expect(model?.analysed === 'full' || model?.analysed === 'partial').toBe(true);
      }),
      fuzzParams(40),
    );
  });
});
