// The caps applied to the usage the API reports.
import { describe, expect, it } from 'vitest';
import { SpendMeter } from '../../src/llm/spend.js';

const usage = (inputTokens: number, outputTokens: number, cacheReadTokens = 0, cacheWriteTokens = 0) => ({ inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens });

describe('SpendMeter', () => {
  it('stops once the cost of the reported usage reaches max-cost-usd (Sonnet 5.5: $2 in, $10 out per million)', () => {
    const meter = new SpendMeter('claude-sonnet-5-5', { maxCostUsd: 0.01 });
    meter.add(usage(2_000, 400)); // $0.004 + $0.004
    expect(meter.stopReason()).toBeUndefined();
    meter.add(usage(1_000, 0)); // +$0.002 = $0.010
    expect(meter.stopReason()).toBe('cost cap reached: $0.0100 actually spent after 2 answers, max-cost-usd is $0.0100');
  });

  it('counts cache reads and writes as input tokens for max-input-tokens', () => {
    const meter = new SpendMeter('claude-sonnet-5-5', { maxInputTokens: 10_000 });
    meter.add(usage(1_000, 50, 0, 8_000));
    expect(meter.stopReason()).toBeUndefined();
    meter.add(usage(500, 50, 8_000, 0));
    expect(meter.stopReason()).toBe('input token cap reached: 17,500 input tokens actually sent after 2 answers, max-input-tokens is 10,000');
  });

  it('cannot apply a cost cap to a model without a price, but still applies the token cap', () => {
    const meter = new SpendMeter('some-proxy-model', { maxCostUsd: 0.000001, maxInputTokens: 100 });
    meter.add(usage(50, 1_000_000));
    expect(meter.stopReason()).toBeUndefined();
    meter.add(usage(50, 0));
    expect(meter.stopReason()).toMatch(/^input token cap reached/);
  });

  it('never stops without caps', () => {
    const meter = new SpendMeter('claude-sonnet-5-5', {});
    meter.add(usage(10_000_000, 10_000_000));
    expect(meter.stopReason()).toBeUndefined();
  });
});
