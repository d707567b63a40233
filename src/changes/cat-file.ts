// One long-lived `git cat-file --batch` serves every content read of a local review: a
// 5,000-file change costs one process, not one per file and side.
import type { ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { spawnGit, startError } from './git-process.js';

export type BatchResult =
  | { kind: 'missing' }
  | { kind: 'not-blob'; type: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'blob'; bytes: Buffer };

interface Request {
  resolve: (result: BatchResult) => void;
  reject: (error: Error) => void;
}

const FOUND = /^([0-9a-f]{40,64}) (\S+) (\d+)$/;

/**
 * Reads objects by name (`<commit>:<path>` or an object id). Objects larger than `maxBytes` are
 * reported by their size and their body is drained without being kept: `--batch` sends the body
 * after the header whatever we want, and the one portable way to skip it is to read past it.
 * Names must not contain a line break (the protocol is one name per line).
 */
export class CatFileBatch {
  private child: ChildProcess | undefined;
  private readonly queue: Request[] = [];
  private buffered: Buffer = Buffer.alloc(0);
  /** The object body being read; `request` is absent once answered (a drained body). */
  private body: { request?: Request; size: number; keep: boolean; chunks: Buffer[]; received: number } | undefined;
  private stderr = '';
  private closed = false;

  constructor(
    private readonly gitArgs: readonly string[],
    private readonly maxBytes: number,
  ) {}

  read(objectName: string): Promise<BatchResult> {
    if (this.closed) return Promise.reject(new Error('The git content reader is closed.'));
    if (/[\r\n]/.test(objectName)) return Promise.reject(new Error('cat-file --batch cannot read a name with a line break.'));
    return new Promise((resolve, reject) => {
      let child: ChildProcess;
      try {
        child = this.process();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      this.queue.push({ resolve, reject });
      this.setKeepAlive(true);
      child.stdin?.write(`${objectName}\n`);
    });
  }

  /** Ends the git process; pending reads still get their answers first. */
  close(): Promise<void> {
    this.closed = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    // Waiting for the exit must hold node open, or a caller awaiting close() never resumes.
    this.setKeepAlive(true);
    return new Promise((resolve) => {
      child.once('close', () => resolve());
      child.stdin?.end();
    });
  }

  private process(): ChildProcess {
    if (this.child) return this.child;
    const child = spawnGit([...this.gitArgs, 'cat-file', '--batch']);
    this.child = child;
    this.buffered = Buffer.alloc(0);
    this.body = undefined;
    this.stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-2000);
    });
    // Writing to a git that already died raises EPIPE on stdin; the 'close' handler reports it.
    child.stdin?.on('error', () => {});
    child.on('error', (error) => this.fail(startError(error)));
    child.on('close', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const why = this.stderr.trim() || `exit ${code ?? signal ?? 'unknown'}`;
      this.fail(new Error(`git cat-file stopped: ${why}`));
    });
    this.setKeepAlive(false);
    return child;
  }

  private fail(error: Error): void {
    const pending = this.queue.splice(0);
    if (this.body?.request) pending.unshift(this.body.request);
    this.body = undefined;
    for (const request of pending) request.reject(error);
    this.setKeepAlive(false);
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      if (this.body) {
        if (!this.consumeBody()) return;
        continue;
      }
      const newline = this.buffered.indexOf(0x0a);
      if (newline === -1) return;
      const header = this.buffered.subarray(0, newline).toString('utf8');
      this.buffered = this.buffered.subarray(newline + 1);
      const request = this.queue.shift();
      if (!request) continue; // output nobody asked for; cannot happen with a well-behaved git
      const found = FOUND.exec(header);
      if (!found) {
        request.resolve({ kind: 'missing' }); // `<name> missing` or `<name> ambiguous`
        this.idleCheck();
        continue;
      }
      const type = found[2] ?? '';
      const size = Number(found[3]);
      const keep = type === 'blob' && size <= this.maxBytes;
      if (keep) {
        this.body = { request, size, keep, chunks: [], received: 0 };
      } else {
        // Answer now; the body that follows is drained by consumeBody without being kept.
        request.resolve(type === 'blob' ? { kind: 'too-large', size } : { kind: 'not-blob', type });
        this.body = { size, keep, chunks: [], received: 0 };
      }
    }
  }

  /** Moves body bytes (plus the LF that ends each object) out of the buffer; true once complete. */
  private consumeBody(): boolean {
    const body = this.body;
    if (!body) return true;
    const wanted = body.size + 1 - body.received;
    const take = Math.min(wanted, this.buffered.length);
    if (take > 0) {
      if (body.keep) body.chunks.push(this.buffered.subarray(0, take));
      body.received += take;
      this.buffered = this.buffered.subarray(take);
    }
    if (body.received < body.size + 1) return false;
    this.body = undefined;
    if (body.request) {
      const all = Buffer.concat(body.chunks);
      body.request.resolve({ kind: 'blob', bytes: all.subarray(0, body.size) });
    }
    this.idleCheck();
    return true;
  }

  private idleCheck(): void {
    if (this.queue.length === 0 && !this.body) this.setKeepAlive(false);
  }

  /**
   * An idle cat-file must not keep node running (a CLI that forgets close() still exits), but a
   * pending read must: otherwise node could exit while a caller awaits the answer.
   */
  private setKeepAlive(alive: boolean): void {
    const child = this.child;
    if (!child) return;
    // The stdio of a spawned process are net.Sockets at run time; the typings only say stream.
    const streams = [child.stdin, child.stdout, child.stderr] as unknown as Array<Partial<Socket> | null>;
    if (alive) {
      child.ref();
      for (const stream of streams) stream?.ref?.();
    } else {
      child.unref();
      for (const stream of streams) stream?.unref?.();
    }
  }
}
