import { describe, expect, it } from 'vitest';
import { headLineFor } from '../../../../src/escalation/detectors/support/files.js';
import type { ChangedFile, DiffLine } from '../../../../src/model.js';

// base: a b c d e f      head: a b X d e f g   (c replaced by X, g appended)
const lines: DiffLine[] = [
  { kind: 'context', text: 'b', oldLine: 2, newLine: 2 },
  { kind: 'del', text: 'c', oldLine: 3 },
  { kind: 'add', text: 'X', newLine: 3 },
  { kind: 'context', text: 'd', oldLine: 4, newLine: 4 },
];
const file: ChangedFile = {
  path: 'f.txt',
  status: 'modified',
  hunks: [
    { oldStart: 2, oldLines: 3, newStart: 2, newLines: 3, header: '@@', lines },
    { oldStart: 6, oldLines: 1, newStart: 6, newLines: 2, header: '@@', lines: [{ kind: 'context', text: 'f', oldLine: 6, newLine: 6 }, { kind: 'add', text: 'g', newLine: 7 }] },
  ],
  addedLines: new Set([3, 7]),
  commentableLines: new Set([2, 3, 4, 6, 7]),
  additions: 2,
  deletions: 1,
};

describe('headLineFor', () => {
  it('maps a deleted base line to the head line where it was', () => {
    expect(headLineFor(file, 3)).toBe(3);
  });

  it('maps context lines through the hunks and lines between hunks by the shift so far', () => {
    expect(headLineFor(file, 4)).toBe(4);
    expect(headLineFor(file, 5)).toBe(5);
    expect(headLineFor(file, 6)).toBe(6);
    expect(headLineFor(file, 1)).toBe(1);
  });

  it('falls back to the base line, bounded by the head length, without hunk lines', () => {
    expect(headLineFor(undefined, 9, 4)).toBe(4);
    expect(headLineFor({ ...file, hunks: [] }, 2)).toBe(2);
  });
});
