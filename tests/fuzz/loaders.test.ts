// Fuzzing the two loaders a user edits by hand: the agent definition (src/agent/loader.ts) and
// the repository configuration (src/config/repo-config.ts). A damaged file must either load or
// be refused with the documented error class naming a line of the file, never anything else.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AgentDefinitionError } from '../../src/agent/definition.js';
import { parseAgentDefinition } from '../../src/agent/loader.js';
import { ConfigError, parseRepoConfig } from '../../src/config/repo-config.js';
import { bundledAgentPath } from '../../src/platform/assets.js';
import { SuiteTally } from './counts.js';
import { fragment, fuzzParams, mutated } from './support.js';

const tally = new SuiteTally('loaders');
afterAll(() => tally.flush());

type LineEdit = { kind: 'delete' | 'duplicate' | 'swap'; at: number; other: number } | { kind: 'replace' | 'insert'; at: number; text: string };

/** Line-level edits, the damage a hand edit or a bad merge does to a Markdown/YAML file. */
function lineEdited(seed: string, dictionary: readonly string[]): fc.Arbitrary<string> {
  const edit: fc.Arbitrary<LineEdit> = fc.oneof(
    fc.record({ kind: fc.constantFrom<'delete' | 'duplicate' | 'swap'>('delete', 'duplicate', 'swap'), at: fc.nat(), other: fc.nat() }),
    fc.record({ kind: fc.constantFrom<'replace' | 'insert'>('replace', 'insert'), at: fc.nat(), text: fragment(dictionary) }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => {
    const lines = seed.split('\n');
    for (const e of edits) {
      const at = e.at % (lines.length + 1);
      if ('text' in e) {
        if (e.kind === 'replace') lines[at] = e.text;
        else lines.splice(at, 0, e.text);
      } else if (e.kind === 'delete') lines.splice(at, 1);
      else if (e.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
      else {
        const other = e.other % Math.max(1, lines.length);
        [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
      }
    }
    return lines.join('\n');
  });
}

/** Loads or refuses with `errorClass` and an in-range line; any other outcome fails the property. */
function loadsOrRefuses(text: string, load: () => unknown, isRefusal: (error: unknown) => number | undefined | false): void {
  try {
    load();
  } catch (error) {
    const line = isRefusal(error);
    if (line === false) throw new Error(`unexpected ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    expect(line, error instanceof Error ? error.message : '').toBeTypeOf('number');
    const lines = text.split(/\r?\n/).length;
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines + 1);
  }
}

describe('fuzz: agent definition loader', () => {
  const bundled = readFileSync(bundledAgentPath(), 'utf8');
  const AGENT_WORDS = [
    '---',
    '# Checklist',
    '# Role',
    '# Escalation triggers',
    '# Escalation template',
    '# No fallbacks',
    '## DQ — Data quality',
    '## XX — Unknown',
    '## `data-modeling` — Modelling',
    '## `not-a-trigger` — x',
    '- `DQ-01` **Title** — text',
    '- `DQ-1` **Bad id** — text',
    '- `NF-01` **No** — fallback',
    '- **Decide:** something',
    '- **Options:**',
    '  - one',
    '- `agent` — who',
    'name: data-engineer',
    'version: "1.0.0"',
    'version: 1.0',
    'model: {prefer: sonnet}',
    'escalation: maybe',
    'description: |',
    ': :',
    '\t',
    '',
    '\uFEFF',
  ];

  it('a mutated agent file loads or is refused with AgentDefinitionError and a line', () => {
    const refusal = (error: unknown): number | undefined | false => (error instanceof AgentDefinitionError ? error.line : false);
    fc.assert(
      fc.property(fc.oneof(lineEdited(bundled, AGENT_WORDS), mutated([bundled], AGENT_WORDS, 4)), (text) => {
        tally.ran();
        loadsOrRefuses(text, () => parseAgentDefinition(text, 'agents/x.md'), refusal);
      }),
      fuzzParams(250),
    );
  });

  it('the unmutated bundled file loads (the seed is valid)', () => {
    tally.ran();
    expect(parseAgentDefinition(bundled, 'agents/data-engineer.md').checklist.length).toBeGreaterThan(0);
  });
});

describe('fuzz: repository config loader', () => {
  const SEEDS = [
    [
      'fail-on: warning',
      'dialect: snowflake',
      'llm: optional',
      'instructions: |',
      '  Prefer incremental models.',
      'full-file-review: false',
      'paths:',
      '  dbt: ["warehouse/**"]',
      '  sql: "queries/**/*.sql"',
      'rules:',
      '  SQL-001: warning',
      '  AF-006: off',
      '  GOV-005:',
      '    severity: error',
      '    keys: [owner, domain]',
      'overrides:',
      '  - paths: ["models/staging/**"]',
      '    rules:',
      '      DBT-001: info',
      '',
    ].join('\n'),
    'rules: &r\n  SQL-001: off\noverrides:\n  - paths: [a/**]\n    rules: *r\n',
    '',
    '# only a comment\n',
  ];
  const CONFIG_WORDS = [
    'fail-on: ',
    'rules:',
    'overrides:',
    '  - paths: ',
    '    rules:',
    '  SQL-001: ',
    '  NOPE-001: off',
    '  GOV-005: {severity: error, keys: owner}',
    '  GOV-005: {colour: red}',
    '    keys: 3',
    'off',
    'error',
    'true',
    '[',
    ']',
    '{',
    '}',
    '&a',
    '*a',
    '<<: *a',
    '- ',
    ': ',
    '? [a]',
    '!!set',
    '"',
    '\t',
    '---',
    '__proto__: 1',
    '  __proto__: off',
    'constructor: x',
    '\u0000',
  ];

  it('a mutated config file loads or is refused with ConfigError and a line', () => {
    const refusal = (error: unknown): number | undefined | false => (error instanceof ConfigError ? error.line : false);
    fc.assert(
      fc.property(fc.oneof(lineEdited(SEEDS[0] as string, CONFIG_WORDS), mutated(SEEDS, CONFIG_WORDS, 6)), (text) => {
        tally.ran();
        loadsOrRefuses(text, () => parseRepoConfig(text, '.github/data-engineer-review.yml'), refusal);
      }),
      fuzzParams(800),
    );
  });
});
