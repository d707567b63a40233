// planIncrementalReview against the loopback GitHub, on real git histories.
import { afterEach, describe, expect, it } from 'vitest';
import { planIncrementalReview } from '../../src/action/incremental.js';
import { createGitHubClient } from '../../src/github/client.js';
import type { ChangedFile } from '../../src/model.js';
import type { ReviewState, StateLlmFinding } from '../../src/publish/state/review-state.js';
import { startFakeApis, type FakeApis } from '../support/fakeApis.js';
import { createTempGitRepo } from '../support/gitRepo.js';

let fake: FakeApis | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const changed = (...paths: string[]): ChangedFile[] => paths.map((path) => ({ path, status: 'modified', hunks: [], commentableLines: new Set<number>() }) as unknown as ChangedFile);

const llmFinding = (file: string): StateLlmFinding => ({ fingerprint: `fp-${file}`, rule: 'llm', checklist: ['MON-03'], file, line: 1, endLine: 1, severity: 'warning', title: 't', message: 'm' });

const state = (llmCommit: string | undefined, files: string[]): ReviewState => ({
  headCommits: llmCommit ? [llmCommit] : ['0'.repeat(40)],
  ...(llmCommit ? { llmCommit } : {}),
  findings: [],
  llmFindings: files.map(llmFinding),
  fixed: [],
  complete: true,
});

async function setUp(extraFiles = 0) {
  const many: Record<string, string> = {};
  for (let i = 0; i < extraFiles; i++) many[`models/gen/m_${i}.sql`] = `select ${i} as id\n`;
  const repo = createTempGitRepo([
    { 'models/a.sql': 'select 1 as id\n', 'models/b.sql': 'select 2 as id\n' },
    { 'models/a.sql': 'select 10 as id\n' },
    { 'models/b.sql': 'select 20 as id\n', ...many },
  ]);
  const [base, first, second] = repo.commits as [string, string, string];
  fake = await startFakeApis({ git: { dir: repo.dir, base, head: second }, pr: { number: 5 } });
  const client = createGitHubClient({ token: 't', baseUrl: fake.url, throttle: false });
  const plan = (previous: ReviewState | undefined, headSha = second, fullReview = false) =>
    planIncrementalReview({ client, owner: fake!.owner, repo: fake!.repo, headSha, files: changed('models/a.sql', 'models/b.sql'), previous, fullReview });
  return { base, first, second, plan };
}

describe('planIncrementalReview', () => {
  it('scopes the model to the files changed since its last complete pass and carries its findings on the others', async () => {
    const { first, plan } = await setUp();
    const result = await plan(state(first, ['models/a.sql', 'models/b.sql']));
    expect([...result.llmScope!]).toEqual(['models/b.sql']);
    expect(result.carried.map((finding) => finding.file)).toEqual(['models/a.sql']);
    expect(result.carried[0]).toMatchObject({ fingerprint: 'fp-models/a.sql', source: 'llm', severity: 'warning' });
    expect(result.reason).toMatch(/^incremental review: the model reads 1 file/);
  });

  it('sends nothing again for a re-run of the commit it already covered, and carries everything', async () => {
    const { second, plan } = await setUp();
    const result = await plan(state(second, ['models/a.sql']));
    expect(result.llmScope?.size).toBe(0);
    expect(result.carried).toHaveLength(1);
  });

  it.each([
    ['without an earlier review', undefined, 'no earlier review'],
    ['when no LLM pass completed before', 'no-llm-commit', 'no earlier LLM pass covered'],
    ['when the last covered commit is gone (force-push)', 'f'.repeat(40), 'no longer exists'],
  ])('reviews everything %s', async (_name, previous, reason) => {
    const { plan } = await setUp();
    const prior = previous === undefined ? undefined : state(previous === 'no-llm-commit' ? undefined : previous, ['models/a.sql']);
    const result = await plan(prior);
    expect(result.llmScope).toBeUndefined();
    expect(result.carried).toEqual([]);
    expect(result.reason).toContain(reason);
  });

  it('reviews everything when the head is not a descendant of the covered commit (a rebase)', async () => {
    const { first, second, plan } = await setUp();
    // Covered `second`, now the head is back at `first`: GitHub says "behind".
    const result = await plan(state(second, ['models/a.sql']), first);
    expect(result.llmScope).toBeUndefined();
    expect(result.reason).toContain('not an ancestor of the head (behind');
  });

  it('reviews everything when a /data-review asked for it', async () => {
    const { first, plan } = await setUp();
    const result = await plan(state(first, ['models/a.sql']), undefined, true);
    expect(result.llmScope).toBeUndefined();
    expect(result.reason).toContain('/data-review');
  });

  it('reviews everything when the comparison lists 300 files (GitHub cuts the list there)', async () => {
    const { first, plan } = await setUp(300);
    const result = await plan(state(first, ['models/a.sql']));
    expect(result.llmScope).toBeUndefined();
    expect(result.reason).toContain('more than 299 files');
  });
});
