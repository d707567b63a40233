import { describe, expect, it } from 'vitest';
import type { DraftFinding } from '../../src/model.js';
import { escalationFingerprint, fingerprintFindings, normaliseCode } from '../../src/review/fingerprint.js';

const draft = (overrides: Partial<DraftFinding> = {}): DraftFinding => ({
  rule: 'SQL-001',
  checklist: ['STD-08'],
  severity: 'error',
  title: 'Final select with an unknown column set',
  file: 'models/a.sql',
  line: 10,
  endLine: 10,
  message: 'select * in the final select',
  source: 'rule',
  snippet: 'select *\n  from x',
  ...overrides,
});

describe('fingerprints', () => {
  it('survive line shifts and reformatting of the same code', () => {
    const [a] = fingerprintFindings([draft()]);
    const [b] = fingerprintFindings([draft({ line: 42, endLine: 43, snippet: 'SELECT *   FROM x' })]);
    expect(a!.fingerprint).toBe(b!.fingerprint);
  });

  it('differ by rule, file and code', () => {
    const base = fingerprintFindings([draft()])[0]!.fingerprint;
    expect(fingerprintFindings([draft({ rule: 'SQL-002' })])[0]!.fingerprint).not.toBe(base);
    expect(fingerprintFindings([draft({ file: 'models/b.sql' })])[0]!.fingerprint).not.toBe(base);
    expect(fingerprintFindings([draft({ snippet: 'select * from y' })])[0]!.fingerprint).not.toBe(base);
  });

  it('tell apart two identical findings in one file, stably', () => {
    const twice = fingerprintFindings([draft({ line: 30 }), draft({ line: 5 })]);
    expect(new Set(twice.map((f) => f.fingerprint)).size).toBe(2);
    const again = fingerprintFindings([draft({ line: 6 }), draft({ line: 31 })]);
    expect(again.map((f) => f.fingerprint)).toEqual(twice.map((f) => f.fingerprint));
  });

  it('normalise white space and case', () => {
    expect(normaliseCode('  Select\t*\n FROM  x ')).toBe('select * from x');
  });

  it('identify escalations by trigger and subject only', () => {
    const a = escalationFingerprint({ trigger: 'incremental-vs-full-refresh', subject: 'fct_orders' });
    expect(escalationFingerprint({ trigger: 'incremental-vs-full-refresh', subject: 'fct_orders' })).toBe(a);
    expect(escalationFingerprint({ trigger: 'data-retention', subject: 'fct_orders' })).not.toBe(a);
    expect(escalationFingerprint({ trigger: 'incremental-vs-full-refresh', subject: 'dim_customers' })).not.toBe(a);
  });
});
