// The run-wide retry budget on its own: counts, the time window, retry-after, and the loop.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, RetryBudget, retryAfterMs, withRetries, type RetryPolicy } from '../../src/llm/retry.js';

const policy = (over: Partial<RetryPolicy> = {}): RetryPolicy => ({ ...DEFAULT_RETRY_POLICY, ...over });
const noJitter = () => 1;

describe('RetryBudget', () => {
  it('grants retries with doubling back-off until the count of the whole run is used up', () => {
    const budget = new RetryBudget(policy({ maxRetries: 3, initialDelayMs: 100, maxDelayMs: 250 }), () => 0, noJitter);
    expect(budget.request(1)).toEqual({ waitMs: 100 });
    expect(budget.request(2)).toEqual({ waitMs: 200 });
    // Another request's first failure draws on the same budget.
    expect(budget.request(3)).toEqual({ waitMs: 250 });
    expect(budget.request(1)).toEqual({ refused: "the run's retry budget of 3 retries is used up" });
    expect(budget.retries).toBe(3);
  });

  it('honours retry-after over the back-off, but refuses one longer than a run waits', () => {
    const budget = new RetryBudget(policy({ maxRetries: 5, initialDelayMs: 100, maxRetryAfterMs: 10_000 }), () => 0, noJitter);
    expect(budget.request(1, 3_000)).toEqual({ waitMs: 3_000 });
    expect(budget.request(1, 20_000)).toEqual({ refused: 'the API asked to wait 20 s before retrying, longer than the 10 s a run waits' });
    expect(budget.retries).toBe(1);
  });

  it('refuses a retry that would end past the run window, counted from the run start', () => {
    let now = 1_000_000;
    const budget = new RetryBudget(policy({ windowMs: 5_000, initialDelayMs: 1_000 }), () => now, noJitter);
    now += 3_500;
    expect(budget.request(1)).toEqual({ waitMs: 1_000 });
    now += 1_000;
    expect(budget.request(2)).toEqual({ refused: "a retry after 2 s would end past the run's retry window of 5 s" });
  });

  it('jitters the back-off down by at most a quarter', () => {
    const budget = new RetryBudget(policy({ initialDelayMs: 1_000 }), () => 0, () => 0.75);
    expect(budget.request(1)).toEqual({ waitMs: 750 });
  });
});

describe('retryAfterMs', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  it('reads retry-after-ms, then retry-after in seconds or as a date', () => {
    expect(retryAfterMs(headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(headers({ 'retry-after': '2' }))).toBe(2_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5_000);
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(headers({}))).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});

describe('withRetries', () => {
  const failing = (errors: unknown[], value: string) => {
    let calls = 0;
    return {
      get calls() {
        return calls;
      },
      attempt: async () => {
        const error = errors[calls++];
        if (error !== undefined) throw error;
        return value;
      },
    };
  };

  it('retries what is retryable, sleeping what the budget grants, and returns the value', async () => {
    const slept: number[] = [];
    const op = failing(['busy', 'busy'], 'ok');
    const result = await withRetries(op.attempt, () => ({ retryable: true, retryAfterMs: 5 }), new RetryBudget(policy(), () => 0, noJitter), async (ms) => {
      slept.push(ms);
    });
    expect(result).toEqual({ outcome: { value: 'ok' }, retries: 2 });
    expect(slept).toEqual([5, 5]);
  });

  it('does not retry what is not retryable', async () => {
    const op = failing(['bad request'], 'ok');
    const result = await withRetries(op.attempt, () => ({ retryable: false }), new RetryBudget(policy(), () => 0, noJitter), async () => {});
    expect(result).toEqual({ outcome: { error: 'bad request' }, retries: 0 });
    expect(op.calls).toBe(1);
  });

  it('stops when the shared budget refuses, and says why', async () => {
    const budget = new RetryBudget(policy({ maxRetries: 1 }), () => 0, noJitter);
    const first = await withRetries(failing(['x', 'y', 'z'], 'ok').attempt, () => ({ retryable: true }), budget, async () => {});
    expect(first).toEqual({ outcome: { error: 'y', refused: "the run's retry budget of 1 retries is used up" }, retries: 1 });
    const second = failing(['x'], 'ok');
    const result = await withRetries(second.attempt, () => ({ retryable: true }), budget, async () => {});
    expect(result.outcome).toEqual({ error: 'x', refused: "the run's retry budget of 1 retries is used up" });
    expect(second.calls).toBe(1);
  });

  it('with retries turned off, fails at once without a refusal to explain', async () => {
    const result = await withRetries(failing(['x'], 'ok').attempt, () => ({ retryable: true }), new RetryBudget(policy({ maxRetries: 0 })), async () => {});
    expect(result).toEqual({ outcome: { error: 'x' }, retries: 0 });
  });
});
