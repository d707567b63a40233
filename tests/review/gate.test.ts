import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/model.js';
import { evaluateGate } from '../../src/review/gate.js';

function review(overrides: Partial<Review> = {}): Review {
  return {
    version: '0',
    triggered: true,
    base: 'a',
    head: 'b',
    agent: { name: 'data-engineer', version: '1' },
    files: [],
    findings: [],
    escalations: [],
    llm: { used: false, status: 'skipped', inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, calls: 0, rejected: [] },
    notices: [],
    ...overrides,
  };
}

const warning = { fingerprint: 'w', rule: 'R', checklist: [], severity: 'warning' as const, title: 't', file: 'f', line: 1, endLine: 1, message: 'm', source: 'rule' as const };
const error = { ...warning, fingerprint: 'e', severity: 'error' as const };
const escalation = { fingerprint: 'x', trigger: 'data-retention', subject: 's', title: 't', problem: 'p', evidence: [], options: [], source: 'rule' as const };

describe('evaluateGate', () => {
  it('passes an untriggered run whatever the level', () => {
    expect(evaluateGate(review({ triggered: false }), 'warning', 'required').fail).toBe(false);
  });

  it.each([
    ['never', [error], [escalation], false],
    ['error', [warning], [escalation], false],
    ['error', [error], [], true],
    ['escalation', [warning], [escalation], true],
    ['escalation', [warning], [], false],
    ['warning', [warning], [], true],
  ] as const)('fail-on %s with findings %j and escalations %j → fail=%s', (failOn, findings, escalations, expected) => {
    expect(evaluateGate(review({ findings: [...findings], escalations: [...escalations] }), failOn, 'optional').fail).toBe(expected);
  });

  it('fails a run whose required LLM stage did not complete, even with nothing found', () => {
    const result = evaluateGate(review({ llm: { ...review().llm, status: 'failed', error: 'HTTP 529' } }), 'never', 'required');
    expect(result.fail).toBe(true);
    expect(result.reason).toContain('HTTP 529');
  });
});
