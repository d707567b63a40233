// A tiny scripted HTTP server on 127.0.0.1 for the client tests: every request is recorded and
// answered by the handler (default 200 {}).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  path: string;
  body: string;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Loopback {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startLoopback(handler: (seen: Seen, index: number) => Answer = () => ({ status: 200, body: {} })): Promise<Loopback> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    void bodyOf(request).then((body) => {
      const entry = { method: request.method ?? 'GET', path: new URL(request.url ?? '/', 'http://x').pathname, body };
      seen.push(entry);
      const answer = handler(entry, seen.length - 1);
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(JSON.stringify(answer.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
