import { describe, expect, it } from 'vitest';
import { oncePerObject } from '../../src/analyzers/once-per-object.js';

describe('oncePerObject', () => {
  it('computes once per object and shares the result, separately for each object', () => {
    const seen: unknown[] = [];
    const measure = oncePerObject((value) => {
      seen.push(value);
      return { of: value };
    });
    const first = { a: 1 };
    const second = { a: 1 };
    expect(measure(first)).toBe(measure(first));
    expect(measure(second)).not.toBe(measure(first));
    expect(seen).toEqual([first, second]);
  });

  it('remembers a result that is undefined, and computes each time for values that are not objects', () => {
    let calls = 0;
    const nothing = oncePerObject(() => {
      calls++;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
    nothing('text');
    nothing('text');
    nothing(null);
    expect(calls).toBe(4);
  });
});
