// The GitHub source: a ChangeSet for a pull request from the REST API, contents read lazily at
// the two commits.
import { unsafePathReason } from './safe-path.js';
import type { GitHubClient } from '../github/client.js';
import type { ChangeSet, ChangedFile, ContentReader, FileContent, FileStatus, PatchUnavailable, Side } from '../model.js';
import { ContentCache, DEFAULT_MAX_FILE_BYTES, contentFromBytes } from './content.js';
import { changedFileFrom, parsePatch } from './diff.js';
import type { ChangedFileInput } from './diff.js';

export interface GitHubSourceOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  pullNumber: number;
  /** The commit the base side is read at (usually `pull_request.base.sha`). */
  baseSha: string;
  headSha: string;
  /** Files above this size are reported as too-large, unread. Default 1,000,000. */
  maxFileBytes?: number;
  /**
   * `pull_request.base.sha` is the tip of the base branch, while GitHub's patches compare the
   * head with the merge base. When the base branch has moved on, reading base contents at its
   * tip mixes in commits that are not part of the pull request. With this on, one compare call
   * finds the merge base and `ChangeSet.base` becomes it (falling back to baseSha on failure).
   */
  useMergeBase?: boolean;
}

/** One entry of `pulls.listFiles`, as much of it as we use. */
export interface PullRequestFileEntry {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  patch?: string;
  previous_filename?: string;
}

/**
 * Builds the ChangeSet of a pull request. `pulls.listFiles` is read in pages of 100; GitHub
 * stops at 3,000 files, and so does this list.
 */
export async function githubChangeSet(options: GitHubSourceOptions): Promise<ChangeSet> {
  const { client, owner, repo } = options;
  const entries = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: options.pullNumber, per_page: 100 });
  const files = entries.map((entry) => changedFileFromGitHub(entry));
  const base = options.useMergeBase ? await mergeBaseOf(options) : options.baseSha;
  const contents = new GitHubContentReader(options, { base, head: options.headSha }, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  return { base, head: options.headSha, files, contents };
}

const STATUS: Readonly<Record<string, FileStatus>> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  // A copy is a new file in the repository; "changed" is a mode or type change; "unchanged"
  // appears for a file whose content is the same (e.g. only its mode changed).
  copied: 'added',
  changed: 'modified',
  unchanged: 'modified',
};

/**
 * Maps one listFiles entry. An entry without `patch` is kept and marked: GitHub leaves the patch
 * out for binary files and for diffs too large to show. The API does not say which, so we infer
 * it: no added or deleted lines means binary, some means too large. Two cases we can tell apart
 * get no mark, having nothing to show: a rename without edits, and GitHub's `changed` (a mode
 * or type change). An empty new file also has no lines and no patch, and is marked binary by
 * this heuristic. A patch that is present but empty counts as present.
 */
export function changedFileFromGitHub(entry: PullRequestFileEntry): ChangedFile {
  const status = STATUS[entry.status] ?? 'modified';
  const hasPatch = typeof entry.patch === 'string';
  const input: ChangedFileInput = {
    path: entry.filename,
    status,
    hunks: hasPatch ? parsePatch(entry.patch ?? '') : [],
    additions: entry.additions,
    deletions: entry.deletions,
  };
  if (status === 'renamed' && entry.previous_filename) input.previousPath = entry.previous_filename;
  if (!hasPatch) {
    const noLines = entry.additions === 0 && entry.deletions === 0;
    const nothingToShow = noLines && (entry.status === 'renamed' || entry.status === 'changed');
    const mark: PatchUnavailable | undefined = nothingToShow ? undefined : noLines ? 'binary' : 'too-large';
    if (mark) input.patchUnavailable = mark;
  }
  return changedFileFrom(input);
}

async function mergeBaseOf(options: GitHubSourceOptions): Promise<string> {
  try {
    const { data } = await options.client.rest.repos.compareCommitsWithBasehead({
      owner: options.owner,
      repo: options.repo,
      basehead: `${options.baseSha}...${options.headSha}`,
      per_page: 1,
    });
    return data.merge_base_commit.sha || options.baseSha;
  } catch {
    return options.baseSha;
  }
}

interface TreeListing {
  paths: string[];
  sizes: Map<string, number>;
}

class GitHubContentReader implements ContentReader {
  private readonly cache = new ContentCache();
  private readonly trees = new Map<Side, Promise<TreeListing>>();
  private readonly knownSizes = new Map<Side, Map<string, number>>();

  constructor(
    private readonly options: GitHubSourceOptions,
    private readonly commits: Record<Side, string>,
    private readonly maxFileBytes: number,
  ) {}

  read(side: Side, path: string): Promise<FileContent> {
    return this.cache.get(side, path, () => this.load(side, path));
  }

  async listFiles(side: Side): Promise<string[]> {
    return (await this.tree(side)).paths;
  }

  private tree(side: Side): Promise<TreeListing> {
    let listing = this.trees.get(side);
    if (!listing) {
      listing = this.fetchTree(side);
      this.trees.set(side, listing);
      listing.catch(() => this.trees.delete(side));
    }
    return listing;
  }

  private async fetchTree(side: Side): Promise<TreeListing> {
    const { client, owner, repo } = this.options;
    const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: this.commits[side], recursive: 'true' });
    // GitHub truncates a recursive tree above 100,000 entries or 7 MB. What came back is still
    // the best list we have; a file missing from it can be read all the same.
    const paths: string[] = [];
    const sizes = new Map<string, number>();
    for (const entry of data.tree) {
      if (entry.type !== 'blob' || !entry.path) continue;
      paths.push(entry.path);
      if (typeof entry.size === 'number') sizes.set(entry.path, entry.size);
    }
    this.knownSizes.set(side, sizes);
    return { paths, sizes };
  }

  private async load(side: Side, path: string): Promise<FileContent> {
    // Never sent to the API: see safe-path.ts. The file is reviewed as having no content.
    if (unsafePathReason(path) !== undefined) return { kind: 'absent' };
    const known = this.knownSizes.get(side)?.get(path);
    if (known !== undefined && known > this.maxFileBytes) return { kind: 'too-large', bytes: known };
    const { client, owner, repo } = this.options;
    let response;
    try {
      response = await client.rest.repos.getContent({
        owner,
        repo,
        path,
        ref: this.commits[side],
        mediaType: { format: 'raw' },
        // The body comes back as a stream, so a file larger than we want is cut off after
        // maxFileBytes instead of being downloaded whole.
        request: { parseSuccessResponseBody: false },
      });
    } catch (error) {
      const status = (error as { status?: number }).status;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 404) return { kind: 'absent' };
      // GitHub refuses raw content above 100 MB; the size we report is then only a lower bound.
      if (status === 403 && /too.large/i.test(message)) return { kind: 'too-large', bytes: known ?? this.maxFileBytes + 1 };
      throw new Error(`Could not read ${path} at ${this.commits[side]}: ${message}`);
    }
    const headers = response.headers as Record<string, string | number | undefined>;
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > this.maxFileBytes) {
      await cancelBody(response.data);
      return { kind: 'too-large', bytes: declared };
    }
    const body = await readCapped(response.data, this.maxFileBytes);
    if (body.truncated) return { kind: 'too-large', bytes: known ?? body.bytes.length };
    if (isContentListing(String(headers['content-type'] ?? ''), body.bytes)) return { kind: 'absent' };
    return contentFromBytes(body.bytes, this.maxFileBytes);
  }
}

/**
 * With the raw media type a file comes back as itself, but a directory or submodule still comes
 * back as the JSON description of that entry: those are not files we can read.
 */
function isContentListing(contentType: string, bytes: Uint8Array): boolean {
  if (!/^application\/json\b/i.test(contentType)) return false;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (Array.isArray(parsed)) return true;
    const type = (parsed as { type?: unknown } | null)?.type;
    return typeof type === 'string' && ['dir', 'submodule', 'symlink', 'file'].includes(type) && 'sha' in (parsed as object);
  } catch {
    return false;
  }
}

type BodyStream = { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } };

function asStream(data: unknown): BodyStream | undefined {
  const candidate = data as Partial<BodyStream> | null | undefined;
  return candidate && typeof candidate.getReader === 'function' ? (candidate as BodyStream) : undefined;
}

/** Reads a response body up to `max` bytes, then stops (one byte more tells us it was longer). */
async function readCapped(data: unknown, max: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const stream = asStream(data);
  if (!stream) {
    // Not a stream (e.g. a transport that parsed anyway): take what is there.
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : new Uint8Array(0);
    return { bytes, truncated: bytes.length > max };
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    chunks.push(value);
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return { bytes: Buffer.concat(chunks), truncated: true };
    }
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}

async function cancelBody(data: unknown): Promise<void> {
  const stream = asStream(data);
  if (stream) await stream.getReader().cancel().catch(() => {});
}
