// End to end on the BUILT bundle: the channels that need no write access (job summary,
// annotations, SARIF, outputs, exit code) on a fork pull request and under a read-only token,
// and `/data-review` from a writer and from a reader. tests/action/run-action.test.ts proves
// the same in process; this file proves the bundle does it too.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAnnotations } from '../action/workflow-commands.js';
import { runBuiltAction } from '../support/action.js';
import { exampleRepo } from '../support/example.js';
import { startFakeApis, type FakeApis, type RecordedRequest } from '../support/fakeApis.js';

const GIT_IDENTITY = ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false'];
const git = (dir: string, ...args: string[]) => execFileSync('git', [...GIT_IDENTITY, ...args], { cwd: dir, encoding: 'utf8' }).trim();

const WRITE_METHODS = ['POST', 'PATCH', 'PUT', 'DELETE'];
/** A GraphQL query is a read sent by POST; a mutation is a write. */
const isGraphqlQuery = (r: RecordedRequest): boolean => r.path.endsWith('/graphql') && !/^\s*mutation\b/.test(String((r.body as { query?: unknown } | undefined)?.query ?? ''));
const writes = (fake: FakeApis): RecordedRequest[] => fake.requests.filter((r) => WRITE_METHODS.includes(r.method) && !r.path.startsWith('/v1/') && !isGraphqlQuery(r));
const findingRows = (summary: string) => summary.match(/^\| (?:🔴|🟠|🔵) /gm) ?? [];

let fake: FakeApis | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function example(number: number, options: { fork?: boolean; permissions?: Record<string, 'write' | 'read'> } = {}) {
  const repo = exampleRepo();
  const base = git(repo, 'rev-parse', 'base');
  const head = git(repo, 'rev-parse', 'head');
  fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number, ...(options.fork ? { fork: true } : {}) }, ...(options.permissions ? { permissions: options.permissions } : {}) });
  return { base, head, fake };
}

function sarifResults(file: string | undefined): unknown[] {
  expect(file).toBeTruthy();
  return (JSON.parse(readFileSync(file!, 'utf8')) as { runs: { results: unknown[] }[] }).runs[0]!.results;
}

describe('the built action without write access', () => {
  it('on a fork pull request: one notice, no write, findings in the job summary and SARIF, exit per fail-on', async () => {
    const { base, head, fake } = await example(41, { fork: true });
    const run = await runBuiltAction({ fake, pr: { number: 41, base, head, fork: true } });
    expect(fake.unexpected).toEqual([]);
    expect(writes(fake)).toEqual([]);
    const notices = parseAnnotations(run.stdout).filter((a) => a.level === 'notice' && !a.properties['file']);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('"Forks" in the README');
    expect(run.status).toBe(1); // error findings, fail-on error
    const count = Number(run.outputs['findings-count']);
    expect(findingRows(run.summary)).toHaveLength(count);
    expect(sarifResults(run.outputs['sarif-path']).length).toBeGreaterThanOrEqual(count);
    expect(run.outputs['read-only']).toBe('true');

    const relaxed = await runBuiltAction({ fake, pr: { number: 41, base, head, fork: true }, inputs: { 'fail-on': 'never' } });
    expect(relaxed.status).toBe(0);
    expect(writes(fake)).toEqual([]);
  });

  it('under a token that answers 403 to every write: the notice, no successful write, exit per fail-on', async () => {
    const { base, head, fake } = await example(42);
    for (const method of WRITE_METHODS) {
      fake.failNext({ method, path: /^\/repos\//, status: 403, times: 1000, body: { message: 'Resource not accessible by integration' } });
    }
    const run = await runBuiltAction({ fake, pr: { number: 42, base, head }, inputs: { 'fail-on': 'never' } });
    expect(fake.unexpected).toEqual([]);
    expect(writes(fake).filter((r) => r.status < 400)).toEqual([]);
    expect(writes(fake)).toHaveLength(1);
    expect(run.status).toBe(0);
    const annotations = parseAnnotations(run.stdout);
    expect(annotations.filter((a) => a.level === 'notice' && !a.properties['file'])).toHaveLength(1);
    expect(annotations.filter((a) => a.level === 'error' && !a.properties['file'])).toEqual([]);
    const count = Number(run.outputs['findings-count']);
    expect(findingRows(run.summary)).toHaveLength(count);
    expect(sarifResults(run.outputs['sarif-path']).length).toBeGreaterThanOrEqual(count);
  });
});

describe('the built action on /data-review', () => {
  const payload = (number: number, login: string) => ({
    action: 'created',
    issue: { number, pull_request: { url: `https://api.github.com/repos/acme/shop/pulls/${number}` } },
    comment: { id: 77, body: '/data-review', user: { login } },
    repository: { full_name: 'acme/shop' },
  });

  it('reviews the whole pull request for a writer and answers a reader politely', async () => {
    const { head, fake } = await example(43, { permissions: { alice: 'write', bob: 'read' } });
    const byWriter = await runBuiltAction({ fake, pr: { number: 43, base: '', head: '' }, eventName: 'issue_comment', payload: payload(43, 'alice'), inputs: { 'fail-on': 'never' } });
    expect(fake.unexpected).toEqual([]);
    expect(byWriter.status).toBe(0);
    expect(byWriter.outputs['triggered']).toBe('true');
    const reviews = fake.requestsTo('POST', '/repos/acme/shop/pulls/43/reviews');
    expect(reviews).toHaveLength(1);
    expect((reviews[0]!.body as { commit_id: string }).commit_id).toBe(head);

    const before = writes(fake).length;
    const byReader = await runBuiltAction({ fake, pr: { number: 43, base: '', head: '' }, eventName: 'issue_comment', payload: payload(43, 'bob') });
    expect(byReader.status).toBe(0);
    expect(writes(fake).slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/shop/issues/43/comments']);
    expect(byReader.outputs['triggered']).toBe('false');
  });
});
