// The fault scenarios, as data: what is injected into the loopback fake, and what the run must
// end with. Shared by the in-process suites (tests/faults/*.test.ts) and the end-to-end test on
// the built bundle (tests/e2e/faults.test.ts), which runs a few of them.
//
// The exit-code rule asserted (every run uses fail-on: never, so findings never fail it):
//   0 — the review was computed and every part of it was published (after retries, if any);
//   1 — a part could not be published (the error names it; the findings it would have carried
//       are in the summary comment instead), the change could not be read at all, or the
//       config at the base says `llm: required` and the LLM pass did not complete.
import { expect } from 'vitest';
import { anthropicError, anthropicToolUse, type FakeApis, type RecordedRequest, type ScriptedAnthropicResponse } from '../support/fakeApis.js';
import { PR_NUMBER, SLOW_ANSWER_MS, type FaultRun } from './fixture.js';

export interface FaultScenario {
  id: string;
  api: 'github' | 'anthropic';
  /** For GitHub: whether the fault hits a read (listing) or a write; the suites split on it. */
  target?: 'read' | 'write';
  /** The fault, in words. */
  fault: string;
  /** Send an Anthropic key (the API at the fake). */
  llm?: boolean;
  /** Review the change on the base whose config says `llm: required`. */
  llmRequired?: boolean;
  /** Run once without a fault first, so there is a summary and an issue to update. */
  afterCleanRun?: boolean;
  /** Extra environment for the faulty run (e.g. a shorter LLM timeout). */
  env?: Record<string, string>;
  inject(fake: FakeApis): void;
  exitCode: 0 | 1;
  /** In the log, the annotations or the job summary: names what failed (or what was recovered from). */
  message: RegExp;
  llmStatus?: 'ok' | 'failed' | 'invalid' | 'skipped';
  /** The run could not read the change: no review, so no channel; the re-run must deliver everything. */
  noReview?: boolean;
  /** Every finding on GitHub (inline or in the summary comment); false when the summary itself could not be written. */
  allOnGitHub?: boolean;
  /** After the faulty run, a clean re-run: exit 0, nothing duplicated, everything on GitHub. */
  rerun?: boolean;
  /** Scenario-specific checks on the requests of the faulty run (e.g. how often one was retried). */
  check?(context: { fake: FakeApis; run: FaultRun; requests: RecordedRequest[] }): void;
}

const repoPath = '/repos/acme/shop';
const FILES = `${repoPath}/pulls/${PR_NUMBER}/files`;
const ISSUE_COMMENTS = `${repoPath}/issues/${PR_NUMBER}/comments`;
const REVIEW_COMMENTS = `${repoPath}/pulls/${PR_NUMBER}/comments`;
const REVIEWS = `${repoPath}/pulls/${PR_NUMBER}/reviews`;
const ISSUES = `${repoPath}/issues`;
const ONE_ISSUE = /^\/repos\/acme\/shop\/issues\/\d+$/;
const COMMENT_BY_ID = /^\/repos\/acme\/shop\/issues\/comments\/\d+$/;
const SECONDARY = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' };

const count = (requests: RecordedRequest[], method: string, path: string | RegExp) =>
  requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path))).length;

/** As if GitHub applied the write and then failed to answer: the comment exists, the client sees an error. */
function applyComment(fake: FakeApis) {
  return (body: unknown): boolean => {
    const text = (body as { body?: unknown } | undefined)?.body;
    if (typeof text === 'string') fake.seedIssueComment(PR_NUMBER, text);
    return true;
  };
}

/** As if GitHub created the review's comments and then failed to answer. */
function applyReview(fake: FakeApis) {
  return (body: unknown): boolean => {
    const comments = (body as { comments?: { path: string; line: number; body: string }[] } | undefined)?.comments ?? [];
    for (const comment of comments) fake.seedReviewComment({ path: comment.path, line: comment.line, body: comment.body });
    return true;
  };
}

export const GITHUB_SCENARIOS: FaultScenario[] = [
  {
    id: 'github-500-pull-files-once',
    api: 'github',
    target: 'read',
    fault: 'HTTP 500 once on the listing of the changed files',
    inject: (fake) => fake.failNext({ method: 'GET', path: FILES, status: 500 }),
    exitCode: 0,
    message: /GitHub answered HTTP 500 to GET \/repos\/acme\/shop\/pulls\/31\/files/,
    check: ({ requests }) => expect(count(requests, 'GET', FILES)).toBe(2),
  },
  {
    id: 'github-502-issue-comments-twice',
    api: 'github',
    target: 'read',
    fault: 'HTTP 502 twice on the listing of the pull request comments',
    inject: (fake) => fake.failNext({ method: 'GET', path: ISSUE_COMMENTS, status: 502, times: 2 }),
    exitCode: 0,
    message: /GitHub answered HTTP 502 to GET \/repos\/acme\/shop\/issues\/31\/comments/,
  },
  {
    id: 'github-503-review-comments-persistent',
    api: 'github',
    target: 'read',
    fault: 'HTTP 503 on every attempt to list the review comments (1 + 3 retries)',
    inject: (fake) => fake.failNext({ method: 'GET', path: REVIEW_COMMENTS, status: 503, times: 4 }),
    exitCode: 1,
    message: /Could not list earlier review comments, so no inline comment was posted.*HTTP 503/,
    check: ({ requests }) => {
      expect(count(requests, 'GET', REVIEW_COMMENTS)).toBe(4);
      expect(count(requests, 'POST', REVIEWS)).toBe(0);
    },
  },
  {
    id: 'github-500-summary-post-applied',
    api: 'github',
    target: 'write',
    fault: 'HTTP 500 on the summary POST after GitHub created the comment; the retry creates a second one',
    inject: (fake) => fake.failNext({ method: 'POST', path: ISSUE_COMMENTS, status: 500, when: applyComment(fake) }),
    exitCode: 0,
    message: /another run posted a summary comment too: keeping \d+, removing \d+/,
    check: ({ requests }) => {
      expect(count(requests, 'POST', ISSUE_COMMENTS)).toBe(2);
      expect(count(requests, 'DELETE', COMMENT_BY_ID)).toBe(1);
    },
  },
  {
    id: 'github-502-review-post-applied',
    api: 'github',
    target: 'write',
    fault: 'HTTP 502 on the review POST after GitHub created its comments',
    inject: (fake) => fake.failNext({ method: 'POST', path: REVIEWS, status: 502, when: applyReview(fake) }),
    exitCode: 1,
    message: /Could not post the inline review: HTTP 502/,
    // The review POST is never retried: a retry would post every comment a second time.
    check: ({ requests }) => expect(count(requests, 'POST', REVIEWS)).toBe(1),
    rerun: true,
  },
  {
    id: 'github-503-issue-create-persistent',
    api: 'github',
    target: 'write',
    fault: 'HTTP 503 on every attempt to open the escalation issue',
    inject: (fake) => fake.failNext({ method: 'POST', path: ISSUES, status: 503, times: 4 }),
    exitCode: 1,
    message: /Could not write the escalation issue for "incremental-vs-full-refresh": HTTP 503/,
    check: ({ fake, requests }) => {
      expect(count(requests, 'POST', ISSUES)).toBe(4);
      expect(fake.state.issues).toHaveLength(0);
    },
    rerun: true,
  },
  {
    id: 'github-403-secondary-rate-limit-listing',
    api: 'github',
    target: 'read',
    fault: '403 secondary rate limit with retry-after: 1 on the listing of escalation issues',
    inject: (fake) => fake.failNext({ method: 'GET', path: ISSUES, status: 403, body: SECONDARY, headers: { 'retry-after': '1' } }),
    exitCode: 0,
    message: /GitHub secondary rate limit on GET \S*\/repos\/acme\/shop\/issues\?\S*; waiting 1s/,
    check: ({ requests }) => {
      const listings = requests.filter((r) => r.method === 'GET' && r.path === ISSUES);
      const refused = requests.findIndex((r) => r.method === 'GET' && r.path === ISSUES && r.status === 403);
      expect(refused).toBeGreaterThanOrEqual(0);
      expect(listings.length).toBeGreaterThanOrEqual(2);
    },
  },
  {
    id: 'github-403-secondary-rate-limit-review',
    api: 'github',
    target: 'write',
    fault: '403 secondary rate limit with retry-after: 1 on the review POST',
    inject: (fake) => fake.failNext({ method: 'POST', path: REVIEWS, status: 403, body: SECONDARY, headers: { 'retry-after': '1' } }),
    exitCode: 1,
    message: /secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/reviews; not retried[\s\S]*Could not post the inline review: HTTP 403/,
    check: ({ fake, requests }) => {
      expect(count(requests, 'POST', REVIEWS)).toBe(1);
      expect(fake.state.reviewComments).toHaveLength(0);
    },
  },
  {
    id: 'github-404-summary-deleted',
    api: 'github',
    target: 'write',
    fault: 'the summary comment is deleted between the listing and its update (404)',
    afterCleanRun: true,
    inject: (fake) => {
      // The summary is out of date (as after a push), so the run updates it.
      for (const comment of fake.state.comments) comment.body = comment.body.replace('## Data Engineer Review', '## Data Engineer Review (stale)');
      fake.failNext({
        method: 'PATCH',
        path: COMMENT_BY_ID,
        status: 404,
        body: { message: 'Not Found' },
        when: () => {
          const index = fake.state.comments.findIndex((c) => c.body.includes('data-engineer-review:summary'));
          if (index >= 0) fake.state.comments.splice(index, 1);
          return true;
        },
      });
    },
    exitCode: 0,
    message: /summary comment \d+ is gone; posting a new one/,
    check: ({ requests }) => expect(count(requests, 'POST', ISSUE_COMMENTS)).toBe(1),
  },
  {
    id: 'github-404-issue-deleted',
    api: 'github',
    target: 'write',
    fault: 'the escalation issue is deleted between the listing and its update (404)',
    afterCleanRun: true,
    inject: (fake) => {
      // Someone edited the issue, so the run has something to write back.
      for (const issue of fake.state.issues) issue.title = `${issue.title} (edited)`;
      fake.failNext({
        method: 'PATCH',
        path: ONE_ISSUE,
        status: 404,
        body: { message: 'Not Found' },
        when: () => {
          fake.state.issues.splice(0, fake.state.issues.length);
          return true;
        },
      });
    },
    exitCode: 0,
    message: /escalation issue #\d+ .*is gone; opening a new one/,
    check: ({ fake }) => expect(fake.state.issues.filter((issue) => issue.state === 'open')).toHaveLength(1),
  },
  {
    id: 'github-422-review-once',
    api: 'github',
    target: 'write',
    fault: 'HTTP 422 once on the review POST (GitHub does not say which comment)',
    inject: (fake) => fake.failNext({ method: 'POST', path: REVIEWS, status: 422, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] } }),
    exitCode: 0,
    message: /GitHub refused the review: bisected in \d+ review POSTs/,
    check: ({ requests }) => expect(count(requests, 'POST', REVIEWS)).toBe(3),
  },
  {
    id: 'github-422-review-always',
    api: 'github',
    target: 'write',
    fault: 'HTTP 422 on every review POST',
    inject: (fake) => fake.failNext({ method: 'POST', path: REVIEWS, status: 422, times: 1000, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] } }),
    exitCode: 1,
    message: /GitHub refused the inline review: HTTP 422/,
    check: ({ fake }) => expect(fake.state.reviewComments).toHaveLength(0),
  },
  {
    id: 'github-timeout-listing-once',
    api: 'github',
    target: 'read',
    fault: `the listing of escalation issues answers after ${SLOW_ANSWER_MS} ms, past the client's timeout, once`,
    inject: (fake) => fake.slowDown({ method: 'GET', path: ISSUES, delayMs: SLOW_ANSWER_MS, times: 1 }),
    exitCode: 0,
    message: /GitHub did not answer GET \/repos\/acme\/shop\/issues within 1000 ms/,
  },
  {
    id: 'github-timeout-summary-post-applied',
    api: 'github',
    target: 'write',
    fault: `the summary POST is applied but answered after ${SLOW_ANSWER_MS} ms, past the timeout; the retry creates a second one`,
    inject: (fake) => fake.slowDown({ method: 'POST', path: ISSUE_COMMENTS, delayMs: SLOW_ANSWER_MS, times: 1 }),
    exitCode: 0,
    message: /GitHub did not answer POST \/repos\/acme\/shop\/issues\/31\/comments within 1000 ms[\s\S]*another run posted a summary comment too/,
  },
  {
    id: 'github-timeout-pull-files-persistent',
    api: 'github',
    target: 'read',
    fault: 'the listing of the changed files never answers in time',
    inject: (fake) => fake.slowDown({ method: 'GET', path: FILES, delayMs: SLOW_ANSWER_MS, times: 4 }),
    exitCode: 1,
    message: /Data Engineer Review could not run: .*GitHub did not answer GET \/repos\/acme\/shop\/pulls\/31\/files within 1000 ms/,
    noReview: true,
    rerun: true,
  },
  {
    id: 'github-truncated-json-review-comments',
    api: 'github',
    target: 'read',
    fault: 'the listing of review comments answers 200 with a JSON body cut in the middle',
    inject: (fake) =>
      fake.failNext({ method: 'GET', path: REVIEW_COMMENTS, status: 200, raw: '[{"id": 4001, "body": "<!-- data-engineer-review:fin', headers: { 'content-type': 'application/json; charset=utf-8' } }),
    exitCode: 0,
    message: /GitHub answered GET \/repos\/acme\/shop\/pulls\/31\/comments with a body that is not complete JSON/,
  },
  {
    id: 'github-truncated-json-pull-files',
    api: 'github',
    target: 'read',
    fault: 'the listing of the changed files answers 200 with a JSON body cut in the middle, every time',
    inject: (fake) =>
      fake.failNext({ method: 'GET', path: FILES, status: 200, times: 4, raw: '[{"sha": "abc", "filename": "models/sta', headers: { 'content-type': 'application/json; charset=utf-8' } }),
    exitCode: 1,
    message: /Data Engineer Review could not run: .*GitHub answered GET \/repos\/acme\/shop\/pulls\/31\/files with a body that is not complete JSON/,
    noReview: true,
    rerun: true,
  },
];

// ---- Anthropic ---------------------------------------------------------------------------------

const DAG_FINDING = { checklist: 'MON-03', file: 'dags/payments_hourly.py', line: 8, severity: 'warning', title: 'No failure alerting', message: 'Nobody hears when the hourly refresh fails.' };
const good = (): ScriptedAnthropicResponse => anthropicToolUse('submit_review', { findings: [DAG_FINDING], escalations: [] });
const times = (n: number, make: () => ScriptedAnthropicResponse) => Array.from({ length: n }, make);
/** The first attempt and the run's whole retry budget (6). */
const EVERY_ATTEMPT = 7;

function emptyAnswer(): ScriptedAnthropicResponse {
  const base = anthropicToolUse('submit_review', {});
  return { ...base, body: { ...(base.body as Record<string, unknown>), content: [], stop_reason: 'end_turn' } };
}
const malformed = (): ScriptedAnthropicResponse => anthropicToolUse('submit_review', { findings: 'MON-03 on dags/payments_hourly.py line 8', escalations: [] });
const rateLimited = (retryAfter?: string): ScriptedAnthropicResponse => ({ ...anthropicError(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'), ...(retryAfter ? { headers: { 'retry-after': retryAfter } } : {}) });
const overloaded = () => anthropicError(529, 'overloaded_error', 'Overloaded');
const serverError = () => anthropicError(500, 'api_error', 'Internal server error');
const slow = (): ScriptedAnthropicResponse => ({ ...good(), delayMs: 900 });

const messagesCalls = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages');

function anthropicScenario(fields: Omit<FaultScenario, 'api' | 'llm'>): FaultScenario {
  return { api: 'anthropic', llm: true, ...fields };
}

/** The run's LLM settings for timeouts: attempts give up after 300 ms, the fake answers after 900 ms. */
const SHORT_LLM_TIMEOUT = { DATA_ENGINEER_REVIEW_LLM_TIMEOUT_MS: '300' };

export const ANTHROPIC_SCENARIOS: FaultScenario[] = [
  anthropicScenario({
    id: 'anthropic-429-once-retry-after',
    fault: '429 with retry-after: 1, then an answer (llm: required)',
    llmRequired: true,
    inject: (fake) => fake.pushAnthropic(rateLimited('1'), good()),
    exitCode: 0,
    llmStatus: 'ok',
    message: /1 request\(s\) were retried after rate limits/,
    check: ({ requests }) => {
      const calls = messagesCalls(requests);
      expect(calls).toHaveLength(2);
      expect(calls[0]!.status).toBe(429);
    },
  }),
  anthropicScenario({
    id: 'anthropic-429-persistent',
    fault: '429 on every attempt (llm: required)',
    llmRequired: true,
    inject: (fake) => fake.pushAnthropic(...times(EVERY_ATTEMPT, () => rateLimited())),
    exitCode: 1,
    llmStatus: 'failed',
    message: /the LLM review is required but did not complete \(failed: the Anthropic API answered 429 rate_limit_error.*after 6 retries/,
  }),
  anthropicScenario({
    id: 'anthropic-529-once',
    fault: '529 overloaded, then an answer (llm: required)',
    llmRequired: true,
    inject: (fake) => fake.pushAnthropic(overloaded(), good()),
    exitCode: 0,
    llmStatus: 'ok',
    message: /1 request\(s\) were retried/,
  }),
  anthropicScenario({
    id: 'anthropic-529-persistent',
    fault: '529 overloaded on every attempt (llm: required)',
    llmRequired: true,
    inject: (fake) => fake.pushAnthropic(...times(EVERY_ATTEMPT, overloaded)),
    exitCode: 1,
    llmStatus: 'failed',
    message: /the LLM review is required but did not complete \(failed: the Anthropic API answered 529 overloaded_error/,
  }),
  anthropicScenario({
    id: 'anthropic-500-persistent-required',
    fault: '500 on every attempt (llm: required)',
    llmRequired: true,
    inject: (fake) => fake.pushAnthropic(...times(EVERY_ATTEMPT, serverError)),
    exitCode: 1,
    llmStatus: 'failed',
    message: /the LLM review is required but did not complete \(failed: the Anthropic API answered 500 api_error/,
  }),
  anthropicScenario({
    id: 'anthropic-500-persistent-optional',
    fault: '500 on every attempt (llm optional: the rules decide)',
    inject: (fake) => fake.pushAnthropic(...times(EVERY_ATTEMPT, serverError)),
    exitCode: 0,
    llmStatus: 'failed',
    message: /The LLM review failed.*the Anthropic API answered 500 api_error/,
  }),
  anthropicScenario({
    id: 'anthropic-timeout-once',
    fault: 'an answer later than the timeout, then an answer in time (llm: required)',
    llmRequired: true,
    env: SHORT_LLM_TIMEOUT,
    inject: (fake) => fake.pushAnthropic(slow(), good()),
    exitCode: 0,
    llmStatus: 'ok',
    message: /1 request\(s\) were retried after rate limits, overload, server errors or timeouts/,
  }),
  anthropicScenario({
    id: 'anthropic-timeout-persistent',
    fault: 'every answer later than the timeout (llm: required)',
    llmRequired: true,
    env: SHORT_LLM_TIMEOUT,
    inject: (fake) => fake.pushAnthropic(...times(EVERY_ATTEMPT, slow)),
    exitCode: 1,
    llmStatus: 'failed',
    message: /the LLM review is required but did not complete \(failed: the Anthropic API did not answer within 300 ms \(after 6 retries\)/,
  }),
  anthropicScenario({
    id: 'anthropic-malformed-tool-input-repaired',
    fault: 'a tool input whose findings are a string, then a valid one to the repair request (llm: required)',
    llmRequired: true,
    inject: (fake) => fake.pushAnthropic(malformed(), good()),
    exitCode: 0,
    llmStatus: 'ok',
    message: /the first answer was unusable \(the submit_review input's "findings" is a string, not a list\)/,
  }),
  anthropicScenario({
    id: 'anthropic-malformed-tool-input',
    fault: 'a tool input whose findings are a string, twice (llm: required)',
    llmRequired: true,
    inject: (fake) => fake.pushAnthropic(malformed(), malformed()),
    exitCode: 1,
    llmStatus: 'invalid',
    message: /the LLM review is required but did not complete \(invalid: the submit_review input's "findings" is a string, not a list/,
  }),
  anthropicScenario({
    id: 'anthropic-empty-answer-required',
    fault: 'an empty answer (content: []), twice (llm: required)',
    llmRequired: true,
    inject: (fake) => fake.pushAnthropic(emptyAnswer(), emptyAnswer()),
    exitCode: 1,
    llmStatus: 'invalid',
    message: /the LLM review is required but did not complete \(invalid: the model did not call submit_review/,
  }),
  anthropicScenario({
    id: 'anthropic-empty-answer-optional',
    fault: 'an empty answer (content: []), twice (llm optional)',
    inject: (fake) => fake.pushAnthropic(emptyAnswer(), emptyAnswer()),
    exitCode: 0,
    llmStatus: 'invalid',
    message: /The LLM review returned an unusable answer, which was discarded/,
  }),
];
