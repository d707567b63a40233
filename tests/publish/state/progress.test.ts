import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../../src/model.js';
import { compareWithPrevious, nextReviewState, wasRechecked } from '../../../src/publish/state/progress.js';
import type { ReviewState } from '../../../src/publish/state/review-state.js';
import { makeFinding, makeReview, okLlm } from '../../support/reviewFixtures.js';

const H1 = '1'.repeat(40);
const H2 = '2'.repeat(40);
const FILES: FileReport[] = [
  { path: 'models/a.sql', domain: 'dbt', status: 'modified', analysed: 'full' },
  { path: 'models/b.sql', domain: 'dbt', status: 'modified', analysed: 'full' },
];
const A = makeFinding({ fingerprint: 'a', file: 'models/a.sql' });
const B = makeFinding({ fingerprint: 'b', rule: 'SQL-002', file: 'models/b.sql', line: 9 });
const LB = makeFinding({ fingerprint: 'lb', rule: 'llm', source: 'llm', file: 'models/b.sql', title: 'T', message: 'M' });

/** The state a first review of H1 with `findings` leaves. */
function stateAfter(findings = [A, B, LB], head = H1): ReviewState {
  const review = makeReview({ files: FILES, findings });
  return nextReviewState(review, undefined, compareWithPrevious(review, undefined, head), head);
}

describe('compareWithPrevious', () => {
  it('without a previous state: everything new, nothing fixed, no comparison to show', () => {
    const progress = compareWithPrevious(makeReview({ files: FILES, findings: [A] }), undefined, H1);
    expect(progress).toEqual({ hasPrevious: false, status: new Map([['a', 'new']]), fixed: [], carried: [] });
  });

  it('a push: new, still open, and fixed with what the state knew about it', () => {
    const C = makeFinding({ fingerprint: 'c', file: 'models/a.sql' });
    const progress = compareWithPrevious(makeReview({ files: FILES, findings: [A, C] }), stateAfter(), H2);
    expect(progress.hasPrevious).toBe(true);
    expect(progress.previousHead).toBe(H1);
    expect(Object.fromEntries(progress.status)).toEqual({ a: 'open', c: 'new' });
    expect(progress.fixed).toEqual([
      { fingerprint: 'b', rule: 'SQL-002', file: 'models/b.sql', line: 9, source: 'rule' },
      { fingerprint: 'lb', rule: 'llm', file: 'models/b.sql', line: 1, source: 'llm', title: 'T', message: 'M' },
    ]);
  });

  it('a re-run of the same commit says what its first run said', () => {
    const C = makeFinding({ fingerprint: 'c', file: 'models/a.sql' });
    const review = makeReview({ files: FILES, findings: [A, C] });
    const afterPush = nextReviewState(review, stateAfter(), compareWithPrevious(review, stateAfter(), H2), H2);
    const rerun = compareWithPrevious(review, afterPush, H2);
    expect(rerun.previousHead).toBe(H1);
    expect(Object.fromEntries(rerun.status)).toEqual({ a: 'open', c: 'new' });
    expect(rerun.fixed.map((finding) => finding.fingerprint)).toEqual(['b', 'lb']);
    // ...unless a fixed finding came back.
    const back = compareWithPrevious(makeReview({ files: FILES, findings: [A, C, B] }), afterPush, H2);
    expect(back.fixed.map((finding) => finding.fingerprint)).toEqual(['lb']);
  });

  it('a second run of the first commit shows no comparison', () => {
    const progress = compareWithPrevious(makeReview({ files: FILES, findings: [A] }), stateAfter([A]), H1);
    expect(progress.hasPrevious).toBe(false);
    expect(Object.fromEntries(progress.status)).toEqual({ a: 'new' });
  });

  it('carries LLM findings the model did not re-read (incremental scope), and keeps their compact copy', () => {
    const review = makeReview({ files: FILES, findings: [A, B] });
    const progress = compareWithPrevious(review, stateAfter(), H2, { llmFiles: new Set(['models/a.sql']) });
    expect(progress.fixed).toEqual([]);
    expect(progress.carried.map((finding) => finding.fingerprint)).toEqual(['lb']);
    const next = nextReviewState(review, stateAfter(), progress, H2);
    expect(next.llmFindings.map((finding) => finding.fingerprint)).toEqual(['lb']);
    expect(next.findings.find((finding) => finding.fingerprint === 'lb')?.firstSeen).toBe(H1);
  });
});

describe('wasRechecked', () => {
  const review = (overrides: Parameters<typeof makeReview>[0] = {}) => makeReview({ files: FILES, ...overrides });
  it('LLM findings: only when the pass covered the file', () => {
    const llm = { file: 'models/b.sql', source: 'llm' as const };
    expect(wasRechecked(llm, review())).toBe(true);
    expect(wasRechecked(llm, review({ llm: okLlm({ status: 'failed' }) }))).toBe(false);
    expect(wasRechecked(llm, review({ llm: okLlm({ status: 'skipped', used: false }) }))).toBe(false);
    expect(wasRechecked(llm, review({ llm: okLlm({ status: 'partial', coverage: { reviewed: ['models/a.sql'], skipped: [{ path: 'models/b.sql', reason: 'HTTP 529' }] } }) }))).toBe(false);
    expect(wasRechecked(llm, review({ llm: okLlm({ status: 'partial', coverage: { reviewed: ['models/b.sql'], skipped: [] } }) }))).toBe(true);
    expect(wasRechecked(llm, review({ llm: okLlm({ status: 'partial' }) }))).toBe(false);
    expect(wasRechecked(llm, review(), { llmFiles: new Set(['models/a.sql']) })).toBe(false);
  });

  it('rule findings: only when the file was fully analysed, or removed', () => {
    const rule = { file: 'models/b.sql', source: 'rule' as const };
    expect(wasRechecked(rule, review())).toBe(true);
    expect(wasRechecked(rule, review({ files: [{ ...FILES[1]!, analysed: 'partial' }] }))).toBe(false);
    expect(wasRechecked(rule, review({ files: [{ ...FILES[1]!, analysed: 'skipped' }] }))).toBe(false);
    expect(wasRechecked(rule, review({ files: [{ ...FILES[1]!, status: 'removed', analysed: 'skipped' }] }))).toBe(true);
  });

  it('a file no longer in the change has no finding of this pull request left', () => {
    expect(wasRechecked({ file: 'models/gone.sql', source: 'rule' }, review())).toBe(true);
    expect(wasRechecked({ file: 'models/gone.sql', source: 'llm' }, review({ llm: okLlm({ status: 'failed' }) }))).toBe(true);
  });
});
