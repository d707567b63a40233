import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSet } from '../../src/changes/line-set.js';

describe('LineSet', () => {
  it('answers like a Set of the same lines, whatever their order and duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 300 }), fc.array(fc.integer({ min: -5, max: 410 }), { maxLength: 50 }), (lines, probes) => {
        const reference = new Set(lines);
        const set = new LineSet(lines);
        expect(set.size).toBe(reference.size);
        for (const probe of probes) expect(set.has(probe), String(probe)).toBe(reference.has(probe));
        for (const line of lines) expect(set.has(line)).toBe(true);
        expect([...set]).toEqual([...reference].sort((a, b) => a - b));
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });

  it('keeps consecutive lines as one range and iterates them in order through every Set method', () => {
    const set = new LineSet([5, 3, 4, 10, 11, 4]);
    expect([...set.values()]).toEqual([3, 4, 5, 10, 11]);
    expect([...set.keys()]).toEqual([3, 4, 5, 10, 11]);
    expect([...set.entries()]).toEqual([[3, 3], [4, 4], [5, 5], [10, 10], [11, 11]]);
    const seen: number[] = [];
    set.forEach((value, key, owner) => {
      expect(key).toBe(value);
      expect(owner).toBe(set);
      seen.push(value);
    });
    expect(seen).toEqual([3, 4, 5, 10, 11]);
    expect(set.has(6)).toBe(false);
    expect(set.has(9)).toBe(false);
    expect(new LineSet([]).has(1)).toBe(false);
    expect(new LineSet([]).size).toBe(0);
  });
});
