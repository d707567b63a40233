// Builds small throwaway git repositories for the changes tests. Identity is given per command
// and the user's global/system git config is ignored, so the tests behave the same anywhere.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ISOLATED_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: os.devNull,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], {
    cwd,
    env: ISOLATED_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function tempDir(prefix = 'changes-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function initRepo(): string {
  const dir = tempDir();
  git(dir, 'init', '--quiet', '--initial-branch=main', dir);
  return dir;
}

export function writeFile(repo: string, file: string, content: string | Uint8Array): void {
  const full = path.join(repo, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
}

export function removeFile(repo: string, file: string): void {
  unlinkSync(path.join(repo, file));
}

export function makeExecutable(repo: string, file: string): void {
  chmodSync(path.join(repo, file), 0o755);
  // core.fileMode may be off on some file systems: record the mode in the index explicitly.
  git(repo, 'update-index', '--chmod=+x', '--', file);
}

/** Stages everything and commits; returns the new commit's sha. */
export function commitAll(repo: string, message: string): string {
  git(repo, 'add', '--all');
  git(repo, 'commit', '--quiet', '--allow-empty', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export const ORDERS_BASE = ['select', '  id,', '  amount', 'from raw.orders', 'where amount > 0', ''].join('\n');
export const ORDERS_HEAD = ['select', '  id,', '  amount,', '  status', 'from raw.orders', 'where amount > 0', ''].join('\n');
const MOVED_BASE = Array.from({ length: 12 }, (_, i) => `select ${i + 1} as col_${i + 1}`).join('\n') + '\n';
const MOVED_HEAD = MOVED_BASE.replace('select 6 as col_6', 'select 6 as col_six');
const COMMENTED_BASE = ['-- a/header.sql', 'select 1', ''].join('\n');
const COMMENTED_HEAD = ['select 1', '++ b/trailer.sql', ''].join('\n');
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

export interface ChangeFixture {
  repo: string;
  base: string;
  head: string;
}

/**
 * A repository whose `main` goes from `base` to `head` through every kind of change the
 * sources must handle: edits, a pure rename, a rename with an edit, a deletion, a mode-only
 * change, CRLF text, a missing final newline, SQL comments that look like diff headers, a
 * binary file, a name with spaces, a non-ASCII name, a name git must quote, an empty file.
 */
export function buildChangeFixture(): ChangeFixture {
  const repo = initRepo();
  writeFile(repo, 'models/orders.sql', ORDERS_BASE);
  writeFile(repo, 'models/old_name.sql', 'select 1 as unchanged\n');
  writeFile(repo, 'models/moved.sql', MOVED_BASE);
  writeFile(repo, 'dags/etl.py', 'from airflow import DAG\n');
  writeFile(repo, 'scripts/run.sh', 'echo run\n');
  writeFile(repo, 'crlf.sql', 'select 1\r\nfrom a\r\n');
  writeFile(repo, 'nonl.sql', 'select 1\nfrom a');
  writeFile(repo, 'comment.sql', COMMENTED_BASE);
  const base = commitAll(repo, 'base');

  writeFile(repo, 'models/orders.sql', ORDERS_HEAD);
  removeFile(repo, 'models/old_name.sql');
  writeFile(repo, 'models/new_name.sql', 'select 1 as unchanged\n');
  removeFile(repo, 'models/moved.sql');
  writeFile(repo, 'marts/moved.sql', MOVED_HEAD);
  removeFile(repo, 'dags/etl.py');
  makeExecutable(repo, 'scripts/run.sh');
  writeFile(repo, 'crlf.sql', 'select 2\r\nfrom a\r\n');
  writeFile(repo, 'nonl.sql', 'select 1\nfrom b');
  writeFile(repo, 'comment.sql', COMMENTED_HEAD);
  writeFile(repo, 'assets/logo.png', PNG_BYTES);
  writeFile(repo, 'my models/with space.sql', 'select 1\n');
  writeFile(repo, 'models/café.sql', 'select 1 as café\n');
  writeFile(repo, 'odd/"quoted".sql', 'select 1\n');
  writeFile(repo, 'empty.sql', '');
  const head = commitAll(repo, 'head');
  return { repo, base, head };
}
