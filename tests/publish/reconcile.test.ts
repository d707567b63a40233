// The checks a run makes after writing, against duplicates a concurrent run wrote in the same
// moment: the state below is what two racing runs leave, seeded into the loopback GitHub.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { escalationMarker, findingMarker, pullRequestMarker, summaryMarker } from '../../src/publish/markers.js';
import { keepOneEscalationIssue, keepOneInlineCommentPerFinding, keepOneSummary, type ReconcileContext } from '../../src/publish/reconcile.js';
import { startFakeApis, type FakeApis } from '../support/fakeApis.js';
import { createSampleDbtRepo } from '../support/gitRepo.js';

let fake: FakeApis;
let ctx: ReconcileContext;
const lines: string[] = [];

beforeEach(async () => {
  const repo = createSampleDbtRepo();
  fake = await startFakeApis({ git: { dir: repo.dir, base: repo.base, head: repo.head }, pr: { number: 3 } });
  ctx = { client: createGitHubClient({ token: 't', baseUrl: fake.url, throttle: false }), owner: fake.owner, repo: fake.repo, pullNumber: 3, botLogin: 'github-actions[bot]', log: (line) => lines.push(line) };
});
afterEach(async () => {
  await fake.close();
  lines.length = 0;
});

describe('keepOneSummary', () => {
  it('keeps the earlier summary, deletes ours and writes our body into the survivor', async () => {
    const theirs = fake.seedIssueComment(3, `${summaryMarker()}\nfrom the other run`);
    const ours = fake.seedIssueComment(3, `${summaryMarker()}\nfrom this run`);
    const kept = await keepOneSummary(ctx, ours.id, `${summaryMarker()}\nfrom this run`);
    expect(kept.id).toBe(theirs.id);
    expect(fake.state.comments.map((c) => c.id)).toEqual([theirs.id]);
    expect(fake.state.comments[0]!.body).toContain('from this run');
  });

  it('keeps ours when it is the earlier one, and ignores summaries pasted by someone else', async () => {
    const ours = fake.seedIssueComment(3, `${summaryMarker()}\nours`);
    fake.seedIssueComment(3, `${summaryMarker()}\nforged`, 'mallory');
    const before = fake.requests.length;
    const kept = await keepOneSummary(ctx, ours.id, 'ignored');
    expect(kept.id).toBe(ours.id);
    expect(fake.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
    expect(fake.state.comments).toHaveLength(2);
  });

  it('does not fail when the other run already deleted our copy', async () => {
    const theirs = fake.seedIssueComment(3, `${summaryMarker()}\nthe other run`);
    const ours = fake.seedIssueComment(3, `${summaryMarker()}\nthis run`);
    fake.failNext({ method: 'DELETE', path: `/repos/${fake.owner}/${fake.repo}/issues/comments/${ours.id}`, status: 404 });
    const kept = await keepOneSummary(ctx, ours.id, 'body of this run');
    expect(kept.id).toBe(theirs.id);
  });
});

describe('keepOneEscalationIssue', () => {
  beforeEach(() => {
    fake.seedLabel('needs-human-decision');
  });
  const body = (fingerprint: string, pr = 3) => `${escalationMarker(fingerprint)}\n${pullRequestMarker(pr)}\nDecide.`;

  it('closes the later issue of the same escalation, without its marker or label, and names the survivor', async () => {
    const first = fake.seedIssue({ title: 'Needs human decision: x', body: body('abc'), labels: ['needs-human-decision'] });
    const second = fake.seedIssue({ title: 'Needs human decision: x', body: body('abc'), labels: ['needs-human-decision'] });
    const kept = await keepOneEscalationIssue(ctx, { number: second.number, url: second.html_url }, 'abc', 'needs-human-decision');
    expect(kept.number).toBe(first.number);
    const closed = fake.state.issues.find((issue) => issue.number === second.number)!;
    expect(closed.state).toBe('closed');
    expect(closed.labels).toEqual([]);
    expect(closed.body).toContain(`Duplicate of #${first.number}`);
    expect(closed.body).not.toContain(escalationMarker('abc'));
    expect(fake.state.issues.find((issue) => issue.number === first.number)!.state).toBe('open');
  });

  it('leaves issues of other escalations and other pull requests alone', async () => {
    fake.seedIssue({ title: 'other escalation', body: body('zzz'), labels: ['needs-human-decision'] });
    fake.seedIssue({ title: 'other pull request', body: body('abc', 99), labels: ['needs-human-decision'] });
    const ours = fake.seedIssue({ title: 'ours', body: body('abc'), labels: ['needs-human-decision'] });
    const kept = await keepOneEscalationIssue(ctx, { number: ours.number, url: ours.html_url }, 'abc', 'needs-human-decision');
    expect(kept.number).toBe(ours.number);
    expect(fake.state.issues).toHaveLength(3);
    expect(fake.state.issues.every((issue) => issue.state === 'open')).toBe(true);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('keepOneInlineCommentPerFinding', () => {
  it('deletes the later copies of a finding’s comment and keeps replies and other people’s comments', async () => {
    const first = fake.seedReviewComment({ path: 'models/orders.sql', line: 2, body: `x ${findingMarker('f1')}` });
    fake.seedReviewComment({ path: 'models/orders.sql', line: 2, body: `reply`, inReplyTo: first.id });
    const other = fake.seedReviewComment({ path: 'models/orders.sql', line: 3, body: `y ${findingMarker('f2')}` });
    const dupe = fake.seedReviewComment({ path: 'models/orders.sql', line: 2, body: `x ${findingMarker('f1')}` });
    const human = fake.seedReviewComment({ path: 'models/orders.sql', line: 2, body: `pasted ${findingMarker('f1')}`, login: 'mallory' });
    const removed = await keepOneInlineCommentPerFinding(ctx);
    expect(removed).toBe(1);
    const ids = fake.state.reviewComments.map((c) => c.id);
    expect(ids).not.toContain(dupe.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, other.id, human.id]));
    expect(ids).toHaveLength(4);
  });
});
