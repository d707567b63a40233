// The one place that knows what a model costs. Figures are USD per million tokens, from
// Anthropic's published model pages (platform.claude.com/docs/en/models/<model>/overview and
// /about-claude/pricing) as read in November 2026; Sonnet 5.5's cache-read price reflects the
// cut of 2026-10-07 (from $0.20 to $0.10). They are ESTIMATES: prices change, regional
// endpoints (inference_geo) and batch discounts are not modelled, and a proxy behind
// ANTHROPIC_BASE_URL may bill differently. The report labels the figure as estimated.
import type { KnownModel } from './models.js';

export interface TokenRates {
  /** Uncached input tokens. */
  input: number;
  output: number;
  /** 5-minute cache writes (the ephemeral cache_control the review uses). */
  cacheWrite: number;
  cacheRead: number;
}

export interface ModelPrice extends TokenRates {
  /**
   * Some models bill a whole request at higher rates when its prompt (input + cache reads +
   * cache writes) is longer than a threshold; every token of that request, output included.
   */
  longPrompt?: { thresholdTokens: number; rates: TokenRates };
}

export const PRICES = {
  'claude-sonnet-5-5': { input: 2, output: 10, cacheWrite: 2.5, cacheRead: 0.1 },
  'claude-opus-5-5': { input: 4, output: 20, cacheWrite: 5, cacheRead: 0.2 },
  'claude-haiku-5-5': {
    input: 0.1,
    output: 0.5,
    cacheWrite: 0.125,
    cacheRead: 0.01,
    longPrompt: { thresholdTokens: 100_000, rates: { input: 0.5, output: 2.5, cacheWrite: 0.625, cacheRead: 0.05 } },
  },
  'claude-sonnet-5': { input: 2, output: 10, cacheWrite: 2.5, cacheRead: 0.2 },
  'claude-opus-5': { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
} as const satisfies Partial<Record<KnownModel, ModelPrice>>;

export interface CallUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

/** The price of a model id; dated ids (`…-20251001`) use their undated family's price. */
export function priceOf(model: string): ModelPrice | undefined {
  const table: Readonly<Record<string, ModelPrice>> = PRICES;
  return table[model] ?? table[model.replace(/-\d{8}$/, '')];
}

/**
 * The estimated cost in USD of ONE call's usage; undefined for a model without a known price.
 * Per call, because a long-prompt tier applies to a request as a whole.
 */
export function estimateCallCostUsd(model: string, usage: CallUsage): number | undefined {
  const price = priceOf(model);
  if (!price) return undefined;
  const prompt = usage.inputTokens + usage.cacheReadTokens + usage.cacheWriteTokens;
  const rates = price.longPrompt && prompt > price.longPrompt.thresholdTokens ? price.longPrompt.rates : price;
  return (
    (usage.inputTokens * rates.input + usage.outputTokens * rates.output + usage.cacheWriteTokens * rates.cacheWrite + usage.cacheReadTokens * rates.cacheRead) /
    1_000_000
  );
}

/** Rounds away float noise from summing (a token of the cheapest rate is 1e-8 USD). */
export function roundUsd(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}

/** `$0.0123` below a dollar (a small run must not read as free), `$1.23` above. */
export function formatUsd(value: number): string {
  if (value === 0) return '$0.00';
  if (value < 1) return `$${value.toFixed(4)}`;
  return `$${value.toFixed(2)}`;
}
