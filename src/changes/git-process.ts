// Running git as a child process: the environment it gets, whole-output runs for small answers
// and a line stream for `git diff`, whose output can be far larger than any buffer we would pick.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/**
 * The environment for every git we start. Variables that point git at another repository or
 * index (set, for instance, when we run inside a git hook) are removed; prompts are off; messages
 * are in English so the errors we pass on read the same everywhere; and a read-only run takes
 * no optional locks.
 */
export function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX']) {
    delete env[name];
  }
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_OPTIONAL_LOCKS = '0';
  env.LC_ALL = 'C';
  return env;
}

export function spawnGit(args: string[]): ChildProcess {
  return spawn('git', args, { env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git to completion and collects its output; rejects only when git cannot be started. */
export function runGit(args: string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(startError(error)));
    child.on('close', (code) => {
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() });
    });
  });
}

/**
 * Runs git and hands each line of its stdout (decoded as UTF-8, without the line break) to
 * `onLine` as the output arrives. Resolves with the exit code and stderr once git is done.
 */
export function streamGitLines(args: string[], onLine: (line: string) => void): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const err: Buffer[] = [];
    // Lines are split on the byte 0x0A before decoding, so a multi-byte character cut across
    // two chunks is never decoded in halves.
    let pending: Buffer[] = [];
    let failure: unknown;
    const emit = (bytes: Buffer): void => {
      if (failure !== undefined) return;
      try {
        onLine(bytes.toString('utf8'));
      } catch (error) {
        failure = error;
        child.kill();
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      let start = 0;
      let newline = chunk.indexOf(0x0a, start);
      while (newline !== -1) {
        const piece = chunk.subarray(start, newline);
        if (pending.length > 0) {
          pending.push(piece);
          emit(Buffer.concat(pending));
          pending = [];
        } else {
          emit(piece);
        }
        start = newline + 1;
        newline = chunk.indexOf(0x0a, start);
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(startError(error)));
    child.on('close', (code) => {
      if (pending.length > 0) emit(Buffer.concat(pending));
      if (failure !== undefined) reject(failure);
      else resolve({ code: code ?? 1, stderr: Buffer.concat(err).toString('utf8').trim() });
    });
  });
}

export function startError(error: Error & { code?: string }): Error {
  if (error.code === 'ENOENT') return new Error('git is not installed or not on PATH; the local source needs it.');
  return new Error(`Could not start git: ${error.message}`);
}
