import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postBisecting, reviewPostBudget } from '../../src/publish/bisect-review.js';

const refusal = Object.assign(new Error('Unprocessable Entity'), { status: 422 });
const isRefusal = (error: unknown): boolean => (error as { status?: number }).status === 422;

/** A poster that refuses any batch containing a bad item, as GitHub refuses a whole review. */
function github(bad: ReadonlySet<number>) {
  const batches: number[][] = [];
  let id = 0;
  const post = async (batch: number[]): Promise<number> => {
    batches.push(batch);
    if (batch.some((item) => bad.has(item))) throw refusal;
    return ++id;
  };
  return { post, batches };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, index) => index);

describe('postBisecting', () => {
  it('posts everything at once when nothing is refused', async () => {
    const { post, batches } = github(new Set());
    const outcome = await postBisecting(range(10), post, isRefusal);
    expect(batches).toEqual([range(10)]);
    expect(outcome).toMatchObject({ refused: [], unsent: [], posts: 1 });
    expect(outcome.posted).toEqual([{ items: range(10), id: 1 }]);
  });

  it('isolates one refused item among n within 1 + 2·⌈log2 n⌉ POSTs, and posts every other item', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }), fc.nat(), async (n, pick) => {
        const bad = pick % n;
        const { post, batches } = github(new Set([bad]));
        const outcome = await postBisecting(range(n), post, isRefusal);
        expect(outcome.refused).toEqual([bad]);
        expect(outcome.unsent).toEqual([]);
        expect(outcome.posted.flatMap((part) => part.items).sort((x, y) => x - y)).toEqual(range(n).filter((item) => item !== bad));
        expect(outcome.posts).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(n)));
        // Never the same POST twice.
        expect(new Set(batches.map((batch) => batch.join(','))).size).toBe(batches.length);
      }),
      { numRuns: 100 },
    );
  });

  it('stops at the bound and returns what was not sent, whole halves at a time; nothing is lost', async () => {
    const n = 64;
    const { post, batches } = github(new Set(range(n)));
    const outcome = await postBisecting(range(n), post, isRefusal);
    expect(batches).toHaveLength(reviewPostBudget(n));
    expect(reviewPostBudget(n)).toBe(14);
    expect([...outcome.refused, ...outcome.unsent].sort((x, y) => x - y)).toEqual(range(n));
    expect(outcome.posted).toEqual([]);
  });

  it('does not bisect other failures: posting stops, and the rest is returned', async () => {
    const failure = Object.assign(new Error('Bad gateway'), { status: 502 });
    const outcome = await postBisecting(range(4), async () => Promise.reject(failure), isRefusal);
    expect(outcome.posts).toBe(1);
    expect(outcome.failure).toEqual({ error: failure, items: range(4) });
    expect(outcome.unsent).toEqual([]);

    let calls = 0;
    const later = await postBisecting(
      range(4),
      async (batch) => {
        calls++;
        if (calls === 1) throw refusal;
        throw failure;
      },
      isRefusal,
    );
    expect(later.failure?.items).toEqual([0, 1]);
    expect(later.unsent).toEqual([2, 3]);
    expect(later.posts).toBe(2);
  });

  it('posts nothing for an empty list', async () => {
    const { post, batches } = github(new Set());
    expect(await postBisecting([], post, isRefusal)).toMatchObject({ posts: 0, posted: [] });
    expect(batches).toEqual([]);
  });
});
