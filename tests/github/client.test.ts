import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, graphqlUrlFor, retryAfterSecondaryRateLimit } from '../../src/github/client.js';
import { startLoopback, type Loopback } from './loopback.js';

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createGitHubClient endpoints', () => {
  it('sends REST under /api/v3 and GraphQL to /api/graphql on GitHub Enterprise Server', async () => {
    server = await startLoopback((seen) => ({ status: 200, body: seen.path.endsWith('graphql') ? { data: { viewer: { login: 'bot' } } } : { id: 1 } }));
    const client = createGitHubClient({ token: 't', baseUrl: `${server.url}/api/v3`, throttle: false });
    await client.rest.repos.get({ owner: 'acme', repo: 'shop' });
    const data = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(data.viewer.login).toBe('bot');
    expect(server.seen.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /api/v3/repos/acme/shop', 'POST /api/graphql']);
  });

  it('uses GITHUB_GRAPHQL_URL when the runner names one, and /graphql under the REST root otherwise', async () => {
    server = await startLoopback((seen) => ({ status: 200, body: { data: { ok: seen.path } } }));
    const named = createGitHubClient({ token: 't', baseUrl: server.url, graphqlUrl: `${server.url}/proxy/graphql`, throttle: false });
    await named.graphql('query { ok }');
    const derived = createGitHubClient({ token: 't', baseUrl: `${server.url}/`, throttle: false });
    await derived.graphql('query { ok }');
    expect(server.seen.map((s) => s.path)).toEqual(['/proxy/graphql', '/graphql']);
  });

  it('derives the GraphQL endpoint from the REST root', () => {
    expect(graphqlUrlFor('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrlFor('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/graphql');
  });
});

describe('secondary rate limits', () => {
  const secondary = { status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, headers: { 'retry-after': '1' } };

  it('never retries a review POST, with the route template or a concrete path', () => {
    expect(retryAfterSecondaryRateLimit({ method: 'POST', url: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews' }, 0)).toBe(false);
    expect(retryAfterSecondaryRateLimit({ method: 'POST', url: '/repos/acme/shop/pulls/7/reviews' }, 0)).toBe(false);
    expect(retryAfterSecondaryRateLimit({ method: 'POST', url: '/repos/{owner}/{repo}/issues/{issue_number}/comments' }, 0)).toBe(true);
    expect(retryAfterSecondaryRateLimit({ method: 'GET', url: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews' }, 1)).toBe(true);
    expect(retryAfterSecondaryRateLimit({ method: 'GET', url: '/repos/acme/shop' }, 2)).toBe(false);
  });

  it('sends a review POST that met a secondary rate limit once, and retries a comment', async () => {
    server = await startLoopback((seen) => (seen.method === 'POST' && seen.path.endsWith('/reviews') ? secondary : seen.path.endsWith('/comments') && server!.seen.filter((s) => s.path.endsWith('/comments')).length === 1 ? secondary : { status: 201, body: { id: 9 } }));
    const lines: string[] = [];
    const client = createGitHubClient({ token: 't', baseUrl: server.url, throttle: true, log: (line) => lines.push(line) });
    await expect(client.rest.pulls.createReview({ owner: 'acme', repo: 'shop', pull_number: 7, event: 'COMMENT', body: 'x' })).rejects.toMatchObject({ status: 403 });
    expect(server.seen.filter((s) => s.path.endsWith('/reviews'))).toHaveLength(1);
    // The plugin passes the route template: the old test of a concrete path never matched it.
    expect(lines.join('\n')).toContain('secondary rate limit on POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews; not retried');

    const { data } = await client.rest.issues.createComment({ owner: 'acme', repo: 'shop', issue_number: 7, body: 'hello' });
    expect(data.id).toBe(9);
    expect(server.seen.filter((s) => s.path.endsWith('/comments'))).toHaveLength(2);
  }, 20_000);
});
