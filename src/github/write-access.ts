// Whether this run may write to the repository. Pull requests from forks get a read-only token
// under `pull_request`, and a workflow can restrict `permissions:`; GitHub then answers every
// write with 403 "Resource not accessible by integration". Once that is known, further writes
// are not sent at all: they would only fail the same way and fill the log with errors.
import type { GitHubClient } from './client.js';

export interface WriteAccess {
  readonly readOnly: boolean;
  /** Why writes are impossible, for the one notice the run prints. */
  readonly reason?: string;
  /** Writes refused here, without a request, after the token was found read-only. */
  readonly skippedWrites: number;
  markReadOnly(reason: string): void;
}

export function writeAccess(initial?: { readOnly: true; reason: string }): WriteAccess & { skip(): void } {
  let readOnly = initial?.readOnly ?? false;
  let reason = initial?.reason;
  let skippedWrites = 0;
  return {
    get readOnly() {
      return readOnly;
    },
    get reason() {
      return reason;
    },
    get skippedWrites() {
      return skippedWrites;
    },
    markReadOnly(why: string) {
      if (readOnly) return;
      readOnly = true;
      reason = why;
    },
    skip() {
      skippedWrites++;
    },
  };
}

/** The error GitHub gives a token that lacks the permission a request needs. */
export function isReadOnlyTokenError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const status = (error as { status?: unknown }).status;
  const message = error instanceof Error ? error.message : String((error as { message?: unknown }).message ?? '');
  return status === 403 && /Resource not accessible by (?:integration|personal access token)/i.test(message);
}

interface RequestShape {
  method?: string;
  url?: string;
  query?: unknown;
}

/** Writes are every method but GET/HEAD, except GraphQL queries, which are reads sent by POST. */
export function isWriteRequest(options: RequestShape): boolean {
  const method = (options.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  if (/\/graphql\/?$/.test(options.url ?? '') && typeof options.query === 'string') {
    return /^\s*mutation\b/.test(options.query.replace(/^\s*#.*$/gm, ''));
  }
  return true;
}

export class ReadOnlyTokenError extends Error {
  readonly status = 403;
  constructor(method: string, url: string) {
    super(`not sent: the token cannot write to this repository (${method} ${url})`);
    this.name = 'ReadOnlyTokenError';
  }
}

/**
 * Watches every request of the client: a write answered "Resource not accessible" marks the
 * run read-only, and later writes fail at once with a 403-shaped error instead of being sent,
 * so publishers that handle 403 per step keep working unchanged.
 */
export function guardWrites(client: GitHubClient, access: WriteAccess & { skip(): void }, log: (line: string) => void = () => {}): void {
  client.hook.wrap('request', async (request, options) => {
    const shape = options as RequestShape;
    const write = isWriteRequest(shape);
    if (write && access.readOnly) {
      access.skip();
      throw new ReadOnlyTokenError(String(shape.method ?? 'POST').toUpperCase(), String(shape.url ?? ''));
    }
    try {
      return await request(options);
    } catch (error) {
      if (write && isReadOnlyTokenError(error)) {
        const what = `${String(shape.method ?? '').toUpperCase()} ${String(shape.url ?? '')}`;
        access.markReadOnly(`GitHub answered 403 "Resource not accessible by integration" to ${what}: the workflow token is read-only here`);
        log(`the token is read-only (403 on ${what}); no further writes are attempted`);
      }
      throw error;
    }
  });
}
