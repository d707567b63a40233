// The caps of a run applied to what it ACTUALLY used. The plan (budget.ts) keeps a run under its
// caps by estimate; estimates can be wrong (another tokenizer, a proxy that bills differently),
// so each answer's real usage is added here and once a cap is reached no further call starts.
import { estimateCallCostUsd, formatUsd, type CallUsage } from './pricing.js';

export interface SpendCaps {
  /** Input tokens of every call together: uncached, cache reads and cache writes. */
  maxInputTokens?: number;
  maxCostUsd?: number;
}

export class SpendMeter {
  private inputTokens = 0;
  private costUsd = 0;
  /** False once a call's cost was unknown (no price for the model): the cost cap cannot apply. */
  private costKnown = true;
  private answers = 0;

  constructor(
    private readonly model: string,
    private readonly caps: SpendCaps,
  ) {}

  /** Adds one answer's usage, as the API reported it. */
  add(usage: CallUsage): void {
    this.answers += 1;
    this.inputTokens += usage.inputTokens + usage.cacheReadTokens + usage.cacheWriteTokens;
    const cost = estimateCallCostUsd(this.model, usage);
    if (cost === undefined) this.costKnown = false;
    else this.costUsd += cost;
  }

  /** Why no further call may start, or undefined while both caps have room. */
  stopReason(): string | undefined {
    const { maxCostUsd, maxInputTokens } = this.caps;
    const after = `after ${this.answers} answer${this.answers === 1 ? '' : 's'}`;
    if (maxCostUsd !== undefined && this.costKnown && this.costUsd >= maxCostUsd) {
      return `cost cap reached: ${formatUsd(this.costUsd)} actually spent ${after}, max-cost-usd is ${formatUsd(maxCostUsd)}`;
    }
    if (maxInputTokens !== undefined && this.inputTokens >= maxInputTokens) {
      return `input token cap reached: ${this.inputTokens.toLocaleString('en-US')} input tokens actually sent ${after}, max-input-tokens is ${maxInputTokens.toLocaleString('en-US')}`;
    }
    return undefined;
  }
}
