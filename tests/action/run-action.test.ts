// runAction in process against the loopback GitHub: every channel of a review (SARIF,
// annotations, job summary, grouped log, outputs, exit code), fork and read-only tokens,
// `/data-review`, and a pull request that changes the review's own config.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleRepo } from '../support/example.js';
import { startFakeApis, type FakeApis, type RecordedRequest } from '../support/fakeApis.js';
import { runInProcess } from './harness.js';

const GIT_IDENTITY = ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false'];
const git = (dir: string, ...args: string[]) => execFileSync('git', [...GIT_IDENTITY, ...args], { cwd: dir, encoding: 'utf8' }).trim();

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** A GraphQL query is a read sent by POST; a mutation is a write. */
const isGraphqlQuery = (r: RecordedRequest): boolean => r.path.endsWith('/graphql') && !/^\s*mutation\b/.test(String((r.body as { query?: unknown } | undefined)?.query ?? ''));
const writes = (fake: FakeApis): RecordedRequest[] => fake.requests.filter((r) => WRITE_METHODS.has(r.method) && !r.path.startsWith('/v1/') && !isGraphqlQuery(r));
const successfulWrites = (fake: FakeApis): RecordedRequest[] => writes(fake).filter((r) => r.status < 400);

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

interface JsonReport {
  findings: { fingerprint: string; file: string; severity: string }[];
  escalations: { fingerprint: string; evidence: unknown[] }[];
  notices: string[];
}

let fake: FakeApis | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function exampleFake(number: number, options: { fork?: boolean; permissions?: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'> } = {}) {
  const repo = exampleRepo();
  const base = git(repo, 'rev-parse', 'base');
  const head = git(repo, 'rev-parse', 'head');
  fake = await startFakeApis({
    owner: 'acme',
    repo: 'shop',
    git: { dir: repo, base, head },
    pr: { number, title: 'Incremental orders', ...(options.fork ? { fork: true } : {}) },
    ...(options.permissions ? { permissions: options.permissions } : {}),
  });
  return { repo, base, head, fake };
}

function readJson<T>(file: string | undefined): T {
  expect(file, 'a path output').toBeTruthy();
  return JSON.parse(readFileSync(file!, 'utf8')) as T;
}

/** Every fault answers like GitHub does to a token without write permission. */
function failEveryWrite(target: FakeApis): void {
  for (const method of WRITE_METHODS) {
    target.failNext({ method, path: /^\/repos\//, status: 403, times: 1000, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } });
  }
}

describe('runAction on a pull request', () => {
  it('reports through SARIF, annotations, the job summary, grouped logs and outputs, and publishes', async () => {
    const { fake, base, head } = await exampleFake(21);
    const run = await runInProcess({ fake, pr: { number: 21, base, head } });
    expect(fake.unexpected).toEqual([]);
    expect(run.exitCode).toBe(1); // default fail-on error; the example has error findings

    const report = readJson<JsonReport>(run.outputs['report-path']);
    expect(report.findings.length).toBeGreaterThan(5);

    // SARIF at the default path, one result per finding and per located escalation.
    expect(run.outputs['sarif-path']).toMatch(/data-engineer-review\/results\.sarif$/);
    const sarif = readJson<SarifLog>(run.outputs['sarif-path']);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]!.results;
    expect(results).toHaveLength(report.findings.length + report.escalations.filter((e) => e.evidence.length > 0).length);
    expect(results.map((r) => r.partialFingerprints['dataEngineerReview/v1']).sort()).toEqual(
      [...report.findings.map((f) => f.fingerprint), ...report.escalations.map((e) => e.fingerprint)].sort(),
    );
    for (const result of results) expect(sarif.runs[0]!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);

    // One annotation per finding (they fit the limits), with file and lines, most severe first.
    const findingAnnotations = run.annotations.filter((a) => a.properties['file']);
    expect(findingAnnotations).toHaveLength(report.findings.length);
    for (const annotation of findingAnnotations) {
      expect(Number(annotation.properties['line'])).toBeGreaterThanOrEqual(1);
      expect(Number(annotation.properties['endLine'])).toBeGreaterThanOrEqual(Number(annotation.properties['line']));
      expect(annotation.properties['title']).toMatch(/^[A-Z]+-\d{3}/);
    }
    const levels = findingAnnotations.map((a) => a.level);
    expect(levels).toEqual([...levels].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)));
    expect(run.annotations.filter((a) => a.level === 'error').length).toBeLessThanOrEqual(10);

    // The job summary: a table row per finding and the escalation.
    expect(run.summary).toContain(`### Findings (${report.findings.length})`);
    expect(run.summary).toContain('| Severity | Rule | Location | Message |');
    expect(run.summary.match(/^\| (?:🔴|🟠|🔵) /gm)).toHaveLength(report.findings.length);
    expect(run.summary).toContain('### Needs human decision (1)');
    expect(run.summary).toContain('incremental-vs-full-refresh');
    expect(run.summary).not.toContain('not shown as annotations');

    // One group per stage, each followed by its progress line.
    for (const stage of ['changes', 'rules', 'publish']) {
      expect(run.stdout).toContain(`::group::Data Engineer Review: ${stage}`);
      expect(run.stdout).toMatch(new RegExp(`^\\[${stage}\\] .+\\(\\d+\\.\\d s\\)$`, 'm'));
    }
    expect(run.stdout.match(/::group::/g)?.length).toBe(run.stdout.match(/::endgroup::/g)?.length);

    expect(run.outputs).toMatchObject({ triggered: 'true', 'read-only': 'false', 'findings-count': String(report.findings.length) });
    expect(fake.requestsTo('POST', '/repos/acme/shop/pulls/21/reviews')).toHaveLength(1);
    expect(run.annotations.filter((a) => a.level === 'notice' && /reduced/.test(a.message))).toHaveLength(1); // no API key
  });

  it('on a fork under pull_request: one notice, no write attempted, every read-only channel filled, exit per fail-on', async () => {
    const { fake, base, head } = await exampleFake(22, { fork: true });
    const run = await runInProcess({ fake, pr: { number: 22, base, head, fork: true } });
    expect(fake.unexpected).toEqual([]);
    expect(writes(fake)).toEqual([]);

    const notices = run.annotations.filter((a) => a.level === 'notice' && !a.properties['file']);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('from a fork');
    expect(notices[0]!.message).toContain('no Anthropic API key');
    expect(notices[0]!.message).toContain('"Forks" in the README');
    // Not an error exit because writes were impossible: only fail-on decides.
    expect(run.annotations.filter((a) => a.level === 'error' && !a.properties['file']).map((a) => a.message)).toEqual([expect.stringMatching(/error finding\(s\) \(fail-on: error\)/)]);
    expect(run.exitCode).toBe(1);

    const count = Number(run.outputs['findings-count']);
    expect(count).toBeGreaterThan(5);
    expect(run.summary.match(/^\| (?:🔴|🟠|🔵) /gm)).toHaveLength(count);
    expect(run.summary).toContain('from a fork');
    expect(run.summary).toContain('not opened: the token cannot write');
    expect(readJson<SarifLog>(run.outputs['sarif-path']).runs[0]!.results.length).toBeGreaterThanOrEqual(count);
    expect(run.outputs['read-only']).toBe('true');

    const relaxed = await runInProcess({ fake, pr: { number: 22, base, head, fork: true }, inputs: { 'fail-on': 'never' } });
    expect(relaxed.exitCode).toBe(0);
    expect(writes(fake)).toEqual([]);
  });

  it('stops writing after a 403 "Resource not accessible by integration" and reports without an error exit', async () => {
    const { fake, base, head } = await exampleFake(23);
    failEveryWrite(fake);
    const run = await runInProcess({ fake, pr: { number: 23, base, head }, inputs: { 'fail-on': 'never' } });
    expect(fake.unexpected).toEqual([]);
    expect(successfulWrites(fake)).toEqual([]);
    // The first write met the 403; nothing was sent after it.
    expect(writes(fake)).toHaveLength(1);
    expect(run.exitCode).toBe(0);
    // Error annotations are the error findings only: the 403 is not reported as a failure.
    expect(run.annotations.filter((a) => a.level === 'error' && !a.properties['file'])).toEqual([]);
    const notices = run.annotations.filter((a) => a.level === 'notice' && !a.properties['file']);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('Resource not accessible by integration');
    expect(notices[0]!.message).toContain('"Forks" in the README');

    const count = Number(run.outputs['findings-count']);
    expect(run.summary.match(/^\| (?:🔴|🟠|🔵) /gm)).toHaveLength(count);
    expect(readJson<SarifLog>(run.outputs['sarif-path']).runs[0]!.results.length).toBeGreaterThanOrEqual(count);
    expect(run.outputs['read-only']).toBe('true');

    // The same token with the default fail-on: red because of the error findings, not the 403.
    const strict = await runInProcess({ fake, pr: { number: 23, base, head } });
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toMatch(/::error::Data Engineer Review: \d+ error finding\(s\) \(fail-on: error\)/);
    expect(strict.stdout).not.toContain('could not publish');
    expect(successfulWrites(fake)).toEqual([]);
  });

  it('says once that the LLM did not run when there is no key, and reviews with the rules', async () => {
    const { fake, base, head } = await exampleFake(24);
    const run = await runInProcess({ fake, pr: { number: 24, base, head }, inputs: { 'fail-on': 'never' } });
    const llmNotices = run.annotations.filter((a) => /Anthropic API key/.test(a.message));
    expect(llmNotices).toHaveLength(1);
    expect(llmNotices[0]!.level).toBe('notice');
    expect(run.outputs['llm-status']).toBe('skipped');
    expect(run.exitCode).toBe(0);
  });

  it('writes the SARIF file where sarif-path says', async () => {
    const { fake, base, head, repo } = await exampleFake(25);
    const target = path.join(repo, 'out', 'review.sarif');
    const run = await runInProcess({ fake, pr: { number: 25, base, head }, inputs: { 'sarif-path': target, 'dry-run': 'true' } });
    expect(run.outputs['sarif-path']).toBe(target);
    expect(readJson<SarifLog>(target).runs[0]!.tool.driver.name).toBe('data-engineer-review');
    expect(writes(fake)).toEqual([]);
  });

  it('writes an empty SARIF file and nothing to GitHub when no data path changed', async () => {
    const repo = exampleRepo();
    git(repo, 'checkout', '-q', 'head');
    writeFileSync(path.join(repo, 'README.md'), '# dbt and airflow, in words\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'docs');
    const base = git(repo, 'rev-parse', 'head');
    const head = git(repo, 'rev-parse', 'HEAD');
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 27 } });
    const run = await runInProcess({ fake, pr: { number: 27, base, head } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['triggered']).toBe('false');
    expect(readJson<SarifLog>(run.outputs['sarif-path']).runs[0]!.results).toEqual([]);
    expect(writes(fake)).toEqual([]);
  });

  it('reports a pull request that changes the review config, and reviews with the base version', async () => {
    const repo = exampleRepo();
    git(repo, 'checkout', '-q', 'head');
    mkdirSync(path.join(repo, '.github'), { recursive: true });
    writeFileSync(path.join(repo, '.github', 'data-engineer-review.yml'), 'fail-on: never\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'relax the review');
    const base = git(repo, 'rev-parse', 'base');
    const head = git(repo, 'rev-parse', 'HEAD');
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 26 } });
    const run = await runInProcess({ fake, pr: { number: 26, base, head }, inputs: { 'dry-run': 'true' } });
    const report = readJson<JsonReport>(run.outputs['report-path']);
    const notice = "This PR changes .github/data-engineer-review.yml; the review used the base branch's version — the change takes effect after merge.";
    expect(report.notices).toContain(notice);
    expect(run.summary).toContain('This PR changes .github/data-engineer-review.yml');
    // The head's `fail-on: never` does not apply to its own review.
    expect(run.exitCode).toBe(1);
  });
});

describe('runAction on /data-review', () => {
  function commentPayload(number: number, body: string, login: string) {
    return {
      action: 'created',
      issue: { number, pull_request: { url: `https://api.github.com/repos/acme/shop/pulls/${number}` } },
      comment: { id: 501, body, user: { login } },
      repository: { full_name: 'acme/shop' },
    };
  }

  it('runs a full review of the pull request for a person with write access', async () => {
    const { fake, base, head } = await exampleFake(31, { permissions: { alice: 'maintain' } });
    const run = await runInProcess({ fake, eventName: 'issue_comment', payload: commentPayload(31, '  /data-review  \r\nplease look again', 'alice'), inputs: { 'fail-on': 'never' } });
    expect(fake.unexpected).toEqual([]);
    expect(fake.requestsTo('GET', '/repos/acme/shop/collaborators/alice/permission')).toHaveLength(1);
    expect(fake.requestsTo('GET', '/repos/acme/shop/pulls/31')).toHaveLength(1);
    expect(run.stdout).toContain('full review of #31');
    expect(run.outputs['triggered']).toBe('true');
    const reviews = fake.requestsTo('POST', '/repos/acme/shop/pulls/31/reviews');
    expect(reviews).toHaveLength(1);
    expect((reviews[0]!.body as { commit_id: string }).commit_id).toBe(head);
    expect(fake.state.comments.filter((c) => c.body.includes('<!-- data-engineer-review:summary -->'))).toHaveLength(1);
    expect(run.exitCode).toBe(0);
  });

  it('answers others politely and does nothing else', async () => {
    const { fake } = await exampleFake(32, { permissions: { bob: 'triage' } });
    const run = await runInProcess({ fake, eventName: 'issue_comment', payload: commentPayload(32, '/data-review', 'bob') });
    expect(fake.unexpected).toEqual([]);
    expect(writes(fake).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/shop/issues/32/comments']);
    expect(fake.state.comments[0]!.body).toMatch(/^Thank you for asking\. Only people with write access/);
    expect(fake.requestsTo('GET', '/repos/acme/shop/pulls/32')).toHaveLength(0);
    expect(run.outputs['triggered']).toBe('false');
    expect(run.exitCode).toBe(0);
  });

  it('ignores other comments on a pull request', async () => {
    const { fake } = await exampleFake(33, { permissions: { alice: 'admin' } });
    const run = await runInProcess({ fake, eventName: 'issue_comment', payload: commentPayload(33, 'Could you /data-review this?', 'alice') });
    expect(fake.requests).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('not a /data-review command');
  });
});
