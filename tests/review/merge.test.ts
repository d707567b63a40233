import { describe, expect, it } from 'vitest';
import type { DraftEscalation, DraftFinding } from '../../src/model.js';
import { mergeReview } from '../../src/review/merge.js';

const finding = (overrides: Partial<DraftFinding> = {}): DraftFinding => ({
  rule: 'AF-006',
  checklist: ['CODE-05'],
  severity: 'error',
  title: 'Task without retries',
  file: 'dags/a.py',
  line: 12,
  endLine: 14,
  message: 'no retries',
  source: 'rule',
  ...overrides,
});

const escalation = (overrides: Partial<DraftEscalation> = {}): DraftEscalation => ({
  trigger: 'incremental-vs-full-refresh',
  subject: 'fct_orders',
  title: 'Materialization of fct_orders changes from table to incremental',
  problem: 'p',
  evidence: [{ file: 'models/fct_orders.sql', line: 3, text: 'table → incremental' }],
  options: ['keep table', 'go incremental'],
  source: 'rule',
  detector: 'materialization-changed',
  ...overrides,
});

describe('mergeReview', () => {
  it('keeps every rule finding and drops model findings that repeat one', () => {
    const result = mergeReview({
      ruleFindings: [finding()],
      ruleEscalations: [],
      llmFindings: [
        finding({ source: 'llm', rule: 'llm', line: 13, endLine: 13, message: 'retries missing' }),
        finding({ source: 'llm', rule: 'llm', line: 40, endLine: 40, checklist: ['MON-03'], message: 'no alert' }),
      ],
      llmEscalations: [],
    });
    expect(result.findings.map((f) => f.source)).toEqual(['rule', 'llm']);
    expect(result.duplicatesDropped).toBe(1);
  });

  it('never lets the model remove or reword a detector escalation', () => {
    const result = mergeReview({
      ruleFindings: [],
      ruleEscalations: [escalation()],
      llmFindings: [],
      llmEscalations: [
        escalation({ source: 'llm', title: 'Nothing to decide here', options: [], evidence: [{ file: 'models/fct_orders.sql', line: 9, text: 'is_incremental' }] }),
        escalation({ source: 'llm', trigger: 'data-retention', subject: 'raw.payments', title: 'Retention', detector: undefined }),
      ],
    });
    expect(result.escalations).toHaveLength(2);
    const detector = result.escalations.find((e) => e.trigger === 'incremental-vs-full-refresh')!;
    expect(detector.source).toBe('rule');
    expect(detector.title).toBe('Materialization of fct_orders changes from table to incremental');
    expect(detector.options).toEqual(['keep table', 'go incremental']);
    expect(detector.evidence.map((e) => e.line)).toEqual([3, 9]);
  });

  it('lets the model sharpen a detector escalation with new options, never dropping the detector\'s', () => {
    const result = mergeReview({
      ruleFindings: [],
      ruleEscalations: [escalation()],
      llmFindings: [],
      llmEscalations: [escalation({ source: 'llm', options: ['Keep table ', 'Incremental with a 3-day lookback and a weekly full refresh'] })],
    });
    expect(result.escalations[0]!.options).toEqual(['keep table', 'go incremental', 'Incremental with a 3-day lookback and a weekly full refresh']);
  });
});
