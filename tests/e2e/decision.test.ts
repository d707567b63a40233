// The decision loop end to end, on the BUILT bundle: a review raises an escalation and holds
// the head commit with a pending status; a reader's /decision changes nothing; a writer's
// approval closes the issue and turns the status green; a later push that changes the evidence
// reopens it; a push that drops the trigger closes it as no longer needed.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltAction } from '../support/action.js';
import { exampleRepo } from '../support/example.js';
import { startFakeApis, type FakeApis } from '../support/fakeApis.js';

const GIT_IDENTITY = ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false'];
const git = (dir: string, ...args: string[]) => execFileSync('git', [...GIT_IDENTITY, ...args], { cwd: dir, encoding: 'utf8' }).trim();
const FCT_ORDERS = 'models/marts/fct_orders.sql';

let fake: FakeApis | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function commentEvent(fakeApis: FakeApis, issue: number, login: string, body: string) {
  return {
    eventName: 'issue_comment',
    payload: {
      action: 'created',
      issue: { number: issue, title: 'x', labels: [{ name: 'needs-human-decision' }], state: 'open' },
      comment: { id: 1, body, user: { login } },
      repository: { full_name: `${fakeApis.owner}/${fakeApis.repo}` },
      sender: { login },
    },
  };
}

function latestStatus(fakeApis: FakeApis, sha: string) {
  const statuses = fakeApis.state.statuses.filter((status) => status.sha === sha && status.context === 'data-engineer-review/decision');
  return statuses.at(-1);
}

/** Commits a change to the example's fct_orders and returns the new head. */
function commitFctOrders(repo: string, edit: (text: string) => string, message: string): string {
  const file = path.join(repo, FCT_ORDERS);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  git(repo, 'commit', '-qam', message);
  return git(repo, 'rev-parse', 'HEAD');
}

describe('the decision loop on the built action', () => {
  it('holds the PR until a writer decides, ignores readers, and reopens when the evidence changes', async () => {
    const repo = exampleRepo();
    const base = git(repo, 'rev-parse', 'base');
    const head = git(repo, 'rev-parse', 'head');
    fake = await startFakeApis({
      owner: 'acme',
      repo: 'shop',
      git: { dir: repo, base, head },
      pr: { number: 7 },
      permissions: { 'lead-engineer': 'maintain', 'drive-by': 'read' },
    });
    const inputs = { 'fail-on': 'error' };

    // 1. The review raises the escalation and the head commit waits for a decision.
    await runBuiltAction({ fake, pr: { number: 7, base, head }, inputs });
    expect(fake.state.issues).toHaveLength(1);
    const issue = fake.state.issues[0]!;
    expect(latestStatus(fake, head)).toMatchObject({ state: 'pending', description: `Awaiting a human decision: #${issue.number}` });

    // 2. Someone without write access tries to approve: a polite reply, nothing else changes.
    const statusesBefore = fake.state.statuses.length;
    const byReader = await runBuiltAction({ fake, pr: { number: 7, base, head }, inputs, ...commentEvent(fake, issue.number, 'drive-by', '/decision approve looks fine to me') });
    expect(byReader.status).toBe(0);
    expect(byReader.outputs['decision']).toBe('refused');
    expect(issue.state).toBe('open');
    expect(issue.labels.map((label) => label.name)).toEqual(['needs-human-decision']);
    expect(fake.state.statuses.length).toBe(statusesBefore);
    expect(fake.state.comments.at(-1)!.body).toContain('Only people with write access');

    // 3. A maintainer approves with a reason: recorded, closed, and the status turns green.
    const approval = await runBuiltAction({
      fake,
      pr: { number: 7, base, head },
      inputs,
      ...commentEvent(fake, issue.number, 'lead-engineer', '/decision approve Volume is 40M rows/day; weekly full refresh planned.\nDetails in the runbook.'),
    });
    expect(approval.status).toBe(0);
    expect(approval.outputs['decision']).toBe('approved');
    expect(fake.unexpected).toEqual([]);
    expect(issue.state).toBe('closed');
    expect(issue.labels.map((label) => label.name).sort()).toEqual(['decision:approved', 'needs-human-decision']);
    expect(issue.body).toContain('**Approved** by lead-engineer');
    expect(issue.body).toContain('Volume is 40M rows/day');
    expect(issue.body).toContain(head.slice(0, 12));
    expect(latestStatus(fake, head)).toMatchObject({ state: 'success', description: `Decided: #${issue.number}` });

    // 4. A re-run on the same evidence raises nothing again: no new issue, it stays closed.
    const rerun = await runBuiltAction({ fake, pr: { number: 7, base, head }, inputs });
    expect(fake.state.issues).toHaveLength(1);
    expect(issue.state).toBe('closed');
    expect(latestStatus(fake, head)).toMatchObject({ state: 'success' });
    const report = JSON.parse(readFileSync(rerun.reportPath, 'utf8')) as { escalations: { decision: string }[] };
    expect(report.escalations[0]!.decision).toBe('approved');

    // 5. A push that shifts lines only keeps the decision; a push that changes the evidence reopens it.
    const shifted = commitFctOrders(repo, (text) => `-- orders\n${text}`, 'comment');
    fake.push(shifted);
    await runBuiltAction({ fake, pr: { number: 7, base, head: shifted }, inputs });
    expect(issue.state).toBe('closed');
    expect(latestStatus(fake, shifted)).toMatchObject({ state: 'success' });

    const microbatch = commitFctOrders(repo, (text) => text.replace("materialized='incremental'", "materialized='microbatch'"), 'microbatch');
    fake.push(microbatch);
    await runBuiltAction({ fake, pr: { number: 7, base, head: microbatch }, inputs });
    expect(fake.state.issues).toHaveLength(1);
    expect(issue.state).toBe('open');
    expect(issue.labels.map((label) => label.name)).toEqual(['needs-human-decision']);
    expect(issue.body).not.toContain('**Approved**');
    expect(fake.state.comments.at(-1)!.body).toContain('evidence changed');
    expect(latestStatus(fake, microbatch)).toMatchObject({ state: 'pending' });
  });

  it('rejects with a failing status, and closes the issue when a push drops the trigger', async () => {
    const repo = exampleRepo();
    const base = git(repo, 'rev-parse', 'base');
    const head = git(repo, 'rev-parse', 'head');
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 3 }, permissions: { owner: 'admin' } });
    const inputs = { 'fail-on': 'error' };
    await runBuiltAction({ fake, pr: { number: 3, base, head }, inputs });
    const issue = fake.state.issues[0]!;

    await runBuiltAction({ fake, pr: { number: 3, base, head }, inputs, ...commentEvent(fake, issue.number, 'owner', '/decision reject keep it a table until we have volumes') });
    expect(issue.state).toBe('open');
    expect(issue.labels.map((label) => label.name)).toContain('decision:rejected');
    expect(latestStatus(fake, head)).toMatchObject({ state: 'failure', description: `Rejected: #${issue.number}` });

    // A malformed command explains itself and records nothing.
    const malformed = await runBuiltAction({ fake, pr: { number: 3, base, head }, inputs, ...commentEvent(fake, issue.number, 'owner', '/decision approve') });
    expect(malformed.outputs['decision']).toBe('refused');
    expect(fake.state.comments.at(-1)!.body).toContain('a reason is required');

    const reverted = commitFctOrders(repo, (text) => text.replace("materialized='incremental'", "materialized='table'"), 'back to table');
    fake.push(reverted);
    await runBuiltAction({ fake, pr: { number: 3, base, head: reverted }, inputs });
    expect(issue.state).toBe('closed');
    expect(fake.state.comments.at(-1)!.body).toContain('No longer needed');
    expect(latestStatus(fake, reverted)).toMatchObject({ state: 'success', description: 'No decision needed' });
    expect(fake.unexpected).toEqual([]);
  });

  it('takes a decision label from a writer, and takes it back from someone who may only triage', async () => {
    const repo = exampleRepo();
    const base = git(repo, 'rev-parse', 'base');
    const head = git(repo, 'rev-parse', 'head');
    fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 5 }, permissions: { triager: 'triage', maintainer: 'write' } });
    await runBuiltAction({ fake, pr: { number: 5, base, head }, inputs: { 'fail-on': 'error' } });
    const issue = fake.state.issues[0]!;
    const labelEvent = (login: string, label: string) => {
      issue.labels.push(fake!.seedLabel(label));
      return {
        eventName: 'issues',
        payload: { action: 'labeled', issue: { number: issue.number, labels: issue.labels }, label: { name: label }, sender: { login }, repository: { full_name: 'acme/shop' } },
      };
    };

    const byTriager = await runBuiltAction({ fake, pr: { number: 5, base, head }, ...labelEvent('triager', 'decision:approved') });
    expect(byTriager.outputs['decision']).toBe('refused');
    expect(issue.labels.map((label) => label.name)).toEqual(['needs-human-decision']);
    expect(issue.state).toBe('open');
    expect(latestStatus(fake, head)).toMatchObject({ state: 'pending' });

    const byMaintainer = await runBuiltAction({ fake, pr: { number: 5, base, head }, ...labelEvent('maintainer', 'decision:approved') });
    expect(byMaintainer.outputs['decision']).toBe('approved');
    expect(issue.state).toBe('closed');
    expect(issue.body).toContain('**Approved** by maintainer');
    expect(issue.body).toContain('label `decision:approved` added');
    expect(latestStatus(fake, head)).toMatchObject({ state: 'success' });
    expect(fake.unexpected).toEqual([]);
  });
});
