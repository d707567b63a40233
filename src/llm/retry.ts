// Retries of the LLM pass, shared by every call of a run. The SDK's own retries are per
// request, so a run of ten calls against a struggling API could wait ten times as long as one;
// here all calls draw on one budget (a number of retries and a wall-clock window from the
// run's start), so a bad API cannot stretch a run past what the budget allows. What the budget
// refuses fails its call, and the caller reports the stage as partial or failed.

/** Overrides the per-attempt timeout (milliseconds) of the Messages API calls, e.g. for tests. */
export const LLM_TIMEOUT_ENV = 'DATA_ENGINEER_REVIEW_LLM_TIMEOUT_MS';
/** Overrides the first retry's back-off (milliseconds; doubled per retry), for tests. */
export const LLM_RETRY_DELAY_ENV = 'DATA_ENGINEER_REVIEW_LLM_RETRY_DELAY_MS';

/** The timeout and back-off the environment asks for; unset or unreadable values are left out. */
export function llmHttpSettingsFromEnv(env: NodeJS.ProcessEnv): { timeoutMs?: number; retry?: Partial<RetryPolicy> } {
  const positive = (raw: string | undefined): number | undefined => {
    const value = Number(raw);
    return raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const timeoutMs = positive(env[LLM_TIMEOUT_ENV]);
  const initialDelayMs = positive(env[LLM_RETRY_DELAY_ENV]);
  return { ...(timeoutMs !== undefined ? { timeoutMs } : {}), ...(initialDelayMs !== undefined ? { retry: { initialDelayMs } } : {}) };
}

export interface RetryPolicy {
  /** Retries all calls of one run may make together. */
  maxRetries: number;
  /** No retry starts, or is waited for, later than this long after the run started. */
  windowMs: number;
  /** Back-off before the first retry of a request; doubled for each further one, capped. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** A `retry-after` longer than this is not waited for: the call fails now instead. */
  maxRetryAfterMs: number;
}

/** Six retries over five minutes: enough to ride out a brief overload, not a long outage. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 6,
  windowMs: 300_000,
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
};

/** Whether a failure may be retried and how long the server asked to wait. */
export interface FailureKind {
  retryable: boolean;
  /** From `retry-after-ms` / `retry-after`, when the response had one. */
  retryAfterMs?: number;
}

export type RetryDecision = { waitMs: number } | { refused: string };

export class RetryBudget {
  private used = 0;
  private readonly startedAt: number;

  constructor(
    readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    private readonly now: () => number = Date.now,
    /** 0.75–1.0 like the SDK's jitter; injectable so tests can fix it. */
    private readonly jitter: () => number = () => 1 - Math.random() * 0.25,
  ) {
    this.startedAt = now();
  }

  /** Retries granted so far, over every call of the run. */
  get retries(): number {
    return this.used;
  }

  /**
   * Asks for a retry of a request that failed `attempt` times already (1 after the first
   * failure). Granting it spends one retry of the run's budget.
   */
  request(attempt: number, retryAfterMs?: number): RetryDecision {
    const { policy } = this;
    if (this.used >= policy.maxRetries) return { refused: `the run's retry budget of ${policy.maxRetries} retries is used up` };
    if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) {
      return { refused: `the API asked to wait ${seconds(retryAfterMs)} before retrying, longer than the ${seconds(policy.maxRetryAfterMs)} a run waits` };
    }
    const backoff = Math.min(policy.initialDelayMs * 2 ** Math.max(0, attempt - 1), policy.maxDelayMs) * this.jitter();
    const waitMs = Math.max(0, Math.round(retryAfterMs ?? backoff));
    const elapsed = this.now() - this.startedAt;
    if (elapsed + waitMs > policy.windowMs) {
      return { refused: `a retry after ${seconds(waitMs)} would end past the run's retry window of ${seconds(policy.windowMs)}` };
    }
    this.used += 1;
    return { waitMs };
  }
}

/**
 * The wait a response asks for: `retry-after-ms` (Anthropic's, milliseconds), else
 * `retry-after` in seconds or as an HTTP date. Undefined when absent or unreadable.
 */
export function retryAfterMs(headers: { get(name: string): string | null } | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers.get('retry-after')?.trim();
  if (!raw) return undefined;
  const secondsValue = Number(raw);
  if (Number.isFinite(secondsValue) && secondsValue >= 0) return secondsValue * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface RetriedResult<T> {
  outcome: { value: T } | { error: unknown; refused?: string };
  /** Retries this request made. */
  retries: number;
}

/**
 * Runs `attempt` until it succeeds, fails in a way that is not retryable, or the run's budget
 * refuses another retry. Never throws: the last error is returned with why it was not retried.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  classify: (error: unknown) => FailureKind,
  budget: RetryBudget,
  sleep: (ms: number) => Promise<void> = delay,
): Promise<RetriedResult<T>> {
  let failures = 0;
  for (;;) {
    try {
      return { outcome: { value: await attempt() }, retries: failures };
    } catch (error) {
      failures += 1;
      const kind = classify(error);
      // Retries turned off is a choice, not a budget running out: nothing to explain.
      if (!kind.retryable || budget.policy.maxRetries === 0) return { outcome: { error }, retries: failures - 1 };
      const decision = budget.request(failures, kind.retryAfterMs);
      if ('refused' in decision) return { outcome: { error, refused: decision.refused }, retries: failures - 1 };
      await sleep(decision.waitMs);
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
