import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventContextFrom, isReviewCommand, pullRequestFromApi, pullRequestFromEvent, readEventContext } from '../../src/context/pull-request.js';

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
    ['issue_comment', { action: 'created', issue: { ...issue, pull_request: { url: 'u' } }, comment: { body: 'x', user: { login: 'a' } } }, 'not a /data-review command'],
    ['issues', { action: 'opened', issue }, 'not a label being added'],
  ])('ignores %s events that are not decisions', (event, payload, reason) => {
    const context = eventContextFrom(event, payload, 'acme/shop');
    expect(context.kind === 'unsupported' && context.reason).toContain(reason);
  });
});

describe('/data-review on a pull request', () => {
  const onPull = { number: 7, pull_request: { url: 'https://api.github.com/repos/acme/shop/pulls/7' } };
  const comment = (body: string, action = 'created') => ({ action, issue: onPull, comment: { id: 99, body, user: { login: 'alice' } } });

  it('reads the command from the first line of a new comment, trimmed', () => {
    for (const body of ['/data-review', '  /data-review \r\nplease', '\uFEFF/data-review\n']) {
      expect(eventContextFrom('issue_comment', comment(body), 'acme/shop')).toEqual({
        kind: 'review_command',
        eventName: 'issue_comment',
        command: { owner: 'acme', repo: 'shop', pullNumber: 7, actor: 'alice', commentId: 99 },
      });
    }
  });

  it.each([
    ['a command later in the comment', comment('Thanks!\n/data-review')],
    ['a longer word', comment('/data-reviewed')],
    ['an argument on the same line', comment('/data-review now')],
    ['an edited comment', comment('/data-review', 'edited')],
    ['a comment without author', { action: 'created', issue: onPull, comment: { id: 1, body: '/data-review' } }],
  ])('does not take %s as the command', (_what, payload) => {
    const context = eventContextFrom('issue_comment', payload, 'acme/shop');
    expect(context.kind).toBe('unsupported');
  });

  it('does not take /data-review on an issue (not a pull request) as the command', () => {
    const context = eventContextFrom('issue_comment', { action: 'created', issue: { number: 3 }, comment: { id: 1, body: '/data-review', user: { login: 'a' } } }, 'acme/shop');
    expect(context.kind).toBe('decision');
    expect(isReviewCommand('/data-review')).toBe(true);
  });

  it('builds the pull request context from pulls.get, fork or not, and explains a broken answer', () => {
    const data = {
      number: 7,
      title: 'T',
      body: null,
      html_url: 'https://github.com/acme/shop/pull/7',
      base: { sha: 'a'.repeat(40), repo: { full_name: 'acme/shop' } },
      head: { sha: 'b'.repeat(40), repo: { full_name: 'acme/shop' } },
    };
    expect(pullRequestFromApi(data, 'acme', 'shop')).toEqual({
      owner: 'acme', repo: 'shop', number: 7, title: 'T', body: '', url: 'https://github.com/acme/shop/pull/7', baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), fromFork: false,
    });
    expect(pullRequestFromApi({ ...data, head: { sha: 'b'.repeat(40), repo: null } }, 'acme', 'shop')).toMatchObject({ fromFork: true });
    expect(pullRequestFromApi({ ...data, head: {} }, 'acme', 'shop')).toEqual({ problem: 'the pull request lacks base/head commit ids' });
    expect(pullRequestFromApi('nope', 'acme', 'shop')).toEqual({ problem: 'the pull request answer is not an object' });
  });
});
