// The caps a run of the LLM pass accepts from the action inputs and CLI flags, parsed once.
// Empty means "use the default"; anything else must be a clear number or it is a problem.

/** A 300-file change reviewed in a handful of calls; about $1 of Sonnet 5.5 input at most. */
export const DEFAULT_MAX_INPUT_TOKENS = 400_000;

export interface LlmLimits {
  maxInputTokens: number;
  /** No cost cap unless one is given: the token budget already bounds a run. */
  maxCostUsd?: number;
}

export type Parsed<T> = { value: T } | { problem: string };

export function parseMaxInputTokens(raw: string | undefined, name = 'max-input-tokens'): Parsed<number> {
  const text = raw?.trim() ?? '';
  if (text === '') return { value: DEFAULT_MAX_INPUT_TOKENS };
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1) return { problem: `${name} must be a whole number of tokens above 0 (got '${text}')` };
  return { value };
}

export function parseMaxCostUsd(raw: string | undefined, name = 'max-cost-usd'): Parsed<number | undefined> {
  const text = raw?.trim().replace(/^\$/, '') ?? '';
  if (text === '') return { value: undefined };
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) return { problem: `${name} must be an amount in US dollars above 0, e.g. 0.50 (got '${raw?.trim()}')` };
  return { value };
}
