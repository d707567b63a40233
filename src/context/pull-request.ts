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
  /** The head repository differs from the base: a fork, with a read-only token and no secrets. */
  fromFork: boolean;
}

export type EventContext =
  | { kind: 'pull_request'; eventName: string; pr: PullRequestContext }
  | { kind: 'unsupported'; eventName: string; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringAt(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

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
  return pullRequestFromEvent(eventName, payload, env['GITHUB_REPOSITORY']);
}
