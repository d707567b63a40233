// A small unified-diff hunk reader for tests: the fake GitHub server validates review comment
// anchors with it (as GitHub does), and publisher tests build ChangedFile objects from the
// fake's file list. It is test support, not the product's diff parser (src/changes owns that).
import type { ChangedFile, DiffLine, FileStatus, Hunk } from '../../src/model.js';

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$/;

export function parseHunks(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let oldLine = 0;
  let newLine = 0;
  for (const raw of patch.split('\n')) {
    const header = HUNK_HEADER.exec(raw);
    if (header) {
      oldLine = Number(header[1]);
      newLine = Number(header[3]);
      current = {
        oldStart: oldLine,
        oldLines: header[2] === undefined ? 1 : Number(header[2]),
        newStart: newLine,
        newLines: header[4] === undefined ? 1 : Number(header[4]),
        header: raw,
        lines: [],
      };
      hunks.push(current);
      continue;
    }
    if (!current || raw.startsWith('\\')) continue; // "\ No newline at end of file"
    const marker = raw[0];
    const text = raw.slice(1);
    let line: DiffLine;
    if (marker === '+') line = { kind: 'add', text, newLine: newLine++ };
    else if (marker === '-') line = { kind: 'del', text, oldLine: oldLine++ };
    else line = { kind: 'context', text, oldLine: oldLine++, newLine: newLine++ };
    current.lines.push(line);
  }
  return hunks;
}

/** Line numbers a review comment may target on one side, with the hunk index of each. */
export function commentableLinesBySide(hunks: readonly Hunk[]): { RIGHT: Map<number, number>; LEFT: Map<number, number> } {
  const RIGHT = new Map<number, number>();
  const LEFT = new Map<number, number>();
  hunks.forEach((hunk, index) => {
    for (const line of hunk.lines) {
      if (line.kind !== 'del' && line.newLine !== undefined) RIGHT.set(line.newLine, index);
      if (line.kind !== 'add' && line.oldLine !== undefined) LEFT.set(line.oldLine, index);
    }
  });
  return { RIGHT, LEFT };
}

/** The shape of one entry of GitHub's `pulls.listFiles`, as far as tests need it. */
export interface PullFileEntry {
  filename: string;
  previous_filename?: string;
  status: string;
  additions: number;
  deletions: number;
  patch?: string;
}

const STATUSES: Readonly<Record<string, FileStatus>> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  changed: 'modified',
  copied: 'added',
};

export function changedFileFromEntry(entry: PullFileEntry): ChangedFile {
  const hunks = entry.patch === undefined ? [] : parseHunks(entry.patch);
  const addedLines = new Set<number>();
  const commentableLines = new Set<number>();
  for (const hunk of hunks) {
    for (const line of hunk.lines) {
      if (line.newLine === undefined) continue;
      commentableLines.add(line.newLine);
      if (line.kind === 'add') addedLines.add(line.newLine);
    }
  }
  const file: ChangedFile = {
    path: entry.filename,
    status: STATUSES[entry.status] ?? 'modified',
    hunks,
    addedLines,
    commentableLines,
    additions: entry.additions,
    deletions: entry.deletions,
  };
  if (entry.previous_filename !== undefined) file.previousPath = entry.previous_filename;
  if (entry.patch === undefined && entry.status !== 'renamed') file.patchUnavailable = 'binary';
  return file;
}
