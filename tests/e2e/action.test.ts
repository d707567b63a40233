// End to end: the BUILT action bundle runs as a real process against one loopback server that
// stands in for GitHub and Anthropic. The assertions are on the requests it made.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltAction } from '../support/action.js';
import { exampleRepo } from '../support/example.js';
import { anthropicToolUse, startFakeApis, type FakeApis, type RecordedRequest } from '../support/fakeApis.js';
import { parseHunks } from '../support/patch.js';

const GIT_IDENTITY = ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false'];
const git = (dir: string, ...args: string[]) => execFileSync('git', [...GIT_IDENTITY, ...args], { cwd: dir, encoding: 'utf8' }).trim();

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const writes = (fake: FakeApis): RecordedRequest[] => fake.requests.filter((r) => WRITE_METHODS.has(r.method) && !r.path.startsWith('/v1/'));

let fake: FakeApis | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function shas(repo: string) {
  return { base: git(repo, 'rev-parse', 'base'), head: git(repo, 'rev-parse', 'head') };
}

/** Every RIGHT-side line of the change's hunks, per file, computed from git directly. */
function rightSideLines(repo: string, base: string, head: string, file: string): Set<number> {
  const diff = git(repo, 'diff', base, head, '--', file);
  const lines = new Set<number>();
  for (const hunk of parseHunks(diff.slice(diff.indexOf('@@')))) {
    for (const line of hunk.lines) if (line.newLine !== undefined) lines.add(line.newLine);
  }
  return lines;
}

describe('the built action on a pull request', () => {
  it('reviews, posts inline comments inside the diff, one summary and one escalation issue; re-runs update them', async () => {
    const repo = exampleRepo();
    const { base, head } = shas(repo);
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 7, title: 'Incremental orders, payments feed' } });

    const first = await runBuiltAction({ fake, pr: { number: 7, base, head } });
    expect(fake.unexpected).toEqual([]);
    expect(first.status).toBe(1); // default fail-on: error, and the example has error findings
    const firstReport = JSON.parse(readFileSync(first.reportPath, 'utf8')) as { findings: unknown[] };
    expect(first.outputs).toMatchObject({ triggered: 'true', 'findings-count': String(firstReport.findings.length), 'escalations-count': '1' });
    expect(firstReport.findings.length).toBeGreaterThan(5);

    // One "needs human decision" issue, labelled, with the template filled in.
    expect(fake.requestsTo('POST', '/repos/acme/shop/labels')).toHaveLength(1);
    const issues = fake.requestsTo('POST', '/repos/acme/shop/issues');
    expect(issues).toHaveLength(1);
    const issueBody = issues[0]!.body as { title: string; body: string; labels: string[] };
    expect(issueBody.title).toMatch(/^Needs human decision: /);
    expect(issueBody.labels).toContain('needs-human-decision');
    for (const field of ['Agent', 'Task', 'Problem', 'Attempted', 'Options', 'Impact', 'Constitutional impact', 'Data volume', 'Cost impact']) {
      expect(issueBody.body).toContain(field);
    }
    expect(issueBody.body).toContain('https://github.com/acme/shop/pull/7');
    expect(issueBody.body).toContain('incremental-vs-full-refresh');
    expect(JSON.parse(first.outputs['escalation-issues']!)).toEqual([fake.state.issues[0]!.number]);

    // One review, COMMENT only, every inline anchor on a RIGHT-side line of the change.
    const reviews = fake.requestsTo('POST', '/repos/acme/shop/pulls/7/reviews');
    expect(reviews).toHaveLength(1);
    const review = reviews[0]!.body as { event: string; commit_id: string; comments: { path: string; line: number; start_line?: number }[] };
    expect(review.event).toBe('COMMENT');
    expect(review.commit_id).toBe(head);
    expect(review.comments.length).toBeGreaterThan(0);
    for (const comment of review.comments) {
      const allowed = rightSideLines(repo, base, head, comment.path);
      expect(allowed.has(comment.line), `${comment.path}:${comment.line}`).toBe(true);
      if (comment.start_line !== undefined) expect(allowed.has(comment.start_line)).toBe(true);
    }

    // One summary comment that links the issue; the job summary and the report are written.
    const summaries = fake.state.comments.filter((c) => c.body.includes('<!-- data-engineer-review:summary -->'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.body).toContain(`#${fake.state.issues[0]!.number}`);
    expect(first.summary).toContain('incremental-vs-full-refresh');
    const report = JSON.parse(readFileSync(first.reportPath, 'utf8')) as { escalations: { issue?: { number: number } }[]; findings: unknown[] };
    expect(report.escalations[0]!.issue?.number).toBe(fake.state.issues[0]!.number);
    expect(issueBody.body).toContain('Downstream models (1): `rpt_daily_revenue`');

    // A push that moves the evidence: the summary and the issue are edited, nothing new is opened,
    // and no inline comment is posted again.
    writeFileSync(path.join(repo, 'models/marts/fct_orders.sql'), `-- orders, one row each\n${readFileSync(path.join(repo, 'models/marts/fct_orders.sql'), 'utf8')}`);
    git(repo, 'commit', '-qam', 'describe fct_orders');
    const head2 = git(repo, 'rev-parse', 'HEAD');
    fake.push(head2);
    const afterFirst = fake.requests.length;
    const since = (method: string, route: string | RegExp) => fake!.requestsTo(method, route).filter((r) => fake!.requests.indexOf(r) >= afterFirst);

    const second = await runBuiltAction({ fake, pr: { number: 7, base, head: head2 } });
    expect(fake.unexpected).toEqual([]);
    expect(second.status).toBe(1);
    expect(since('POST', '/repos/acme/shop/issues')).toHaveLength(0);
    expect(since('POST', /\/issues\/\d+\/comments$/)).toHaveLength(0);
    expect(since('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(since('PATCH', /\/issues\/\d+$/)).toHaveLength(1);
    expect(since('POST', '/repos/acme/shop/pulls/7/reviews')).toHaveLength(0);
    expect(fake.state.issues).toHaveLength(1);
    expect(fake.state.comments.filter((c) => c.body.includes('<!-- data-engineer-review:summary -->'))).toHaveLength(1);

    // The same event once more: still one summary, one issue, no write but the head's status.
    const before = writes(fake).length;
    const third = await runBuiltAction({ fake, pr: { number: 7, base, head: head2 } });
    expect(third.status).toBe(1);
    expect(writes(fake).slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([`POST /repos/acme/shop/statuses/${head2}`]);
    expect(fake.state.issues).toHaveLength(1);
    expect(fake.state.comments).toHaveLength(1);
  });

  it('ends fast with triggered=false and writes nothing when no data path changed', async () => {
    const repo = exampleRepo();
    const { head } = shas(repo);
    writeFileSync(path.join(repo, 'docs/airflow-notes.md'), 'Only the notes change.\n');
    writeFileSync(path.join(repo, 'README.md'), '# dbt and airflow, in words\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'docs');
    const docsHead = git(repo, 'rev-parse', 'HEAD');
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base: head, head: docsHead }, pr: { number: 8 } });

    const run = await runBuiltAction({ fake, pr: { number: 8, base: head, head: docsHead } });
    expect(run.status).toBe(0);
    expect(run.outputs['triggered']).toBe('false');
    expect(run.stdout).toMatch(/no dbt, Airflow or SQL paths changed/);
    expect(writes(fake)).toEqual([]);
    expect(fake.unexpected).toEqual([]);
  });

  it('runs the LLM pass through the forced tool, keeps valid model findings and drops invalid ones', async () => {
    const repo = exampleRepo();
    const { base, head } = shas(repo);
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 9 } });
    fake.pushAnthropic(
      anthropicToolUse('submit_review', {
        findings: [
          { checklist: 'MON-03', file: 'dags/payments_hourly.py', line: 8, severity: 'warning', title: 'No failure alerting', message: 'Nobody hears when the hourly refresh fails.' },
          { checklist: 'XX-99', file: 'dags/payments_hourly.py', line: 8, severity: 'error', title: 'Made up', message: 'An id the agent does not define.' },
        ],
        escalations: [],
      }),
    );
    const key = 'sk-ant-test-0123456789abcdef';
    const run = await runBuiltAction({
      fake,
      pr: { number: 9, base, head },
      inputs: { 'anthropic-api-key': key, 'fail-on': 'never' },
      env: { ANTHROPIC_BASE_URL: fake.url },
    });
    expect(fake.unexpected).toEqual([]);
    expect(run.status).toBe(0);
    const calls = fake.requestsTo('POST', '/v1/messages');
    expect(calls).toHaveLength(1);
    const request = calls[0]!.body as { model: string; system: { cache_control?: unknown }[]; tools: { name: string }[]; tool_choice: { type: string; name?: string } };
    // The default model (Sonnet 5.5) refuses a forced tool choice with HTTP 400, so the one tool
    // is offered with `auto` and the system prompt requires it; other models are forced.
    expect(request.model).toBe('claude-sonnet-5-5');
    expect(request.tools.map((tool) => tool.name)).toEqual(['submit_review']);
    expect(request.tool_choice).toEqual({ type: 'auto' });
    expect(request.system[0]!.cache_control).toEqual({ type: 'ephemeral' });
    expect(JSON.stringify(request)).not.toContain(key);

    const report = JSON.parse(readFileSync(run.reportPath, 'utf8')) as { findings: { source: string; checklist: string[] }[]; llm: { status: string; rejected: string[] } };
    expect(report.llm.status).toBe('ok');
    expect(report.findings.filter((f) => f.source === 'llm').map((f) => f.checklist)).toEqual([['MON-03']]);
    expect(report.findings.filter((f) => f.source === 'rule').length).toBeGreaterThan(5);
    expect(report.llm.rejected.join('\n')).toContain('XX-99');
    // The only place the key may appear is the runner's own mask command, which the runner consumes.
    const log = (run.stdout + run.stderr).split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(log.join('\n')).not.toContain(key);
    expect(run.stdout).toContain(`::add-mask::${key}`);
  });

  it('computes and reports in a dry run without writing to GitHub', async () => {
    const repo = exampleRepo();
    const { base, head } = shas(repo);
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 10 } });
    const run = await runBuiltAction({ fake, pr: { number: 10, base, head }, inputs: { 'dry-run': 'true' } });
    expect(run.status).toBe(1);
    expect(writes(fake)).toEqual([]);
    expect(Number(run.outputs['findings-count'])).toBeGreaterThan(5);
    expect(run.summary).toContain('Dry run');
    expect(run.summary).toContain('SQL-001');
  });

  it('fails with a clear message on an invalid input and on a broken config at the base commit', async () => {
    const repo = exampleRepo();
    const { base, head } = shas(repo);
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 11 } });
    const badInput = await runBuiltAction({ fake, pr: { number: 11, base, head }, inputs: { 'fail-on': 'sometimes' } });
    expect(badInput.status).toBe(1);
    expect(badInput.stdout).toContain("input 'fail-on' must be one of");
    await fake.close();

    git(repo, 'checkout', '-q', 'base');
    writeFileSync(path.join(repo, 'config.yml'), 'fail-on: error\nrules:\n  SQL-001: loud\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'config');
    const configBase = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', 'head');
    git(repo, 'merge', '-q', '--no-edit', configBase);
    const mergedHead = git(repo, 'rev-parse', 'HEAD');
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base: configBase, head: mergedHead }, pr: { number: 11 } });
    const badConfig = await runBuiltAction({ fake, pr: { number: 11, base: configBase, head: mergedHead }, inputs: { config: 'config.yml' } });
    expect(badConfig.status).toBe(1);
    expect(badConfig.stdout).toContain('config.yml:3:');
    expect(writes(fake)).toEqual([]);
  });
});
