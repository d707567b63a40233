import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/analyzers/bounded-map.js';

describe('BoundedMap', () => {
  it('keeps at most its limit, forgetting the least recently used entry', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2);
    expect(map.get('a')).toBe(1); // a is now more recent than b
    map.set('c', 3);
    expect([...map.keys()]).toEqual(['a', 'c']);
    expect(map.get('b')).toBeUndefined();
    expect(map.size).toBe(2);
  });

  it('overwriting a key refreshes it without growing the map', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('a', 10).set('c', 3);
    expect([...map.entries()]).toEqual([
      ['a', 10],
      ['c', 3],
    ]);
  });

  it('is a Map to code that takes one (get/set/has)', () => {
    const map: Map<string, Promise<number>> = new BoundedMap(1);
    const value = Promise.resolve(1);
    map.set('x', value);
    expect(map.has('x')).toBe(true);
    expect(map.get('x')).toBe(value);
  });
});
