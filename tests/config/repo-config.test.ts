import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigError, parseRepoConfig } from '../../src/config/repo-config.js';
import { resolveSettings } from '../../src/config/settings.js';

const FILE = '.github/data-engineer-review.yml';

function errorOf(text: string): ConfigError {
  try {
    parseRepoConfig(text, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseRepoConfig', () => {
  it('reads every key', () => {
    const config = parseRepoConfig(
      [
        'fail-on: warning',
        'dialect: bigquery',
        'llm: required',
        'instructions: Prefer incremental models for event tables.',
        'full-file-review: true',
        'paths:',
        '  dbt: ["warehouse/**"]',
        '  sql: "queries/**/*.sql"',
        'rules:',
        '  SQL-001: warning',
        '  AF-006: off',
      ].join('\n'),
      FILE,
    );
    expect(config).toEqual({
      failOn: 'warning',
      dialect: 'bigquery',
      llm: 'required',
      instructions: 'Prefer incremental models for event tables.',
      fullFileReview: true,
      paths: { dbt: ['warehouse/**'], sql: ['queries/**/*.sql'] },
      rules: { 'SQL-001': { severity: 'warning', line: 10 }, 'AF-006': { severity: 'off', line: 11 } },
    });
  });

  it('accepts an empty file', () => {
    expect(parseRepoConfig('', FILE)).toEqual({});
    expect(parseRepoConfig('# only a comment\n', FILE)).toEqual({});
  });

  it.each([
    ['dialect: snowflake\nfail-on: sometimes\n', 2, "'fail-on' must be one of"],
    ['llm: optional\n\nunknown-key: 1\n', 3, "unknown key 'unknown-key'"],
    ['rules:\n  SQL-001: loud\n', 2, "'rules.SQL-001' must be one of"],
    ['paths:\n  dbt: [a]\n  python: [b]\n', 3, "unknown key 'paths.python'"],
    ['llm: off\nllm: required\n', 2, 'invalid YAML'],
    ['- a\n- b\n', 1, 'must be a mapping'],
    ['full-file-review: yes please\n', 1, "'full-file-review' must be true or false"],
  ])('names the line of a bad value: %j', (text, line, message) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    expect(error.message).toContain(`${FILE}:${line}:`);
    expect(error.message).toContain(message);
  });

  it('has the same keys as the published JSON schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../docs/config.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(CONFIG_KEYS).sort());
  });
});

describe('resolveSettings', () => {
  it('prefers explicit inputs, then the repo config, then defaults', () => {
    const settings = resolveSettings({ failOn: 'never', paths: { sql: ['x/**.sql'] } }, { failOn: 'warning', dialect: 'redshift', paths: { dbt: ['dbt/**'] } });
    expect(settings.failOn).toBe('never');
    expect(settings.dialect).toBe('redshift');
    expect(settings.paths.sql).toEqual(['x/**.sql']);
    expect(settings.paths.dbt).toEqual(['dbt/**']);
    expect(settings.paths.airflow.length).toBeGreaterThan(0);
  });

  it('defaults to fail-on error (escalations hold the PR through the decision status) and an optional LLM pass', () => {
    const settings = resolveSettings({});
    expect(settings.failOn).toBe('error');
    expect(settings.llm).toBe('optional');
  });
});

describe('parseRepoConfig with rule ids and options that name Object properties', () => {
  it('keeps `__proto__` and `constructor` as plain (unknown) rule ids instead of touching a prototype', () => {
    const config = parseRepoConfig('rules:\n  __proto__: off\n  constructor: warning\n', 'c.yml');
    expect(Object.getPrototypeOf(config.rules)).toBeNull();
    expect(Object.keys(config.rules!)).toEqual(['__proto__', 'constructor']);
    expect(config.rules!['__proto__']).toEqual({ line: 2, severity: 'off' });
    expect(config.unknownRules?.map((rule) => rule.id)).toEqual(['__proto__', 'constructor']);
  });

  it('refuses an option named after an Object property as unknown', () => {
    expect(() => parseRepoConfig('rules:\n  GOV-005:\n    constructor: 1\n', 'c.yml')).toThrow(/c\.yml:3: unknown option 'rules\.GOV-005\.constructor'/);
  });
});
