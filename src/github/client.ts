// The one place that constructs the GitHub API client. Retries and throttling follow
// GitHub's guidance; tests turn throttling off because it spaces writes seconds apart.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

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
}

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
        enabled: options.throttle,
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
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  );
  // Octokit derives GraphQL from the REST root; the runner's own GITHUB_GRAPHQL_URL wins, so
  // a proxy or an unusual Enterprise layout works as the runner sees it.
  client.graphql = client.graphql.defaults({ url: options.graphqlUrl ?? graphqlUrlFor(options.baseUrl) });
  return client;
}
