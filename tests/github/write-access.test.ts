import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { guardWrites, isReadOnlyTokenError, isWriteRequest, writeAccess } from '../../src/github/write-access.js';
import { startLoopback, type Loopback } from './loopback.js';

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const READ_ONLY = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };

describe('isWriteRequest', () => {
  it('counts every method but GET/HEAD, and GraphQL mutations but not queries', () => {
    expect(isWriteRequest({ method: 'GET', url: '/repos/a/b' })).toBe(false);
    expect(isWriteRequest({ method: 'PATCH', url: '/repos/a/b/issues/1' })).toBe(true);
    expect(isWriteRequest({ method: 'POST', url: '/graphql', query: 'query { viewer { login } }' })).toBe(false);
    expect(isWriteRequest({ method: 'POST', url: '/graphql', query: '# resolve\n mutation($id: ID!) { resolveReviewThread(input: {threadId: $id}) { thread { id } } }' })).toBe(true);
  });

  it('recognises the read-only token error, not any 403', () => {
    expect(isReadOnlyTokenError(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))).toBe(true);
    expect(isReadOnlyTokenError(Object.assign(new Error('You have exceeded a secondary rate limit'), { status: 403 }))).toBe(false);
    expect(isReadOnlyTokenError(Object.assign(new Error('Resource not accessible by integration'), { status: 404 }))).toBe(false);
  });
});

describe('guardWrites', () => {
  it('after a 403 on a write, sends no further write but keeps reading', async () => {
    server = await startLoopback((seen) => (seen.method === 'GET' || seen.path === '/graphql' ? { status: 200, body: seen.path === '/graphql' ? { data: { ok: true } } : [] } : READ_ONLY));
    const client = createGitHubClient({ token: 't', baseUrl: server.url, throttle: false });
    const access = writeAccess();
    const lines: string[] = [];
    guardWrites(client, access, (line) => lines.push(line));

    await expect(client.rest.issues.createLabel({ owner: 'a', repo: 'b', name: 'x' })).rejects.toMatchObject({ status: 403 });
    expect(access.readOnly).toBe(true);
    expect(access.reason).toContain('Resource not accessible by integration');
    expect(access.reason).toContain('POST /repos/{owner}/{repo}/labels');

    await expect(client.rest.issues.createComment({ owner: 'a', repo: 'b', issue_number: 1, body: 'x' })).rejects.toMatchObject({ status: 403, name: 'ReadOnlyTokenError' });
    await expect(client.graphql('mutation { resolveReviewThread(input: {threadId: "T"}) { thread { id } } }')).rejects.toMatchObject({ status: 403 });
    await client.rest.issues.listComments({ owner: 'a', repo: 'b', issue_number: 1 });
    await client.graphql('query { ok }');
    expect(server.seen.map((s) => `${s.method} ${s.path}`)).toEqual(['POST /repos/a/b/labels', 'GET /repos/a/b/issues/1/comments', 'POST /graphql']);
    expect(access.skippedWrites).toBe(2);
    expect(lines).toHaveLength(1);
  });

  it('sends nothing to write when the run is known to be read-only from the start', async () => {
    server = await startLoopback();
    const client = createGitHubClient({ token: 't', baseUrl: server.url, throttle: false });
    guardWrites(client, writeAccess({ readOnly: true, reason: 'fork' }));
    await expect(client.rest.repos.createCommitStatus({ owner: 'a', repo: 'b', sha: 'c', state: 'success' })).rejects.toMatchObject({ status: 403 });
    expect(server.seen).toEqual([]);
  });

  it('leaves other errors alone', async () => {
    server = await startLoopback(() => ({ status: 422, body: { message: 'Validation Failed' } }));
    const client = createGitHubClient({ token: 't', baseUrl: server.url, throttle: false });
    const access = writeAccess();
    guardWrites(client, access);
    await expect(client.rest.issues.create({ owner: 'a', repo: 'b', title: 't' })).rejects.toMatchObject({ status: 422 });
    expect(access.readOnly).toBe(false);
  });
});
