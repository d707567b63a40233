// The one place that constructs the GitHub API client. Retries and throttling follow
// GitHub's guidance; tests turn throttling off because it spaces writes seconds apart.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST API root: `GITHUB_API_URL` (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server). */
  baseUrl: string;
  /**
   * GraphQL endpoint: `GITHUB_GRAPHQL_URL`. Absent: derived from the REST root (GitHub
   * Enterprise Server serves GraphQL at /api/graphql, not under /api/v3).
   */
  graphqlUrl?: string;
  /** Spacing of content-creating requests. On in production, off in tests. */
  throttle: boolean;
  /** Called with one line per retry or rate-limit wait, for the log. */
  log?: (line: string) => void;
  /** Called with one line per request (method, path, status): shown with debug logging on. */
  debug?: (line: string) => void;
  /**
   * How long one attempt may wait for GitHub's answer before it is abandoned (and, for a
   * request the retry plugin retries, tried again). Default DEFAULT_REQUEST_TIMEOUT_MS.
   */
  requestTimeoutMs?: number;
  /**
   * The unit of the retry plugin's back-off after a 5xx or a timeout: attempt n waits n² times
   * this. Default 1000 (the plugin's own); tests shorten it to keep fault scenarios fast.
   */
  retryBaseMs?: number;
}

/**
 * Without a timeout a request GitHub never answers hangs the job until the runner kills it
 * (6 hours by default), with no message saying what it was waiting for. 30 s is far beyond a
 * healthy API answer, even a 100-item listing.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** The environment variable that overrides the request timeout (milliseconds), e.g. for tests. */
export const REQUEST_TIMEOUT_ENV = 'DATA_ENGINEER_REVIEW_HTTP_TIMEOUT_MS';
/** The environment variable that overrides the retry back-off unit (milliseconds), for tests. */
export const RETRY_BASE_ENV = 'DATA_ENGINEER_REVIEW_HTTP_RETRY_BASE_MS';

/** The request timeout and retry back-off the environment asks for; unset or unreadable values are left out. */
export function httpSettingsFromEnv(env: NodeJS.ProcessEnv): Pick<GitHubClientOptions, 'requestTimeoutMs' | 'retryBaseMs'> {
  const positive = (raw: string | undefined): number | undefined => {
    const value = Number(raw);
    return raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const timeout = positive(env[REQUEST_TIMEOUT_ENV]);
  const base = positive(env[RETRY_BASE_ENV]);
  return { ...(timeout !== undefined ? { requestTimeoutMs: timeout } : {}), ...(base !== undefined ? { retryBaseMs: base } : {}) };
}

/** Raised (inside octokit, which wraps it) when GitHub did not answer one attempt in time. */
export class GitHubTimeoutError extends Error {
  override readonly name = 'GitHubTimeoutError';
  constructor(readonly method: string, readonly url: string, readonly timeoutMs: number) {
    super(`GitHub did not answer ${method} ${pathOf(url)} within ${timeoutMs} ms (timeout; ${REQUEST_TIMEOUT_ENV} sets it)`);
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * A fetch that abandons one attempt after `timeoutMs`. It wraps the fetch octokit would use (the
 * runner's proxy-aware one), per attempt: the retry plugin calls it again for each retry, each
 * with a fresh timer. The error it throws is not an AbortError on purpose: octokit turns any
 * other fetch failure into a RequestError, which the retry plugin retries like a 5xx.
 */
function fetchWithTimeout(inner: FetchLike, timeoutMs: number, log: (line: string) => void): FetchLike {
  return async (url, init = {}) => {
    const method = String(init.method ?? 'GET');
    const timer = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timer]) : timer;
    let response: Response;
    try {
      response = await inner(url, { ...init, signal });
    } catch (error) {
      if (timer.aborted && !init.signal?.aborted) {
        const timeout = new GitHubTimeoutError(method, url, timeoutMs);
        log(timeout.message);
        throw timeout;
      }
      throw error;
    }
    // Each attempt's server error is logged here, where retries are visible: the retry plugin
    // itself is silent, and a run that recovered should still say what it recovered from.
    if (response.status >= 500) log(`GitHub answered HTTP ${response.status} to ${method} ${pathOf(url)}`);
    if (response.status >= 300 || response.status === 204 || response.status === 205 || !/\bjson\b/i.test(response.headers.get('content-type') ?? '')) return response;
    return completeJson(response, method, url, log);
  };
}

/** Raised when a successful answer's JSON body is cut short (a dropped connection, a proxy). */
export class GitHubIncompleteBodyError extends Error {
  override readonly name = 'GitHubIncompleteBodyError';
  constructor(method: string, url: string, length: number) {
    super(`GitHub answered ${method} ${pathOf(url)} with a body that is not complete JSON (${length} bytes)`);
  }
}

/**
 * The answer, checked to be whole JSON. Octokit would hand an unparsable body on as a string,
 * and the code reading it would fail with a message about its own internals (or, worse, read
 * a listing as empty and write everything again). Thrown here, the error names the request,
 * and octokit turns it into a retryable failure like a 5xx.
 */
async function completeJson(response: Response, method: string, url: string, log: (line: string) => void): Promise<Response> {
  const text = await response.text();
  if (text.trim() !== '') {
    try {
      JSON.parse(text);
    } catch {
      const error = new GitHubIncompleteBodyError(method, url, Buffer.byteLength(text));
      log(error.message);
      throw error;
    }
  }
  const copy = new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  // Octokit reports the answer's URL; a constructed Response has none of its own.
  Object.defineProperty(copy, 'url', { value: response.url });
  return copy;
}

/**
 * Throttling groups that space nothing: used when spacing is off (tests), so that the plugin's
 * rate-limit handling (retry after `retry-after`) still runs exactly as in production. Only
 * `key(id).schedule(options, task, ...args)` is what the plugin calls on a group.
 */
type ThrottleGroup = NonNullable<Extract<ThrottlingOptions, { write?: unknown }>['write']>;
const UNSPACED_GROUP = {
  key: () => ({
    schedule: (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(task(...args)),
  }),
  // Cast: a Bottleneck.Group has many more members, none of which the plugin uses.
} as unknown as ThrottleGroup;

interface ThrottledRequest {
  method: string;
  url: string;
}

// The throttling plugin hands over the request options before the URL is expanded, so the
// path may still be the route template (`/pulls/{pull_number}/reviews`) or already concrete.
const REVIEW_POST = /\/pulls\/(?:\d+|\{pull_number\})\/reviews\/?$/;

/**
 * A retried review POST can post the whole review twice (GitHub may have created it before
 * answering with a secondary rate limit), so it is never retried; other requests twice at most.
 */
export function retryAfterSecondaryRateLimit(request: ThrottledRequest, retryCount: number): boolean {
  if (request.method.toUpperCase() === 'POST' && REVIEW_POST.test(request.url)) return false;
  return retryCount < 2;
}

/** The GraphQL endpoint for a REST root when the runner does not name one. */
export function graphqlUrlFor(restBaseUrl: string): string {
  const base = restBaseUrl.replace(/\/+$/, '');
  // GitHub Enterprise Server: REST at https://HOST/api/v3, GraphQL at https://HOST/api/graphql.
  if (/\/api\/v3$/.test(base)) return base.replace(/\/api\/v3$/, '/api/graphql');
  return `${base}/graphql`;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? (() => {});
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      throttle: {
        // Always on: the rate-limit retries below are behaviour, not pacing. Only the spacing
        // of writes is turned off when `throttle` is false.
        enabled: true,
        ...(options.throttle ? {} : { write: UNSPACED_GROUP, notifications: UNSPACED_GROUP, search: UNSPACED_GROUP }),
        onRateLimit: (retryAfter: number, request: ThrottledRequest, _octokit: unknown, retryCount: number) => {
          // A primary rate limit refuses the request before it does anything: a retry is safe.
          log(`GitHub rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, request: ThrottledRequest, _octokit: unknown, retryCount: number) => {
          const again = retryAfterSecondaryRateLimit(request, retryCount);
          log(`GitHub secondary rate limit on ${request.method} ${request.url}; ${again ? `waiting ${retryAfter}s` : 'not retried'}`);
          return again;
        },
      },
      // Retried: 5xx, 429 and timeouts, POSTs included (a create GitHub applied before failing is
      // found again by the reconcile step: publish/reconcile.ts). The review POST opts out.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], ...(options.retryBaseMs !== undefined ? { retryAfterBaseValue: options.retryBaseMs } : {}) },
    },
    retry,
    throttling,
  );
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  client.hook.before('request', (request) => {
    // Once per request (retries reuse these options), wrapping whatever fetch it would use.
    const settings = (request.request ??= {}) as { fetch?: FetchLike & { withTimeout?: true } };
    if (settings.fetch?.withTimeout) return;
    const inner: FetchLike = settings.fetch ?? ((url, init) => fetch(url, init));
    settings.fetch = Object.assign(fetchWithTimeout(inner, timeoutMs, log), { withTimeout: true as const });
  });
  const debug = options.debug;
  if (debug) {
    // The path only: query strings and headers (the token) never reach the line.
    client.hook.after('request', (response, request) => debug(`${request.method} ${pathOf(request.url)} → ${response.status}`));
    client.hook.error('request', (error, request) => {
      debug(`${request.method} ${pathOf(request.url)} → ${(error as { status?: unknown }).status ?? 'no answer'}`);
      throw error;
    });
  }
  // Octokit derives GraphQL from the REST root; the runner's own GITHUB_GRAPHQL_URL wins, so
  // a proxy or an unusual Enterprise layout works as the runner sees it.
  client.graphql = client.graphql.defaults({ url: options.graphqlUrl ?? graphqlUrlFor(options.baseUrl) });
  return client;
}
