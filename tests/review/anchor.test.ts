import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/model.js';
import { anchorFindings } from '../../src/review/anchor.js';
import { findingFingerprintsIn } from '../../src/publish/markers.js';
import { changedFileFromEntry } from '../support/patch.js';
import { makeFinding } from '../support/reviewFixtures.js';

// Two hunks: RIGHT lines 1-4 (2 and 3 added) and RIGHT lines 20-23 (21 added).
const PATCH = [
  '@@ -1,3 +1,4 @@',
  ' select',
  '-  a',
  '+  a,',
  '+  b',
  ' from t',
  '@@ -18,3 +20,4 @@ select',
  ' where x = 1',
  '+  and y = 2',
  ' group by 1',
  ' order by 1',
].join('\n');

const modified: ChangedFile = changedFileFromEntry({ filename: 'models/orders.sql', status: 'modified', additions: 3, deletions: 1, patch: PATCH });

describe('anchorFindings', () => {
  it('anchors a finding on an added line of the diff', () => {
    const result = anchorFindings([makeFinding({ fingerprint: 'f1', line: 3, endLine: 3 })], [modified]);
    expect(result.unanchored).toEqual([]);
    expect(result.inline).toHaveLength(1);
    const comment = result.inline[0]!;
    expect(comment).toMatchObject({ path: 'models/orders.sql', line: 3, side: 'RIGHT', fingerprint: 'f1' });
    expect(comment.startLine).toBeUndefined();
    expect(findingFingerprintsIn(comment.body)).toEqual(['f1']);
  });

  it('anchors on a context line, which GitHub also accepts', () => {
    const result = anchorFindings([makeFinding({ fingerprint: 'ctx', line: 20, endLine: 20 })], [modified]);
    expect(result.inline.map((comment) => comment.line)).toEqual([20]);
  });

  it('turns a range inside one hunk into start_line/line', () => {
    const result = anchorFindings([makeFinding({ fingerprint: 'range', line: 2, endLine: 4 })], [modified]);
    expect(result.inline[0]).toMatchObject({ startLine: 2, line: 4, side: 'RIGHT' });
  });

  it('keeps a range that spans two hunks out of the review', () => {
    const finding = makeFinding({ fingerprint: 'span', line: 3, endLine: 21 });
    const result = anchorFindings([finding], [modified]);
    expect(result.inline).toEqual([]);
    expect(result.unanchored).toEqual([finding]);
  });

  it('keeps a range whose end is outside the diff out of the review', () => {
    const result = anchorFindings([makeFinding({ fingerprint: 'tail', line: 22, endLine: 30 })], [modified]);
    expect(result.unanchored.map((finding) => finding.fingerprint)).toEqual(['tail']);
  });

  it('returns a line outside every hunk as unanchored', () => {
    const finding = makeFinding({ fingerprint: 'outside', line: 10, endLine: 10 });
    expect(anchorFindings([finding], [modified])).toEqual({ inline: [], unanchored: [finding] });
  });

  it('returns the first line after a hunk as unanchored (off by one is a 422 at GitHub)', () => {
    // The first hunk ends at RIGHT line 4; line 5 is unchanged code outside the diff.
    const finding = makeFinding({ fingerprint: 'gap', line: 5, endLine: 5 });
    expect(anchorFindings([finding], [modified]).unanchored).toEqual([finding]);
  });

  it('returns findings on removed files, files without a patch and files not in the change as unanchored', () => {
    const removed = changedFileFromEntry({ filename: 'models/old.sql', status: 'removed', additions: 0, deletions: 2, patch: '@@ -1,2 +0,0 @@\n-select 1\n-from t' });
    const binary = changedFileFromEntry({ filename: 'seeds/data.parquet', status: 'added', additions: 0, deletions: 0 });
    const findings = [
      makeFinding({ fingerprint: 'removed', file: 'models/old.sql', line: 1, endLine: 1 }),
      makeFinding({ fingerprint: 'binary', file: 'seeds/data.parquet', line: 1, endLine: 1 }),
      makeFinding({ fingerprint: 'elsewhere', file: 'models/untouched.sql', line: 3, endLine: 3 }),
    ];
    const result = anchorFindings(findings, [modified, removed, binary]);
    expect(result.inline).toEqual([]);
    expect(result.unanchored.map((finding) => finding.fingerprint)).toEqual(['removed', 'binary', 'elsewhere']);
  });

  it('does not trust commentableLines without a hunk that shows the line', () => {
    const inconsistent: ChangedFile = { ...modified, commentableLines: new Set([...modified.commentableLines, 50]) };
    const result = anchorFindings([makeFinding({ fingerprint: 'ghost', line: 50, endLine: 50 })], [inconsistent]);
    expect(result.unanchored).toHaveLength(1);
  });

  it('anchors a malformed range (end before start) on its first line instead of losing it', () => {
    const result = anchorFindings([makeFinding({ fingerprint: 'backwards', line: 4, endLine: 2 })], [modified]);
    expect(result.inline[0]).toMatchObject({ line: 4 });
    expect(result.inline[0]?.startLine).toBeUndefined();
  });

  it('never loses a finding: inline + unanchored covers the input, in order', () => {
    const findings = [1, 2, 3, 4, 5, 10, 20, 21, 23, 24].map((line) => makeFinding({ fingerprint: `l${line}`, line, endLine: line }));
    const result = anchorFindings(findings, [modified]);
    expect(result.inline.length + result.unanchored.length).toBe(findings.length);
    expect(result.inline.map((comment) => comment.line)).toEqual([1, 2, 3, 4, 20, 21, 23]);
    expect(result.unanchored.map((finding) => finding.line)).toEqual([5, 10, 24]);
  });
});
