// Closes the conversation on findings that are gone: each of our inline comments whose finding
// is fixed gets one reply, "Resolved in <sha>", and its review thread is resolved.
//
// Once only, across runs: a thread that is already resolved (by us or by a person) is left
// alone, and so is one that already carries our reply (a person may have re-opened it on
// purpose). Threads are listed through GraphQL (REST has no resolution state) in one paginated
// query, and only when some finding is fixed: the calls of a run grow with the fixed findings,
// never with the open ones. A failing call is reported and the rest carries on.
import type { GitHubClient } from '../github/client.js';
import { describeError } from './errors.js';
import { findingFingerprintsIn, hasResolvedMarker, isTrustedAuthor, resolvedMarker } from './markers.js';

/** A pull request review comment as the REST listing returns it. */
export interface ListedReviewComment {
  id: number;
  body?: string | null;
  path: string;
  user?: { login?: string | null } | null;
  in_reply_to_id?: number | null;
}

export interface FixedThreadsOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
  botLogin: string | null;
  /** Every review comment of the pull request (top-level and replies). */
  comments: readonly ListedReviewComment[];
  /** Whether the finding behind one of our top-level comments is fixed. */
  isFixed: (fingerprint: string, comment: ListedReviewComment) => boolean;
  log: (line: string) => void;
}

export interface FixedThreadsResult {
  /** Our comments answered "Resolved in …" by this run. */
  replied: number[];
  /** Our comments whose thread this run resolved. */
  resolved: number[];
  /** Comments left alone: thread already resolved, or our reply already there. */
  skipped: number[];
  errors: string[];
}

interface Thread {
  id: string;
  isResolved: boolean;
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE_MUTATION = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

// 100 threads a page: past 5,000 threads the rest are not looked at (and their comments get no reply).
const MAX_THREAD_PAGES = 50;

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Threads by the database id of their first comment (the REST id of our inline comment). */
async function listThreads(options: FixedThreadsOptions): Promise<Map<number, Thread>> {
  const threads = new Map<number, Thread>();
  let cursor: string | null = null;
  for (let page = 0; page < MAX_THREAD_PAGES; page++) {
    const answer: unknown = await options.client.graphql(THREADS_QUERY, { owner: options.owner, repo: options.repo, number: options.pullNumber, cursor });
    const connection = record(record(record(record(answer).repository).pullRequest).reviewThreads);
    const nodes = connection.nodes;
    if (!Array.isArray(nodes)) throw new Error('the reviewThreads answer has no list of threads');
    for (const node of nodes) {
      const thread = record(node);
      const commentNodes = record(thread.comments).nodes;
      const first = record(Array.isArray(commentNodes) ? commentNodes[0] : undefined);
      if (typeof thread.id !== 'string' || typeof first.databaseId !== 'number') continue;
      threads.set(first.databaseId, { id: thread.id, isResolved: thread.isResolved === true });
    }
    const pageInfo = record(connection.pageInfo);
    if (pageInfo.hasNextPage !== true || typeof pageInfo.endCursor !== 'string') return threads;
    cursor = pageInfo.endCursor;
  }
  options.log(`more than ${MAX_THREAD_PAGES * 100} review threads: the rest were not looked at`);
  return threads;
}

export async function resolveFixedThreads(options: FixedThreadsOptions): Promise<FixedThreadsResult> {
  const { client, owner, repo, pullNumber, headSha, botLogin, comments, log } = options;
  const result: FixedThreadsResult = { replied: [], resolved: [], skipped: [], errors: [] };

  const answered = new Set<number>();
  for (const comment of comments) {
    if (typeof comment.in_reply_to_id === 'number' && isTrustedAuthor(comment, botLogin) && hasResolvedMarker(comment.body)) answered.add(comment.in_reply_to_id);
  }
  const fixed: { comment: ListedReviewComment; fingerprint: string }[] = [];
  for (const comment of comments) {
    if (typeof comment.in_reply_to_id === 'number' || !isTrustedAuthor(comment, botLogin)) continue;
    const fingerprint = findingFingerprintsIn(comment.body)[0];
    if (fingerprint === undefined || !options.isFixed(fingerprint, comment)) continue;
    if (answered.has(comment.id)) {
      result.skipped.push(comment.id);
      continue;
    }
    fixed.push({ comment, fingerprint });
  }
  if (fixed.length === 0) return result;

  let threads: Map<number, Thread> | undefined;
  try {
    threads = await listThreads(options);
  } catch (error) {
    // Replies still go out (they are what the reader sees); the threads stay open.
    result.errors.push(`Could not list the review threads, so none was resolved: ${describeError(error)}`);
  }

  const shortSha = headSha.slice(0, 7);
  for (const { comment, fingerprint } of fixed) {
    const thread = threads?.get(comment.id);
    if (thread?.isResolved) {
      result.skipped.push(comment.id);
      continue;
    }
    try {
      await client.rest.pulls.createReplyForReviewComment({
        owner,
        repo,
        pull_number: pullNumber,
        comment_id: comment.id,
        body: `${resolvedMarker(fingerprint)}\nResolved in ${shortSha}: this finding is no longer reported at this commit.`,
      });
      result.replied.push(comment.id);
    } catch (error) {
      result.errors.push(`Could not reply to the fixed finding's comment on ${comment.path}: ${describeError(error)}`);
      continue;
    }
    if (!thread) {
      if (threads) log(`no review thread found for comment ${comment.id}: replied without resolving`);
      continue;
    }
    try {
      await client.graphql(RESOLVE_MUTATION, { threadId: thread.id });
      result.resolved.push(comment.id);
    } catch (error) {
      result.errors.push(`Could not resolve the review thread of the fixed finding on ${comment.path}: ${describeError(error)}`);
    }
  }
  log(`fixed findings: ${result.replied.length} answered, ${result.resolved.length} threads resolved, ${result.skipped.length} already done`);
  return result;
}
