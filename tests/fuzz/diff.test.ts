// Fuzzing the unified diff parser (src/changes/diff.ts): generated git diffs must parse back to
// the files and lines they were made from, also with CRLF, without a final newline and with
// "\ No newline at end of file" markers; damaged diffs (wrong hunk counts, truncation, random
// noise) must never throw and must yield hunks whose lines agree with their headers.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { changedFileFromGit, parseGitDiff, parsePatch } from '../../src/changes/diff.js';
import type { ParsedDiffFile } from '../../src/changes/diff.js';
import type { DiffLine, FileStatus, Hunk } from '../../src/model.js';
import { SuiteTally } from './counts.js';
import { fuzzParams, mutated, tokenSoup } from './support.js';

const tally = new SuiteTally('diff');
afterAll(() => tally.flush());

// ---------------------------------------------------------------------------------------------
// A model of a diff, rendered the way git renders it.

interface LineOp {
  kind: DiffLine['kind'];
  text: string;
}

interface HunkSpec {
  /** Lines before this hunk on the old side (a gap after the previous hunk). */
  gap: number;
  ops: LineOp[];
}

interface FileSpec {
  status: FileStatus | 'binary' | 'mode';
  path: string;
  previousPath?: string;
  hunks: HunkSpec[];
}

// Line texts that look like diff syntax are the interesting ones: a deleted SQL comment `-- x`
// renders as `--- x`, an added `++ b/x` as `+++ b/x`.
const lineText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, '')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('-- comment', '++ b/x.sql', '-- a/x.sql', '@@ -1 +1 @@', 'diff --git a/x b/x', '\\ No newline', '', ' ', 'select 1;', 'Binary files a b differ', 'rename to z'),
  },
);

const hunkSpec: fc.Arbitrary<HunkSpec> = fc.record({
  gap: fc.integer({ min: 0, max: 5 }),
  ops: fc.array(fc.record({ kind: fc.constantFrom<DiffLine['kind']>('add', 'del', 'context'), text: lineText }), { minLength: 1, maxLength: 12 }),
});

const segment = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('my dir', 'café', 'a"b', 'back\\slash', 'tab\tname', 'b', 'a', 'x b', 'models') },
);
const filePath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join('/')}.sql`);

const fileSpec: fc.Arbitrary<FileSpec> = fc.oneof(
  fc.record({ status: fc.constantFrom<FileStatus>('modified', 'added', 'removed'), path: filePath, hunks: fc.array(hunkSpec, { minLength: 1, maxLength: 4 }) }),
  fc.record({ status: fc.constant<FileStatus>('renamed'), path: filePath, previousPath: filePath, hunks: fc.array(hunkSpec, { maxLength: 3 }) }),
  fc.record({ status: fc.constantFrom<'binary' | 'mode'>('binary', 'mode'), path: filePath, hunks: fc.constant<HunkSpec[]>([]) }),
);

/** The hunks of a file as the parser should read them. */
function expectedHunks(file: FileSpec): Hunk[] {
  // Added files only add, removed files only delete: force the ops to the file's kind.
  const hunks: Hunk[] = [];
  let oldLine = 1;
  let newLine = 1;
  const hunkSpecs = file.status === 'added' || file.status === 'removed' ? [{ gap: 0, ops: file.hunks.flatMap((h) => h.ops) }] : file.hunks;
  for (const spec of hunkSpecs) {
    oldLine += spec.gap;
    newLine += spec.gap;
    const ops = spec.ops.map((op) => ({ ...op, kind: file.status === 'added' ? 'add' : file.status === 'removed' ? 'del' : op.kind }));
    const lines: DiffLine[] = [];
    const oldFirst = oldLine;
    const newFirst = newLine;
    for (const op of ops) {
      if (op.kind === 'add') lines.push({ kind: 'add', text: op.text, newLine: newLine++ });
      else if (op.kind === 'del') lines.push({ kind: 'del', text: op.text, oldLine: oldLine++ });
      else lines.push({ kind: 'context', text: op.text, oldLine: oldLine++, newLine: newLine++ });
    }
    const oldLines = oldLine - oldFirst;
    const newLines = newLine - newFirst;
    // git names the line before the hunk when a side is empty.
    const oldStart = oldLines === 0 ? oldFirst - 1 : oldFirst;
    const newStart = newLines === 0 ? newFirst - 1 : newFirst;
    const count = (start: number, n: number): string => (n === 1 ? `${start}` : `${start},${n}`);
    hunks.push({ oldStart, oldLines, newStart, newLines, header: `@@ -${count(oldStart, oldLines)} +${count(newStart, newLines)} @@`, lines });
  }
  return hunks;
}

/** git's C-style quoting of a path that holds special characters (core.quotePath). */
function quoted(name: string): string {
  if (!/["\\\t\n\x00-\x1f\x7f-\uffff]/.test(name)) return name;
  let out = '"';
  for (const byte of new TextEncoder().encode(name)) {
    if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += '\\\\';
    else if (byte === 0x09) out += '\\t';
    else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out}"`;
}

const side = (prefix: string, name: string): string => quoted(`${prefix}${name}`);
// git ends a ---/+++ name that holds a space with a tab, so patch(1) can tell where it stops.
const headerName = (prefix: string, name: string): string => side(prefix, name) + (name.includes(' ') ? '\t' : '');

function renderHunks(hunks: Hunk[]): string[] {
  return hunks.flatMap((hunk) => [hunk.header, ...hunk.lines.map((line) => (line.kind === 'add' ? '+' : line.kind === 'del' ? '-' : ' ') + line.text)]);
}

function renderFile(file: FileSpec): string[] {
  const oldPath = file.previousPath ?? file.path;
  const out = [`diff --git ${side('a/', oldPath)} ${side('b/', file.path)}`];
  switch (file.status) {
    case 'added':
      out.push('new file mode 100644', 'index 0000000..1234567', '--- /dev/null', `+++ ${headerName('b/', file.path)}`);
      break;
    case 'removed':
      out.push('deleted file mode 100644', 'index 1234567..0000000', `--- ${headerName('a/', file.path)}`, '+++ /dev/null');
      break;
    case 'renamed':
      out.push('similarity index 90%', `rename from ${quoted(oldPath)}`, `rename to ${quoted(file.path)}`);
      if (file.hunks.length > 0) out.push('index 1234567..89abcde 100644', `--- ${headerName('a/', oldPath)}`, `+++ ${headerName('b/', file.path)}`);
      break;
    case 'modified':
      out.push('index 1234567..89abcde 100644', `--- ${headerName('a/', file.path)}`, `+++ ${headerName('b/', file.path)}`);
      break;
    case 'binary':
      out.push('index 1234567..89abcde 100644', `Binary files ${side('a/', file.path)} and ${side('b/', file.path)} differ`);
      break;
    case 'mode':
      out.push('old mode 100644', 'new mode 100755');
      break;
  }
  out.push(...renderHunks(expectedHunks(file)));
  return out;
}

/** Distinct paths: git never lists one path twice, and a rename's two names differ. */
function distinct(files: FileSpec[]): FileSpec[] {
  const seen = new Set<string>();
  const out: FileSpec[] = [];
  for (const file of files) {
    const names = [file.path, ...(file.previousPath !== undefined ? [file.previousPath] : [])];
    if (names.some((name) => seen.has(name)) || file.previousPath === file.path) continue;
    names.forEach((name) => seen.add(name));
    out.push(file);
  }
  return out;
}

const diffSpec = fc.array(fileSpec, { minLength: 1, maxLength: 5 }).map(distinct);

function expectedParse(file: FileSpec): Pick<ParsedDiffFile, 'path' | 'status' | 'binary' | 'hunks'> & { previousPath?: string } {
  const status: FileStatus = file.status === 'binary' || file.status === 'mode' ? 'modified' : file.status;
  return { path: file.path, status, binary: file.status === 'binary', hunks: expectedHunks(file), ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}) };
}

const pick = (parsed: ParsedDiffFile) => ({
  path: parsed.path,
  status: parsed.status,
  binary: parsed.binary,
  hunks: parsed.hunks,
  ...(parsed.previousPath !== undefined ? { previousPath: parsed.previousPath } : {}),
});

// ---------------------------------------------------------------------------------------------
// Invariants any parse must satisfy, whatever the input.

function checkHunk(hunk: Hunk): void {
  let adds = 0;
  let dels = 0;
  let contexts = 0;
  let lastOld = -Infinity;
  let lastNew = -Infinity;
  for (const line of hunk.lines) {
    if (line.kind === 'add') adds++;
    else if (line.kind === 'del') dels++;
    else contexts++;
    if (line.oldLine !== undefined) {
      expect(line.oldLine).toBeGreaterThan(lastOld);
      lastOld = line.oldLine;
    }
    if (line.newLine !== undefined) {
      expect(line.newLine).toBeGreaterThan(lastNew);
      lastNew = line.newLine;
    }
    // Each kind of line is numbered on its own side(s) only.
    expect([line.oldLine !== undefined, line.newLine !== undefined]).toEqual(line.kind === 'add' ? [false, true] : line.kind === 'del' ? [true, false] : [true, true]);
  }
  // Body lines are consumed by the header's counts, never beyond them.
  expect(adds + contexts).toBeLessThanOrEqual(hunk.newLines);
  expect(dels + contexts).toBeLessThanOrEqual(hunk.oldLines);
}

function checkParsedFile(parsed: ParsedDiffFile): void {
  expect(['added', 'modified', 'removed', 'renamed']).toContain(parsed.status);
  expect(typeof parsed.path).toBe('string');
  for (const hunk of parsed.hunks) checkHunk(hunk);
  const changed = changedFileFromGit(parsed);
  for (const line of changed.addedLines) expect(changed.commentableLines.has(line)).toBe(true);
  expect(changed.additions).toBe(parsed.hunks.reduce((sum, hunk) => sum + hunk.lines.filter((line) => line.kind === 'add').length, 0));
}

// ---------------------------------------------------------------------------------------------

describe('fuzz: unified diff parser', () => {
  it('parses generated git diffs back to their files, paths, statuses and numbered lines', () => {
    fc.assert(
      fc.property(diffSpec, (files) => {
        tally.ran();
        const text = `${files.flatMap(renderFile).join('\n')}\n`;
        expect(parseGitDiff(text).map(pick)).toEqual(files.map(expectedParse));
      }),
      fuzzParams(300),
    );
  });

  it('reads the same diff with CRLF line breaks, without a final newline and with "\\ No newline" markers', () => {
    fc.assert(
      fc.property(diffSpec, fc.boolean(), fc.boolean(), fc.array(fc.nat(), { maxLength: 4 }), (files, crlf, finalNewline, markerSeeds) => {
        tally.ran();
        const expected = files.map(expectedParse);
        const lines = files.flatMap(renderFile);
        // A marker may follow any body line that ends one side of a hunk; put some after body lines.
        const bodyIndexes = lines.flatMap((line, i) => (/^[+\- ]/.test(line) && !line.startsWith('--- ') && !line.startsWith('+++ ') ? [i] : []));
        const markerAfter = new Set(markerSeeds.filter(() => bodyIndexes.length > 0).map((seed) => bodyIndexes[seed % bodyIndexes.length] as number));
        const withMarkers = lines.flatMap((line, i) => (markerAfter.has(i) && isLastOfItsSide(lines, i) ? [line, '\\ No newline at end of file'] : [line]));
        const text = withMarkers.join(crlf ? '\r\n' : '\n') + (finalNewline ? (crlf ? '\r\n' : '\n') : '');
        expect(parseGitDiff(text).map(pick)).toEqual(expected);
      }),
      fuzzParams(300),
    );
  });

  it('parses GitHub-style patches (hunks only) the same as the hunks of the full diff', () => {
    fc.assert(
      fc.property(fileSpec, fc.boolean(), (file, crlf) => {
        tally.ran();
        const hunks = expectedHunks(file);
        const text = renderHunks(hunks).join(crlf ? '\r\n' : '\n');
        expect(parsePatch(text)).toEqual(hunks);
      }),
      fuzzParams(300),
    );
  });

  it('survives hunks with wrong counts: no throw, lines within the counts, every file still found', () => {
    const wrongCount = fc.integer({ min: 0, max: 30 });
    fc.assert(
      fc.property(diffSpec, fc.array(fc.tuple(wrongCount, wrongCount), { minLength: 1, maxLength: 6 }), (files, counts) => {
        tally.ran();
        let k = 0;
        const lines = files.flatMap(renderFile).map((line) => {
          if (!line.startsWith('@@ ')) return line;
          const [oldCount, newCount] = counts[k++ % counts.length] as [number, number];
          return line.replace(/^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/, `@@ -$1,${oldCount} +$2,${newCount} @@`);
        });
        const parsed = parseGitDiff(lines.join('\n'));
        parsed.forEach(checkParsedFile);
        // Every `diff --git` line starts a file, whatever the hunks before it claimed.
        expect(parsed.map((file) => file.path)).toEqual(files.map((file) => file.path));
      }),
      fuzzParams(300),
    );
  });

  const diffWords = [
    'diff --git a/x.sql b/x.sql\n',
    'diff --git "a/q\\303\\251.sql" "b/q\\303\\251.sql"\n',
    'diff --git a/x b/x b/x b/x\n',
    'diff --git \n',
    'diff --git "a/unterminated\n',
    '--- a/x.sql\n',
    '+++ b/y.sql\n',
    '--- /dev/null\n',
    '+++ /dev/null\n',
    '@@ -1,3 +1,4 @@\n',
    '@@ -0,0 +1 @@\n',
    '@@ -99999999999999999999,1 +1,99999999999999999 @@\n',
    '@@ -1,-3 +1 @@\n',
    '@@ @@\n',
    '+added\n',
    '-deleted\n',
    ' context\n',
    '\\ No newline at end of file\n',
    'Binary files a/x.sql and b/x.sql differ\n',
    'GIT binary patch\nliteral 12\nzcmZ?wbhEHbRA\n',
    'new file mode 100644\n',
    'deleted file mode 100644\n',
    'old mode 100644\nnew mode 100755\n',
    'rename from a.sql\n',
    'rename to b.sql\n',
    'copy from a.sql\ncopy to c.sql\n',
    'similarity index 100%\n',
    'index 0000000..1111111\n',
    '\r\n',
    '\n',
  ];

  it('never throws on random and mutated patches, and every hunk agrees with its header', () => {
    const seeds = [
      'diff --git a/m.sql b/m.sql\nindex 1..2 100644\n--- a/m.sql\n+++ b/m.sql\n@@ -1,3 +1,3 @@\n select\n-  a\n+  b\n from t\n',
      'diff --git a/old.sql b/new.sql\nsimilarity index 80%\nrename from old.sql\nrename to new.sql\n--- a/old.sql\n+++ b/new.sql\n@@ -1 +1,2 @@\n-x\n+y\n+z\n\\ No newline at end of file\n',
      'diff --git a/img.sql b/img.sql\nnew file mode 100644\nindex 0000000..e69de29\nBinary files /dev/null and b/img.sql differ\n',
      '@@ -1,2 +1,2 @@\n a\n-b\n+c\n',
      '',
    ];
    fc.assert(
      fc.property(fc.oneof(mutated(seeds, diffWords, 8), tokenSoup(diffWords, 40)), (text) => {
        tally.ran();
        const files = parseGitDiff(text);
        files.forEach(checkParsedFile);
        for (const hunk of parsePatch(text)) checkHunk(hunk);
      }),
      fuzzParams(1500),
    );
  });

  it('reads an empty patch as no hunks and an empty diff as no files', () => {
    tally.ran();
    expect(parsePatch('')).toEqual([]);
    expect(parseGitDiff('')).toEqual([]);
    expect(parseGitDiff('\n\n')).toEqual([]);
  });
});

/** Whether line i is the last body line of its side in its hunk (where git puts the marker). */
function isLastOfItsSide(lines: readonly string[], i: number): boolean {
  const line = lines[i] as string;
  const kind = line.charAt(0);
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j] as string;
    if (!/^[+\- ]/.test(next) || next.startsWith('--- ') || next.startsWith('+++ ') || next.startsWith('@@')) break;
    const nextKind = next.charAt(0);
    // A later line on the same side means this one is not the side's last.
    if (nextKind === ' ' || nextKind === kind || kind === ' ') return false;
  }
  return true;
}
