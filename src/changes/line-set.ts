// The lines of a file a change added (or that GitHub accepts a comment on), held as ranges.
//
// A hunk's lines are consecutive, so a file edited throughout is a few ranges where a Set held
// one entry per line: on a 5,000-file change the two Sets of every file took ~6 MB for the
// whole run. Lookups are a binary search over the ranges.

/** An immutable set of line numbers stored as sorted, disjoint, non-adjacent ranges. */
export class LineSet implements ReadonlySet<number> {
  /** starts[i]..ends[i] (inclusive) is the i-th range. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  readonly size: number;

  /** Builds the set from line numbers in any order, duplicates allowed. */
  constructor(lines: Iterable<number>) {
    const sorted = [...new Set(lines)].filter((line) => Number.isInteger(line)).sort((a, b) => a - b);
    const starts: number[] = [];
    const ends: number[] = [];
    for (const line of sorted) {
      const last = ends.length - 1;
      if (last >= 0 && line === (ends[last] as number) + 1) ends[last] = line;
      else {
        starts.push(line);
        ends.push(line);
      }
    }
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
    this.size = sorted.length;
  }

  has(line: number): boolean {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (line < (this.starts[middle] as number)) high = middle - 1;
      else if (line > (this.ends[middle] as number)) low = middle + 1;
      else return true;
    }
    return false;
  }

  /** The lines in ascending order (the order they were added in, for a diff). */
  *values(): SetIterator<number> {
    for (let range = 0; range < this.starts.length; range++) {
      for (let line = this.starts[range] as number; line <= (this.ends[range] as number); line++) yield line;
    }
  }

  keys(): SetIterator<number> {
    return this.values();
  }

  *entries(): SetIterator<[number, number]> {
    for (const line of this.values()) yield [line, line];
  }

  [Symbol.iterator](): SetIterator<number> {
    return this.values();
  }

  forEach(callback: (value: number, key: number, set: ReadonlySet<number>) => void, thisArg?: unknown): void {
    for (const line of this.values()) callback.call(thisArg, line, line, this);
  }
}
