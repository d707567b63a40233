import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from '../../src/review/redact.js';
import { mergeReview } from '../../src/review/merge.js';
import type { DraftEscalation, DraftFinding } from '../../src/model.js';

describe('redactSecrets', () => {
  it.each([
    ['GitHub token', `${'ghp_'}${'a1B2'.repeat(9)}`],
    ['GitHub fine-grained token', `github_pat_${'11ABCDEFG0'.repeat(3)}_xyz`],
    ['Anthropic key', 'sk-ant-api03-abcdefghijklmnop'],
    ['AWS key id', 'AKIAQWERTYUIOPASDFGH'],
    ['Slack token', 'xoxb-123456789012-123456789012-AbCdEfGhIjKl'],
    ['Google API key', `AIza${'B'.repeat(35)}`],
    ['Stripe key', `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`],
    ['GitLab token', `glpat-${'x'.repeat(20)}`],
    ['JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
    ['PEM private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----'],
  ])('replaces a %s', (_name, secret) => {
    const text = `before ${secret} after`;
    const redacted = redactSecrets(text);
    expect(redacted).toBe(`before ${REDACTED} after`);
  });

  it('keeps the place of a connection URL and drops only its password', () => {
    expect(redactSecrets('postgres://loader:Hunter2!@db.internal:5432/shop')).toBe(`postgres://loader:${REDACTED}@db.internal:5432/shop`);
  });

  it('leaves ordinary text, e-mail addresses and URLs without passwords alone', () => {
    const text = 'select * from orders -- ask ops@example.com, see https://docs.example.com/a:b and s3://bucket/key';
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('mergeReview redacts every text field of both engines', () => {
  const secret = 'AKIAQWERTYUIOPASDFGH';
  const finding = (source: 'rule' | 'llm', line: number): DraftFinding => ({
    rule: source === 'rule' ? 'GOV-004' : 'llm',
    checklist: [source === 'rule' ? 'GOV-08' : 'CODE-04'],
    severity: 'warning',
    title: `Key ${secret}`,
    file: 'dags/a.py',
    line,
    endLine: line,
    message: `Found ${secret}`,
    source,
    snippet: `aws_key = "${secret}"`,
  });
  const escalation: DraftEscalation = {
    trigger: 'data-retention',
    subject: `bucket ${secret}`,
    title: `t ${secret}`,
    problem: `p ${secret}`,
    evidence: [{ file: 'dags/a.py', line: 3, text: `key=${secret}` }],
    options: [`keep ${secret}`],
    source: 'llm',
  };

  it('in findings and escalations, whatever their source', () => {
    const merged = mergeReview({ ruleFindings: [finding('rule', 3)], ruleEscalations: [], llmFindings: [finding('llm', 9)], llmEscalations: [escalation] });
    expect(merged.findings).toHaveLength(2);
    expect(merged.escalations).toHaveLength(1);
    const text = JSON.stringify(merged);
    expect(text).not.toContain(secret);
    expect(text.split(REDACTED).length - 1).toBe(2 * 3 + 5);
  });
});
