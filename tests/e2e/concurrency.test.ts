// End to end: two runs of the BUILT action for one pull request at the same time, as happens
// without a workflow `concurrency` group. The loopback GitHub answers the listings slowly, so
// both runs list before either writes and both really write: the test checks that the race
// happened and that, once both ended, the pull request has one summary comment, one issue per
// escalation and no repeated inline comment.
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { findingFingerprintsIn } from '../../src/publish/markers.js';
import { runBuiltAction } from '../support/action.js';
import { exampleRepo } from '../support/example.js';
import { startFakeApis, type FakeApis } from '../support/fakeApis.js';

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const SUMMARY = '<!-- data-engineer-review:summary -->';

let fake: FakeApis | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('two runs for one pull request at once', () => {
  it('end with one summary, one issue per escalation and no repeated inline comment', async () => {
    const repo = exampleRepo();
    const base = git(repo, 'rev-parse', 'base');
    const head = git(repo, 'rev-parse', 'head');
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 51 } });
    // The first listing of each kind per run is slow: both runs see nothing yet, so both write.
    for (const path of [/^\/repos\/acme\/shop\/issues$/, /^\/repos\/acme\/shop\/issues\/51\/comments$/, /^\/repos\/acme\/shop\/pulls\/51\/comments$/]) {
      fake.slowDown({ method: 'GET', path, delayMs: 1_500, times: 2 });
    }
    const run = () => runBuiltAction({ fake: fake!, pr: { number: 51, base, head }, inputs: { 'fail-on': 'never' } });
    const [first, second] = await Promise.all([run(), run()]);
    expect(fake.unexpected).toEqual([]);
    expect([first.status, second.status]).toEqual([0, 0]);

    // The race happened: each run opened the escalation issue and posted a review.
    expect(fake.requestsTo('POST', '/repos/acme/shop/issues')).toHaveLength(2);
    expect(fake.requestsTo('POST', '/repos/acme/shop/pulls/51/reviews')).toHaveLength(2);

    const summaries = fake.state.comments.filter((comment) => comment.body.includes(SUMMARY));
    expect(summaries).toHaveLength(1);

    const open = fake.state.issues.filter((issue) => issue.state === 'open' && issue.labels.some((label) => label.name === 'needs-human-decision'));
    expect(open).toHaveLength(1);
    const duplicate = fake.state.issues.find((issue) => issue.number !== open[0]!.number)!;
    expect(duplicate.state).toBe('closed');
    expect(duplicate.body).toContain(`Duplicate of #${open[0]!.number}`);
    expect(duplicate.body).not.toContain('data-engineer-review:escalation');
    // Both runs report the surviving issue.
    expect(JSON.parse(first.outputs['escalation-issues']!)).toEqual([open[0]!.number]);
    expect(JSON.parse(second.outputs['escalation-issues']!)).toEqual([open[0]!.number]);

    const topLevel = fake.state.reviewComments.filter((comment) => comment.in_reply_to_id === undefined);
    const fingerprints = topLevel.flatMap((comment) => findingFingerprintsIn(comment.body));
    expect(fingerprints.length).toBeGreaterThan(0);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);

    // A third run afterwards changes nothing but the status.
    const before = fake.requests.length;
    const third = await run();
    expect(third.status).toBe(0);
    const writes = fake.requests.slice(before).filter((r) => r.method !== 'GET' && !r.path.startsWith('/v1/'));
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /repos/acme/shop/statuses/${head}`]);
  }, 120_000);
});
