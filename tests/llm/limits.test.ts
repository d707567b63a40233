import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT_TOKENS, parseMaxCostUsd, parseMaxInputTokens } from '../../src/llm/limits.js';

describe('LLM run limits from inputs and flags', () => {
  it('reads max-input-tokens, defaulting when empty and refusing what is not a positive whole number', () => {
    expect(parseMaxInputTokens('')).toEqual({ value: DEFAULT_MAX_INPUT_TOKENS });
    expect(parseMaxInputTokens(' 250_000 ')).toEqual({ value: 250_000 });
    expect(parseMaxInputTokens('1.5')).toEqual({ problem: "max-input-tokens must be a whole number of tokens above 0 (got '1.5')" });
    expect(parseMaxInputTokens('0', '--max-input-tokens')).toEqual({ problem: "--max-input-tokens must be a whole number of tokens above 0 (got '0')" });
  });

  it('reads max-cost-usd as dollars, with no cap when empty', () => {
    expect(parseMaxCostUsd(undefined)).toEqual({ value: undefined });
    expect(parseMaxCostUsd('$0.50')).toEqual({ value: 0.5 });
    expect(parseMaxCostUsd('2')).toEqual({ value: 2 });
    expect(parseMaxCostUsd('cheap')).toEqual({ problem: "max-cost-usd must be an amount in US dollars above 0, e.g. 0.50 (got 'cheap')" });
    expect(parseMaxCostUsd('-1')).toHaveProperty('problem');
  });
});
