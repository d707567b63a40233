import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventContextFrom, pullRequestFromEvent, readEventContext } from '../../src/context/pull-request.js';

const payload = {
  pull_request: {
    number: 7,
    title: 'Make fct_orders incremental',
    body: 'Speeds up the nightly build',
    html_url: 'https://github.com/acme/shop/pull/7',
    base: { sha: 'a'.repeat(40), repo: { full_name: 'acme/shop' } },
    head: { sha: 'b'.repeat(40), repo: { full_name: 'acme/shop' } },
  },
};

describe('pullRequestFromEvent', () => {
  it('reads a pull_request event', () => {
    const context = pullRequestFromEvent('pull_request', payload, 'acme/shop');
    expect(context).toEqual({
      kind: 'pull_request',
      eventName: 'pull_request',
      pr: {
        owner: 'acme',
        repo: 'shop',
        number: 7,
        title: 'Make fct_orders incremental',
        body: 'Speeds up the nightly build',
        url: 'https://github.com/acme/shop/pull/7',
        baseSha: 'a'.repeat(40),
        headSha: 'b'.repeat(40),
        fromFork: false,
      },
    });
  });

  it('marks a pull request from a fork', () => {
    const fork = structuredClone(payload);
    fork.pull_request.head.repo.full_name = 'someone/shop';
    const context = pullRequestFromEvent('pull_request_target', fork, 'acme/shop');
    expect(context.kind === 'pull_request' && context.pr.fromFork).toBe(true);
  });

  it.each([
    ['push', payload, 'not a pull request'],
    ['pull_request', {}, 'no pull_request object'],
    ['pull_request', { pull_request: { number: '7', base: {}, head: {} } }, 'lacks number'],
    ['pull_request', { pull_request: { number: 7, base: { sha: 1 }, head: { sha: 'x' } } }, 'lacks base/head'],
  ])('refuses %s with a reason', (event, body, reason) => {
    const context = pullRequestFromEvent(event, body, 'acme/shop');
    expect(context.kind).toBe('unsupported');
    expect(context.kind === 'unsupported' && context.reason).toContain(reason);
  });

  it('reads the payload file named by GITHUB_EVENT_PATH and explains a broken one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'der-event-'));
    const good = path.join(dir, 'event.json');
    writeFileSync(good, JSON.stringify(payload));
    const ok = await readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: good, GITHUB_REPOSITORY: 'acme/shop' });
    expect(ok.kind).toBe('pull_request');
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"pull_request":');
    const bad = await readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: broken, GITHUB_REPOSITORY: 'acme/shop' });
    expect(bad.kind === 'unsupported' && bad.reason).toContain('cannot read the event payload');
  });
});

describe('decision events', () => {
  const issue = { number: 12, labels: [{ name: 'needs-human-decision' }] };

  it('reads a new comment on an issue', () => {
    const context = eventContextFrom('issue_comment', { action: 'created', issue, comment: { body: '/decision approve ok', user: { login: 'lead' } } }, 'acme/shop');
    expect(context).toEqual({ kind: 'decision', eventName: 'issue_comment', decision: { owner: 'acme', repo: 'shop', issueNumber: 12, actor: 'lead', comment: '/decision approve ok' } });
  });

  it('reads a label added to an issue, with the sender as actor', () => {
    const context = eventContextFrom('issues', { action: 'labeled', issue, label: { name: 'decision:rejected' }, sender: { login: 'lead' } }, 'acme/shop');
    expect(context).toMatchObject({ kind: 'decision', decision: { issueNumber: 12, actor: 'lead', label: 'decision:rejected' } });
  });

  it.each([
    ['issue_comment', { action: 'edited', issue, comment: { body: 'x', user: { login: 'a' } } }, 'not a new comment'],
    ['issue_comment', { action: 'created', issue: { ...issue, pull_request: { url: 'u' } }, comment: { body: 'x', user: { login: 'a' } } }, 'on a pull request'],
    ['issues', { action: 'opened', issue }, 'not a label being added'],
  ])('ignores %s events that are not decisions', (event, payload, reason) => {
    const context = eventContextFrom(event, payload, 'acme/shop');
    expect(context.kind === 'unsupported' && context.reason).toContain(reason);
  });
});
