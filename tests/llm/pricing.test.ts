import { describe, expect, it } from 'vitest';
import { emptyLlmReport } from '../../src/model.js';
import { MODEL_BY_CLASS } from '../../src/llm/models.js';
import { estimateCallCostUsd, formatUsd, priceOf, PRICES, roundUsd } from '../../src/llm/pricing.js';
import { describeLlmUsage } from '../../src/llm/usage-line.js';

describe('the price table', () => {
  it('has a price for every model the review can pick by class', () => {
    for (const model of Object.values(MODEL_BY_CLASS)) expect(priceOf(model), model).toBeDefined();
  });

  it('prices each kind of token at its own rate', () => {
    const usage = { inputTokens: 1_000_000, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
    expect(estimateCallCostUsd('claude-sonnet-5-5', usage)).toBe(PRICES['claude-sonnet-5-5'].input);
    expect(estimateCallCostUsd('claude-sonnet-5-5', { ...usage, inputTokens: 0, outputTokens: 1_000_000 })).toBe(10);
    expect(estimateCallCostUsd('claude-sonnet-5-5', { ...usage, inputTokens: 0, cacheWriteTokens: 1_000_000 })).toBe(2.5);
    expect(estimateCallCostUsd('claude-sonnet-5-5', { ...usage, inputTokens: 0, cacheReadTokens: 1_000_000 })).toBe(0.1);
    expect(estimateCallCostUsd('claude-opus-5-5', { inputTokens: 1000, outputTokens: 500, cacheReadTokens: 4000, cacheWriteTokens: 2000 })).toBeCloseTo(
      (1000 * 4 + 500 * 20 + 4000 * 0.2 + 2000 * 5) / 1e6,
      12,
    );
  });

  it('bills a whole Haiku 5.5 request at the long-prompt rates once its prompt passes 100,000 tokens', () => {
    const short = estimateCallCostUsd('claude-haiku-5-5', { inputTokens: 60_000, outputTokens: 1000, cacheReadTokens: 40_000, cacheWriteTokens: 0 });
    expect(short).toBeCloseTo((60_000 * 0.1 + 1000 * 0.5 + 40_000 * 0.01) / 1e6, 12);
    const long = estimateCallCostUsd('claude-haiku-5-5', { inputTokens: 60_001, outputTokens: 1000, cacheReadTokens: 40_000, cacheWriteTokens: 0 });
    expect(long).toBeCloseTo((60_001 * 0.5 + 1000 * 2.5 + 40_000 * 0.05) / 1e6, 12);
  });

  it('uses the family price for a dated id and knows nothing of unknown models', () => {
    expect(priceOf('claude-sonnet-5-5-20260928')).toBe(priceOf('claude-sonnet-5-5'));
    expect(priceOf('my-proxy-model')).toBeUndefined();
    expect(estimateCallCostUsd('my-proxy-model', { inputTokens: 1, outputTokens: 1, cacheReadTokens: 0, cacheWriteTokens: 0 })).toBeUndefined();
  });

  it('rounds away float noise and formats small amounts with enough digits', () => {
    expect(roundUsd(0.1 + 0.2)).toBe(0.3);
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(0.0140096)).toBe('$0.0140');
    expect(formatUsd(1.234)).toBe('$1.23');
  });
});

describe('describeLlmUsage', () => {
  it('lists calls, tokens by kind and the estimated cost', () => {
    const report = { ...emptyLlmReport('ok', true), model: 'claude-sonnet-5-5', calls: 3, inputTokens: 41_200, outputTokens: 2100, cacheReadTokens: 30_000, cacheWriteTokens: 10_000, estimatedCostUsd: 0.0912 };
    expect(describeLlmUsage(report)).toBe('3 calls · 41,200 input tokens (30,000 cache read, 10,000 cache write) · 2,100 output tokens · ~$0.0912 estimated');
  });

  it('says when the cost is unknown instead of showing zero', () => {
    const report = { ...emptyLlmReport('ok', true), model: 'my-proxy-model', calls: 1 };
    expect(describeLlmUsage(report)).toBe('1 call · 0 input tokens (0 cache read, 0 cache write) · 0 output tokens · cost unknown (no price for my-proxy-model)');
  });
});
