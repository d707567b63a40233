import { describe, expect, it } from 'vitest';
import { estimateTokens, orderForReview, planCalls, type PlanCosts } from '../../src/llm/budget.js';
import type { LlmFileInput } from '../../src/llm/prompt.js';
import { hunk } from './fixtures.js';

/** A file whose hunks each add `lines` lines of 30 characters: 10 tokens a line by the estimate. */
function file(path: string, domain: LlmFileInput['domain'], hunks = 1, lines = 10): LlmFileInput {
  return {
    path,
    domain,
    status: 'modified',
    hunks: Array.from({ length: hunks }, (_, h) => hunk(1 + h * 100, 1 + h * 100, Array.from({ length: lines }, () => ['+', 'x'.repeat(30)] as ['+', string]))),
  };
}

/** Tokens of a file: 10 per added line, so sizes in the tests are easy to reason about. */
const costs = (overrides: Partial<PlanCosts> = {}): PlanCosts => ({
  model: 'claude-sonnet-5-5',
  cachedPrefixTokens: 1000,
  userFrameTokens: 100,
  maxOutputTokens: 1000,
  fileTokens: (f) => f.hunks.reduce((sum, h) => sum + h.lines.length * 10, 0),
  ...overrides,
});

describe('estimateTokens', () => {
  it('counts a token per three characters, rounded up', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(2);
    expect(estimateTokens('x'.repeat(300))).toBe(100);
  });
});

describe('orderForReview', () => {
  it('puts project config first, then YAML, dbt models, DAGs and plain SQL', () => {
    const ordered = orderForReview([
      file('sql/report.sql', 'sql'),
      file('dags/load.py', 'airflow'),
      file('models/marts/fct.sql', 'dbt'),
      file('models/marts/_marts.yml', 'dbt'),
      file('dbt_project.yml', 'dbt'),
      file('profiles.yml', 'dbt'),
    ]);
    expect(ordered.map((f) => f.path)).toEqual(['dbt_project.yml', 'profiles.yml', 'models/marts/_marts.yml', 'models/marts/fct.sql', 'dags/load.py', 'sql/report.sql']);
  });
});

describe('planCalls', () => {
  it('packs files into as few calls as the per-call budget allows, in review order', () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((name) => file(`sql/${name}.sql`, 'sql'));
    // 1100 fixed + 100 per file: two files per call of 1300.
    const plan = planCalls(files, { perCallTokens: 1300 }, costs());
    expect(plan.calls.map((c) => c.files.map((f) => f.path))).toEqual([['sql/a.sql', 'sql/b.sql'], ['sql/c.sql', 'sql/d.sql'], ['sql/e.sql']]);
    expect(plan.calls.map((c) => c.estimatedInputTokens)).toEqual([1300, 1300, 1200]);
    expect(plan.estimatedInputTokens).toBe(3800);
    expect(plan.skipped).toEqual([]);
  });

  it('lists by name what the run budget leaves out, with the reason', () => {
    const files = ['a', 'b', 'c'].map((name) => file(`sql/${name}.sql`, 'sql'));
    const plan = planCalls(files, { perCallTokens: 1200, runTokens: 2500 }, costs());
    expect(plan.calls.map((c) => c.files.map((f) => f.path))).toEqual([['sql/a.sql'], ['sql/b.sql']]);
    expect(plan.skipped).toEqual([{ path: 'sql/c.sql', reason: "the run's input budget (max-input-tokens 2500) was used up" }]);
  });

  it('stops at the cost cap, counting the cached prefix as written once and read after', () => {
    const files = ['a', 'b', 'c'].map((name) => file(`sql/${name}.sql`, 'sql'));
    // Sonnet 5.5: first call 1000×2.5 + 200×2 + 1000×10 = 12,900 µ$; later calls 1000×0.1 + 200×2 + 10,000 = 10,500 µ$.
    const plan = planCalls(files, { perCallTokens: 1200, runCostUsd: 0.0234 }, costs());
    expect(plan.calls).toHaveLength(2);
    expect(plan.estimatedCostUsd).toBeCloseTo(0.0234, 10);
    expect(plan.skipped).toEqual([{ path: 'sql/c.sql', reason: "the run's cost cap (max-cost-usd 0.0234) would be exceeded" }]);
  });

  it('ignores the cost cap for a model without a price and reports no estimate', () => {
    const plan = planCalls([file('sql/a.sql', 'sql')], { perCallTokens: 1200, runCostUsd: 0.000001 }, costs({ model: 'proxy-model' }));
    expect(plan.calls).toHaveLength(1);
    expect(plan.estimatedCostUsd).toBeUndefined();
  });

  it('splits a file too large for one call by hunks, and names a hunk too large for any call', () => {
    const big = file('models/big.sql', 'dbt', 3, 10);
    const plan = planCalls([big], { perCallTokens: 1250 }, costs());
    expect(plan.calls.map((c) => c.files.map((f) => f.hunks[0]!.newStart))).toEqual([[1], [101], [201]]);
    expect(plan.calls.every((c) => c.files.every((f) => f.path === 'models/big.sql'))).toBe(true);

    const huge = { ...big, hunks: [...big.hunks, file('x', 'dbt', 1, 30).hunks[0]!] };
    huge.hunks[3] = { ...huge.hunks[3]!, newStart: 400, oldStart: 400 };
    const withHuge = planCalls([huge], { perCallTokens: 1250 }, costs());
    expect(withHuge.calls).toHaveLength(3);
    expect(withHuge.skipped).toEqual([{ path: 'models/big.sql', reason: "lines 400–429: one hunk is larger than a call's budget (150 tokens for files)" }]);
  });

  it('names the lines of a split part that the run budget leaves out', () => {
    const plan = planCalls([file('models/big.sql', 'dbt', 2, 10)], { perCallTokens: 1200, runTokens: 1200 }, costs());
    expect(plan.calls).toHaveLength(1);
    expect(plan.skipped).toEqual([{ path: 'models/big.sql', reason: "lines 101–110: the run's input budget (max-input-tokens 1200) was used up" }]);
  });

  it('skips everything, by name, when a call cannot even hold the instructions', () => {
    const plan = planCalls([file('sql/a.sql', 'sql')], { perCallTokens: 500 }, costs());
    expect(plan.calls).toEqual([]);
    expect(plan.skipped).toEqual([{ path: 'sql/a.sql', reason: 'the per-call budget of 500 tokens does not even hold the instructions' }]);
  });
});
