import { describe, expect, it } from 'vitest';
import { describeLlmStatus } from '../../src/llm/usage-line.js';
import { emptyLlmReport } from '../../src/model.js';

describe('describeLlmStatus', () => {
  it('says nothing for a completed stage and names the reason otherwise', () => {
    expect(describeLlmStatus(emptyLlmReport('ok', true))).toBeUndefined();
    expect(describeLlmStatus({ ...emptyLlmReport('skipped', false), error: 'no Anthropic API key was provided' })).toBe(
      'LLM review: not run (no Anthropic API key was provided); this review comes from the deterministic rules alone.',
    );
    expect(describeLlmStatus({ ...emptyLlmReport('failed', true), error: 'the Anthropic API answered 529' })).toBe(
      "LLM review: failed (the Anthropic API answered 529); the rule findings and escalations are complete, the model's are missing.",
    );
    expect(describeLlmStatus(emptyLlmReport('partial', true))).toMatch(/^LLM review: partial; /);
    expect(describeLlmStatus(emptyLlmReport('invalid', true))).toMatch(/^LLM review: invalid; /);
  });
});
