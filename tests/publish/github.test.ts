import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import type { ChangedFile, Finding, Review } from '../../src/model.js';
import { publishToGitHub, type PublishResult } from '../../src/publish/github.js';
import { decisionMarker, escalationMarker, findingFingerprintsIn, findingMarker, summaryMarker } from '../../src/publish/markers.js';
import { evidenceDigest } from '../../src/escalation/decision.js';
import { startFakeApis, type FakeApis } from '../support/fakeApis.js';
import { createSampleDbtRepo } from '../support/gitRepo.js';
import { changedFileFromEntry } from '../support/patch.js';
import { makeEscalation, makeFinding, makeReview } from '../support/reviewFixtures.js';

const OWNER = 'acme';
const REPO = 'warehouse';
const PR = 7;
const API = `/repos/${OWNER}/${REPO}`;

const repo = createSampleDbtRepo();
let fake: FakeApis;
let client: GitHubClient;
let files: ChangedFile[];
let logLines: string[];

beforeAll(async () => {
  // The ChangedFile list comes from the fake's own file list, i.e. from real git patches.
  const probe = await startFakeApis({ owner: OWNER, repo: REPO, git: { dir: repo.dir, base: repo.base, head: repo.head }, pr: { number: PR } });
  const probeClient = createGitHubClient({ token: 't', baseUrl: probe.url, throttle: false });
  const entries = await probeClient.paginate(probeClient.rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: PR, per_page: 100 });
  files = entries.map((entry) => changedFileFromEntry(entry));
  await probe.close();
});

beforeEach(async () => {
  fake = await startFakeApis({
    owner: OWNER,
    repo: REPO,
    git: { dir: repo.dir, base: repo.base, head: repo.head },
    pr: { number: PR, title: 'Orders as a table' },
  });
  client = createGitHubClient({ token: 't', baseUrl: fake.url, throttle: false });
  logLines = [];
});

afterEach(async () => {
  // No test may touch a route the fake does not know.
  expect(fake.unexpected).toEqual([]);
  await fake.close();
});

afterAll(() => repo.cleanup());

// Findings on real lines of the sample repo (see tests/support/gitRepo.ts):
// orders.sql line 1 (changed config), 5-6 (changed select list), 15 (padding, outside the diff);
// new_model.sql line 1 (added file); legacy.sql (removed file).
const INLINE_ERROR = makeFinding({ fingerprint: 'fp-config', severity: 'error', rule: 'DBT-010', title: 'Materialisation changed', file: 'models/orders.sql', line: 1, endLine: 1 });
const INLINE_RANGE = makeFinding({ fingerprint: 'fp-select', file: 'models/orders.sql', line: 5, endLine: 6 });
const INLINE_NEW = makeFinding({ fingerprint: 'fp-new', rule: 'SQL-001', file: 'models/new_model.sql', line: 1, endLine: 1 });
const OUTSIDE = makeFinding({ fingerprint: 'fp-outside', severity: 'info', rule: 'SQL-022', title: 'Padding comment', file: 'models/orders.sql', line: 15, endLine: 15 });
const REMOVED = makeFinding({ fingerprint: 'fp-removed', rule: 'DBT-020', title: 'Model removed', file: 'models/legacy.sql', line: 1, endLine: 1 });
const ESCALATION = makeEscalation({
  fingerprint: 'esc-orders',
  evidence: [{ file: 'models/orders.sql', line: 1, text: "{{ config(materialized='table') }}" }],
});

function sampleReview(overrides: Partial<Review> = {}): Review {
  return makeReview({
    base: repo.base,
    head: repo.head,
    findings: [INLINE_ERROR, INLINE_RANGE, INLINE_NEW, OUTSIDE, REMOVED],
    escalations: [ESCALATION],
    ...overrides,
  });
}

function publish(review: Review, extra: { botLogin?: string | null; maxInlineComments?: number } = {}): Promise<PublishResult> {
  return publishToGitHub({
    client,
    owner: OWNER,
    repo: REPO,
    pr: { number: PR, title: 'Orders as a table', url: `https://github.com/${OWNER}/${REPO}/pull/${PR}`, headSha: repo.head },
    review,
    files,
    log: (line) => logLines.push(line),
    ...extra,
  });
}

const writes = (): string[] => fake.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);

describe('publishToGitHub: first run', () => {
  it('creates the label, the escalation issue, one review with the inline comments, and the summary, in that order', async () => {
    const result = await publish(sampleReview());

    expect(result.errors).toEqual([]);
    expect(writes()).toEqual([
      `POST ${API}/labels`,
      `POST ${API}/issues`,
      `POST ${API}/pulls/${PR}/reviews`,
      `POST ${API}/issues/${PR}/comments`,
      `POST ${API}/statuses/${repo.head}`,
    ]);

    expect(fake.state.labels.map((label) => label.name)).toEqual(['needs-human-decision']);
    const [issue] = fake.state.issues;
    expect(issue?.labels.map((label) => label.name)).toEqual(['needs-human-decision']);
    expect(issue?.title).toBe('Needs human decision: orders switched from incremental to table');
    expect(issue?.body).toContain(escalationMarker('esc-orders'));
    expect(result.escalationIssues).toEqual([{ fingerprint: 'esc-orders', number: issue!.number, url: issue!.html_url, created: true, decision: 'pending' }]);
    expect(result.decisionStatus).toEqual({ state: 'pending', description: `Awaiting a human decision: #${issue!.number}` });

    const reviewRequest = fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`)[0]!.body as {
      event: string;
      commit_id: string;
      comments: { path: string; line: number; start_line?: number; side: string; start_side?: string; body: string }[];
    };
    expect(reviewRequest.event).toBe('COMMENT');
    expect(reviewRequest.commit_id).toBe(repo.head);
    expect(reviewRequest.comments.map((comment) => [comment.path, comment.start_line ?? null, comment.line, comment.side])).toEqual([
      ['models/orders.sql', null, 1, 'RIGHT'],
      ['models/orders.sql', 5, 6, 'RIGHT'],
      ['models/new_model.sql', null, 1, 'RIGHT'],
    ]);
    expect(reviewRequest.comments.flatMap((comment) => findingFingerprintsIn(comment.body))).toEqual(['fp-config', 'fp-select', 'fp-new']);
    expect(result.reviewId).toBe(fake.state.reviews[0]?.id);
    expect(result.inlineCount).toBe(3);

    const [summary] = fake.state.comments;
    expect(summary?.body.startsWith(summaryMarker())).toBe(true);
    expect(summary?.body).toContain(`[#${issue!.number}](${issue!.html_url})`);
    expect(summary?.body).toContain('### Findings not shown inline (2)');
    expect(summary?.body).toContain(`https://github.com/${OWNER}/${REPO}/blob/${repo.head}/models/orders.sql#L15`);
    expect(summary?.body).toContain('models/legacy.sql:1');
    expect(summary?.body).toContain('3 findings are posted as inline comments');
    expect(result.summaryCommentId).toBe(summary?.id);
    expect(result.summaryUrl).toBe(summary?.html_url);
  });

  it('writes no escalation issue and no label when there is no escalation, and a green decision status', async () => {
    const result = await publish(sampleReview({ escalations: [] }));
    expect(fake.requests.some((request) => request.path.includes('/labels') || (request.path === `${API}/issues` && request.method === 'POST'))).toBe(false);
    expect(fake.state.issues).toEqual([]);
    expect(result.decisionStatus).toEqual({ state: 'success', description: 'No decision needed' });
  });

  it('posts no review at all when nothing can be anchored', async () => {
    const result = await publish(sampleReview({ findings: [OUTSIDE, REMOVED], escalations: [] }));
    expect(fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`)).toEqual([]);
    expect(result.reviewId).toBeUndefined();
    expect(fake.state.comments[0]?.body).toContain('### Findings not shown inline (2)');
  });
});

describe('publishToGitHub: re-runs', () => {
  it('a second run with the same review creates nothing new and repeats no inline comment', async () => {
    await publish(sampleReview());
    const firstWrites = writes().length;
    const second = await publish(sampleReview());

    expect(second.errors).toEqual([]);
    // Everything is found by its marker and is already up to date: only the head's status is set again.
    expect(writes().slice(firstWrites)).toEqual([`POST ${API}/statuses/${repo.head}`]);
    expect(fake.state.issues).toHaveLength(1);
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.reviews).toHaveLength(1);
    expect(fake.state.reviewComments).toHaveLength(3);
    expect(second.escalationIssues).toEqual([expect.objectContaining({ fingerprint: 'esc-orders', number: fake.state.issues[0]!.number, created: false })]);
    expect(second.summaryCommentId).toBe(fake.state.comments[0]!.id);
    expect(second.inlineCount).toBe(0);
    expect(logLines).toContain('3 inline findings already posted by an earlier run');
  });

  it('updates the summary and the issue in place and posts only the new inline finding', async () => {
    await publish(sampleReview());
    const firstWrites = writes().length;
    const newFinding = makeFinding({ fingerprint: 'fp-where', file: 'models/orders.sql', line: 31, endLine: 31, title: 'Filter on a status literal' });
    const changedEscalation = { ...ESCALATION, problem: 'Now also drops the unique_key.' };
    const second = await publish(sampleReview({ findings: [...sampleReview().findings, newFinding], escalations: [changedEscalation] }));

    expect(second.errors).toEqual([]);
    const issueNumber = fake.state.issues[0]!.number;
    const summaryId = fake.state.comments[0]!.id;
    expect(writes().slice(firstWrites)).toEqual([
      `PATCH ${API}/issues/${issueNumber}`,
      `POST ${API}/pulls/${PR}/reviews`,
      `PATCH ${API}/issues/comments/${summaryId}`,
      `POST ${API}/statuses/${repo.head}`,
    ]);
    expect(fake.state.issues[0]?.body).toContain('Now also drops the unique_key.');
    const newReview = fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`)[1]!.body as { comments: { body: string; line: number }[] };
    expect(newReview.comments.map((comment) => findingFingerprintsIn(comment.body))).toEqual([['fp-where']]);
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0]?.body).toContain('4 findings are posted as inline comments');
    expect(second.inlineCount).toBe(1);
  });

  it('reopens an escalation issue closed without a recorded decision, refreshing its text', async () => {
    await publish(sampleReview());
    fake.state.issues[0]!.state = 'closed';
    const result = await publish(sampleReview({ escalations: [{ ...ESCALATION, title: 'orders is a table now' }] }));
    expect(fake.state.issues).toHaveLength(1);
    expect(fake.state.issues[0]).toMatchObject({ state: 'open', title: 'Needs human decision: orders is a table now' });
    expect(fake.state.comments.find((comment) => comment.issue_number === fake.state.issues[0]!.number)?.body).toContain('closed without a recorded decision');
    expect(result.escalationIssues[0]?.decision).toBe('pending');
  });

  it('keeps an issue closed, and the status green, when its decision was taken on the same evidence', async () => {
    await publish(sampleReview());
    const issue = fake.state.issues[0]!;
    const digest = evidenceDigest(ESCALATION);
    issue.body = `${issue.body}\n\n${decisionMarker('approved', digest)}\n### Decision\n\n**Approved** by lead`;
    issue.labels.push(fake.seedLabel('decision:approved'));
    issue.state = 'closed';
    const shifted = { ...ESCALATION, evidence: ESCALATION.evidence.map((item) => ({ ...item, line: item.line + 3 })) };
    const result = await publish(sampleReview({ escalations: [shifted] }));
    expect(issue.state).toBe('closed');
    expect(issue.body).toContain('**Approved** by lead');
    expect(result.escalationIssues[0]?.decision).toBe('approved');
    expect(result.decisionStatus?.state).toBe('success');
  });

  it('finds its summary among 250 comments (paginated) and updates it instead of adding another', async () => {
    for (let index = 0; index < 229; index++) fake.seedIssueComment(PR, `chatter ${index}`, 'someone');
    const ours = fake.seedIssueComment(PR, `${summaryMarker()}\nold summary`);
    for (let index = 0; index < 20; index++) fake.seedIssueComment(PR, `more chatter ${index}`, 'someone');

    const result = await publish(sampleReview({ escalations: [] }));
    expect(result.summaryCommentId).toBe(ours.id);
    expect(fake.requestsTo('GET', `${API}/issues/${PR}/comments`)).toHaveLength(3);
    expect(fake.requestsTo('POST', `${API}/issues/${PR}/comments`)).toEqual([]);
    expect(fake.state.comments).toHaveLength(250);
    expect(ours.body).toContain('### Findings not shown inline');
  });

  it('does not trust markers in comments by other accounts', async () => {
    const forgedSummary = fake.seedIssueComment(PR, `${summaryMarker()} I am the summary now`, 'mallory');
    fake.seedReviewComment({ path: 'models/orders.sql', line: 1, body: findingMarker('fp-config'), login: 'mallory' });
    fake.seedIssue({ title: 'fake', body: escalationMarker('esc-orders'), labels: [], login: 'mallory' });
    fake.seedLabel('needs-human-decision');
    fake.seedIssue({ title: 'labelled fake', body: escalationMarker('esc-orders'), labels: ['needs-human-decision'], login: 'mallory' });

    const result = await publish(sampleReview());
    expect(result.errors).toEqual([]);
    expect(forgedSummary.body).toBe(`${summaryMarker()} I am the summary now`);
    expect(result.summaryCommentId).not.toBe(forgedSummary.id);
    expect(result.inlineCount).toBe(3);
    expect(result.escalationIssues[0]?.created).toBe(true);
    expect(fake.requestsTo('POST', `${API}/labels`)).toEqual([]);
  });

  it('trusts any author when the bot login is unknown (null)', async () => {
    fake.seedReviewComment({ path: 'models/orders.sql', line: 1, body: findingMarker('fp-config'), login: 'someone-else' });
    const result = await publish(sampleReview({ escalations: [] }), { botLogin: null });
    expect(result.inlineCount).toBe(2);
  });
});

describe('publishToGitHub: failures', () => {
  it('bisects a refused (422) review: a refusal that does not recur loses nothing and posts no comment twice', async () => {
    fake.failNext({ method: 'POST', path: `${API}/pulls/${PR}/reviews`, status: 422, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] } });
    const result = await publish(sampleReview());

    const posts = fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`).map((request) =>
      (request.body as { comments: { body: string }[] }).comments.flatMap((comment) => findingFingerprintsIn(comment.body)),
    );
    // The whole review, then its two halves: never the same POST again.
    expect(posts).toEqual([['fp-config', 'fp-select', 'fp-new'], ['fp-config', 'fp-select'], ['fp-new']]);
    expect(fake.state.reviews).toHaveLength(2);
    expect(result.reviewIds).toEqual(fake.state.reviews.map((review) => review.id));
    expect(result.reviewId).toBe(result.reviewIds[0]);
    expect(result.inlineCount).toBe(3);
    expect(result.errors).toEqual([]);
    expect(fake.state.comments[0]?.body).toContain('### Findings not shown inline (2)');
  });

  it('finds the one comment GitHub refuses, posts the others, and lists it in the summary with its link', async () => {
    fake.refuseReviewComments({ path: 'models/orders.sql', line: 6 });
    const result = await publish(sampleReview({ escalations: [] }));

    expect(fake.state.reviewComments.flatMap((comment) => findingFingerprintsIn(comment.body)).sort()).toEqual(['fp-config', 'fp-new']);
    expect(result.inlineCount).toBe(2);
    expect(result.refusedInline).toBe(1);
    // 1 + 2·⌈log2 3⌉ = 5 at most; here: all three, [config, select] refused, [config] ok, [select] refused, [new] ok.
    expect(fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`)).toHaveLength(5);
    expect(result.errors).toEqual([expect.stringMatching(/GitHub refused the inline review: HTTP 422: 1 comment refused \(models\/orders\.sql:5-6\)/)]);
    const summary = fake.state.comments[0]?.body ?? '';
    expect(summary).toContain('### Findings not shown inline (3)');
    expect(summary).toContain(`[models/orders.sql:5-6](https://github.com/${OWNER}/${REPO}/blob/${repo.head}/models/orders.sql#L5-L6)`);
    expect(summary).toContain('listed below instead, with links to their lines');
    expect(summary).toContain('2 findings are posted as inline comments');

    // The next run posts nothing again and tries the refused comment once more, alone.
    fake.requests.length = 0;
    const second = await publish(sampleReview({ escalations: [] }));
    expect(fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`).map((request) => (request.body as { comments: unknown[] }).comments.length)).toEqual([1]);
    expect(second.inlineCount).toBe(0);
    expect(fake.state.comments).toHaveLength(1);
  });

  it('bounds the review POSTs when many comments are refused, moving whole halves to the summary', async () => {
    const orders = files.find((file) => file.path === 'models/orders.sql')!;
    const many = [...orders.commentableLines].map((line) => makeFinding({ fingerprint: `fp-line-${line}`, file: orders.path, line, endLine: line }));
    fake.refuseReviewComments({ path: 'models/orders.sql' });
    const result = await publish(sampleReview({ findings: many, escalations: [] }));

    const bound = 2 * Math.ceil(Math.log2(many.length)) + 2;
    expect(fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`)).toHaveLength(bound);
    expect(result.inlineCount).toBe(0);
    expect(result.errors[0]).toMatch(/not sent: the search for the refused ones stopped after/);
    // No finding lost: every one is in the summary table.
    expect(fake.state.comments[0]?.body).toContain(`### Findings not shown inline (${many.length})`);
  });

  it('does not retry a review POST that failed with a server error', async () => {
    fake.failNext({ method: 'POST', path: `${API}/pulls/${PR}/reviews`, status: 502 });
    const result = await publish(sampleReview({ escalations: [] }));
    expect(fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`)).toHaveLength(1);
    expect(result.errors[0]).toMatch(/HTTP 502/);
    expect(fake.state.comments[0]?.body).toContain('### Findings not shown inline (5)');
  });

  it('writes no escalation issue when the label cannot be ensured, and still posts the review and summary', async () => {
    fake.failNext({ method: 'POST', path: `${API}/labels`, status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await publish(sampleReview());
    expect(result.errors).toEqual([expect.stringMatching(/needs-human-decision.*HTTP 403: Resource not accessible by integration/)]);
    expect(fake.state.issues).toEqual([]);
    expect(result.escalationIssues).toEqual([]);
    expect(fake.state.reviews).toHaveLength(1);
    const summary = fake.state.comments[0]?.body ?? '';
    expect(summary).toContain('_issue not created');
    expect(summary).toContain('escalation issues could not be written');
  });

  it('moves inline findings to the summary when earlier review comments cannot be listed', async () => {
    fake.failNext({ method: 'GET', path: `${API}/pulls/${PR}/comments`, status: 403 });
    const result = await publish(sampleReview({ escalations: [] }));
    expect(fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`)).toEqual([]);
    expect(result.errors[0]).toMatch(/HTTP 403/);
    expect(fake.state.comments[0]?.body).toContain('### Findings not shown inline (5)');
  });

  it('still posts a summary when listing comments fails', async () => {
    fake.failNext({ method: 'GET', path: `${API}/issues/${PR}/comments`, status: 403 });
    const result = await publish(sampleReview({ escalations: [] }));
    expect(result.errors).toHaveLength(1);
    expect(fake.state.comments).toHaveLength(1);
    expect(result.summaryCommentId).toBe(fake.state.comments[0]?.id);
  });

  it('reports a failed summary write with its status, after the other steps ran', async () => {
    fake.failNext({ method: 'POST', path: `${API}/issues/${PR}/comments`, status: 403, body: { message: 'Forbidden' } });
    const result = await publish(sampleReview());
    expect(result.errors).toEqual([expect.stringMatching(/summary comment: HTTP 403/)]);
    expect(fake.state.reviews).toHaveLength(1);
    expect(fake.state.issues).toHaveLength(1);
  });
});

describe('publishToGitHub: scale', () => {
  function findingsOnEveryCommentableLine(): Finding[] {
    const orders = files.find((file) => file.path === 'models/orders.sql')!;
    return [...orders.commentableLines].map((line) => makeFinding({ fingerprint: `fp-line-${line}`, file: orders.path, line, endLine: line }));
  }

  it('makes the same number of API calls for one inline finding as for many', async () => {
    await publish(sampleReview({ findings: [INLINE_ERROR], escalations: [] }));
    const fewCalls = fake.requests.length;
    const many = findingsOnEveryCommentableLine();
    expect(many.length).toBeGreaterThan(10);

    await fake.close();
    fake = await startFakeApis({ owner: OWNER, repo: REPO, git: { dir: repo.dir, base: repo.base, head: repo.head }, pr: { number: PR } });
    client = createGitHubClient({ token: 't', baseUrl: fake.url, throttle: false });
    const result = await publish(sampleReview({ findings: many, escalations: [] }));
    expect(result.inlineCount).toBe(many.length);
    expect(fake.requests.length).toBe(fewCalls);
  });

  it('caps new inline comments per run, most severe first, and lists the rest in the summary', async () => {
    const many = findingsOnEveryCommentableLine();
    many[many.length - 1] = { ...many[many.length - 1]!, severity: 'error' };
    const result = await publish(sampleReview({ findings: many, escalations: [] }), { maxInlineComments: 2 });
    expect(result.inlineCount).toBe(2);
    const posted = (fake.requestsTo('POST', `${API}/pulls/${PR}/reviews`)[0]!.body as { comments: { body: string }[] }).comments;
    expect(findingFingerprintsIn(posted[0]!.body)).toEqual([many[many.length - 1]!.fingerprint]);
    const summary = fake.state.comments[0]?.body ?? '';
    expect(summary).toContain(`### Findings not shown inline (${many.length - 2})`);
    expect(summary).toContain('At most 2 new inline comments per run');
  });
});
