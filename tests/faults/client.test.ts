// The GitHub client's own fault handling, on a scripted loopback server: the request timeout
// (per attempt, retried like a 5xx, never for the review POST), answers cut short, and the
// rate-limit retries that now run with the spacing of writes turned off too.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, httpSettingsFromEnv } from '../../src/github/client.js';
import { llmHttpSettingsFromEnv } from '../../src/llm/retry.js';
import { describeError } from '../../src/publish/errors.js';

interface Scripted {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Answers the n-th request with script[n] (the last entry repeats); records method and path. */
async function scripted(script: Scripted[]): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  server = createServer((request, response) => {
    const answer = script[Math.min(seen.length, script.length - 1)] ?? {};
    seen.push(`${request.method} ${request.url}`);
    request.resume();
    setTimeout(() => {
      if (response.destroyed) return;
      response.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
      response.end(answer.body ?? '[]');
    }, answer.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

const fast = { requestTimeoutMs: 200, retryBaseMs: 10 };

describe('the request timeout', () => {
  it('abandons a late answer, says so, and retries a listing with a fresh timer', async () => {
    const { url, seen } = await scripted([{ delayMs: 600 }, { body: '[{"id": 1}]' }]);
    const lines: string[] = [];
    const client = createGitHubClient({ token: 't', baseUrl: url, throttle: false, ...fast, log: (line) => lines.push(line) });
    const { data } = await client.rest.issues.listComments({ owner: 'a', repo: 'b', issue_number: 1 });
    expect(data).toEqual([{ id: 1 }]);
    expect(seen).toHaveLength(2);
    expect(lines).toContain('GitHub did not answer GET /repos/a/b/issues/1/comments within 200 ms (timeout; DATA_ENGINEER_REVIEW_HTTP_TIMEOUT_MS sets it)');
  });

  it('gives up after the retries with an error that names the timeout, not an HTTP status GitHub never sent', async () => {
    const { url, seen } = await scripted([{ delayMs: 600 }]);
    const client = createGitHubClient({ token: 't', baseUrl: url, throttle: false, ...fast });
    const error = await client.rest.pulls.listFiles({ owner: 'a', repo: 'b', pull_number: 1 }).catch((caught: unknown) => caught);
    expect(seen).toHaveLength(4); // the first attempt and the plugin's 3 retries
    expect(describeError(error)).toBe('GitHub did not answer GET /repos/a/b/pulls/1/files within 200 ms (timeout; DATA_ENGINEER_REVIEW_HTTP_TIMEOUT_MS sets it)');
  });

  it('never retries a review POST that timed out (it may have been applied)', async () => {
    const { url, seen } = await scripted([{ delayMs: 600, status: 200, body: '{"id": 5}' }]);
    const client = createGitHubClient({ token: 't', baseUrl: url, throttle: false, ...fast });
    const error = await client.rest.pulls
      .createReview({ owner: 'a', repo: 'b', pull_number: 1, event: 'COMMENT', body: 'x', request: { retries: 0 } })
      .catch((caught: unknown) => caught);
    expect(seen).toEqual(['POST /repos/a/b/pulls/1/reviews']);
    expect(describeError(error)).toMatch(/did not answer POST \/repos\/a\/b\/pulls\/1\/reviews within 200 ms/);
  });

  it('is 30 s unless the environment says otherwise', () => {
    expect(httpSettingsFromEnv({})).toEqual({});
    expect(httpSettingsFromEnv({ DATA_ENGINEER_REVIEW_HTTP_TIMEOUT_MS: '1500', DATA_ENGINEER_REVIEW_HTTP_RETRY_BASE_MS: '20' })).toEqual({ requestTimeoutMs: 1500, retryBaseMs: 20 });
    expect(httpSettingsFromEnv({ DATA_ENGINEER_REVIEW_HTTP_TIMEOUT_MS: 'soon', DATA_ENGINEER_REVIEW_HTTP_RETRY_BASE_MS: '-1' })).toEqual({});
    expect(llmHttpSettingsFromEnv({ DATA_ENGINEER_REVIEW_LLM_TIMEOUT_MS: '300', DATA_ENGINEER_REVIEW_LLM_RETRY_DELAY_MS: '5' })).toEqual({ timeoutMs: 300, retry: { initialDelayMs: 5 } });
    expect(llmHttpSettingsFromEnv({ DATA_ENGINEER_REVIEW_LLM_TIMEOUT_MS: '' })).toEqual({});
  });
});

describe('an answer cut short', () => {
  it('is retried, and the log names the request', async () => {
    const { url, seen } = await scripted([{ body: '[{"id": 1, "bo' }, { body: '[{"id": 1}]' }]);
    const lines: string[] = [];
    const client = createGitHubClient({ token: 't', baseUrl: url, throttle: false, ...fast, log: (line) => lines.push(line) });
    const listed = await client.paginate(client.rest.pulls.listReviewComments, { owner: 'a', repo: 'b', pull_number: 1, per_page: 100 });
    expect(listed).toEqual([{ id: 1 }]);
    expect(seen).toHaveLength(2);
    expect(lines).toContain('GitHub answered GET /repos/a/b/pulls/1/comments with a body that is not complete JSON (14 bytes)');
  });

  it('fails with that message when it never comes whole, instead of being read as a string', async () => {
    const { url } = await scripted([{ body: '{"sha": "abc", "tr' }]);
    const client = createGitHubClient({ token: 't', baseUrl: url, throttle: false, ...fast });
    const error = await client.rest.git.getTree({ owner: 'a', repo: 'b', tree_sha: 'abc' }).catch((caught: unknown) => caught);
    expect(describeError(error)).toBe('GitHub answered GET /repos/a/b/git/trees/abc with a body that is not complete JSON (18 bytes)');
  });

  it('leaves empty and non-JSON answers alone', async () => {
    const { url } = await scripted([{ status: 204, body: '' }]);
    const client = createGitHubClient({ token: 't', baseUrl: url, throttle: false, ...fast });
    await expect(client.rest.issues.deleteComment({ owner: 'a', repo: 'b', comment_id: 1 })).resolves.toMatchObject({ status: 204 });
  });
});

describe('rate limits with the spacing of writes off (as in tests)', () => {
  it('still waits for retry-after and retries a listing after a secondary rate limit', async () => {
    const secondary = { status: 403, body: JSON.stringify({ message: 'You have exceeded a secondary rate limit.' }), headers: { 'retry-after': '1' } };
    const { url, seen } = await scripted([secondary, { body: '[]' }]);
    const lines: string[] = [];
    const client = createGitHubClient({ token: 't', baseUrl: url, throttle: false, ...fast, log: (line) => lines.push(line) });
    const started = Date.now();
    await client.rest.issues.listForRepo({ owner: 'a', repo: 'b' });
    expect(seen).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(lines.join('\n')).toMatch(/secondary rate limit on GET .*; waiting 1s/);
  });

  it('keeps ordinary errors described with their status', () => {
    expect(describeError(Object.assign(new Error('Not Found'), { status: 404 }))).toBe('HTTP 404: Not Found');
  });
});
