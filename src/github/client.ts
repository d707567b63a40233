// The one place that constructs the GitHub API client. Retries and throttling follow
// GitHub's guidance; tests turn throttling off because it spaces writes seconds apart.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST API root; GitHub Enterprise users pass theirs. */
  baseUrl: string;
  /** Spacing of content-creating requests. On in production, off in tests. */
  throttle: boolean;
  /** Called with one line per retry or rate-limit wait, for the log. */
  log?: (line: string) => void;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? (() => {});
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      throttle: {
        enabled: options.throttle,
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log(`GitHub rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          // A retried review POST can post the same review twice: never retry it.
          if (request.method === 'POST' && /\/pulls\/\d+\/reviews$/.test(request.url)) return false;
          log(`GitHub secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s`);
          return retryCount < 2;
        },
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  );
}
