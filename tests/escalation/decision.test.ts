import { describe, expect, it } from 'vitest';
import { aggregateDecisionStatus, decisionStateOf, evidenceDigest, parseDecisionCommand } from '../../src/escalation/decision.js';

describe('parseDecisionCommand', () => {
  it.each([
    ['/decision approve volumes justify it', { kind: 'decision', verdict: 'approved', reason: 'volumes justify it' }],
    ['Thanks!\n  /Decision REJECT keep the table  \nmore text', { kind: 'decision', verdict: 'rejected', reason: 'keep the table' }],
  ])('reads %j', (body, expected) => {
    expect(parseDecisionCommand(body)).toEqual(expected);
  });

  it.each([
    ['/decision approve', 'a reason is required'],
    ['/decision maybe later', '`/decision approve <reason>`'],
  ])('explains a malformed command %j', (body, problem) => {
    const command = parseDecisionCommand(body);
    expect(command.kind).toBe('invalid');
    expect(command.kind === 'invalid' && command.problem).toContain(problem);
  });

  it('ignores comments without the command, including a mention of it mid-line', () => {
    expect(parseDecisionCommand('LGTM')).toEqual({ kind: 'none' });
    expect(parseDecisionCommand('please use /decision approve when ready')).toEqual({ kind: 'none' });
  });
});

describe('evidenceDigest', () => {
  const escalation = { trigger: 'incremental-vs-full-refresh', subject: 'fct_orders', evidence: [{ file: 'models/fct_orders.sql', line: 3, text: 'table → incremental' }] };

  it('ignores line numbers and white space but not what the evidence says', () => {
    const digest = evidenceDigest(escalation);
    expect(evidenceDigest({ ...escalation, evidence: [{ file: 'models/fct_orders.sql', line: 30, text: ' table  →  incremental ' }] })).toBe(digest);
    expect(evidenceDigest({ ...escalation, evidence: [{ file: 'models/fct_orders.sql', line: 3, text: 'table → microbatch' }] })).not.toBe(digest);
    expect(evidenceDigest({ ...escalation, subject: 'dim_customers' })).not.toBe(digest);
  });
});

describe('decision state and status', () => {
  it('holds a decision only for the evidence it was taken on', () => {
    expect(decisionStateOf({ verdict: 'approved', evidence: 'abc' }, 'abc')).toBe('approved');
    expect(decisionStateOf({ verdict: 'approved', evidence: 'abc' }, 'def')).toBe('pending');
    expect(decisionStateOf(undefined, 'abc')).toBe('pending');
  });

  it('is never green while a decision waits or was rejected', () => {
    expect(aggregateDecisionStatus([], false)).toEqual({ state: 'success', description: 'No decision needed' });
    expect(aggregateDecisionStatus([{ issue: 4, state: 'approved' }], false).state).toBe('success');
    expect(aggregateDecisionStatus([{ issue: 4, state: 'approved' }, { issue: 5, state: 'pending' }], false)).toMatchObject({ state: 'pending', targetIssue: 5 });
    expect(aggregateDecisionStatus([{ issue: 5, state: 'pending' }], true).state).toBe('failure');
    expect(aggregateDecisionStatus([{ issue: 5, state: 'pending' }, { issue: 6, state: 'rejected' }], false)).toMatchObject({ state: 'failure', description: 'Rejected: #6' });
  });

  it('keeps the description within GitHub\'s 140 characters', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ issue: 1000 + i, state: 'pending' as const }));
    expect(aggregateDecisionStatus(many, false).description.length).toBeLessThanOrEqual(140);
  });
});

describe('aggregateDecisionStatus without an issue', () => {
  it('says an escalation has no issue instead of naming issue #0, and links the first real one', () => {
    const status = aggregateDecisionStatus([{ issue: 0, state: 'pending' }, { issue: 12, state: 'pending' }], false);
    expect(status.description).toBe('Awaiting a human decision: #12, 1 without an issue (see the summary comment)');
    expect(status.description).not.toContain('#0');
    expect(status.targetIssue).toBe(12);
    expect(aggregateDecisionStatus([{ issue: 0, state: 'pending' }], true)).toEqual({ state: 'failure', description: 'Awaiting a human decision: 1 without an issue (see the summary comment)' });
  });
});
