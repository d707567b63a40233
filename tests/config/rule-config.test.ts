// Rule options, path overrides and unknown rule ids in the repository config: parsed with the
// line of every problem, kept in step with docs/config.schema.json, resolved per file.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYamlPlain } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/analyzers/rules/index.js';
import { ConfigError, parseRepoConfig } from '../../src/config/repo-config.js';
import { RuleSettings } from '../../src/config/rule-settings.js';
import type { DraftFinding } from '../../src/model.js';

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

const finding = (rule: string, file: string, severity: DraftFinding['severity'] = 'error', source: DraftFinding['source'] = 'rule'): DraftFinding => ({
  rule,
  checklist: ['STD-08'],
  severity,
  title: 't',
  file,
  line: 1,
  endLine: 1,
  message: 'm',
  source,
});

const FULL = [
  'rules:',
  '  SQL-001: warning',
  '  GOV-005:',
  '    severity: error',
  '    keys: [owner, domain]',
  '  GOV-001:',
  '    ignore-columns: support_phone',
  '    tier-2: false',
  'overrides:',
  "  - paths: ['models/legacy/**', '!models/legacy/keep/**']",
  '    rules:',
  '      SQL-001: off',
  '      GOV-005: { keys: [owner] }',
  '  - paths: models/legacy/special.sql',
  '    rules:',
  '      SQL-001: error',
  '',
].join('\n');

describe('rule settings in the repository config', () => {
  it('reads severities, options (a single string becomes a list) and overrides with their lines', () => {
    const config = parseRepoConfig(FULL, FILE);
    expect(config.rules).toEqual({
      'SQL-001': { severity: 'warning', line: 2 },
      'GOV-005': { severity: 'error', options: { keys: ['owner', 'domain'] }, line: 3 },
      'GOV-001': { options: { 'ignore-columns': ['support_phone'], 'tier-2': false }, line: 6 },
    });
    expect(config.overrides).toEqual([
      { paths: ['models/legacy/**', '!models/legacy/keep/**'], rules: { 'SQL-001': { severity: 'off', line: 12 }, 'GOV-005': { options: { keys: ['owner'] }, line: 13 } }, line: 10 },
      { paths: ['models/legacy/special.sql'], rules: { 'SQL-001': { severity: 'error', line: 16 } }, line: 14 },
    ]);
    expect(config.unknownRules).toBeUndefined();
  });

  it.each([
    ['rules:\n  GOV-005:\n    owners: [a]\n', 3, "unknown option 'rules.GOV-005.owners' (GOV-005 accepts severity, keys, resources)"],
    ['rules:\n  SQL-001:\n    keys: [a]\n', 3, "unknown option 'rules.SQL-001.keys' (SQL-001 accepts only severity)"],
    ['rules:\n  GOV-005:\n    keys: 3\n', 3, "'rules.GOV-005.keys' must be a list of strings"],
    ['rules:\n  GOV-001:\n    tier-2: maybe\n', 3, "'rules.GOV-001.tier-2' must be true or false"],
    ['rules:\n  GOV-005:\n    severity: loud\n', 3, "'rules.GOV-005.severity' must be one of off, info, warning, error"],
    ['overrides:\n  paths: [a]\n', 1, "'overrides' must be a list"],
    ['overrides:\n  - rules: { SQL-001: off }\n', 2, "'overrides[0]' needs 'paths'"],
    ['overrides:\n  - paths: [a]\n', 2, "'overrides[0]' needs 'rules'"],
    ['overrides:\n  - paths: [a]\n    rules: {}\n    when: always\n', 4, "unknown key 'overrides[0].when'"],
    ['overrides:\n  - paths: [a]\n    rules:\n      SQL-001: loud\n', 4, "'overrides[0].rules.SQL-001' must be one of"],
  ])('names the key and line of a bad rule setting: %j', (text, line, message) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    expect(error.message).toContain(`${FILE}:${line}:`);
    expect(error.message).toContain(message);
  });

  it('keeps unknown rule ids (top level and in overrides) as references to report, not as errors', () => {
    const config = parseRepoConfig('rules:\n  SQL001: off\n  SUP-002: off\noverrides:\n  - paths: [x/**]\n    rules:\n      NOPE-9: { severity: off, whatever: 1 }\n', `${FILE} (at base)`, {
      path: FILE,
    });
    expect(config.unknownRules).toEqual([
      { id: 'SQL001', key: 'rules.SQL001', file: FILE, line: 2 },
      { id: 'NOPE-9', key: 'overrides[0].rules.NOPE-9', file: FILE, line: 7 },
    ]);
    // The review's own checks are known ids: they can be configured too.
    expect(config.rules?.['SUP-002']).toEqual({ severity: 'off', line: 3 });
  });
});

describe('docs/config.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../docs/config.schema.json', import.meta.url), 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

  it('accepts a config with rule options and overrides, and rejects what the parser rejects', () => {
    expect(validate(parseYamlPlain(FULL)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(parseYamlPlain('rules:\n  SQL-001: loud\n'))).toBe(false);
    expect(validate(parseYamlPlain('overrides:\n  - paths: [a]\n'))).toBe(false);
    expect(validate(parseYamlPlain('overrides:\n  - paths: [a]\n    rules: {}\n    when: x\n'))).toBe(false);
  });

  it('documents in the schema every option a rule declares, through the generic option shape', () => {
    const optionSchemaAccepts = (value: unknown): boolean => validate({ rules: { 'GOV-005': { severity: 'warning', option: value } } });
    for (const rule of rules) {
      for (const spec of Object.values(rule.meta.options ?? {})) expect(optionSchemaAccepts(spec.default)).toBe(true);
    }
  });
});

describe('RuleSettings', () => {
  const settings = new RuleSettings(parseRepoConfig(FULL, FILE));

  it('resolves severity: rule default, then rules:, then matching overrides in order', () => {
    expect(settings.severity('SQL-001', 'models/marts/a.sql')).toBe('warning');
    expect(settings.severity('SQL-001', 'models/legacy/old.sql')).toBe('off');
    expect(settings.severity('SQL-001', 'models/legacy/keep/old.sql')).toBe('warning');
    expect(settings.severity('SQL-001', 'models/legacy/special.sql')).toBe('error');
    expect(settings.severity('DBT-004', 'models/legacy/old.sql')).toBeUndefined();
  });

  it('merges options key by key, overrides last', () => {
    expect(settings.options('GOV-005', 'models/marts/a.yml')).toEqual({ keys: ['owner', 'domain'] });
    expect(settings.options('GOV-005', 'models/legacy/a.yml')).toEqual({ keys: ['owner'] });
    expect(settings.options('SQL-001', 'models/marts/a.sql')).toBeUndefined();
  });

  it('applies severities and off to rule findings by their file, and leaves LLM findings alone', () => {
    const applied = settings.apply([
      finding('SQL-001', 'models/marts/a.sql'),
      finding('SQL-001', 'models/legacy/old.sql'),
      finding('GOV-005', 'models/x.yml', 'warning'),
      finding('SQL-001', 'models/legacy/old.sql', 'error', 'llm'),
    ]);
    expect(applied.map((f) => [f.rule, f.file, f.severity, f.source])).toEqual([
      ['SQL-001', 'models/marts/a.sql', 'warning', 'rule'],
      ['GOV-005', 'models/x.yml', 'error', 'rule'],
      ['SQL-001', 'models/legacy/old.sql', 'error', 'llm'],
    ]);
  });

  it('knows when a rule is off everywhere', () => {
    const off = new RuleSettings(parseRepoConfig('rules:\n  AF-006: off\n  SQL-001: off\noverrides:\n  - paths: [dags/critical/**]\n    rules:\n      AF-006: error\n', FILE));
    expect(off.offEverywhere('SQL-001')).toBe(true);
    expect(off.offEverywhere('AF-006')).toBe(false);
    expect(off.offEverywhere('DBT-004')).toBe(false);
  });

  it('turns unknown rule ids into CFG-001 findings on the config file', () => {
    const unknown = new RuleSettings(parseRepoConfig('fail-on: error\nrules:\n  SQL001: off\n', FILE));
    expect(unknown.configFindings()).toEqual([
      expect.objectContaining({ rule: 'CFG-001', file: FILE, line: 3, severity: 'warning', source: 'rule', message: expect.stringContaining('`SQL001`') }),
    ]);
  });
});
