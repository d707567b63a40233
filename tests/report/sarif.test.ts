import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/model.js';
import { artifactUri, headingAnchor, renderSarif, sarifRuleCatalogue } from '../../src/report/sarif.js';
import { VERSION } from '../../src/version.js';

const review: Review = {
  version: VERSION,
  triggered: true,
  base: 'a',
  head: 'b',
  agent: { name: 'data-engineer', version: '1.0.0' },
  files: [],
  findings: [
    { fingerprint: 'f1', rule: 'SQL-001', checklist: ['STD-08'], severity: 'error', title: 'Final select', file: 'models/a.sql', line: 3, endLine: 4, message: 'm', source: 'rule' },
    { fingerprint: 'f2', rule: 'llm', checklist: ['MON-03'], severity: 'info', title: 'Alerting', file: 'dags/d.py', line: 9, endLine: 9, message: 'n', source: 'llm' },
    { fingerprint: 'f3', rule: 'SQL-001', checklist: ['STD-08'], severity: 'warning', title: 'Final select', file: 'models/my model.sql', line: 0, endLine: -2, message: 'o', source: 'rule' },
    { fingerprint: 'f4', rule: 'llm', checklist: ['MON-03', 'DQ-08'], severity: 'warning', title: 'No alert', file: 'dags/e.py', line: 2, endLine: 5, message: 'p', source: 'llm' },
  ],
  escalations: [
    { fingerprint: 'e1', trigger: 'data-retention', subject: 'events', title: 'Retention of events', problem: 'p', evidence: [{ file: 'models/e.yml', line: 5, text: 'ttl' }], options: [], source: 'rule' },
    { fingerprint: 'e2', trigger: 'bi-platform', subject: 'x', title: 'No evidence', problem: 'p', evidence: [], options: [], source: 'llm' },
  ],
  llm: { used: false, status: 'skipped', inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, calls: 0, rejected: [] },
  notices: [],
};

// What GitHub's "SARIF support for code scanning" page lists as required or used, written as a
// JSON schema (the full OASIS schema is not among the installed packages).
const GITHUB_SUBSET = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string', pattern: '^https://' },
    runs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  version: { type: 'string' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription', 'fullDescription', 'help', 'defaultConfiguration', 'properties'],
                      properties: {
                        id: { type: 'string', minLength: 1, maxLength: 1024 },
                        name: { type: 'string', pattern: '^[A-Za-z0-9]+$' },
                        shortDescription: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } },
                        fullDescription: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } },
                        help: { type: 'object', required: ['text', 'markdown'], properties: { text: { type: 'string', minLength: 1 }, markdown: { type: 'string', minLength: 1 } } },
                        helpUri: { type: 'string', pattern: '^https?://' },
                        defaultConfiguration: { type: 'object', required: ['level'], properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } },
                        properties: {
                          type: 'object',
                          required: ['tags'],
                          properties: { tags: { type: 'array', maxItems: 20, uniqueItems: true, items: { type: 'string' } }, precision: { enum: ['very-high', 'high', 'medium', 'low'] } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'partialFingerprints'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } },
                locations: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            required: ['uri', 'uriBaseId'],
                            // Relative to the repository root: no scheme, no leading slash, no spaces.
                            properties: { uri: { type: 'string', pattern: '^(?![a-z]+:)(?!/)[^ \\\\]+$' }, uriBaseId: { const: '%SRCROOT%' } },
                          },
                          region: {
                            type: 'object',
                            required: ['startLine'],
                            properties: { startLine: { type: 'integer', minimum: 1 }, endLine: { type: 'integer', minimum: 1 } },
                          },
                        },
                      },
                    },
                  },
                },
                partialFingerprints: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
              },
            },
          },
        },
      },
    },
  },
};

interface SarifRuleView {
  id: string;
  name: string;
  helpUri?: string;
  help: { text: string; markdown: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[] };
}
interface SarifView {
  version: string;
  runs: {
    tool: { driver: { version: string; rules: SarifRuleView[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; endLine: number } } }[]; partialFingerprints: Record<string, string> }[];
  }[];
}

const DOCS = 'https://github.com/acme/data-engineer-review/blob/v0/docs';

describe('renderSarif', () => {
  const log = JSON.parse(
    renderSarif(review, new Map([['SQL-001', { id: 'SQL-001', title: 'Final SELECT with an unknown column set', rationale: 'Why.', checklist: ['STD-08', 'PERF-03'], severity: 'error' }]]), {
      docsUrl: DOCS,
      checklist: new Map([['MON-03', { title: 'Failure and retry alerts', text: 'Alert on failures.' }]]),
      triggers: new Map([['data-retention', { title: 'How long data is kept', text: 'Retention periods.' }]]),
    }),
  ) as SarifView;
  const run = log.runs[0]!;
  const rule = (id: string) => run.tool.driver.rules.find((r) => r.id === id)!;

  it('has every property GitHub code scanning requires', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(GITHUB_SUBSET);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The same check refuses what upload-sarif would refuse.
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.locations = [];
    broken.runs[0]!.results[1]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);
  });

  it('is SARIF 2.1.0 with one rule per rule id, LLM checklist item and trigger', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.version).toBe(VERSION);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['SQL-001', 'llm/MON-03', 'escalation/data-retention']);
  });

  it('gives a rule its help, docs link, tags and default level', () => {
    expect(rule('SQL-001')).toMatchObject({
      name: 'FinalSelectWithAnUnknownColumnSet',
      fullDescription: { text: 'Why.' },
      helpUri: `${DOCS}/rules.md#sql-001-final-select-with-an-unknown-column-set`,
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['STD-08', 'PERF-03'] },
    });
    expect(rule('SQL-001').help.markdown).toContain('**SQL-001: Final SELECT with an unknown column set**');
    expect(rule('SQL-001').help.text).toContain('STD-08, PERF-03');
    expect(rule('llm/MON-03')).toMatchObject({ properties: { tags: ['MON-03', 'llm'] }, fullDescription: { text: expect.stringContaining('Alert on failures.') } });
    expect(rule('escalation/data-retention').properties.tags).toEqual(['data-retention', 'escalation']);
    expect(rule('escalation/data-retention').helpUri).toBe(`${DOCS}/triggers.md`);
  });

  it('maps severities, regions, rule indexes and fingerprints; an escalation without evidence has no result', () => {
    expect(run.results.map((r) => r.level)).toEqual(['error', 'note', 'warning', 'warning', 'warning']);
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, endLine: 4 });
    // Line 0 and a backwards range become a valid one-line region.
    expect(run.results[2]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, endLine: 1 });
    expect(run.results[2]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('models/my%20model.sql');
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(run.results.map((r) => r.partialFingerprints['dataEngineerReview/v1'])).toEqual(['f1', 'f2', 'f3', 'f4', 'e1']);
    expect(run.results[1]!.message.text).toBe('Alerting: n');
  });

  it('leaves helpUri out without an absolute docs URL, and knows every rule of the catalogue', () => {
    const plain = JSON.parse(renderSarif(review)) as SarifView;
    for (const entry of plain.runs[0]!.tool.driver.rules) expect(entry.helpUri).toBeUndefined();
    const catalogue = sarifRuleCatalogue();
    expect(catalogue.get('SQL-001')?.severity).toBeDefined();
    expect(catalogue.has('SUP-001')).toBe(true);
    expect(catalogue.has('CFG-001')).toBe(true);
  });

  it('writes relative, encoded URIs and GitHub heading anchors', () => {
    expect(artifactUri('./models/a b#c.sql')).toBe('models/a%20b%23c.sql');
    expect(artifactUri('/dags\\x.py')).toBe('dags/x.py');
    expect(headingAnchor('SQL-001: Final SELECT with an unknown column set')).toBe('sql-001-final-select-with-an-unknown-column-set');
    // The anchors must be the ones docs/rules.md really has.
    const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(doc).toContain('(#sql-001-final-select-with-an-unknown-column-set)');
  });
});

describe('VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
