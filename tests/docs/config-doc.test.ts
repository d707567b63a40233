// docs/config.md is generated from docs/config.schema.json (`npm run docs:config`); this fails when
// the committed file is stale, and checks that the reference covers every key the parser accepts
// and that its example is a valid configuration file.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_PATHS } from '../../src/changes/classify.js';
import { configKeys, renderConfigDoc } from '../../src/cli/config-doc.js';
import { CONFIG_KEYS, parseRepoConfig } from '../../src/config/repo-config.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/config.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
const committed = readFileSync(new URL('../../docs/config.md', import.meta.url), 'utf8');

/** The text of one `## key` section. */
function section(doc: string, key: string): string {
  const start = doc.indexOf(`\n## ${key}\n`);
  expect(start, key).toBeGreaterThan(0);
  const next = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, next < 0 ? undefined : next);
}

function firstYamlBlock(text: string): string {
  const match = /```yaml\n([\s\S]*?)\n```/.exec(text);
  expect(match).not.toBeNull();
  return match![1]!;
}

describe('docs/config.md', () => {
  it('is up to date with docs/config.schema.json (run `npm run docs:config` when this fails)', () => {
    expect(committed).toBe(renderConfigDoc(schema));
  });

  it('has a section for every key of the schema and of the parser', () => {
    const doc = renderConfigDoc(schema);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(CONFIG_KEYS).sort());
    for (const key of Object.keys(CONFIG_KEYS)) {
      const text = section(doc, key);
      expect(text).toMatch(/Type: \S/);
      expect(text).toMatch(/Default: \S/);
      expect(doc).toContain(`| [\`${key}\`](#${key}) |`);
    }
    expect(section(doc, 'fail-on')).toContain('Allowed values: `error`, `warning`, `escalation`, `never` · Default: `error`');
    expect(section(doc, 'llm')).toContain('Allowed values: `optional`, `required`, `off` · Default: `optional`');
  });

  it('documents the nested keys of paths, rules and overrides, each with a meaning', () => {
    const keys = configKeys(schema, { defaultPaths: DEFAULT_PATHS });
    const byKey = new Map(keys.map((entry) => [entry.key, entry]));
    for (const key of [
      'paths.dbt',
      'paths.airflow',
      'paths.sql',
      'rules.<RULE-ID>',
      'rules.<RULE-ID>.severity',
      'rules.<RULE-ID>.<option>',
      'overrides[].paths',
      'overrides[].rules',
      'overrides[].rules.<RULE-ID>',
      'overrides[].instructions',
    ]) {
      const entry = byKey.get(key);
      expect(entry, key).toBeDefined();
      expect(entry!.description, key).toMatch(/\w/);
    }
    expect(byKey.get('overrides[].paths')!.required).toBe(true);
    expect(byKey.get('overrides[].instructions')!.type).toBe('string');
    expect(byKey.get('rules.<RULE-ID>')!.allowed).toEqual(['`off`', '`info`', '`warning`', '`error`']);
    // The built-in globs are the documented defaults of paths.*.
    expect(byKey.get('paths.sql')!.default).toBe(DEFAULT_PATHS.sql.map((glob) => `\`${glob}\``).join(', '));
  });

  it('opens with an example that the schema and the real parser both accept', () => {
    const doc = renderConfigDoc(schema);
    const example = firstYamlBlock(doc.slice(doc.indexOf('## Example')));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(parse(example)), JSON.stringify(validate.errors)).toBe(true);
    const parsed = parseRepoConfig(example, 'example.yml');
    expect(parsed.unknownRules ?? []).toEqual([]);
    expect(parsed.overrides?.some((override) => override.instructions)).toBe(true);
    expect(parsed.rules?.['GOV-005']?.options).toEqual({ keys: ['owner', 'domain'] });
  });

  it('follows the schema it is given: a new key shows with its type, values, default and example', () => {
    const doc = renderConfigDoc({
      properties: {
        color: { description: 'Paint it.', enum: ['red', 'blue'], default: 'red', examples: ['blue'] },
        limits: { type: 'object', properties: { max: { type: 'integer', description: 'At most.' } } },
      },
    });
    expect(section(doc, 'color')).toContain('Type: string · Allowed values: `red`, `blue` · Default: `red`');
    expect(section(doc, 'color')).toContain('```yaml\ncolor: blue\n```');
    expect(section(doc, 'limits')).toContain('| `limits.max` | integer | — | — | At most. |');
  });

  it('renders whatever it is given without throwing (no schema, a cyclic reference)', () => {
    expect(renderConfigDoc(null)).toContain('# Configuration file');
    const cyclic = { properties: { loop: { $ref: '#/$defs/a' } }, $defs: { a: { $ref: '#/$defs/a' } } };
    expect(renderConfigDoc(cyclic)).toContain('## loop');
  });
});
