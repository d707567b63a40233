// Unified-diff parsing for both change sources: GitHub's per-file `patch` field (hunks only)
// and full `git diff` output (file headers + hunks). Parsing never throws: malformed input
// yields whatever hunks and files could be read, because a review must go on with a partial
// diff rather than stop.
import type { ChangedFile, DiffLine, FileStatus, Hunk, PatchUnavailable } from '../model.js';
import { LineSet } from './line-set.js';

export interface ParsedDiffFile {
  /** The path on the RIGHT side; for a deleted file, the path it had. */
  path: string;
  /** The LEFT-side path of a rename. */
  previousPath?: string;
  status: FileStatus;
  /** Git said "Binary files … differ" (or sent a binary patch): there are no hunks. */
  binary: boolean;
  hunks: Hunk[];
  /** Set when the file mode changed (e.g. 100644 → 100755); a mode-only change has no hunks. */
  oldMode?: string;
  newMode?: string;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Parses GitHub's `patch` field: hunks only, no file headers. */
export function parsePatch(patch: string): Hunk[] {
  const parser = new HunkCollector();
  for (const line of splitLines(patch)) {
    if (!parser.accept(line)) parser.startIfHeader(line);
  }
  return parser.hunks;
}

/** Parses the full output of `git diff` (two trees, not combined diffs). */
export function parseGitDiff(text: string): ParsedDiffFile[] {
  const parser = new GitDiffParser();
  for (const line of splitLines(text)) parser.push(line);
  return parser.finish();
}

/**
 * Incremental form of parseGitDiff: feed it one line at a time (without the line break) so a
 * very large diff can be parsed while it streams out of git, never held as one string.
 */
export class GitDiffParser {
  private readonly files: ParsedDiffFile[] = [];
  private current: FileInProgress | undefined;

  push(rawLine: string): void {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const file = this.current;
    // Inside a hunk, lines are consumed by count first: a deleted SQL comment `-- x` shows up
    // as `--- x` and must not be mistaken for a file header.
    if (file && file.hunks.accept(line)) return;
    if (line.startsWith('diff --git ')) {
      this.flush();
      this.current = newFileInProgress(line.slice('diff --git '.length));
      return;
    }
    if (!file) return; // preamble or garbage before the first file header
    if (file.hunks.startIfHeader(line)) return;
    // Git writes a file's headers before its first hunk, never after. A line past a hunk whose
    // counts ran short (a truncated or hand-edited diff) is body text such as a deleted `-- x`
    // comment shown as `--- x`, and must not rename or re-status the file.
    if (file.hunks.hunks.length > 0) return;
    readExtendedHeader(file, line);
  }

  finish(): ParsedDiffFile[] {
    this.flush();
    return this.files;
  }

  private flush(): void {
    if (this.current) {
      const done = completeFile(this.current);
      if (done) this.files.push(done);
    }
    this.current = undefined;
  }
}

export interface ChangedFileInput {
  path: string;
  previousPath?: string;
  status: FileStatus;
  hunks: Hunk[];
  patchUnavailable?: PatchUnavailable;
  /** Counts from the source when it has its own (GitHub does, even without a patch); else counted from the hunks. */
  additions?: number;
  deletions?: number;
}

/** Builds a ChangedFile, deriving the added and commentable RIGHT-side lines from the hunks. */
export function changedFileFrom(input: ChangedFileInput): ChangedFile {
  const addedLines: number[] = [];
  const commentableLines: number[] = [];
  let additions = 0;
  let deletions = 0;
  for (const hunk of input.hunks) {
    for (const line of hunk.lines) {
      if (line.kind === 'del') {
        deletions++;
        continue;
      }
      if (line.newLine === undefined) continue;
      commentableLines.push(line.newLine);
      if (line.kind === 'add') {
        additions++;
        addedLines.push(line.newLine);
      }
    }
  }
  const file: ChangedFile = {
    path: input.path,
    status: input.status,
    hunks: input.hunks,
    addedLines: new LineSet(addedLines),
    commentableLines: new LineSet(commentableLines),
    additions: input.additions ?? additions,
    deletions: input.deletions ?? deletions,
  };
  if (input.previousPath !== undefined) file.previousPath = input.previousPath;
  if (input.patchUnavailable !== undefined) file.patchUnavailable = input.patchUnavailable;
  return file;
}

/** A ChangedFile from one file of `git diff`: binary files are kept, marked as such. */
export function changedFileFromGit(parsed: ParsedDiffFile): ChangedFile {
  const input: ChangedFileInput = { path: parsed.path, status: parsed.status, hunks: parsed.hunks };
  if (parsed.previousPath !== undefined) input.previousPath = parsed.previousPath;
  if (parsed.binary) input.patchUnavailable = 'binary';
  return changedFileFrom(input);
}

// ---------------------------------------------------------------------------------------------

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  // A trailing line break does not start another (empty) line.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Collects hunks, consuming body lines by the counts in each hunk header. */
class HunkCollector {
  readonly hunks: Hunk[] = [];
  private open: { hunk: Hunk; oldLeft: number; newLeft: number; oldNext: number; newNext: number } | undefined;

  /** Starts a hunk if `line` is a hunk header; false otherwise. */
  startIfHeader(line: string): boolean {
    const match = HUNK_HEADER.exec(line);
    if (!match) return false;
    const oldStart = Number(match[1]);
    const oldLines = match[2] === undefined ? 1 : Number(match[2]);
    const newStart = Number(match[3]);
    const newLines = match[4] === undefined ? 1 : Number(match[4]);
    const hunk: Hunk = { oldStart, oldLines, newStart, newLines, header: line, lines: [] };
    this.hunks.push(hunk);
    // A side with zero lines names the line *before* the hunk, so counting starts one further.
    this.open = {
      hunk,
      oldLeft: oldLines,
      newLeft: newLines,
      oldNext: oldLines === 0 ? oldStart + 1 : oldStart,
      newNext: newLines === 0 ? newStart + 1 : newStart,
    };
    return true;
  }

  /** Consumes `line` as part of the open hunk; false when it does not belong to one. */
  accept(line: string): boolean {
    const open = this.open;
    if (!open) return false;
    const marker = line.charAt(0);
    if (marker === '\\') {
      // "\ No newline at end of file" qualifies the line before it; nothing to record.
      if (open.hunk.lines.length > 0) return true;
    }
    if (open.oldLeft <= 0 && open.newLeft <= 0) {
      this.open = undefined;
      return false;
    }
    let entry: DiffLine;
    if (marker === '+' && open.newLeft > 0) {
      entry = { kind: 'add', text: line.slice(1), newLine: open.newNext++ };
      open.newLeft--;
    } else if (marker === '-' && open.oldLeft > 0) {
      entry = { kind: 'del', text: line.slice(1), oldLine: open.oldNext++ };
      open.oldLeft--;
    } else if ((marker === ' ' || line === '') && open.oldLeft > 0 && open.newLeft > 0) {
      // An empty line is a context line whose leading space was stripped by some tool.
      entry = { kind: 'context', text: line.slice(1), oldLine: open.oldNext++, newLine: open.newNext++ };
      open.oldLeft--;
      open.newLeft--;
    } else {
      // The counts and the body disagree: the hunk is truncated or malformed. Close it and
      // let the caller decide what this line is (a new hunk header, a file header...).
      this.open = undefined;
      return false;
    }
    open.hunk.lines.push(entry);
    return true;
  }
}

interface FileInProgress {
  headerPaths: { a?: string; b?: string };
  minusPath?: string | null;
  plusPath?: string | null;
  renameFrom?: string;
  renameTo?: string;
  copyFrom?: string;
  copyTo?: string;
  isNew: boolean;
  isDeleted: boolean;
  binary: boolean;
  oldMode?: string;
  newMode?: string;
  hunks: HunkCollector;
}

function newFileInProgress(headerRest: string): FileInProgress {
  return { headerPaths: parseHeaderPaths(headerRest), isNew: false, isDeleted: false, binary: false, hunks: new HunkCollector() };
}

function readExtendedHeader(file: FileInProgress, line: string): void {
  const value = (prefix: string): string | undefined => (line.startsWith(prefix) ? line.slice(prefix.length) : undefined);
  let v: string | undefined;
  if ((v = value('new file mode ')) !== undefined) {
    file.isNew = true;
    file.newMode = v.trim();
  } else if ((v = value('deleted file mode ')) !== undefined) {
    file.isDeleted = true;
    file.oldMode = v.trim();
  } else if ((v = value('old mode ')) !== undefined) file.oldMode = v.trim();
  else if ((v = value('new mode ')) !== undefined) file.newMode = v.trim();
  else if ((v = value('rename from ')) !== undefined) file.renameFrom = unquotePath(v);
  else if ((v = value('rename to ')) !== undefined) file.renameTo = unquotePath(v);
  else if ((v = value('copy from ')) !== undefined) file.copyFrom = unquotePath(v);
  else if ((v = value('copy to ')) !== undefined) file.copyTo = unquotePath(v);
  else if ((v = value('--- ')) !== undefined) file.minusPath = headerFilePath(v, 'a/');
  else if ((v = value('+++ ')) !== undefined) file.plusPath = headerFilePath(v, 'b/');
  else if (line.startsWith('Binary files ') || line === 'GIT binary patch') file.binary = true;
  // `index`, `similarity index`, `dissimilarity index` and anything unknown: nothing we need.
}

function completeFile(file: FileInProgress): ParsedDiffFile | undefined {
  const oldPath = file.renameFrom ?? file.copyFrom ?? nonNull(file.minusPath) ?? file.headerPaths.a;
  const newPath = file.renameTo ?? file.copyTo ?? nonNull(file.plusPath) ?? file.headerPaths.b;
  let status: FileStatus;
  let path: string | undefined;
  let previousPath: string | undefined;
  if (file.isNew || file.minusPath === null || file.copyTo !== undefined) {
    // A copy is a new file in the repository: GitHub reports copies as added too.
    status = 'added';
    path = newPath ?? oldPath;
  } else if (file.isDeleted || file.plusPath === null) {
    status = 'removed';
    path = oldPath ?? newPath;
  } else if (file.renameTo !== undefined || (oldPath !== undefined && newPath !== undefined && oldPath !== newPath)) {
    status = 'renamed';
    path = newPath;
    previousPath = oldPath;
  } else {
    status = 'modified';
    path = newPath ?? oldPath;
  }
  if (path === undefined) return undefined; // an unreadable header: nothing to attach the hunks to
  const parsed: ParsedDiffFile = { path, status, binary: file.binary, hunks: file.hunks.hunks };
  if (previousPath !== undefined) parsed.previousPath = previousPath;
  if (file.oldMode !== undefined && file.newMode !== undefined) {
    parsed.oldMode = file.oldMode;
    parsed.newMode = file.newMode;
  }
  return parsed;
}

function nonNull(value: string | null | undefined): string | undefined {
  return value === null ? undefined : value;
}

/** `--- a/path`: returns the path, or null for /dev/null. */
function headerFilePath(rest: string, prefix: string): string | null {
  // Git appends a tab to names that contain a space, so that patch(1) can find where they end.
  // A quoted name can be followed by that tab too.
  let raw = rest.startsWith('"') ? rest.slice(0, quotedEnd(rest)) : rest.replace(/\t.*$/, '');
  if (raw === '/dev/null') return null;
  raw = unquotePath(raw);
  return raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
}

/**
 * The two paths of `diff --git a/X b/Y`. Unquoted paths may contain spaces, which makes the
 * line ambiguous in general; git only writes different names here for renames and copies, whose
 * `rename from/to` lines are authoritative, so splitting an unquoted line in its middle is right
 * whenever it matters.
 */
function parseHeaderPaths(rest: string): { a?: string; b?: string } {
  const strip = (p: string, prefix: string): string => (p.startsWith(prefix) ? p.slice(prefix.length) : p);
  if (rest.startsWith('"')) {
    const end = quotedEnd(rest);
    const first = unquotePath(rest.slice(0, end));
    const second = rest.slice(end).trimStart();
    return { a: strip(first, 'a/'), b: strip(unquotePath(second), 'b/') };
  }
  const quotedSecond = rest.indexOf(' "');
  if (quotedSecond > 0 && rest.endsWith('"')) {
    return { a: strip(rest.slice(0, quotedSecond), 'a/'), b: strip(unquotePath(rest.slice(quotedSecond + 1)), 'b/') };
  }
  if (rest.length % 2 === 1) {
    const half = (rest.length - 1) / 2;
    const first = rest.slice(0, half);
    const second = rest.slice(half + 1);
    if (first.startsWith('a/') && second.startsWith('b/') && first.slice(2) === second.slice(2)) {
      return { a: first.slice(2), b: second.slice(2) };
    }
  }
  const split = rest.indexOf(' b/');
  if (split > 0) return { a: strip(rest.slice(0, split), 'a/'), b: rest.slice(split + 3) };
  return {};
}

/** Index just past the closing quote of the C-style string that starts `text`. */
function quotedEnd(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Decodes git's C-style quoted path (`"a/caf\303\251.sql"`): octal escapes are raw bytes of the
 * UTF-8 name, so the name is rebuilt as bytes and decoded once. Unquoted input is returned as is.
 */
export function unquotePath(text: string): string {
  if (!(text.length >= 2 && text.startsWith('"') && text.endsWith('"'))) return text;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch !== '\\') {
      const code = body.codePointAt(i) ?? 0;
      const char = String.fromCodePoint(code);
      bytes.push(...encoder.encode(char));
      i += char.length - 1;
      continue;
    }
    const next = body.charAt(i + 1);
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      i += 3;
    } else if (next in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[next] ?? 0);
      i += 1;
    } else {
      bytes.push(92); // a lone backslash: keep it
    }
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}
