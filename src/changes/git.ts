// The local source: a ChangeSet from a git range, read straight from the object database. It
// never needs a work tree (bare clones work) and never checks anything out.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ChangeSet, ContentReader, FileContent, Side } from '../model.js';
import { CatFileBatch } from './cat-file.js';
import { ContentCache, DEFAULT_MAX_FILE_BYTES, contentFromBytes } from './content.js';
import { GitDiffParser, changedFileFromGit } from './diff.js';
import { runGit, streamGitLines } from './git-process.js';

export interface LocalGitOptions {
  /** A work tree, a directory inside one, or a bare repository. */
  repo: string;
  /** Any revision git understands (branch, tag, sha, `HEAD~3`). */
  base: string;
  head: string;
  /** Files above this size are reported as too-large, unread. Default 1,000,000. */
  maxFileBytes?: number;
}

/**
 * `base` is the merge base of the two revisions, as on a GitHub pull request: commits that
 * landed on the base branch after the head branched off are not part of the change, and the
 * base side of `contents` is read there. `head` is the head revision's commit.
 */
export interface LocalGitChangeSet extends ChangeSet {
  /** The commit the base revision itself names; `base` too when the histories share no commit. */
  baseTip: string;
  /** Ends the long-lived git process behind `contents`. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Builds the ChangeSet for `base...head` in `repo`: one `git diff` from the merge base to the
 * head, and contents through one `git cat-file --batch`. Rejects with a readable Error for a
 * path that is not a repository or a revision that does not name a commit.
 */
export async function localGitChangeSet(options: LocalGitOptions): Promise<LocalGitChangeSet> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const repo = path.resolve(options.repo);
  const gitDir = await findGitDir(repo);
  const git = (...args: string[]): string[] => [`--git-dir=${gitDir}`, ...args];

  const baseTip = await resolveCommit(git, repo, options.base);
  const head = await resolveCommit(git, repo, options.head);
  const base = (await mergeBase(git, baseTip, head)) ?? baseTip;

  const files = await diffFiles(git, base, head);
  const contents = new GitContentReader(gitDir, { base, head }, maxFileBytes);
  return { base, head, baseTip, files, contents, close: () => contents.close() };
}

async function findGitDir(repo: string): Promise<string> {
  const info = await stat(repo).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`Not a git repository: ${repo} (no such directory)`);
  const result = await runGit(['-C', repo, 'rev-parse', '--absolute-git-dir']);
  const gitDir = result.stdout.toString('utf8').trim();
  if (result.code !== 0 || gitDir === '') {
    throw new Error(`Not a git repository: ${repo}${result.stderr ? ` (${firstLine(result.stderr)})` : ''}`);
  }
  return gitDir;
}

async function resolveCommit(git: (...args: string[]) => string[], repo: string, revision: string): Promise<string> {
  // A revision that starts with '-' would be read as an option; no real revision does.
  if (revision.trim() === '' || revision.startsWith('-') || /[\r\n\0]/.test(revision)) {
    throw new Error(`Unknown revision '${revision}' in ${repo}`);
  }
  const result = await runGit(git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`));
  const sha = result.stdout.toString('utf8').trim();
  if (result.code !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) throw new Error(`Unknown revision '${revision}' in ${repo}`);
  return sha;
}

/** The merge base, or undefined when the histories are unrelated. */
async function mergeBase(git: (...args: string[]) => string[], base: string, head: string): Promise<string | undefined> {
  const result = await runGit(git('merge-base', base, head));
  const sha = result.stdout.toString('utf8').trim().split('\n')[0] ?? '';
  if (result.code === 0 && sha !== '') return sha;
  if (result.code === 1) return undefined;
  throw new Error(`git merge-base failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
}

async function diffFiles(git: (...args: string[]) => string[], base: string, head: string): Promise<ChangeSet['files']> {
  const parser = new GitDiffParser();
  // Every option that user configuration could change is pinned: colour, external diff
  // drivers, textconv filters, the a/ b/ prefixes, path quoting.
  const args = git(
    '-c', 'core.quotePath=false',
    'diff', '--no-color', '--no-ext-diff', '--no-textconv', '-M',
    '--src-prefix=a/', '--dst-prefix=b/',
    base, head, '--',
  );
  const result = await streamGitLines(args, (line) => parser.push(line));
  if (result.code !== 0) throw new Error(`git diff failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  return parser.finish().map(changedFileFromGit);
}

class GitContentReader implements ContentReader {
  private readonly batch: CatFileBatch;
  private readonly cache = new ContentCache();
  private readonly listings = new Map<Side, Promise<string[]>>();

  constructor(
    private readonly gitDir: string,
    private readonly commits: Record<Side, string>,
    private readonly maxFileBytes: number,
  ) {
    this.batch = new CatFileBatch([`--git-dir=${gitDir}`], maxFileBytes);
  }

  read(side: Side, filePath: string): Promise<FileContent> {
    return this.cache.get(side, filePath, () => this.load(side, filePath));
  }

  listFiles(side: Side): Promise<string[]> {
    let listing = this.listings.get(side);
    if (!listing) {
      listing = this.lsTree(this.commits[side]);
      this.listings.set(side, listing);
      listing.catch(() => this.listings.delete(side));
    }
    return listing;
  }

  close(): Promise<void> {
    // The cached texts go with the reader: a 5,000-file review holds ~15 MB of them.
    this.cache.clear();
    this.listings.clear();
    return this.batch.close();
  }

  private async load(side: Side, filePath: string): Promise<FileContent> {
    const normalised = normaliseRepoPath(filePath);
    if (normalised === undefined) return { kind: 'absent' };
    const commit = this.commits[side];
    let objectName = `${commit}:${normalised}`;
    if (/[\r\n]/.test(normalised)) {
      // The batch protocol is line-based; such a rare name is looked up on its own.
      const blob = await this.blobId(commit, normalised);
      if (blob === undefined) return { kind: 'absent' };
      objectName = blob;
    }
    const result = await this.batch.read(objectName);
    switch (result.kind) {
      case 'missing':
      case 'not-blob': // a directory or a submodule: not a file we can read
        return { kind: 'absent' };
      case 'too-large':
        return { kind: 'too-large', bytes: result.size };
      case 'blob':
        return contentFromBytes(result.bytes, this.maxFileBytes);
    }
  }

  private async blobId(commit: string, filePath: string): Promise<string | undefined> {
    const result = await runGit([`--git-dir=${this.gitDir}`, 'ls-tree', '-z', '--full-tree', commit, '--', filePath]);
    const entry = result.stdout.toString('utf8').split('\0')[0] ?? '';
    const match = /^\d+ blob ([0-9a-f]+)\t/.exec(entry);
    return match?.[1];
  }

  private async lsTree(commit: string): Promise<string[]> {
    const result = await runGit([`--git-dir=${this.gitDir}`, 'ls-tree', '-r', '-z', '--full-tree', commit]);
    if (result.code !== 0) throw new Error(`git ls-tree failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
    const paths: string[] = [];
    // Entries are `<mode> <type> <id>\t<path>`; only blobs are files (submodules are commits).
    for (const entry of result.stdout.toString('utf8').split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab === -1) continue;
      const [, type] = entry.slice(0, tab).split(' ');
      if (type === 'blob') paths.push(entry.slice(tab + 1));
    }
    return paths;
  }
}

/** `a/./b` → `a/b`; paths that leave the repository or name its root are undefined. */
function normaliseRepoPath(filePath: string): string | undefined {
  const parts = filePath.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.includes('..')) return undefined;
  return parts.join('/');
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}
