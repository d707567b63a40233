// GitHub's createReview is all or nothing, and its 422 does not say which comment it refused
// (a line that moved, a file that changed between the diff we read and the POST). Losing the
// whole review for one bad comment is not acceptable, and neither is retrying blindly, so the
// refused comments are found by bisection: each half is posted as its own review, recursively.
//
// Every POST carries a different set of comments, so nothing is ever posted twice. The number of
// POSTs is bounded: one bad comment among n costs 1 + 2·⌈log2 n⌉ of them; once the bound is hit
// the comments not yet sent go to the summary, whole halves at a time.

export interface BisectOutcome<T> {
  /** Each accepted POST with what it carried. */
  posted: { items: T[]; id: number }[];
  /** Items refused on their own: a single-item POST answered with a refusal. */
  refused: T[];
  /** Items never sent: the POST bound was reached, or an earlier failure stopped the posting. */
  unsent: T[];
  /** A POST that failed for another reason (server error, rate limit): posting stops there. */
  failure?: { error: unknown; items: T[] };
  posts: number;
}

/** The most review POSTs a batch of `count` comments may take: 2·⌈log2 n⌉ + 2. */
export function reviewPostBudget(count: number): number {
  return 2 * Math.ceil(Math.log2(Math.max(1, count))) + 2;
}

/**
 * Posts `items` with `post` (which returns the created id), splitting a refused batch in two
 * until the refused items stand alone. `isRefusal` tells a refusal (GitHub's 422) from other
 * failures; those are not bisected, because splitting does not cure a 502 or a rate limit, and
 * a POST that failed that way may even have been applied.
 */
export async function postBisecting<T>(
  items: readonly T[],
  post: (batch: T[]) => Promise<number>,
  isRefusal: (error: unknown) => boolean,
  budget: number = reviewPostBudget(items.length),
): Promise<BisectOutcome<T>> {
  const outcome: BisectOutcome<T> = { posted: [], refused: [], unsent: [], posts: 0 };
  const attempt = async (batch: T[]): Promise<void> => {
    if (batch.length === 0) return;
    if (outcome.failure || outcome.posts >= budget) {
      outcome.unsent.push(...batch);
      return;
    }
    outcome.posts++;
    try {
      outcome.posted.push({ items: batch, id: await post(batch) });
    } catch (error) {
      if (!isRefusal(error)) {
        outcome.failure = { error, items: batch };
        return;
      }
      if (batch.length === 1) {
        outcome.refused.push(...batch);
        return;
      }
      const middle = Math.ceil(batch.length / 2);
      await attempt(batch.slice(0, middle));
      await attempt(batch.slice(middle));
    }
  };
  await attempt([...items]);
  return outcome;
}
