import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localGitChangeSet } from '../../src/changes/git.js';
import type { LocalGitChangeSet } from '../../src/changes/git.js';
import { ORDERS_BASE, ORDERS_HEAD, buildChangeFixture, commitAll, git, initRepo, removeDir, tempDir, writeFile } from './git-fixture.js';
import type { ChangeFixture } from './git-fixture.js';

// Count the processes the source starts, without changing what they do.
vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:child_process')>();
  return { ...actual, spawn: vi.fn(actual.spawn) };
});

function catFileSpawns(): number {
  return vi.mocked(spawn).mock.calls.filter(([, args]) => Array.isArray(args) && args.includes('cat-file')).length;
}

/** Handles that keep node's event loop running (refed pipes and child processes). */
function liveHandles(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'PipeWrap' || kind === 'ProcessWrap').length;
}

const fixtures: string[] = [];
/** One repository with every kind of change, shared by the tests that only read it. */
let shared: ChangeFixture;
beforeAll(() => {
  shared = buildChangeFixture();
  fixtures.push(shared.repo);
});
afterAll(() => fixtures.forEach(removeDir));

describe.each([
  ['a repository with a work tree', false],
  ['a bare clone', true],
])('localGitChangeSet on %s', (_label, bare) => {
  let built: ChangeFixture;
  let change: LocalGitChangeSet;

  beforeAll(async () => {
    built = shared;
    let repo = built.repo;
    if (bare) {
      repo = tempDir('changes-bare-');
      fixtures.push(repo);
      git(repo, 'clone', '--quiet', '--bare', built.repo, repo);
    }
    change = await localGitChangeSet({ repo, base: 'main~1', head: 'main' });
  });
  afterAll(() => change.close());

  it('resolves the revisions to commit shas', () => {
    expect(change.base).toBe(built.base);
    expect(change.head).toBe(built.head);
    expect(change.baseTip).toBe(built.base);
  });

  it('keeps every file with its status and marks', () => {
    const files = new Map(change.files.map((file) => [file.path, file]));
    expect(files.size).toBe(13);
    expect(files.get('models/orders.sql')).toMatchObject({ status: 'modified', additions: 2, deletions: 1 });
    expect([...(files.get('models/orders.sql')?.addedLines ?? [])]).toEqual([3, 4]);
    expect(files.get('models/new_name.sql')).toMatchObject({ status: 'renamed', previousPath: 'models/old_name.sql', additions: 0 });
    expect(files.get('marts/moved.sql')).toMatchObject({ status: 'renamed', previousPath: 'models/moved.sql', additions: 1, deletions: 1 });
    expect(files.get('dags/etl.py')).toMatchObject({ status: 'removed', deletions: 1 });
    expect(files.get('assets/logo.png')).toMatchObject({ status: 'added', patchUnavailable: 'binary' });
    expect(files.get('scripts/run.sh')).toMatchObject({ status: 'modified', hunks: [] });
    expect(files.get('models/café.sql')).toMatchObject({ status: 'added' });
    expect(files.get('my models/with space.sql')).toMatchObject({ status: 'added' });
  });

  it('reads text on both sides, and absent where the file does not exist', async () => {
    expect(await change.contents.read('base', 'models/orders.sql')).toEqual({ kind: 'text', text: ORDERS_BASE });
    expect(await change.contents.read('head', 'models/orders.sql')).toEqual({ kind: 'text', text: ORDERS_HEAD });
    expect(await change.contents.read('head', 'dags/etl.py')).toEqual({ kind: 'absent' });
    expect(await change.contents.read('base', 'dags/etl.py')).toEqual({ kind: 'text', text: 'from airflow import DAG\n' });
    expect(await change.contents.read('head', 'models/café.sql')).toEqual({ kind: 'text', text: 'select 1 as café\n' });
    expect(await change.contents.read('head', 'my models/with space.sql')).toEqual({ kind: 'text', text: 'select 1\n' });
    expect(await change.contents.read('head', 'crlf.sql')).toEqual({ kind: 'text', text: 'select 2\r\nfrom a\r\n' });
    expect(await change.contents.read('head', 'empty.sql')).toEqual({ kind: 'text', text: '' });
  });

  it('reports binary files, directories and paths outside the tree', async () => {
    expect(await change.contents.read('head', 'assets/logo.png')).toEqual({ kind: 'binary' });
    expect(await change.contents.read('head', 'models')).toEqual({ kind: 'absent' });
    expect(await change.contents.read('head', '../outside.sql')).toEqual({ kind: 'absent' });
    expect(await change.contents.read('head', '')).toEqual({ kind: 'absent' });
    // The reader is still alive after those.
    expect(await change.contents.read('head', './nonl.sql')).toEqual({ kind: 'text', text: 'select 1\nfrom b' });
  });

  it('lists the files of each side', async () => {
    const head = await change.contents.listFiles('head');
    expect(head).toContain('models/café.sql');
    expect(head).toContain('my models/with space.sql');
    expect(head).toContain('odd/"quoted".sql');
    expect(head).not.toContain('dags/etl.py');
    expect(head).not.toContain('models');
    expect(await change.contents.listFiles('base')).toContain('dags/etl.py');
  });
});

describe('localGitChangeSet contents', () => {
  let repo: string;
  let change: LocalGitChangeSet;

  beforeAll(async () => {
    repo = initRepo();
    fixtures.push(repo);
    writeFile(repo, 'README.md', 'base\n');
    commitAll(repo, 'base');
    writeFile(repo, 'big.sql', `select '${'x'.repeat(5000)}'\n`);
    writeFile(repo, 'latin1.sql', Uint8Array.from([0x73, 0x65, 0x6c, 0x20, 0xe9, 0x0a])); // "sel é" in Latin-1
    for (let i = 0; i < 200; i++) writeFile(repo, `many/file_${i}.sql`, `select ${i}\n`);
    commitAll(repo, 'head');
    change = await localGitChangeSet({ repo, base: 'HEAD~1', head: 'HEAD', maxFileBytes: 1000 });
  });
  afterAll(() => change.close());

  it('reports files above maxFileBytes with their size, unread', async () => {
    expect(await change.contents.read('head', 'big.sql')).toEqual({ kind: 'too-large', bytes: 5010 });
    // The oversized body was drained: the next answer is still in step.
    expect(await change.contents.read('head', 'many/file_7.sql')).toEqual({ kind: 'text', text: 'select 7\n' });
  });

  it('decodes invalid UTF-8 with replacement characters', async () => {
    expect(await change.contents.read('head', 'latin1.sql')).toEqual({ kind: 'text', text: 'sel \uFFFD\n' });
  });

  it('serves hundreds of concurrent reads from one cat-file process', async () => {
    const before = catFileSpawns();
    const fresh = await localGitChangeSet({ repo, base: 'HEAD~1', head: 'HEAD' });
    try {
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => fresh.contents.read(i % 2 ? 'head' : 'base', `many/file_${i}.sql`)));
      expect(results.every((result, i) => (i % 2 ? result.kind === 'text' && result.text === `select ${i}\n` : result.kind === 'absent'))).toBe(true);
      expect(catFileSpawns() - before).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('does not keep node alive while idle, but does while a read is pending', async () => {
    await change.contents.read('head', 'README.md');
    const idle = liveHandles();
    const pending = change.contents.read('head', 'many/file_150.sql.missing');
    expect(liveHandles()).toBeGreaterThan(idle);
    expect(await pending).toEqual({ kind: 'absent' });
    expect(liveHandles()).toBe(idle);
  });

  it('refuses reads after close', async () => {
    const other = await localGitChangeSet({ repo, base: 'HEAD~1', head: 'HEAD' });
    expect(await other.contents.read('head', 'README.md')).toEqual({ kind: 'text', text: 'base\n' });
    await other.close();
    await other.close();
    await expect(other.contents.read('head', 'big.sql')).rejects.toThrow(/closed/);
    // Closing also drops the texts read so far (the CLI closes before it renders the report):
    // a file read before the close is not served from memory afterwards.
    await expect(other.contents.read('head', 'README.md')).rejects.toThrow(/closed/);
  });
});

describe('localGitChangeSet ranges', () => {
  it('compares from the merge base, like a pull request', async () => {
    const repo = initRepo();
    fixtures.push(repo);
    writeFile(repo, 'a.sql', 'select 1\n');
    const fork = commitAll(repo, 'fork point');
    git(repo, 'checkout', '--quiet', '-b', 'feature');
    writeFile(repo, 'feature.sql', 'select 2\n');
    const head = commitAll(repo, 'feature work');
    git(repo, 'checkout', '--quiet', 'main');
    writeFile(repo, 'main_only.sql', 'select 3\n');
    const mainTip = commitAll(repo, 'main moved on');

    const change = await localGitChangeSet({ repo, base: 'main', head: 'feature' });
    try {
      expect(change).toMatchObject({ base: fork, head, baseTip: mainTip });
      expect(change.files.map((file) => file.path)).toEqual(['feature.sql']);
      expect(await change.contents.read('base', 'main_only.sql')).toEqual({ kind: 'absent' });
    } finally {
      await change.close();
    }
  });

  it('falls back to the base itself when the histories share no commit', async () => {
    const repo = initRepo();
    fixtures.push(repo);
    writeFile(repo, 'a.sql', 'select 1\n');
    const base = commitAll(repo, 'one');
    git(repo, 'checkout', '--quiet', '--orphan', 'other');
    git(repo, 'rm', '--quiet', '-rf', '.');
    writeFile(repo, 'b.sql', 'select 2\n');
    const head = commitAll(repo, 'unrelated');
    const change = await localGitChangeSet({ repo, base: 'main', head: 'other' });
    try {
      expect(change).toMatchObject({ base, head });
      expect(change.files.map((file) => [file.path, file.status])).toEqual([
        ['a.sql', 'removed'],
        ['b.sql', 'added'],
      ]);
    } finally {
      await change.close();
    }
  });

  it('rejects revisions that do not name a commit', async () => {
    const { repo, base } = shared;
    await expect(localGitChangeSet({ repo, base: 'foo', head: 'main' })).rejects.toThrow(`Unknown revision 'foo' in ${repo}`);
    await expect(localGitChangeSet({ repo, base, head: 'nope~3' })).rejects.toThrow(`Unknown revision 'nope~3' in ${repo}`);
    await expect(localGitChangeSet({ repo, base: '--output=/tmp/x', head: 'main' })).rejects.toThrow(/Unknown revision '--output/);
    // A tree is an object, but not a commit.
    const tree = git(repo, 'rev-parse', 'main^{tree}').trim();
    await expect(localGitChangeSet({ repo, base: tree, head: 'main' })).rejects.toThrow(`Unknown revision '${tree}'`);
  });

  it('rejects a path that is not a git repository', async () => {
    const plain = tempDir('changes-plain-');
    fixtures.push(plain);
    // Keep git from finding a repository in a parent folder of the temp dir.
    const previous = process.env['GIT_CEILING_DIRECTORIES'];
    process.env['GIT_CEILING_DIRECTORIES'] = plain.slice(0, plain.lastIndexOf('/'));
    try {
      await expect(localGitChangeSet({ repo: plain, base: 'a', head: 'b' })).rejects.toThrow(`Not a git repository: ${plain}`);
    } finally {
      if (previous === undefined) delete process.env['GIT_CEILING_DIRECTORIES'];
      else process.env['GIT_CEILING_DIRECTORIES'] = previous;
    }
    await expect(localGitChangeSet({ repo: `${plain}/missing`, base: 'a', head: 'b' })).rejects.toThrow(/Not a git repository: .*no such directory/);
  });
});
