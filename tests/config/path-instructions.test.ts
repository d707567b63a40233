// `overrides[].instructions`: parsed with key and line for a wrong type, kept in step with
// docs/config.schema.json, resolved into per-path instructions for the LLM pass.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYamlPlain } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseRepoConfig } from '../../src/config/repo-config.js';
import { resolveSettings } from '../../src/config/settings.js';
import { instructionsFor } from '../../src/llm/prompt.js';

const FILE = '.github/data-engineer-review.yml';

const CONFIG = [
  'instructions: We use BigQuery.', // 1
  'overrides:', // 2
  '  - paths: [models/finance/**]', // 3
  '    instructions: |', // 4
  '      Amounts are in cents.', // 5
  '  - paths: [models/legacy/**, "!models/legacy/keep/**"]', // 6
  '    rules:', // 7
  '      SQL-001: off', // 8
  '    instructions: Legacy models are frozen; only flag data loss.', // 9
  '  - paths: [dags/**]', // 10
  '    rules: { AF-001: error }', // 11
  '',
].join('\n');

function errorOf(text: string): ConfigError {
  try {
    parseRepoConfig(text, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('overrides[].instructions', () => {
  it('is parsed next to rules, and an entry may have instructions only', () => {
    const config = parseRepoConfig(CONFIG, FILE);
    expect(config.overrides).toEqual([
      { paths: ['models/finance/**'], rules: {}, instructions: 'Amounts are in cents.\n', line: 3 },
      { paths: ['models/legacy/**', '!models/legacy/keep/**'], rules: { 'SQL-001': { severity: 'off', line: 8 } }, instructions: 'Legacy models are frozen; only flag data loss.', line: 6 },
      { paths: ['dags/**'], rules: { 'AF-001': { severity: 'error', line: 11 } }, line: 10 },
    ]);
  });

  it('names the key and the line of an instruction that is not text', () => {
    const error = errorOf('overrides:\n  - paths: [a/**]\n    instructions:\n      - one\n      - two\n');
    expect(error.line).toBe(3);
    expect(error.message).toContain("'overrides[0].instructions' must be a string");
    const number = errorOf('overrides:\n  - paths: [a/**]\n    rules: {}\n  - paths: [b/**]\n    instructions: 42\n');
    expect(number.line).toBe(5);
    expect(number.message).toContain("'overrides[1].instructions' must be a string");
  });

  it('still needs rules or instructions besides paths', () => {
    const error = errorOf('overrides:\n  - paths: [a/**]\n');
    expect(error.line).toBe(2);
    expect(error.message).toContain("'overrides[0]' needs 'rules' or 'instructions'");
  });

  it('resolves to per-path instructions in configuration order, matched with the override glob dialect', () => {
    const settings = resolveSettings({}, parseRepoConfig(CONFIG, FILE));
    expect(settings.instructions).toBe('We use BigQuery.');
    expect(settings.pathInstructions.map(({ source, paths, text }) => ({ source, paths, text }))).toEqual([
      { source: 'overrides[0]', paths: ['models/finance/**'], text: 'Amounts are in cents.' },
      { source: 'overrides[1]', paths: ['models/legacy/**', '!models/legacy/keep/**'], text: 'Legacy models are frozen; only flag data loss.' },
    ]);
    const sources = (paths: string[]) => instructionsFor(settings.pathInstructions, paths).map((entry) => entry.source);
    expect(sources(['models/finance/fct_revenue.sql'])).toEqual(['overrides[0]']);
    expect(sources(['models/legacy/old.sql', 'models/finance/x.sql'])).toEqual(['overrides[0]', 'overrides[1]']);
    expect(sources(['models/legacy/keep/old.sql'])).toEqual([]);
    expect(sources(['MODELS/FINANCE/upper.sql'])).toEqual(['overrides[0]']);
    expect(sources(['dags/x.py'])).toEqual([]);
  });
});

describe('docs/config.schema.json and overrides[].instructions', () => {
  const schema = JSON.parse(readFileSync(new URL('../../docs/config.schema.json', import.meta.url), 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

  it('accepts what the parser accepts and rejects what it rejects', () => {
    expect(validate(parseYamlPlain(CONFIG)), JSON.stringify(validate.errors)).toBe(true);
    for (const text of [
      'overrides:\n  - paths: [a/**]\n    instructions: [x]\n',
      'overrides:\n  - paths: [a/**]\n',
      'overrides:\n  - instructions: x\n',
      'overrides:\n  - paths: [a/**]\n    instructions: x\n    when: y\n',
    ]) {
      expect(validate(parseYamlPlain(text)), text).toBe(false);
      expect(() => parseRepoConfig(text, FILE), text).toThrow(ConfigError);
    }
  });
});
