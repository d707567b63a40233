// A scriptable stand-in for the Messages API on 127.0.0.1 for the LLM tests: each request is
// answered by a function of its body, so answers do not depend on the order concurrent calls
// arrive in. Records every request and the most requests ever in flight at once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { DEFAULT_MODEL } from '../../src/llm/models.js';

export interface RecordedRequest {
  // `any`: a recorded JSON request body, inspected field by field with assertions.
  body: Record<string, any>;
  /** When the request arrived and when its answer was sent, in arrival order. */
  startedAt: number;
  endedAt?: number;
  /** Date.now() when the request arrived, for back-off assertions. */
  arrivedAtMs: number;
}

export type Answer = { status: number; body: unknown; delayMs?: number; headers?: Record<string, string> };
export type Responder = (body: RecordedRequest['body'], index: number) => Answer;

export interface Loopback {
  baseURL: string;
  /** Messages requests (POST /v1/messages) only. */
  requests: RecordedRequest[];
  /** Bodies sent to POST /v1/messages/count_tokens. */
  countRequests: RecordedRequest['body'][];
  maxInFlight: number;
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/**
 * `countTokens` answers the count_tokens endpoint; without it the endpoint answers 404, as a
 * proxy without it would, and the client falls back to its estimate.
 */
export async function startLoopback(respond: Responder, countTokens?: (body: RecordedRequest['body']) => number): Promise<Loopback> {
  const state: Loopback = { baseURL: '', requests: [], countRequests: [], maxInFlight: 0 };
  let inFlight = 0;
  let clock = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.url?.startsWith('/v1/messages/count_tokens')) {
        const body = JSON.parse(raw || '{}') as RecordedRequest['body'];
        state.countRequests.push(body);
        res.writeHead(countTokens ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(countTokens ? { input_tokens: countTokens(body) } : { type: 'error', error: { type: 'not_found_error', message: 'Not found' } }));
        return;
      }
      const recorded: RecordedRequest = { body: JSON.parse(raw || '{}'), startedAt: clock++, arrivedAtMs: Date.now() };
      const index = state.requests.push(recorded) - 1;
      inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      const answer = respond(recorded.body, index);
      setTimeout(() => {
        inFlight -= 1;
        recorded.endedAt = clock++;
        // A client that timed out has closed the socket: there is no one left to answer.
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body));
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return state;
}

export interface Usage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation_input_tokens: number;
}

export function toolAnswer(input: unknown, usage: Usage, extra: Record<string, unknown> = {}): Answer {
  return {
    status: 200,
    body: {
      id: 'msg_loop',
      type: 'message',
      role: 'assistant',
      model: DEFAULT_MODEL,
      content: [{ type: 'tool_use', id: 'toolu_loop', name: 'submit_review', input }],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage,
      ...extra,
    },
  };
}

export function apiError(status: number, type: string, message: string): Answer {
  return { status, body: { type: 'error', error: { type, message } } };
}

/** The changed-file paths a request's user prompt carries, in order. */
export function pathsIn(body: RecordedRequest['body']): string[] {
  const content = String(body.messages?.[0]?.content ?? '');
  return [...content.matchAll(/^### \d+\. "([^"]+)"/gm)].map((m) => m[1]!);
}
