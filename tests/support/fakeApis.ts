// One loopback HTTP server standing in for GitHub's REST API and Anthropic's Messages API.
//
// - Repository data (PR files and patches, contents, trees) comes from a REAL local git
//   repository, so the product is tested against real diffs.
// - Everything the product writes (labels, issues, comments, reviews, statuses) is kept in
//   `state`, so a second run against the same server sees what the first one wrote.
// - Every request is recorded; a route the fake does not know answers 404 AND is recorded in
//   `unexpected`, which tests assert stays empty.
// - Review comments are validated the way GitHub does (line on the diff, range inside one
//   hunk, all-or-nothing 422), so a wrong anchor fails here as it would in production.
// - Faults: `failNext` makes the next N requests to a route answer a chosen status;
//   `refuseReviewComments` makes GitHub's review endpoint refuse chosen anchors (whole review, 422).
// - GraphQL (`POST /graphql`): the pull request's review threads (top-level review comments with
//   their replies) and the resolveReviewThread mutation, answered from `state`. Only those two
//   operations are known; any other query is unexpected.
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commentableLinesBySide, parseHunks } from './patch.js';

export interface FakeUser {
  login: string;
  type?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON when the body was JSON, the raw text otherwise, undefined when empty. */
  body: unknown;
  /** The status the fake answered with. */
  status: number;
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
  url: string;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: FakeLabel[];
  user: FakeUser;
  html_url: string;
  url: string;
  comments: number;
  created_at: string;
  updated_at: string;
}

export interface FakeIssueComment {
  id: number;
  issue_number: number;
  body: string;
  user: FakeUser;
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface FakeReview {
  id: number;
  pull_number: number;
  user: FakeUser;
  body: string;
  state: string;
  event: string | undefined;
  commit_id: string;
  html_url: string;
  submitted_at: string;
}

export interface FakeReviewComment {
  id: number;
  pull_request_review_id: number | null;
  pull_number: number;
  path: string;
  line: number;
  side: 'LEFT' | 'RIGHT';
  start_line: number | null;
  start_side: 'LEFT' | 'RIGHT' | null;
  body: string;
  user: FakeUser;
  commit_id: string;
  html_url: string;
  created_at: string;
  /** Set on replies only: the top-level comment of the thread. */
  in_reply_to_id?: number;
}

export interface FakeStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
  creator: FakeUser;
}

export interface FakeState {
  labels: FakeLabel[];
  issues: FakeIssue[];
  comments: FakeIssueComment[];
  reviews: FakeReview[];
  reviewComments: FakeReviewComment[];
  statuses: FakeStatus[];
  /** Review threads marked resolved, by the id of their first (top-level) comment. */
  resolvedThreads: number[];
}

/** An anchor GitHub refuses: any comment on `path` (at `line`, when given, as its `line` or `start_line`). */
export interface RefusedAnchor {
  path: string;
  line?: number;
}

/** One scripted answer of the Messages API. */
export interface ScriptedAnthropicResponse {
  /** Defaults to 200. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (for timeout scenarios). */
  delayMs?: number;
}

export interface FaultSpec {
  method: string;
  /** The exact request path, or a pattern tested against it. */
  path: string | RegExp;
  status: number;
  /** How many of the next matching requests fail; default 1. */
  times?: number;
  /** Only requests whose parsed body passes this (e.g. one GraphQL operation among several). */
  when?: (body: unknown) => boolean;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as is instead of `body` (e.g. a JSON document cut in the middle). */
  raw?: string;
  /** Answer only after this long (e.g. longer than the client waits). */
  delayMs?: number;
}

export interface FakePullRequestOptions {
  number: number;
  title?: string;
  body?: string;
  author?: string;
  headRef?: string;
  baseRef?: string;
  draft?: boolean;
  /** The head lives in a fork (head.repo differs from base.repo). */
  fork?: boolean;
}

export interface FakeApisOptions {
  owner?: string;
  repo?: string;
  /** The real git repository the PR data comes from. */
  git: { dir: string; base: string; head: string };
  pr: FakePullRequestOptions;
  /** The login every object the fake creates is authored by. Default `github-actions[bot]`. */
  botLogin?: string;
  /** Files whose `patch` the fake leaves out, as GitHub does for very large diffs. */
  omitPatchFor?: string[];
  /**
   * Entries added to the pull request's file list that git itself could never hold (e.g. a
   * `../../etc/passwd` path): a stand-in for a hostile or broken API answer.
   */
  extraPullFiles?: { filename: string; status?: string; patch?: string; previous_filename?: string }[];
  /** Repository permission per login (admin, maintain, write, triage, read); others are not collaborators (404). */
  permissions?: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>;
  /** Anchors the review endpoint refuses even though they are on the diff (as after a race with a push). */
  refuseReviewComments?: RefusedAnchor[];
}

export interface FakeApis {
  url: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  unexpected: RecordedRequest[];
  state: FakeState;
  /** Queue answers for `POST /v1/messages`, in order. */
  pushAnthropic(...responses: ScriptedAnthropicResponse[]): void;
  /** Scripted Messages API answers not yet consumed. */
  readonly pendingAnthropic: number;
  failNext(fault: FaultSpec): void;
  /** Answers matching requests normally, but only after `delayMs` (the answer is computed on arrival). */
  slowDown(rule: { method: string; path: string | RegExp; delayMs: number; times?: number }): void;
  /** Requests whose method and path match (path exact or a pattern). */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[];
  seedIssue(issue: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; login?: string }): FakeIssue;
  seedIssueComment(issueNumber: number, body: string, login?: string): FakeIssueComment;
  seedReviewComment(comment: { path: string; line: number; body: string; login?: string; inReplyTo?: number }): FakeReviewComment;
  /** From now on, refuse review comments on these anchors: the whole review answers 422. */
  refuseReviewComments(...anchors: RefusedAnchor[]): void;
  seedLabel(name: string, color?: string): FakeLabel;
  /** Moves the pull request's head to another commit of the repository (a push). */
  push(headSha: string): void;
  close(): Promise<void>;
}

// ---- git access --------------------------------------------------------------------------

function gitBuffer(dir: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd: dir, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitText(dir: string, args: string[]): string {
  return gitBuffer(dir, args).toString('utf8');
}

function tryGit(dir: string, args: string[]): string | undefined {
  try {
    return gitText(dir, args).trim();
  } catch {
    return undefined;
  }
}

interface PullFile {
  sha: string | null;
  filename: string;
  previous_filename?: string;
  status: string;
  additions: number;
  deletions: number;
  changes: number;
  blob_url: string;
  raw_url: string;
  contents_url: string;
  patch?: string;
}

const NAME_STATUS: Readonly<Record<string, string>> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };

function computePullFiles(options: Required<Pick<FakeApisOptions, 'git'>> & { htmlRepo: string; apiRepo: string; omit: Set<string> }): PullFile[] {
  const { dir, base, head } = options.git;
  const tokens = gitText(dir, ['diff', '--name-status', '-z', '-M', base, head]).split('\0');
  const numstat = gitText(dir, ['diff', '--numstat', '-z', '-M', base, head]).split('\0');
  const counts = new Map<string, { additions: number; deletions: number }>();
  for (let i = 0; i < numstat.length; i++) {
    const entry = numstat[i];
    if (!entry) continue;
    const [added, deleted, path] = entry.split('\t');
    // With -z a rename is "a\td\t" then the old and the new path as separate fields.
    const name = path === '' ? numstat[(i += 2)] : path;
    if (name === undefined) continue;
    counts.set(name, { additions: added === '-' ? 0 : Number(added), deletions: deleted === '-' ? 0 : Number(deleted) });
  }

  const files: PullFile[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const code = tokens[i];
    if (!code) continue;
    const kind = NAME_STATUS[code[0] ?? ''] ?? 'modified';
    let filename: string;
    let previous: string | undefined;
    if (code.startsWith('R') || code.startsWith('C')) {
      previous = tokens[++i] ?? '';
      filename = tokens[++i] ?? '';
    } else {
      filename = tokens[++i] ?? '';
    }
    const diff = gitText(dir, ['diff', '-M', base, head, '--', ...(previous ? [previous] : []), filename]);
    const hunkStart = diff.search(/^@@ /m);
    const patch = hunkStart < 0 ? undefined : diff.slice(hunkStart).replace(/\n$/, '');
    const count = counts.get(filename) ?? { additions: 0, deletions: 0 };
    const ref = kind === 'removed' ? base : head;
    const encoded = filename.split('/').map(encodeURIComponent).join('/');
    const file: PullFile = {
      sha: tryGit(dir, ['rev-parse', `${ref}:${filename}`]) ?? null,
      filename,
      status: kind,
      additions: count.additions,
      deletions: count.deletions,
      changes: count.additions + count.deletions,
      blob_url: `${options.htmlRepo}/blob/${ref}/${encoded}`,
      raw_url: `${options.htmlRepo}/raw/${ref}/${encoded}`,
      contents_url: `${options.apiRepo}/contents/${encoded}?ref=${ref}`,
    };
    if (previous !== undefined) file.previous_filename = previous;
    if (patch !== undefined && !options.omit.has(filename)) file.patch = patch;
    files.push(file);
  }
  return files;
}

// ---- HTTP plumbing -----------------------------------------------------------------------

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as is (raw media types) instead of JSON. */
  raw?: Buffer | string;
  delayMs?: number;
  /** The request was not one the test scripted: recorded in `unexpected`. */
  unexpected?: boolean;
}

interface Incoming {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

type Handler = (params: string[], request: Incoming) => Reply;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function flattenHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

const notFound = (message = 'Not Found'): Reply => ({
  status: 404,
  body: { message, documentation_url: 'https://docs.github.com/rest', status: '404' },
});

const unprocessable = (message: string, errors?: unknown[]): Reply => ({
  status: 422,
  body: { message, errors: errors ?? [], documentation_url: 'https://docs.github.com/rest', status: '422' },
});

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

// ---- Anthropic response builders ---------------------------------------------------------

export interface AnthropicUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_read_input_tokens?: number;
  cache_creation_input_tokens?: number;
}

function usageOf(usage: AnthropicUsage = {}) {
  return {
    input_tokens: usage.input_tokens ?? 1200,
    output_tokens: usage.output_tokens ?? 300,
    cache_read_input_tokens: usage.cache_read_input_tokens ?? 0,
    cache_creation_input_tokens: usage.cache_creation_input_tokens ?? 0,
  };
}

/** A Messages API answer whose content is one forced tool call with `input`. */
export function anthropicToolUse(
  toolName: string,
  input: unknown,
  options: { model?: string; usage?: AnthropicUsage; stopReason?: string } = {},
): ScriptedAnthropicResponse {
  return {
    status: 200,
    body: {
      id: `msg_fake_${Math.random().toString(36).slice(2, 10)}`,
      type: 'message',
      role: 'assistant',
      model: options.model ?? 'claude-sonnet-5',
      content: [{ type: 'tool_use', id: 'toolu_fake_1', name: toolName, input }],
      stop_reason: options.stopReason ?? 'tool_use',
      stop_sequence: null,
      usage: usageOf(options.usage),
    },
  };
}

/** A Messages API answer with plain text (e.g. a model that ignored the forced tool). */
export function anthropicText(text: string, options: { model?: string; usage?: AnthropicUsage } = {}): ScriptedAnthropicResponse {
  return {
    status: 200,
    body: {
      id: `msg_fake_${Math.random().toString(36).slice(2, 10)}`,
      type: 'message',
      role: 'assistant',
      model: options.model ?? 'claude-sonnet-5',
      content: [{ type: 'text', text }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: usageOf(options.usage),
    },
  };
}

/** A Messages API error in Anthropic's error shape (e.g. 529 overloaded, 401). */
export function anthropicError(status: number, type: string, message: string): ScriptedAnthropicResponse {
  return { status, body: { type: 'error', error: { type, message } } };
}

// ---- the server ----------------------------------------------------------------------------

export async function startFakeApis(options: FakeApisOptions): Promise<FakeApis> {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'warehouse';
  const botUser: FakeUser = { login: options.botLogin ?? 'github-actions[bot]', type: 'Bot' };
  const htmlRepo = `https://github.com/${owner}/${repo}`;
  const prOptions = options.pr;
  const { dir, base } = options.git;
  // `let`: push() moves the pull request's head, as a new commit on the branch does.
  let head = options.git.head;

  const state: FakeState = { labels: [], issues: [], comments: [], reviews: [], reviewComments: [], statuses: [], resolvedThreads: [] };
  const refusedAnchors: RefusedAnchor[] = [...(options.refuseReviewComments ?? [])];
  const requests: RecordedRequest[] = [];
  const unexpected: RecordedRequest[] = [];
  const anthropicQueue: ScriptedAnthropicResponse[] = [];
  const faults: (FaultSpec & { remaining: number })[] = [];
  const slowRules: { method: string; path: string | RegExp; delayMs: number; remaining: number }[] = [];

  let nextId = 1000;
  let nextNumber = prOptions.number + 1;
  let clock = Date.parse('2025-01-01T00:00:00Z');
  const now = (): string => new Date((clock += 1000)).toISOString();

  let url = '';
  const apiRepo = (): string => `${url}/repos/${owner}/${repo}`;
  let pullFilesCache: PullFile[] | undefined;
  const pullFiles = (): PullFile[] =>
    (pullFilesCache ??= [
      ...computePullFiles({ git: { dir, base, head }, htmlRepo, apiRepo: apiRepo(), omit: new Set(options.omitPatchFor ?? []) }),
      ...(options.extraPullFiles ?? []).map((extra) => {
        const additions = (extra.patch ?? '').split('\n').filter((line) => line.startsWith('+')).length;
        return {
          sha: null,
          filename: extra.filename,
          ...(extra.previous_filename ? { previous_filename: extra.previous_filename } : {}),
          status: extra.status ?? 'added',
          additions,
          deletions: 0,
          changes: additions,
          blob_url: `${htmlRepo}/blob/${head}/${extra.filename}`,
          raw_url: `${htmlRepo}/raw/${head}/${extra.filename}`,
          contents_url: `${apiRepo()}/contents/${extra.filename}?ref=${head}`,
          ...(extra.patch !== undefined ? { patch: extra.patch } : {}),
        };
      }),
    ]);

  const resolveCommit = (ref: string): string | undefined => tryGit(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);

  // ---- pagination: GitHub's per_page/page with a Link header (rel next/last/prev/first).
  function paginate(items: readonly unknown[], request: Incoming): Reply {
    const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1);
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (target: number, rel: string): string => {
      const query = new URLSearchParams(request.query);
      query.set('per_page', String(perPage));
      query.set('page', String(target));
      return `<${url}${request.path}?${query.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { status: 200, body: slice, ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {}) };
  }

  const isPull = (number: number): boolean => number === prOptions.number;
  const findIssue = (number: number): FakeIssue | undefined => state.issues.find((issue) => issue.number === number);

  function pullAsIssue(): Record<string, unknown> {
    return {
      id: 1,
      number: prOptions.number,
      title: prOptions.title ?? 'A pull request',
      body: prOptions.body ?? '',
      state: 'open',
      labels: [],
      user: { login: prOptions.author ?? 'octocat', type: 'User' },
      html_url: `${htmlRepo}/pull/${prOptions.number}`,
      pull_request: { url: `${apiRepo()}/pulls/${prOptions.number}`, html_url: `${htmlRepo}/pull/${prOptions.number}` },
      comments: state.comments.filter((comment) => comment.issue_number === prOptions.number).length,
    };
  }

  function labelsFrom(value: unknown): FakeLabel[] {
    if (!Array.isArray(value)) return [];
    const names = value.map((item) => (typeof item === 'string' ? item : stringField(asRecord(item).name))).filter((name): name is string => !!name);
    // Models a token without push access: GitHub drops labels that do not exist, silently.
    return names
      .map((name) => state.labels.find((label) => label.name.toLowerCase() === name.toLowerCase()))
      .filter((label): label is FakeLabel => label !== undefined);
  }

  function createLabel(name: string, color = 'ededed', description: string | null = null): FakeLabel {
    const label: FakeLabel = { id: nextId++, name, color, description, default: false, url: `${apiRepo()}/labels/${encodeURIComponent(name)}` };
    state.labels.push(label);
    return label;
  }

  function createIssue(fields: { title: string; body: string | null; labels: FakeLabel[]; state?: 'open' | 'closed'; user?: FakeUser }): FakeIssue {
    const number = nextNumber++;
    const stamp = now();
    const issue: FakeIssue = {
      id: nextId++,
      number,
      title: fields.title,
      body: fields.body,
      state: fields.state ?? 'open',
      labels: fields.labels,
      user: fields.user ?? botUser,
      html_url: `${htmlRepo}/issues/${number}`,
      url: `${apiRepo()}/issues/${number}`,
      comments: 0,
      created_at: stamp,
      updated_at: stamp,
    };
    state.issues.push(issue);
    return issue;
  }

  function createIssueComment(issueNumber: number, body: string, user: FakeUser = botUser): FakeIssueComment {
    const id = nextId++;
    const stamp = now();
    const htmlBase = isPull(issueNumber) ? `${htmlRepo}/pull/${issueNumber}` : `${htmlRepo}/issues/${issueNumber}`;
    const comment: FakeIssueComment = { id, issue_number: issueNumber, body, user, html_url: `${htmlBase}#issuecomment-${id}`, created_at: stamp, updated_at: stamp };
    state.comments.push(comment);
    const issue = findIssue(issueNumber);
    if (issue) issue.comments++;
    return comment;
  }

  function createReviewComment(fields: Omit<FakeReviewComment, 'id' | 'html_url' | 'created_at' | 'pull_number'>): FakeReviewComment {
    const id = nextId++;
    const comment: FakeReviewComment = {
      ...fields,
      id,
      pull_number: prOptions.number,
      html_url: `${htmlRepo}/pull/${prOptions.number}#discussion_r${id}`,
      created_at: now(),
    };
    state.reviewComments.push(comment);
    return comment;
  }

  // ---- review comment validation, as GitHub does it: all or nothing.
  function anchorProblem(comment: Record<string, unknown>): string | undefined {
    const path = stringField(comment.path);
    const file = pullFiles().find((entry) => entry.filename === path);
    if (!file) return `Path ${String(path)} is not part of the pull request`;
    if (file.patch === undefined) return `${file.filename} has no diff to comment on`;
    const line = comment.line;
    if (typeof line !== 'number') return 'line is required';
    const side = comment.side === 'LEFT' ? 'LEFT' : 'RIGHT';
    const lines = commentableLinesBySide(parseHunks(file.patch))[side];
    const hunk = lines.get(line);
    if (hunk === undefined) return 'Pull request review thread line must be part of the diff';
    if (comment.start_line !== undefined && comment.start_line !== null) {
      const startSide = comment.start_side === 'LEFT' ? 'LEFT' : comment.start_side === 'RIGHT' ? 'RIGHT' : side;
      const start = comment.start_line;
      if (typeof start !== 'number' || start >= line) return 'start_line must precede line';
      const startHunk = commentableLinesBySide(parseHunks(file.patch))[startSide].get(start);
      if (startHunk === undefined || startHunk !== hunk) {
        return 'Pull request review thread start line must be part of the same hunk as the line';
      }
    }
    return undefined;
  }

  function refusedProblem(comment: Record<string, unknown>): string | undefined {
    const refused = refusedAnchors.some(
      (anchor) => anchor.path === comment.path && (anchor.line === undefined || anchor.line === comment.line || anchor.line === comment.start_line),
    );
    return refused ? 'Line could not be resolved' : undefined;
  }

  // ---- review threads, as GraphQL shows them: a top-level comment and its replies.
  const threadId = (commentId: number): string => `PRRT_fake_${commentId}`;
  const topLevelComments = (): FakeReviewComment[] => state.reviewComments.filter((comment) => comment.in_reply_to_id === undefined);

  function graphqlReviewThreads(query: string, variables: Record<string, unknown>): Reply {
    const wanted = variables.number;
    if (variables.owner !== owner || variables.repo !== repo) {
      return { status: 200, body: { data: { repository: null }, errors: [{ type: 'NOT_FOUND', path: ['repository'], message: `Could not resolve to a Repository with the name '${String(variables.owner)}/${String(variables.repo)}'.` }] } };
    }
    if (typeof wanted !== 'number' || !isPull(wanted)) {
      return { status: 200, body: { data: { repository: { pullRequest: null } }, errors: [{ type: 'NOT_FOUND', path: ['repository', 'pullRequest'], message: `Could not resolve to a PullRequest with the number of ${String(wanted)}.` }] } };
    }
    const first = Math.min(100, Number(/reviewThreads\(\s*first:\s*(\d+)/.exec(query)?.[1] ?? 100));
    const perThread = Math.min(100, Number(/comments\(\s*first:\s*(\d+)/.exec(query)?.[1] ?? 100));
    const threads = topLevelComments();
    // Cursors are opaque to clients; here the base64 of the index of the last thread served.
    const after = typeof variables.cursor === 'string' ? Number(Buffer.from(variables.cursor, 'base64').toString('utf8')) + 1 : 0;
    const page = threads.slice(after, after + first);
    const end = after + page.length - 1;
    return {
      status: 200,
      body: {
        data: {
          repository: {
            pullRequest: {
              reviewThreads: {
                pageInfo: { hasNextPage: end + 1 < threads.length, endCursor: page.length > 0 ? Buffer.from(String(end)).toString('base64') : null },
                nodes: page.map((top) => ({
                  id: threadId(top.id),
                  isResolved: state.resolvedThreads.includes(top.id),
                  comments: {
                    nodes: [top, ...state.reviewComments.filter((comment) => comment.in_reply_to_id === top.id)]
                      .slice(0, perThread)
                      .map((comment) => ({ databaseId: comment.id, body: comment.body, author: { login: comment.user.login } })),
                  },
                })),
              },
            },
          },
        },
      },
    };
  }

  function graphqlResolveThread(variables: Record<string, unknown>): Reply {
    const top = topLevelComments().find((comment) => threadId(comment.id) === variables.threadId);
    if (!top) {
      return { status: 200, body: { data: { resolveReviewThread: null }, errors: [{ type: 'NOT_FOUND', path: ['resolveReviewThread'], message: `Could not resolve to a node with the global id of '${String(variables.threadId)}'` }] } };
    }
    if (!state.resolvedThreads.includes(top.id)) state.resolvedThreads.push(top.id);
    return { status: 200, body: { data: { resolveReviewThread: { thread: { id: threadId(top.id), isResolved: true } } } } };
  }

  const pullPath = `/repos/${owner}/${repo}`;
  const routes: Route[] = [];
  const on = (method: string, pattern: string, handler: Handler): void => {
    // `:name` segments match one path segment; `*` matches the rest (for contents paths).
    const source = pattern.replace(/[.]/g, '\\.').replace(/:[a-z]+/g, '([^/]+)').replace(/\*$/, '(.+)');
    routes.push({ method, pattern: new RegExp(`^${source}$`), handler });
  };

  on('GET', `${pullPath}/pulls/:n`, ([n]) => {
    if (!isPull(Number(n))) return notFound();
    const files = pullFiles();
    const headRepo = prOptions.fork ? `fork-owner/${repo}` : `${owner}/${repo}`;
    return {
      status: 200,
      body: {
        id: 1,
        number: prOptions.number,
        title: prOptions.title ?? 'A pull request',
        body: prOptions.body ?? '',
        state: 'open',
        draft: prOptions.draft ?? false,
        html_url: `${htmlRepo}/pull/${prOptions.number}`,
        url: `${apiRepo()}/pulls/${prOptions.number}`,
        user: { login: prOptions.author ?? 'octocat', type: 'User' },
        head: { sha: head, ref: prOptions.headRef ?? 'feature', repo: { full_name: headRepo, fork: !!prOptions.fork } },
        base: { sha: base, ref: prOptions.baseRef ?? 'main', repo: { full_name: `${owner}/${repo}`, fork: false } },
        changed_files: files.length,
        additions: files.reduce((sum, file) => sum + file.additions, 0),
        deletions: files.reduce((sum, file) => sum + file.deletions, 0),
        labels: [],
      },
    };
  });

  on('GET', `${pullPath}/pulls/:n/files`, ([n], request) => (isPull(Number(n)) ? paginate(pullFiles(), request) : notFound()));

  on('GET', `${pullPath}/contents/*`, ([rawPath], request) => {
    const path = decodeURIComponent(rawPath ?? '').replace(/^\/+|\/+$/g, '');
    const ref = request.query.get('ref') ?? head;
    const commit = resolveCommit(ref);
    if (!commit) return notFound(`No commit found for the ref ${ref}`);
    const type = tryGit(dir, ['cat-file', '-t', `${commit}:${path}`]);
    if (type === 'tree') {
      const entries = gitText(dir, ['ls-tree', '-l', '-z', `${commit}:${path}`]).split('\0').filter(Boolean);
      return {
        status: 200,
        body: entries.map((entry) => {
          const [meta = '', name = ''] = entry.split('\t');
          const [, kind, sha, size] = meta.split(/\s+/);
          return { type: kind === 'tree' ? 'dir' : 'file', name, path: `${path}/${name}`, sha, size: size === '-' ? 0 : Number(size) };
        }),
      };
    }
    if (type !== 'blob') return notFound();
    const content = gitBuffer(dir, ['cat-file', 'blob', `${commit}:${path}`]);
    const accept = String(request.headers.accept ?? '');
    if (/raw/.test(accept)) return { status: 200, raw: content, headers: { 'content-type': 'text/plain; charset=utf-8' } };
    const name = path.split('/').pop() ?? path;
    const sha = tryGit(dir, ['rev-parse', `${commit}:${path}`]) ?? '';
    // GitHub leaves `content` empty ("encoding": "none") for files above 1 MB.
    const large = content.length > 1024 * 1024;
    const encoded = large ? '' : (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
    return {
      status: 200,
      body: { type: 'file', name, path, sha, size: content.length, encoding: large ? 'none' : 'base64', content: encoded },
    };
  });

  on('GET', `${pullPath}/git/trees/:sha`, ([sha], request) => {
    const tree = tryGit(dir, ['rev-parse', '--verify', '--quiet', `${decodeURIComponent(sha ?? '')}^{tree}`]);
    if (!tree) return notFound();
    const recursive = request.query.get('recursive');
    const args = ['ls-tree', '-l', '-z', ...(recursive && recursive !== '0' && recursive !== 'false' ? ['-r', '-t'] : []), tree];
    const entries = gitText(dir, args)
      .split('\0')
      .filter(Boolean)
      .map((entry) => {
        const [meta = '', path = ''] = entry.split('\t');
        const [mode, type, objectSha, size] = meta.split(/\s+/);
        return { path, mode, type, sha: objectSha, ...(size !== '-' ? { size: Number(size) } : {}), url: `${apiRepo()}/git/${type}s/${objectSha}` };
      });
    return { status: 200, body: { sha: tree, url: `${apiRepo()}/git/trees/${tree}`, tree: entries, truncated: false } };
  });

  // A collaborator's permission, in GitHub's shape: maintain and triage map to write and read
  // in the legacy `permission` field and show in `role_name`.
  on('GET', `${pullPath}/collaborators/:user/permission`, ([user]) => {
    const role = options.permissions?.[decodeURIComponent(user ?? '')];
    if (!role) return notFound();
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
    return { status: 200, body: { permission, role_name: role, user: { login: user } } };
  });

  // The merge base GitHub's PR patches are computed against (compareCommitsWithBasehead).
  on('GET', `${pullPath}/compare/*`, ([basehead]) => {
    const [from = '', to = ''] = decodeURIComponent(basehead ?? '').split('...');
    const mergeBase = tryGit(dir, ['merge-base', from, to]);
    if (!mergeBase) return notFound();
    const fromSha = tryGit(dir, ['rev-parse', from]);
    const toSha = tryGit(dir, ['rev-parse', to]);
    // As GitHub: identical, ahead (from is an ancestor of to), behind, or diverged (a force-push).
    const status = fromSha === toSha ? 'identical' : mergeBase === fromSha ? 'ahead' : mergeBase === toSha ? 'behind' : 'diverged';
    // The files changed from the merge base to `to`, with GitHub's status names.
    const statusNames: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };
    const files = (tryGit(dir, ['diff', '--name-status', '-M', mergeBase, to]) ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [code = '', first = '', second] = line.split('\t');
        const renamed = second !== undefined;
        return { filename: renamed ? second : first, status: statusNames[code[0] ?? ''] ?? 'modified', ...(renamed ? { previous_filename: first } : {}) };
      });
    return { status: 200, body: { merge_base_commit: { sha: mergeBase }, base_commit: { sha: fromSha }, status, files } };
  });

  on('GET', `${pullPath}/labels`, (_params, request) => paginate(state.labels, request));
  on('GET', `${pullPath}/labels/:name`, ([name]) => {
    const wanted = decodeURIComponent(name ?? '').toLowerCase();
    const label = state.labels.find((entry) => entry.name.toLowerCase() === wanted);
    return label ? { status: 200, body: label } : notFound();
  });
  on('POST', `${pullPath}/labels`, (_params, request) => {
    const body = asRecord(request.body);
    const name = stringField(body.name);
    if (!name) return unprocessable('Validation Failed', [{ resource: 'Label', code: 'missing_field', field: 'name' }]);
    if (state.labels.some((label) => label.name.toLowerCase() === name.toLowerCase())) {
      return unprocessable('Validation Failed', [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    }
    return { status: 201, body: createLabel(name, stringField(body.color) ?? 'ededed', stringField(body.description) ?? null) };
  });

  on('GET', `${pullPath}/issues`, (_params, request) => {
    const wantedState = request.query.get('state') ?? 'open';
    const wantedLabels = (request.query.get('labels') ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
    const all: Record<string, unknown>[] = [...state.issues.map((issue) => ({ ...issue }) as Record<string, unknown>), pullAsIssue()];
    const matching = all
      .filter((issue) => wantedState === 'all' || issue.state === wantedState)
      .filter((issue) => {
        const names = (issue.labels as FakeLabel[]).map((label) => label.name.toLowerCase());
        return wantedLabels.every((name) => names.includes(name));
      })
      // GitHub's default order: newest first.
      .sort((a, b) => Number(b.number) - Number(a.number));
    return paginate(matching, request);
  });
  on('POST', `${pullPath}/issues`, (_params, request) => {
    const body = asRecord(request.body);
    const title = stringField(body.title);
    if (!title) return unprocessable('Validation Failed', [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
    return { status: 201, body: createIssue({ title, body: stringField(body.body) ?? null, labels: labelsFrom(body.labels) }) };
  });
  on('GET', `${pullPath}/issues/:n`, ([n]) => {
    if (isPull(Number(n))) return { status: 200, body: pullAsIssue() };
    const issue = findIssue(Number(n));
    return issue ? { status: 200, body: issue } : notFound();
  });
  on('PATCH', `${pullPath}/issues/:n`, ([n], request) => {
    const issue = findIssue(Number(n));
    if (!issue) return notFound();
    const body = asRecord(request.body);
    if (typeof body.title === 'string') issue.title = body.title;
    if (typeof body.body === 'string' || body.body === null) issue.body = body.body;
    if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
    if (Array.isArray(body.labels)) issue.labels = labelsFrom(body.labels);
    issue.updated_at = now();
    return { status: 200, body: issue };
  });

  on('GET', `${pullPath}/issues/:n/comments`, ([n], request) => {
    const number = Number(n);
    if (!isPull(number) && !findIssue(number)) return notFound();
    return paginate(state.comments.filter((comment) => comment.issue_number === number), request);
  });
  on('POST', `${pullPath}/issues/:n/comments`, ([n], request) => {
    const number = Number(n);
    if (!isPull(number) && !findIssue(number)) return notFound();
    const body = stringField(asRecord(request.body).body);
    if (!body) return unprocessable('Validation Failed', [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
    if (body.length > 65_536) return unprocessable('Validation Failed', [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }]);
    return { status: 201, body: createIssueComment(number, body) };
  });
  on('PATCH', `${pullPath}/issues/comments/:id`, ([id], request) => {
    const comment = state.comments.find((entry) => entry.id === Number(id));
    if (!comment) return notFound();
    const body = stringField(asRecord(request.body).body);
    if (!body) return unprocessable('Validation Failed', [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
    if (body.length > 65_536) return unprocessable('Validation Failed', [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }]);
    comment.body = body;
    comment.updated_at = now();
    return { status: 200, body: comment };
  });

  on('DELETE', `${pullPath}/issues/comments/:id`, ([id]) => {
    const index = state.comments.findIndex((entry) => entry.id === Number(id));
    if (index < 0) return notFound();
    state.comments.splice(index, 1);
    return { status: 204 };
  });
  on('DELETE', `${pullPath}/pulls/comments/:id`, ([id]) => {
    const index = state.reviewComments.findIndex((entry) => entry.id === Number(id));
    if (index < 0) return notFound();
    state.reviewComments.splice(index, 1);
    return { status: 204 };
  });

  on('GET', `${pullPath}/pulls/:n/reviews`, ([n], request) =>
    isPull(Number(n)) ? paginate(state.reviews.filter((review) => review.pull_number === Number(n)), request) : notFound(),
  );
  on('POST', `${pullPath}/pulls/:n/reviews`, ([n], request) => {
    if (!isPull(Number(n))) return notFound();
    const body = asRecord(request.body);
    const event = stringField(body.event);
    if (event === 'APPROVE') return unprocessable('Unprocessable Entity', ['GitHub Actions is not permitted to approve pull requests.']);
    const commitId = stringField(body.commit_id) ?? head;
    if (resolveCommit(commitId) !== head) return unprocessable('Unprocessable Entity', ['commit_id is not the head of the pull request']);
    const comments = Array.isArray(body.comments) ? body.comments.map(asRecord) : [];
    const reviewBody = stringField(body.body) ?? '';
    if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && comments.length === 0 && reviewBody === '') {
      return unprocessable('Unprocessable Entity', [`Review Can not ${event === 'COMMENT' ? 'comment' : 'request changes'} without a body`]);
    }
    if (comments.some((comment) => comment.position !== undefined)) {
      return { ...unprocessable('Unprocessable Entity', ['position-based comments are not modelled by the fake']), unexpected: true };
    }
    const problems = comments.map((comment) => anchorProblem(comment) ?? refusedProblem(comment)).filter((problem): problem is string => problem !== undefined);
    // GitHub answers 422 for the whole review and does not say which comment was wrong.
    if (problems.length > 0) return unprocessable('Unprocessable Entity', ['Line could not be resolved']);
    const id = nextId++;
    const review: FakeReview = {
      id,
      pull_number: prOptions.number,
      user: botUser,
      body: reviewBody,
      state: event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
      event,
      commit_id: head,
      html_url: `${htmlRepo}/pull/${prOptions.number}#pullrequestreview-${id}`,
      submitted_at: now(),
    };
    state.reviews.push(review);
    for (const comment of comments) {
      const side = comment.side === 'LEFT' ? 'LEFT' : 'RIGHT';
      const startLine = typeof comment.start_line === 'number' ? comment.start_line : null;
      createReviewComment({
        pull_request_review_id: id,
        path: String(comment.path),
        line: Number(comment.line),
        side,
        start_line: startLine,
        start_side: startLine === null ? null : comment.start_side === 'LEFT' ? 'LEFT' : 'RIGHT',
        body: String(comment.body ?? ''),
        user: botUser,
        commit_id: head,
      });
    }
    return { status: 200, body: review };
  });
  on('GET', `${pullPath}/pulls/:n/comments`, ([n], request) =>
    isPull(Number(n)) ? paginate(state.reviewComments.filter((comment) => comment.pull_number === Number(n)), request) : notFound(),
  );
  // A reply joins the thread of a top-level comment (GitHub refuses replies to replies). Unlike
  // GitHub, the fake does not wrap the reply in a review of its own.
  on('POST', `${pullPath}/pulls/:n/comments/:id/replies`, ([n, id], request) => {
    if (!isPull(Number(n))) return notFound();
    const parent = state.reviewComments.find((comment) => comment.id === Number(id));
    if (!parent) return notFound();
    if (parent.in_reply_to_id !== undefined) return unprocessable('Validation Failed', [{ resource: 'PullRequestReviewComment', code: 'invalid', field: 'in_reply_to', message: 'replies to replies are not supported' }]);
    const body = stringField(asRecord(request.body).body);
    if (!body) return unprocessable('Validation Failed', [{ resource: 'PullRequestReviewComment', code: 'missing_field', field: 'body' }]);
    const reply = createReviewComment({
      pull_request_review_id: null,
      path: parent.path,
      line: parent.line,
      side: parent.side,
      start_line: parent.start_line,
      start_side: parent.start_side,
      body,
      user: botUser,
      commit_id: head,
      in_reply_to_id: parent.id,
    });
    return { status: 201, body: reply };
  });

  on('POST', '/graphql', (_params, request) => {
    const body = asRecord(request.body);
    const query = stringField(body.query) ?? '';
    const variables = asRecord(body.variables);
    if (/\bmutation\b/.test(query) && /resolveReviewThread\s*\(/.test(query)) return graphqlResolveThread(variables);
    if (/\bquery\b/.test(query) && /reviewThreads\s*\(/.test(query)) return graphqlReviewThreads(query, variables);
    return { status: 200, unexpected: true, body: { data: null, errors: [{ message: 'fake: unknown GraphQL operation' }] } };
  });

  on('POST', `${pullPath}/statuses/:sha`, ([sha], request) => {
    const body = asRecord(request.body);
    const statusState = stringField(body.state);
    if (!statusState || !['error', 'failure', 'pending', 'success'].includes(statusState)) {
      return unprocessable('Validation Failed', [{ resource: 'Status', code: 'custom', field: 'state' }]);
    }
    const status: FakeStatus = {
      id: nextId++,
      sha: sha ?? '',
      state: statusState,
      context: stringField(body.context) ?? 'default',
      description: stringField(body.description) ?? null,
      target_url: stringField(body.target_url) ?? null,
      creator: botUser,
    };
    state.statuses.push(status);
    return { status: 201, body: status };
  });

  on('POST', '/v1/messages', () => {
    const next = anthropicQueue.shift();
    if (!next) {
      return { status: 400, unexpected: true, body: { type: 'error', error: { type: 'invalid_request_error', message: 'fake: no scripted response left' } } };
    }
    return { status: next.status ?? 200, body: next.body, ...(next.headers ? { headers: next.headers } : {}), ...(next.delayMs ? { delayMs: next.delayMs } : {}) };
  });
  // An approximation: about four characters a token, enough for budget logic to be exercised.
  on('POST', '/v1/messages/count_tokens', (_params, request) => ({
    status: 200,
    body: { input_tokens: Math.ceil(JSON.stringify(request.body ?? '').length / 4) },
  }));

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const parsed = new URL(request.url ?? '/', 'http://127.0.0.1');
    const rawBody = await readBody(request);
    let body: unknown = rawBody === '' ? undefined : rawBody;
    if (rawBody !== '' && /json/.test(String(request.headers['content-type'] ?? ''))) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
    }
    const method = (request.method ?? 'GET').toUpperCase();
    const incoming: Incoming = { method, path: parsed.pathname, query: parsed.searchParams, headers: request.headers, body };
    const record: RecordedRequest = {
      method,
      path: parsed.pathname,
      query: Object.fromEntries(parsed.searchParams),
      headers: flattenHeaders(request.headers),
      body,
      status: 0,
    };
    requests.push(record);

    let reply: Reply | undefined;
    const fault = faults.find(
      (entry) =>
        entry.remaining > 0 &&
        entry.method.toUpperCase() === method &&
        (typeof entry.path === 'string' ? entry.path === parsed.pathname : entry.path.test(parsed.pathname)) &&
        (entry.when === undefined || entry.when(body)),
    );
    if (fault) {
      fault.remaining--;
      reply = {
        status: fault.status,
        body: fault.body ?? { message: `fake fault ${fault.status}` },
        ...(fault.headers ? { headers: fault.headers } : {}),
        ...(fault.raw !== undefined ? { raw: fault.raw } : {}),
        ...(fault.delayMs ? { delayMs: fault.delayMs } : {}),
      };
    } else {
      for (const route of routes) {
        if (route.method !== method) continue;
        const match = route.pattern.exec(parsed.pathname);
        if (!match) continue;
        try {
          reply = route.handler(match.slice(1), incoming);
        } catch (error) {
          reply = { status: 500, body: { message: `fake server error: ${error instanceof Error ? error.message : String(error)}` } };
        }
        break;
      }
      reply ??= { ...notFound(`fake: no route for ${method} ${parsed.pathname}`), unexpected: true };
      if (reply.unexpected) unexpected.push(record);
      const slow = slowRules.find((rule) => rule.remaining > 0 && rule.method.toUpperCase() === method && (typeof rule.path === 'string' ? rule.path === parsed.pathname : rule.path.test(parsed.pathname)));
      if (slow) {
        slow.remaining--;
        reply = { ...reply, delayMs: Math.max(reply.delayMs ?? 0, slow.delayMs) };
      }
    }
    record.status = reply.status;

    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (response.destroyed) return;
    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    if (reply.raw !== undefined) {
      response.writeHead(reply.status, headers);
      response.end(reply.raw);
      return;
    }
    if (reply.body === undefined) {
      response.writeHead(reply.status, headers);
      response.end();
      return;
    }
    headers['content-type'] ??= 'application/json; charset=utf-8';
    response.writeHead(reply.status, headers);
    response.end(JSON.stringify(reply.body));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `fake server error: ${error instanceof Error ? error.message : String(error)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const matches = (entry: RecordedRequest, method: string, path: string | RegExp): boolean =>
    entry.method === method.toUpperCase() && (typeof path === 'string' ? entry.path === path : path.test(entry.path));

  return {
    url,
    owner,
    repo,
    requests,
    unexpected,
    state,
    pushAnthropic: (...responses) => anthropicQueue.push(...responses),
    get pendingAnthropic() {
      return anthropicQueue.length;
    },
    failNext: (fault) => faults.push({ ...fault, remaining: fault.times ?? 1 }),
    slowDown: (rule) => slowRules.push({ ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY }),
    requestsTo: (method, path) => requests.filter((entry) => matches(entry, method, path)),
    seedIssue: (issue) =>
      createIssue({
        title: issue.title,
        body: issue.body ?? null,
        labels: labelsFrom(issue.labels ?? []),
        state: issue.state ?? 'open',
        user: { login: issue.login ?? botUser.login, type: 'User' },
      }),
    seedIssueComment: (issueNumber, body, login) => createIssueComment(issueNumber, body, login ? { login, type: 'User' } : botUser),
    seedReviewComment: (comment) =>
      createReviewComment({
        pull_request_review_id: null,
        path: comment.path,
        line: comment.line,
        side: 'RIGHT',
        start_line: null,
        start_side: null,
        body: comment.body,
        user: comment.login ? { login: comment.login, type: 'User' } : botUser,
        commit_id: head,
        ...(comment.inReplyTo !== undefined ? { in_reply_to_id: comment.inReplyTo } : {}),
      }),
    refuseReviewComments: (...anchors) => {
      refusedAnchors.push(...anchors);
    },
    seedLabel: (name, color) => createLabel(name, color),
    push: (headSha) => {
      head = headSha;
      pullFilesCache = undefined;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

