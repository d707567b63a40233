// llmCommit: the newest head commit at which the model had covered the whole pull request,
// which an incremental review compares against. It must only advance on a complete LLM pass
// and survive the round trip through the summary's hidden marker.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../../src/model.js';
import { compareWithPrevious, nextReviewState } from '../../../src/publish/state/progress.js';
import { decodeReviewState, encodeReviewState, type ReviewState } from '../../../src/publish/state/review-state.js';
import { makeFinding, makeReview, okLlm } from '../../support/reviewFixtures.js';

const H1 = '1'.repeat(40);
const H2 = '2'.repeat(40);
const FILES: FileReport[] = [{ path: 'models/a.sql', domain: 'dbt', status: 'modified', analysed: 'full' }];
const LLM = makeFinding({ fingerprint: 'l', rule: 'llm', source: 'llm', file: 'models/a.sql' });

function after(previous: ReviewState | undefined, head: string, llm = okLlm()): ReviewState {
  const review = makeReview({ files: FILES, findings: [LLM], llm });
  return nextReviewState(review, previous, compareWithPrevious(review, previous, head), head);
}

describe('llmCommit in the review state', () => {
  it('advances to the head on a complete pass', () => {
    expect(after(undefined, H1).llmCommit).toBe(H1);
    expect(after(after(undefined, H1), H2).llmCommit).toBe(H2);
  });

  it('stays where it was when the pass was partial, skipped a file, failed or did not run', () => {
    const first = after(undefined, H1);
    expect(after(first, H2, okLlm({ status: 'partial' })).llmCommit).toBe(H1);
    expect(after(first, H2, okLlm({ coverage: { reviewed: [], skipped: [{ path: 'models/a.sql', reason: 'cost cap reached' }] } })).llmCommit).toBe(H1);
    expect(after(first, H2, okLlm({ status: 'failed' })).llmCommit).toBe(H1);
    expect(after(undefined, H1, okLlm({ status: 'skipped', used: false })).llmCommit).toBeUndefined();
  });

  it('survives the marker round trip, and is forgotten when the LLM copies had to be cut', () => {
    const state = after(undefined, H1);
    const { marker } = encodeReviewState(state);
    expect(decodeReviewState(`<!-- data-engineer-review:summary -->\n${marker}`)?.llmCommit).toBe(H1);

    const many = { ...state, llmFindings: Array.from({ length: 400 }, (_, i) => ({ ...state.llmFindings[0]!, fingerprint: `f${i}`, message: createHash('sha256').update(String(i)).digest('base64') })) };
    const { stored } = encodeReviewState(many, 6_000);
    expect(stored.complete).toBe(false);
    expect(stored.llmCommit).toBeUndefined();
  });
});
