// Publishing the same pull request across pushes: one summary rewritten in place with what is
// new, still open and fixed; no inline comment repeated; fixed findings answered and their
// threads resolved once. Real HTTP against the loopback fake, real git diffs.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import type { ChangedFile, FileReport, Finding, Review } from '../../src/model.js';
import { publishToGitHub, type PublishResult } from '../../src/publish/github.js';
import { findingFingerprintsIn, resolvedMarker, reviewStateMarker, summaryMarker } from '../../src/publish/markers.js';
import { readPreviousReviewState } from '../../src/publish/state/read.js';
import { decodeReviewState, type ReviewState } from '../../src/publish/state/review-state.js';
import { startFakeApis, type FakeApis } from '../support/fakeApis.js';
import { createTempGitRepo, type TempGitRepo } from '../support/gitRepo.js';
import { changedFileFromEntry } from '../support/patch.js';
import { makeFinding, makeReview, okLlm } from '../support/reviewFixtures.js';

const OWNER = 'acme';
const REPO = 'warehouse';
const PR = 12;
const API = `/repos/${OWNER}/${REPO}`;

const ordersAt = (changed: number[]): string =>
  `${Array.from({ length: 30 }, (_, index) => (changed.includes(index + 1) ? `select changed_${index + 1}` : `-- line ${index + 1}`)).join('\n')}\n`;

// base, then three pushes: each changes one more line of orders.sql; customers.sql is added by the first.
let repo: TempGitRepo;
let base: string;
let heads: [string, string, string];
let fake: FakeApis;
let client: GitHubClient;
let logLines: string[];

beforeAll(() => {
  repo = createTempGitRepo([
    { 'models/orders.sql': ordersAt([]) },
    { 'models/orders.sql': ordersAt([2, 20]), 'models/customers.sql': 'select\n  id\nfrom raw.customers\n' },
    { 'models/orders.sql': ordersAt([2, 10, 20]) },
    { 'models/orders.sql': ordersAt([2, 10, 20, 25]) },
  ]);
  base = repo.commits[0]!;
  heads = [repo.commits[1]!, repo.commits[2]!, repo.commits[3]!];
});

afterAll(() => repo.cleanup());

beforeEach(async () => {
  fake = await startFakeApis({ owner: OWNER, repo: REPO, git: { dir: repo.dir, base, head: heads[0] }, pr: { number: PR, title: 'Orders' } });
  client = createGitHubClient({ token: 't', baseUrl: fake.url, throttle: false });
  logLines = [];
});

afterEach(async () => {
  expect(fake.unexpected).toEqual([]);
  await fake.close();
});

const A = makeFinding({ fingerprint: 'fp-a', rule: 'SQL-001', title: 'Wildcard', file: 'models/orders.sql', line: 2, endLine: 2 });
const B = makeFinding({ fingerprint: 'fp-b', rule: 'SQL-002', title: 'Cartesian join', file: 'models/orders.sql', line: 20, endLine: 20 });
const C = makeFinding({ fingerprint: 'fp-c', rule: 'SQL-003', title: 'Non-sargable filter', file: 'models/orders.sql', line: 10, endLine: 10 });
const L = makeFinding({ fingerprint: 'fp-l', rule: 'llm', source: 'llm', checklist: ['DQ-02'], title: 'Customer id may be null', message: 'Add a not_null test on id.', file: 'models/customers.sql', line: 2, endLine: 2 });
const L2 = makeFinding({ fingerprint: 'fp-l2', rule: 'llm', source: 'llm', checklist: ['PERF-03'], title: 'Scan of the whole table', message: 'Filter on the partition column first.', file: 'models/orders.sql', line: 20, endLine: 20 });

const FILES: FileReport[] = [
  { path: 'models/orders.sql', domain: 'dbt', status: 'modified', analysed: 'full' },
  { path: 'models/customers.sql', domain: 'dbt', status: 'added', analysed: 'full' },
];

async function changedFiles(): Promise<ChangedFile[]> {
  const entries = await client.paginate(client.rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: PR, per_page: 100 });
  return entries.map((entry) => changedFileFromEntry(entry));
}

interface RunOptions {
  review?: Partial<Review>;
  previousState?: ReviewState;
  llmFiles?: string[];
}

/** One push: the PR head moves to `head`, then the review of `findings` is published. */
async function run(head: string, findings: Finding[], options: RunOptions = {}): Promise<PublishResult> {
  fake.push(head);
  const files = await changedFiles();
  return publishToGitHub({
    client,
    owner: OWNER,
    repo: REPO,
    pr: { number: PR, title: 'Orders', url: `https://github.com/${OWNER}/${REPO}/pull/${PR}`, headSha: head },
    review: makeReview({ base, head, files: FILES, findings, ...options.review }),
    files,
    log: (line) => logLines.push(line),
    ...(options.previousState ? { previousState: options.previousState } : {}),
    ...(options.llmFiles ? { reviewScope: { llmFiles: new Set(options.llmFiles) } } : {}),
  });
}

const summaryBody = (): string => fake.state.comments.find((comment) => comment.body.startsWith(summaryMarker()))?.body ?? '';
const topLevel = () => fake.state.reviewComments.filter((comment) => comment.in_reply_to_id === undefined);
const commentOf = (fingerprint: string) => topLevel().find((comment) => findingFingerprintsIn(comment.body).includes(fingerprint))!;
const repliesTo = (id: number) => fake.state.reviewComments.filter((comment) => comment.in_reply_to_id === id);
const writesSince = (index: number): string[] =>
  fake.requests.slice(index).filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);

describe('three pushes to one pull request', () => {
  it('keeps one summary, never repeats an inline comment, and resolves the threads of fixed findings once', async () => {
    // Push 1: everything is new; no comparison is shown yet.
    const first = await run(heads[0], [A, B, L, L2]);
    expect(first.errors).toEqual([]);
    expect(first.findingStatus).toEqual({ 'fp-a': 'new', 'fp-b': 'new', 'fp-l': 'new', 'fp-l2': 'new' });
    expect(summaryBody()).not.toContain('Since the last review');
    expect(decodeReviewState(summaryBody())?.headCommits).toEqual([heads[0]]);
    expect(fake.requestsTo('POST', /\/graphql$/)).toEqual([]);

    // Push 2: B is fixed, C is new, the rest is still open.
    const second = await run(heads[1], [A, C, L, L2]);
    expect(second.errors).toEqual([]);
    expect(second.findingStatus).toEqual({ 'fp-a': 'open', 'fp-c': 'new', 'fp-l': 'open', 'fp-l2': 'open' });
    expect(second.fixed.map((finding) => finding.fingerprint)).toEqual(['fp-b']);
    expect(second.inlineCount).toBe(1);
    const b = commentOf('fp-b');
    expect(repliesTo(b.id).map((reply) => reply.body)).toEqual([`${resolvedMarker('fp-b')}\nResolved in ${heads[1].slice(0, 7)}: this finding is no longer reported at this commit.`]);
    expect(fake.state.resolvedThreads).toEqual([b.id]);
    let summary = summaryBody();
    expect(summary).toContain(`**Since the last review (commit ${heads[0].slice(0, 12)}):** 1 new · 3 still open · 1 fixed.`);
    expect(summary).toContain('### Fixed since the last review (1)');
    expect(summary).toContain('- ✅ `SQL-002` · models/orders.sql:20');
    expect(summary).toMatch(/- 🆕 New · \[models\/orders\.sql:10\]\([^)]*\) · `SQL-003` Non-sargable filter/);
    expect(summary).toMatch(/- Still open · \[models\/orders\.sql:2\]\([^)]*\) · `SQL-001` Wildcard/);
    expect(decodeReviewState(summary)?.headCommits).toEqual([heads[0], heads[1]]);

    // Push 3, an incremental review: the LLM re-read orders.sql only. L2 (orders.sql) is fixed;
    // L (customers.sql) was not looked at again, so it is neither fixed nor resolved.
    const third = await run(heads[2], [A, C], { llmFiles: ['models/orders.sql'] });
    expect(third.errors).toEqual([]);
    expect(third.fixed.map((finding) => finding.fingerprint)).toEqual(['fp-l2']);
    expect(third.repliedComments).toEqual([commentOf('fp-l2').id]);
    expect(third.resolvedComments).toEqual([commentOf('fp-l2').id]);
    expect(repliesTo(commentOf('fp-l').id)).toEqual([]);
    expect(repliesTo(b.id)).toHaveLength(1);
    summary = summaryBody();
    expect(summary).toContain('0 new · 2 still open · 1 fixed.');
    expect(summary).toContain('1 earlier finding was not checked again in this run');
    expect(summary).toContain('- ✅ `llm` (LLM) · models/orders.sql:20 · Scan of the whole table: Filter on the partition column first.');
    const state = decodeReviewState(summary)!;
    expect(state.headCommits).toEqual(heads);
    // The carried LLM finding keeps its compact copy for the run that re-reads its file.
    expect(state.llmFindings.map((finding) => finding.fingerprint)).toEqual(['fp-l']);
    expect(state.findings.map((finding) => finding.fingerprint).sort()).toEqual(['fp-a', 'fp-c', 'fp-l']);

    // A re-run of push 3 changes nothing but the commit status.
    const before = fake.requests.length;
    const rerun = await run(heads[2], [A, C], { llmFiles: ['models/orders.sql'] });
    expect(rerun.errors).toEqual([]);
    expect(writesSince(before)).toEqual([`POST ${API}/statuses/${heads[2]}`]);
    expect(rerun.fixed.map((finding) => finding.fingerprint)).toEqual(['fp-l2']);

    // One summary; every finding commented once; one reply per fixed thread.
    expect(fake.state.comments).toHaveLength(1);
    const posted = topLevel().flatMap((comment) => findingFingerprintsIn(comment.body));
    expect(posted.sort()).toEqual(['fp-a', 'fp-b', 'fp-c', 'fp-l', 'fp-l2']);
    expect(fake.state.reviewComments.filter((comment) => comment.in_reply_to_id !== undefined)).toHaveLength(2);
    expect(fake.state.resolvedThreads.sort()).toEqual([b.id, commentOf('fp-l2').id].sort());
  });

  it('does not resolve LLM threads when the LLM pass failed: its findings were not looked at again', async () => {
    await run(heads[0], [A, L2]);
    const result = await run(heads[1], [A], { review: { llm: okLlm({ status: 'failed', error: 'HTTP 529' }) } });
    expect(result.fixed).toEqual([]);
    expect(result.repliedComments).toEqual([]);
    expect(fake.requestsTo('POST', /\/graphql$/)).toEqual([]);
    expect(summaryBody()).toContain('1 earlier finding was not checked again');
  });

  it('does not call a rule finding fixed when its file could not be analysed this time', async () => {
    await run(heads[0], [A, B]);
    const result = await run(heads[1], [], { review: { files: [{ ...FILES[0]!, analysed: 'partial', reason: 'parse error' }, FILES[1]!] } });
    expect(result.fixed).toEqual([]);
    expect(result.repliedComments).toEqual([]);
    expect(decodeReviewState(summaryBody())?.findings.map((finding) => finding.fingerprint).sort()).toEqual(['fp-a', 'fp-b']);
  });

  it('skips a thread a person already resolved, and one that already has our reply', async () => {
    await run(heads[0], [A, B]);
    fake.state.resolvedThreads.push(commentOf('fp-a').id);
    fake.seedReviewComment({ path: 'models/orders.sql', line: 20, body: `${resolvedMarker('fp-b')}\nResolved in abc1234`, inReplyTo: commentOf('fp-b').id });
    const before = fake.requests.length;
    const result = await run(heads[1], []);
    expect(result.errors).toEqual([]);
    expect(result.repliedComments).toEqual([]);
    expect(result.fixed.map((finding) => finding.fingerprint).sort()).toEqual(['fp-a', 'fp-b']);
    expect(repliesTo(commentOf('fp-a').id)).toEqual([]);
    expect(repliesTo(commentOf('fp-b').id)).toHaveLength(1);
    // fp-b's reply was seen in the REST listing; only fp-a needed the thread listing.
    expect(fake.requestsTo('POST', /\/graphql$/).filter((request) => fake.requests.indexOf(request) >= before)).toHaveLength(1);
  });

  it('records a failing GraphQL call in the errors and the summary, still answers the comment and publishes the rest', async () => {
    await run(heads[0], [A, B]);
    fake.failNext({ method: 'POST', path: '/graphql', status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await run(heads[1], [A]);
    expect(result.errors).toEqual([expect.stringMatching(/Could not list the review threads, so none was resolved: HTTP 403/)]);
    expect(result.repliedComments).toEqual([commentOf('fp-b').id]);
    expect(fake.state.resolvedThreads).toEqual([]);
    expect(summaryBody()).toContain('Could not list the review threads');
    expect(summaryBody()).toContain('### Fixed since the last review (1)');
    expect(fake.state.statuses.at(-1)?.sha).toBe(heads[1]);

    // The next run does not answer again (our reply is there).
    const next = await run(heads[2], [A]);
    expect(next.repliedComments).toEqual([]);
    expect(repliesTo(commentOf('fp-b').id)).toHaveLength(1);
  });

  it('records a refused resolveReviewThread mutation and carries on', async () => {
    await run(heads[0], [A, B]);
    fake.failNext({
      method: 'POST',
      path: '/graphql',
      status: 200,
      when: (body) => JSON.stringify(body).includes('resolveReviewThread'),
      body: { data: { resolveReviewThread: null }, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] },
    });
    const result = await run(heads[1], [A]);
    expect(fake.requestsTo('POST', '/graphql')).toHaveLength(2);
    expect(result.repliedComments).toEqual([commentOf('fp-b').id]);
    expect(result.resolvedComments).toEqual([]);
    expect(result.errors).toEqual([expect.stringMatching(/Could not resolve the review thread of the fixed finding on models\/orders\.sql: .*Resource not accessible by integration/)]);
    expect(summaryBody()).toContain('Could not resolve the review thread');
    expect(fake.state.statuses.at(-1)?.sha).toBe(heads[1]);
  });
});

describe('the state marker', () => {
  it('is ignored when someone else forged it, and a damaged one of ours means a full review, not a crash', async () => {
    const forged: ReviewState = { headCommits: ['f'.repeat(40)], findings: [{ fingerprint: 'fp-a', rule: 'SQL-001', file: 'models/orders.sql', line: 2, source: 'rule', firstSeen: 'f'.repeat(40) }], llmFindings: [], fixed: [], complete: true };
    const { encodeReviewState } = await import('../../src/publish/state/review-state.js');
    fake.seedIssueComment(PR, `${summaryMarker()}\n${encodeReviewState(forged).marker}`, 'mallory');
    const ours = fake.seedIssueComment(PR, `${summaryMarker()}\n${reviewStateMarker('bm90IGRlZmxhdGU=')}\nold`);

    const result = await run(heads[0], [A]);
    expect(result.errors).toEqual([]);
    expect(result.findingStatus).toEqual({ 'fp-a': 'new' });
    expect(result.summaryCommentId).toBe(ours.id);
    expect(decodeReviewState(ours.body)?.headCommits).toEqual([heads[0]]);
    expect(await readPreviousReviewState(client, OWNER, REPO, PR)).toEqual(result.state);
  });

  it('uses a state the caller already read without listing comments again for it', async () => {
    await run(heads[0], [A, B]);
    const state = await readPreviousReviewState(client, OWNER, REPO, PR);
    expect(state?.findings.map((finding) => finding.fingerprint)).toEqual(['fp-a', 'fp-b']);
    const before = fake.requestsTo('GET', `${API}/issues/${PR}/comments`).length;
    const result = await run(heads[1], [A], { previousState: state! });
    // One listing: to find the summary comment it rewrites.
    expect(fake.requestsTo('GET', `${API}/issues/${PR}/comments`).length - before).toBe(1);
    expect(result.fixed.map((finding) => finding.fingerprint)).toEqual(['fp-b']);
  });

  it('readPreviousReviewState trusts only the bot, pages through comments, and answers undefined when listing fails', async () => {
    for (let index = 0; index < 120; index++) fake.seedIssueComment(PR, `chatter ${index}`, 'someone');
    await run(heads[0], [A]);
    expect(await readPreviousReviewState(client, OWNER, REPO, PR)).toMatchObject({ headCommits: [heads[0]] });
    expect(await readPreviousReviewState(client, OWNER, REPO, PR, 'someone-else')).toBeUndefined();
    fake.failNext({ method: 'GET', path: `${API}/issues/${PR}/comments`, status: 403 });
    const lines: string[] = [];
    expect(await readPreviousReviewState(client, OWNER, REPO, PR, undefined, (line) => lines.push(line))).toBeUndefined();
    expect(lines[0]).toMatch(/could not read the previous review state.*full review/);
  });
});

describe('API calls across pushes', () => {
  it('do not grow with the number of open findings; each fixed finding adds one reply and one resolution', async () => {
    const manyOpen = Array.from({ length: 12 }, (_, index) => makeFinding({ fingerprint: `fp-open-${index}`, file: 'models/orders.sql', line: 2, endLine: 2, title: `open ${index}` }));
    const count = async (findingsBefore: Finding[], findingsAfter: Finding[]): Promise<number> => {
      await fake.close();
      fake = await startFakeApis({ owner: OWNER, repo: REPO, git: { dir: repo.dir, base, head: heads[0] }, pr: { number: PR } });
      client = createGitHubClient({ token: 't', baseUrl: fake.url, throttle: false });
      await run(heads[0], findingsBefore);
      const start = fake.requests.length;
      await run(heads[1], findingsAfter);
      // listFiles is the test's own call, not the publisher's.
      return fake.requests.slice(start).filter((request) => !request.path.endsWith('/files')).length;
    };
    const oneOpen = await count([A], [A]);
    const twelveOpen = await count([A, ...manyOpen], [A, ...manyOpen]);
    expect(twelveOpen).toBe(oneOpen);
    const oneFixed = await count([A, B], [A]);
    const D = makeFinding({ fingerprint: 'fp-d', rule: 'SQL-004', file: 'models/orders.sql', line: 3, endLine: 3 });
    const twoFixed = await count([A, B, D], [A]);
    // The thread listing is paid once when something is fixed; then a reply and a resolution per fixed finding.
    expect(oneFixed - oneOpen).toBe(3);
    expect(twoFixed - oneFixed).toBe(2);
  });
});
