// The fake is what every end-to-end test trusts, so its own behaviour is tested here.
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { anthropicToolUse, startFakeApis, type FakeApis } from './fakeApis.js';
import { createSampleDbtRepo } from './gitRepo.js';
import { parseHunks } from './patch.js';

const repo = createSampleDbtRepo();
let fake: FakeApis;
let client: GitHubClient;
const owner = 'acme';
const name = 'warehouse';

beforeAll(async () => {
  fake = await startFakeApis({ owner, repo: name, git: { dir: repo.dir, base: repo.base, head: repo.head }, pr: { number: 7, title: 'Orders as a table' } });
  client = createGitHubClient({ token: 't', baseUrl: fake.url, throttle: false });
});

afterAll(async () => {
  await fake.close();
  repo.cleanup();
});

describe('fake GitHub: repository data from git', () => {
  it('serves the pull request with its real head and base', async () => {
    const { data } = await client.rest.pulls.get({ owner, repo: name, pull_number: 7 });
    expect(data.head.sha).toBe(repo.head);
    expect(data.base.sha).toBe(repo.base);
    expect(data.title).toBe('Orders as a table');
    // The rename counts once, as at GitHub.
    expect(data.changed_files).toBe(5);
  });

  it('lists the changed files with statuses and patches from git diff', async () => {
    const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo: name, pull_number: 7, per_page: 100 });
    const byName = new Map(files.map((file) => [file.filename, file]));
    expect([...byName.keys()].sort()).toEqual([
      'models/legacy.sql',
      'models/new_model.sql',
      'models/orders.sql',
      'models/staging/customers.sql',
      'seeds/logo.png',
    ]);
    expect(byName.get('models/legacy.sql')?.status).toBe('removed');
    expect(byName.get('models/new_model.sql')?.status).toBe('added');
    expect(byName.get('models/staging/customers.sql')).toMatchObject({ status: 'renamed', previous_filename: 'models/customers.sql' });
    const orders = byName.get('models/orders.sql');
    expect(orders).toMatchObject({ status: 'modified', additions: 4, deletions: 2 });
    expect(orders?.patch?.startsWith('@@ ')).toBe(true);
    expect(parseHunks(orders?.patch ?? '')).toHaveLength(2);
    expect(byName.get('seeds/logo.png')?.patch).toBeUndefined();
  });

  it('paginates with a Link header (rel next and last)', async () => {
    const first = await client.rest.pulls.listFiles({ owner, repo: name, pull_number: 7, per_page: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toMatch(/page=2>; rel="next"/);
    expect(first.headers.link).toMatch(/page=3>; rel="last"/);
    const all = await client.paginate(client.rest.pulls.listFiles, { owner, repo: name, pull_number: 7, per_page: 2 });
    expect(new Set(all.map((file) => file.filename)).size).toBe(5);
  });

  it('serves contents at either commit, raw or base64, and 404 when absent', async () => {
    const raw = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo: name,
      path: 'models/orders.sql',
      ref: repo.base,
      headers: { accept: 'application/vnd.github.raw' },
    });
    expect(String(raw.data)).toContain("materialized='incremental'");
    const json = await client.rest.repos.getContent({ owner, repo: name, path: 'models/orders.sql', ref: repo.head });
    const content = json.data as { content: string; encoding: string };
    expect(content.encoding).toBe('base64');
    expect(Buffer.from(content.content, 'base64').toString('utf8')).toContain("materialized='table'");
    await expect(client.rest.repos.getContent({ owner, repo: name, path: 'models/legacy.sql', ref: repo.head })).rejects.toMatchObject({ status: 404 });
  });

  it('serves the recursive tree of a commit', async () => {
    const { data } = await client.rest.git.getTree({ owner, repo: name, tree_sha: repo.head, recursive: '1' });
    const blobs = data.tree.filter((entry) => entry.type === 'blob').map((entry) => entry.path);
    expect(blobs).toContain('models/staging/customers.sql');
    expect(blobs).not.toContain('models/legacy.sql');
    expect(data.tree.some((entry) => entry.type === 'tree' && entry.path === 'models/staging')).toBe(true);
  });
});

describe('fake GitHub: state, validation, faults', () => {
  it('pages through 250 issue comments', async () => {
    for (let index = 0; index < 250; index++) fake.seedIssueComment(7, `comment ${index}`, 'someone');
    const comments = await client.paginate(client.rest.issues.listComments, { owner, repo: name, issue_number: 7, per_page: 100 });
    expect(comments).toHaveLength(250);
    expect(comments[249]?.body).toBe('comment 249');
    const pages = fake.requestsTo('GET', `/repos/${owner}/${name}/issues/7/comments`);
    expect(pages.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('refuses a review whose comment is outside the diff, all or nothing', async () => {
    const before = fake.state.reviewComments.length;
    const attempt = client.rest.pulls.createReview({
      owner,
      repo: name,
      pull_number: 7,
      commit_id: repo.head,
      event: 'COMMENT',
      comments: [
        { path: 'models/orders.sql', line: 1, side: 'RIGHT', body: 'on the diff' },
        { path: 'models/orders.sql', line: 15, side: 'RIGHT', body: 'outside' },
      ],
    });
    await expect(attempt).rejects.toMatchObject({ status: 422 });
    expect(fake.state.reviewComments.length).toBe(before);
    expect(fake.state.reviews).toHaveLength(0);
  });

  it('refuses a range that crosses hunks and accepts one inside a hunk', async () => {
    const crossing = client.rest.pulls.createReview({
      owner, repo: name, pull_number: 7, commit_id: repo.head, event: 'COMMENT',
      comments: [{ path: 'models/orders.sql', start_line: 1, line: 30, side: 'RIGHT', start_side: 'RIGHT', body: 'x' }],
    });
    await expect(crossing).rejects.toMatchObject({ status: 422 });
    const { data } = await client.rest.pulls.createReview({
      owner, repo: name, pull_number: 7, commit_id: repo.head, event: 'COMMENT',
      comments: [{ path: 'models/orders.sql', start_line: 1, line: 3, side: 'RIGHT', start_side: 'RIGHT', body: 'x' }],
    });
    expect(data.user?.login).toBe('github-actions[bot]');
    const listed = await client.paginate(client.rest.pulls.listReviewComments, { owner, repo: name, pull_number: 7 });
    expect(listed.at(-1)).toMatchObject({ path: 'models/orders.sql', start_line: 1, line: 3, pull_request_review_id: data.id });
  });

  it('drops labels that do not exist when an issue is created, like GitHub without push access', async () => {
    const { data } = await client.rest.issues.create({ owner, repo: name, title: 'x', labels: ['missing-label'] });
    expect(data.labels).toEqual([]);
    expect(data.user?.login).toBe('github-actions[bot]');
    expect(data.number).toBeGreaterThan(7);
  });

  it('answers a scripted fault for the next N requests, then recovers', async () => {
    fake.failNext({ method: 'GET', path: `/repos/${owner}/${name}/pulls/7/files`, status: 503, times: 1 });
    await expect(client.rest.pulls.listFiles({ owner, repo: name, pull_number: 7, request: { retries: 0 } })).rejects.toMatchObject({ status: 503 });
    const { data } = await client.rest.pulls.listFiles({ owner, repo: name, pull_number: 7, request: { retries: 0 } });
    expect(data.length).toBeGreaterThan(0);
  });

  it('records commit statuses', async () => {
    await client.rest.repos.createCommitStatus({ owner, repo: name, sha: repo.head, state: 'failure', context: 'data-engineer-review', description: '1 error' });
    expect(fake.state.statuses.at(-1)).toMatchObject({ sha: repo.head, state: 'failure', context: 'data-engineer-review' });
  });

  it('answers unknown routes with 404 and records them as unexpected', async () => {
    const before = fake.unexpected.length;
    await expect(client.request('GET /repos/{owner}/{repo}/branches', { owner, repo: name })).rejects.toMatchObject({ status: 404 });
    await expect(client.rest.pulls.get({ owner: 'other', repo: 'repo', pull_number: 7 })).rejects.toMatchObject({ status: 404 });
    expect(fake.unexpected.slice(before).map((request) => request.path)).toEqual([`/repos/${owner}/${name}/branches`, '/repos/other/repo/pulls/7']);
    fake.unexpected.length = before;
  });
});

describe('fake Anthropic', () => {
  it('answers scripted responses in order, records requests, and flags unscripted calls', async () => {
    const anthropic = new Anthropic({ apiKey: 'sk-test', baseURL: fake.url, maxRetries: 0 });
    fake.pushAnthropic(anthropicToolUse('report_review', { findings: [] }, { usage: { input_tokens: 50, output_tokens: 7 } }));
    const message = await anthropic.messages.create({
      model: 'claude-sonnet-5',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'review' }],
      tools: [{ name: 'report_review', input_schema: { type: 'object' } }],
      tool_choice: { type: 'tool', name: 'report_review' },
    });
    expect(message.content[0]).toMatchObject({ type: 'tool_use', name: 'report_review', input: { findings: [] } });
    expect(message.usage.input_tokens).toBe(50);
    const recorded = fake.requestsTo('POST', '/v1/messages').at(-1);
    // SDK 1.14 sends the key as a bearer token; older versions used x-api-key.
    expect(`${recorded?.headers['x-api-key'] ?? ''} ${recorded?.headers.authorization ?? ''}`).toContain('sk-test');
    expect(recorded?.body).toMatchObject({ model: 'claude-sonnet-5', tool_choice: { type: 'tool', name: 'report_review' } });
    expect(fake.pendingAnthropic).toBe(0);

    const before = fake.unexpected.length;
    await expect(anthropic.messages.create({ model: 'claude-sonnet-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ status: 400 });
    expect(fake.unexpected.length).toBe(before + 1);
    fake.unexpected.length = before;
  });

  it('delays a scripted answer, so client timeouts can be tested', async () => {
    const anthropic = new Anthropic({ apiKey: 'sk-test', baseURL: fake.url, maxRetries: 0, timeout: 100 });
    fake.pushAnthropic({ ...anthropicToolUse('t', {}), delayMs: 400 });
    await expect(anthropic.messages.create({ model: 'claude-sonnet-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] })).rejects.toThrow(/timed out|timeout/i);
  });
});

describe('fake GitHub: review threads, replies and GraphQL', () => {
  let threads: FakeApis;
  let api: GitHubClient;
  const THREADS = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    repository(owner: $owner, name: $repo) { pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) { pageInfo { hasNextPage endCursor } nodes { id isResolved comments(first: 1) { nodes { databaseId } } } }
    } }
  }`;
  type ThreadsAnswer = {
    repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number }[] } }[] } } };
  };

  beforeAll(async () => {
    threads = await startFakeApis({ owner, repo: name, git: { dir: repo.dir, base: repo.base, head: repo.head }, pr: { number: 7 }, refuseReviewComments: [{ path: 'models/new_model.sql' }] });
    api = createGitHubClient({ token: 't', baseUrl: threads.url, throttle: false });
  });

  afterAll(async () => {
    expect(threads.unexpected).toEqual([]);
    await threads.close();
  });

  it('adds a reply to the thread of a top-level comment and refuses a reply to a reply', async () => {
    const top = threads.seedReviewComment({ path: 'models/orders.sql', line: 1, body: 'top' });
    const { data } = await api.rest.pulls.createReplyForReviewComment({ owner, repo: name, pull_number: 7, comment_id: top.id, body: 'reply' });
    expect(data).toMatchObject({ in_reply_to_id: top.id, path: 'models/orders.sql', line: 1, body: 'reply', user: { login: 'github-actions[bot]' } });
    const listed = await api.paginate(api.rest.pulls.listReviewComments, { owner, repo: name, pull_number: 7 });
    expect(listed.find((comment) => comment.id === data.id)?.in_reply_to_id).toBe(top.id);
    await expect(api.rest.pulls.createReplyForReviewComment({ owner, repo: name, pull_number: 7, comment_id: data.id, body: 'x' })).rejects.toMatchObject({ status: 422 });
    await expect(api.rest.pulls.createReplyForReviewComment({ owner, repo: name, pull_number: 7, comment_id: 999_999, body: 'x' })).rejects.toMatchObject({ status: 404 });
  });

  it('lists threads page by page with their first comment, and resolves one', async () => {
    const before = threads.state.reviewComments.filter((comment) => comment.in_reply_to_id === undefined).length;
    for (let index = 0; index < 130; index++) threads.seedReviewComment({ path: 'models/orders.sql', line: 1, body: `c${index}` });
    const seen: { id: string; isResolved: boolean; first: number }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer: ThreadsAnswer = await api.graphql<ThreadsAnswer>(THREADS, { owner, repo: name, number: 7, cursor });
      const connection = answer.repository.pullRequest.reviewThreads;
      seen.push(...connection.nodes.map((node) => ({ id: node.id, isResolved: node.isResolved, first: node.comments.nodes[0]!.databaseId })));
      cursor = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toHaveLength(before + 130);
    const target = seen.at(-1)!;
    expect(target.isResolved).toBe(false);

    const resolved = await api.graphql<{ resolveReviewThread: { thread: { isResolved: boolean } } }>('mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }', { threadId: target.id });
    expect(resolved.resolveReviewThread.thread.isResolved).toBe(true);
    expect(threads.state.resolvedThreads).toContain(target.first);
    await expect(api.graphql('mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id } } }', { threadId: 'PRRT_nope' })).rejects.toThrow(/Could not resolve to a node/);
    await expect(api.graphql(THREADS, { owner, repo: name, number: 99, cursor: null })).rejects.toThrow(/Could not resolve to a PullRequest/);
  });

  it('refuses the whole review when one comment is on a refused anchor, as GitHub does', async () => {
    const before = threads.state.reviewComments.length;
    const attempt = api.rest.pulls.createReview({
      owner,
      repo: name,
      pull_number: 7,
      commit_id: repo.head,
      event: 'COMMENT',
      comments: [
        { path: 'models/orders.sql', line: 1, side: 'RIGHT', body: 'fine' },
        { path: 'models/new_model.sql', line: 1, side: 'RIGHT', body: 'refused' },
      ],
      request: { retries: 0 },
    });
    await expect(attempt).rejects.toMatchObject({ status: 422 });
    expect(threads.state.reviewComments.length).toBe(before);
    threads.refuseReviewComments({ path: 'models/orders.sql', line: 1 });
    await expect(
      api.rest.pulls.createReview({ owner, repo: name, pull_number: 7, commit_id: repo.head, event: 'COMMENT', comments: [{ path: 'models/orders.sql', line: 1, side: 'RIGHT', body: 'now refused' }], request: { retries: 0 } }),
    ).rejects.toMatchObject({ status: 422 });
    const { data } = await api.rest.pulls.createReview({ owner, repo: name, pull_number: 7, commit_id: repo.head, event: 'COMMENT', comments: [{ path: 'models/orders.sql', line: 3, side: 'RIGHT', body: 'other line' }] });
    expect(data.id).toBeGreaterThan(0);
  });

  it('applies a fault only to requests whose body matches', async () => {
    threads.failNext({ method: 'POST', path: '/graphql', status: 403, when: (body) => JSON.stringify(body).includes('resolveReviewThread') });
    await expect(api.graphql(THREADS, { owner, repo: name, number: 7, cursor: null })).resolves.toBeDefined();
    await expect(api.graphql('mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id } } }', { threadId: 'x' })).rejects.toMatchObject({ status: 403 });
  });
});
