import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/model.js';
import { renderSarif } from '../../src/report/sarif.js';
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
  ],
  escalations: [
    { fingerprint: 'e1', trigger: 'data-retention', subject: 'events', title: 'Retention of events', problem: 'p', evidence: [{ file: 'models/e.yml', line: 5, text: 'ttl' }], options: [], source: 'rule' },
  ],
  llm: { used: false, status: 'skipped', inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, calls: 0, rejected: [] },
  notices: [],
};

describe('renderSarif', () => {
  const log = JSON.parse(
    renderSarif(review, new Map([['SQL-001', { id: 'SQL-001', title: 'Final SELECT with an unknown column set', rationale: 'Why.', checklist: ['STD-08', 'PERF-03'] }]])),
  ) as {
    version: string;
    runs: { tool: { driver: { version: string; rules: { id: string; help?: { text: string }; properties: { tags: string[] } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { region: { startLine: number; endLine: number } } }[]; partialFingerprints: Record<string, string> }[] }[];
  };
  const run = log.runs[0]!;

  it('is SARIF 2.1.0 with one rule per rule id, help text and checklist tags', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.version).toBe(VERSION);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['SQL-001', 'llm', 'escalation/data-retention']);
    expect(run.tool.driver.rules[0]).toMatchObject({ help: { text: 'Why.' }, properties: { tags: ['STD-08', 'PERF-03'] } });
  });

  it('maps severities, regions, rule indexes and fingerprints', () => {
    expect(run.results.map((r) => r.level)).toEqual(['error', 'note', 'warning']);
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, endLine: 4 });
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(run.results.map((r) => r.partialFingerprints['dataEngineerReview/v1'])).toEqual(['f1', 'f2', 'e1']);
  });
});

describe('VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
