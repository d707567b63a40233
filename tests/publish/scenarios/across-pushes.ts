// Publishing scenarios run through the whole action: by the e2e tests on the BUILT bundle
// (tests/e2e/publishing-across-pushes.test.ts) and in-process on the sources
// (tests/publish/action-scenarios.test.ts), so both prove the same behaviour.
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { findingFingerprintsIn } from '../../../src/publish/markers.js';
import { decodeReviewState } from '../../../src/publish/state/review-state.js';
import { exampleRepo } from '../../support/example.js';
import { startFakeApis, type FakeApis, type RecordedRequest } from '../../support/fakeApis.js';

/** Runs the action once against the fake, as the runner would. */
export type ActionRunner = (options: { fake: FakeApis; pr: { number: number; base: string; head: string } }) => Promise<{ stdout: string }>;

const GIT_IDENTITY = ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false'];
const git = (dir: string, ...args: string[]) => execFileSync('git', [...GIT_IDENTITY, ...args], { cwd: dir, encoding: 'utf8' }).trim();
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const writes = (fake: FakeApis): RecordedRequest[] => fake.requests.filter((r) => WRITE_METHODS.has(r.method) && !r.path.startsWith('/v1/'));
const SUMMARY = '<!-- data-engineer-review:summary -->';

/** The fake of the running scenario, closed by closeScenarioFake (afterEach) even when an assertion fails. */
let fake: FakeApis | undefined;

export async function closeScenarioFake(): Promise<void> {
  await fake?.close();
  fake = undefined;
}

/** Three runs on one pull request: a push that fixes the findings of one file, then a re-run. */
export async function acrossPushes(runAction: ActionRunner): Promise<void> {
  const repo = exampleRepo();
  const base = git(repo, 'rev-parse', 'base');
  const head = git(repo, 'rev-parse', 'head');
  fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 21 } });

  await runAction({ fake, pr: { number: 21, base, head } });
  expect(fake.unexpected).toEqual([]);
  const firstComments = fake.state.reviewComments.filter((comment) => comment.in_reply_to_id === undefined);
  expect(firstComments.length).toBeGreaterThan(0);

  // Push 2: the file of the first inline comment is put back as it was at the base, so every
  // finding in it is gone from the pull request.
  const fixedPath = firstComments[0]!.path;
  const existsAtBase = git(repo, 'ls-tree', '--name-only', base, '--', fixedPath) !== '';
  if (existsAtBase) git(repo, 'checkout', base, '--', fixedPath);
  else git(repo, 'rm', '-q', fixedPath);
  git(repo, 'commit', '-qam', `revert ${fixedPath}`);
  const head2 = git(repo, 'rev-parse', 'HEAD');
  fake.push(head2);
  await runAction({ fake, pr: { number: 21, base, head: head2 } });
  expect(fake.unexpected).toEqual([]);

  const onFixedFile = firstComments.filter((comment) => comment.path === fixedPath);
  for (const comment of onFixedFile) {
    const replies = fake.state.reviewComments.filter((reply) => reply.in_reply_to_id === comment.id);
    expect(replies.map((reply) => reply.body.split('\n').at(-1))).toEqual([`Resolved in ${head2.slice(0, 7)}: this finding is no longer reported at this commit.`]);
    expect(fake.state.resolvedThreads).toContain(comment.id);
  }
  const summaries = fake.state.comments.filter((comment) => comment.body.includes(SUMMARY));
  expect(summaries).toHaveLength(1);
  expect(summaries[0]!.body).toContain('**Since the last review (commit');
  expect(summaries[0]!.body).toMatch(/### Fixed since the last review \(\d+\)/);
  expect(decodeReviewState(summaries[0]!.body)?.headCommits).toEqual([head, head2]);

  // The same event again: nothing but the head's status is written; no second reply.
  const before = writes(fake).length;
  await runAction({ fake, pr: { number: 21, base, head: head2 } });
  expect(writes(fake).slice(before).map((request) => `${request.method} ${request.path}`)).toEqual([`POST /repos/acme/shop/statuses/${head2}`]);

  const posted = fake.state.reviewComments.filter((comment) => comment.in_reply_to_id === undefined).flatMap((comment) => findingFingerprintsIn(comment.body));
  expect(new Set(posted).size).toBe(posted.length);
  // Other files' findings may change with the revert too; each reply is still one per thread.
  const replyTargets = fake.state.reviewComments.flatMap((comment) => (comment.in_reply_to_id === undefined ? [] : [comment.in_reply_to_id]));
  expect(new Set(replyTargets).size).toBe(replyTargets.length);
  expect(replyTargets.length).toBeGreaterThanOrEqual(onFixedFile.length);
}

/** GitHub refuses every comment on one file: the others are posted, those go to the summary with links. */
export async function refusedFile(runAction: ActionRunner): Promise<void> {
  const repo = exampleRepo();
  const base = git(repo, 'rev-parse', 'base');
  const head = git(repo, 'rev-parse', 'head');
  // A dry probe: which files get inline comments at all.
  fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 22 } });
  await runAction({ fake, pr: { number: 22, base, head } });
  const paths = [...new Set(fake.state.reviewComments.map((comment) => comment.path))];
  const total = fake.state.reviewComments.length;
  expect(paths.length).toBeGreaterThan(1);
  await fake.close();

  const refused = paths[0]!;
  fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 22 }, refuseReviewComments: [{ path: refused }] });
  const run = await runAction({ fake, pr: { number: 22, base, head } });
  expect(fake.unexpected).toEqual([]);
  const posts = fake.requestsTo('POST', '/repos/acme/shop/pulls/22/reviews');
  expect(posts.length).toBeGreaterThan(1);
  expect(posts.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(total)) + 2);
  const inline = fake.state.reviewComments;
  expect(inline.some((comment) => comment.path === refused)).toBe(false);
  const summary = fake.state.comments.find((comment) => comment.body.includes(SUMMARY))!.body;
  expect(summary).toContain(`https://github.com/acme/shop/blob/${head}/${refused.split('/').map(encodeURIComponent).join('/')}#L`);
  expect(summary).toMatch(/GitHub refused the inline review: HTTP 422/);
  // Each finding is either inline or in the summary's table.
  const rows = summary.split('\n').filter((line) => line.startsWith('| [')).length;
  expect(inline.length + rows).toBeGreaterThanOrEqual(total);
  expect(run.stdout).toMatch(/GitHub refused the inline review/);
}
