// The pull request a workflow run is about, read from the event payload with type guards:
// the payload is JSON from outside, so nothing is assumed about its shape.
import { readFile } from 'node:fs/promises';

export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string;
  url: string;
  baseSha: string;
  headSha: string;
  /** The head repository differs from the base: a fork, with a read-only token and no secrets under `pull_request`. */
  fromFork: boolean;
  /** A person asked for a review of the whole pull request (`/data-review`), not only of what changed since the last one. */
  fullReview?: boolean;
}

/** `/data-review` commented on a pull request: a full review, if the author may ask for one. */
export interface ReviewCommandContext {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The comment's author. */
  actor: string;
  commentId: number;
}

/** A person acting on an escalation issue: a `/decision` comment or a decision label. */
export interface DecisionEventContext {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Who acted: the comment's author or the person who added the label. */
  actor: string;
  /** The comment's text, or undefined for a label event. */
  comment?: string;
  /** The label added, for a label event. */
  label?: string;
}

export type EventContext =
  | { kind: 'pull_request'; eventName: string; pr: PullRequestContext }
  | { kind: 'decision'; eventName: string; decision: DecisionEventContext }
  | { kind: 'review_command'; eventName: string; command: ReviewCommandContext }
  | { kind: 'unsupported'; eventName: string; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringAt(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

function loginOf(value: unknown): string | undefined {
  return isRecord(value) ? stringAt(value, 'login') : undefined;
}

/** `issue_comment` (created) and `issues` (labeled) on an issue, not on a pull request. */
function decisionFromEvent(eventName: string, payload: unknown, repository: string | undefined): EventContext {
  const unsupported = (reason: string): EventContext => ({ kind: 'unsupported', eventName, reason });
  if (!isRecord(payload)) return unsupported('the event payload is not an object');
  const issue = payload['issue'];
  const [owner, repo] = (repository ?? '').split('/');
  if (!isRecord(issue) || typeof issue['number'] !== 'number' || !owner || !repo) return unsupported('the event has no issue or GITHUB_REPOSITORY is not set');
  const action = stringAt(payload, 'action');
  if (issue['pull_request'] !== undefined && issue['pull_request'] !== null) {
    return reviewCommandFromComment(eventName, payload, action, { owner, repo, pullNumber: issue['number'] }) ?? unsupported('the comment is on a pull request and is not a /data-review command');
  }
  const base = { owner, repo, issueNumber: issue['number'] };
  if (eventName === 'issue_comment') {
    if (action !== 'created') return unsupported(`issue_comment '${action ?? ''}' is not a new comment`);
    const comment = payload['comment'];
    const actor = isRecord(comment) ? loginOf(comment['user']) : undefined;
    const body = isRecord(comment) ? stringAt(comment, 'body') : undefined;
    if (!actor || body === undefined) return unsupported('the comment has no author or body');
    return { kind: 'decision', eventName, decision: { ...base, actor, comment: body } };
  }
  if (action !== 'labeled') return unsupported(`issues '${action ?? ''}' is not a label being added`);
  const label = isRecord(payload['label']) ? stringAt(payload['label'], 'name') : undefined;
  const actor = loginOf(payload['sender']);
  if (!label || !actor) return unsupported('the label event has no label or sender');
  return { kind: 'decision', eventName, decision: { ...base, actor, label } };
}

/** The command a comment's first line must hold, alone, for a full review. */
export const REVIEW_COMMAND = '/data-review';

/** The first line of a comment, trimmed, is exactly the command. */
export function isReviewCommand(body: string): boolean {
  const firstLine = body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return firstLine.trim() === REVIEW_COMMAND;
}

function reviewCommandFromComment(
  eventName: string,
  payload: Record<string, unknown>,
  action: string | undefined,
  target: { owner: string; repo: string; pullNumber: number },
): EventContext | undefined {
  if (eventName !== 'issue_comment' || action !== 'created') return undefined;
  const comment = payload['comment'];
  if (!isRecord(comment)) return undefined;
  const body = stringAt(comment, 'body');
  const actor = loginOf(comment['user']);
  const commentId = comment['id'];
  if (body === undefined || !actor || typeof commentId !== 'number' || !isReviewCommand(body)) return undefined;
  return { kind: 'review_command', eventName, command: { ...target, actor, commentId } };
}

/** The pull request as `pulls.get` returns it, for events that only name it (`/data-review`). */
export function pullRequestFromApi(data: unknown, owner: string, repo: string): PullRequestContext | { problem: string } {
  if (!isRecord(data)) return { problem: 'the pull request answer is not an object' };
  const base = data['base'];
  const head = data['head'];
  const number = data['number'];
  if (!isRecord(base) || !isRecord(head) || typeof number !== 'number') return { problem: 'the pull request lacks number, base or head' };
  const baseSha = stringAt(base, 'sha');
  const headSha = stringAt(head, 'sha');
  if (!baseSha || !headSha) return { problem: 'the pull request lacks base/head commit ids' };
  const headRepo = isRecord(head['repo']) ? stringAt(head['repo'], 'full_name') : undefined;
  const baseRepo = isRecord(base['repo']) ? stringAt(base['repo'], 'full_name') : undefined;
  return {
    owner,
    repo,
    number,
    title: stringAt(data, 'title') ?? '',
    body: stringAt(data, 'body') ?? '',
    url: stringAt(data, 'html_url') ?? '',
    baseSha,
    headSha,
    // A deleted fork has no head repo: still not the base repository.
    fromFork: headRepo !== baseRepo,
  };
}

export function eventContextFrom(eventName: string, payload: unknown, repository: string | undefined): EventContext {
  if (eventName === 'issue_comment' || eventName === 'issues') return decisionFromEvent(eventName, payload, repository);
  return pullRequestFromEvent(eventName, payload, repository);
}

export function pullRequestFromEvent(eventName: string, payload: unknown, repository: string | undefined): EventContext {
  if (!PULL_REQUEST_EVENTS.has(eventName)) {
    return { kind: 'unsupported', eventName, reason: `the '${eventName}' event is not a pull request; nothing to review` };
  }
  const pull = isRecord(payload) ? payload['pull_request'] : undefined;
  if (!isRecord(pull)) return { kind: 'unsupported', eventName, reason: 'the event payload has no pull_request object' };
  const base = pull['base'];
  const head = pull['head'];
  const number = pull['number'];
  if (!isRecord(base) || !isRecord(head) || typeof number !== 'number') {
    return { kind: 'unsupported', eventName, reason: 'the pull_request payload lacks number, base or head' };
  }
  const baseSha = stringAt(base, 'sha');
  const headSha = stringAt(head, 'sha');
  const [owner, repo] = (repository ?? '').split('/');
  if (!baseSha || !headSha || !owner || !repo) {
    return { kind: 'unsupported', eventName, reason: 'the pull_request payload lacks base/head commit ids or GITHUB_REPOSITORY is not set' };
  }
  const headRepo = isRecord(head['repo']) ? stringAt(head['repo'], 'full_name') : undefined;
  const baseRepo = isRecord(base['repo']) ? stringAt(base['repo'], 'full_name') : undefined;
  return {
    kind: 'pull_request',
    eventName,
    pr: {
      owner,
      repo,
      number,
      title: stringAt(pull, 'title') ?? '',
      body: stringAt(pull, 'body') ?? '',
      url: stringAt(pull, 'html_url') ?? '',
      baseSha,
      headSha,
      fromFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
    },
  };
}

export async function readEventContext(env: NodeJS.ProcessEnv): Promise<EventContext> {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (!eventPath) return { kind: 'unsupported', eventName, reason: 'GITHUB_EVENT_PATH is not set: not running in GitHub Actions?' };
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (error) {
    return { kind: 'unsupported', eventName, reason: `cannot read the event payload: ${(error as Error).message}` };
  }
  return eventContextFrom(eventName, payload, env['GITHUB_REPOSITORY']);
}
