// One plain-text line of what the LLM pass used and cost, for the summary, logs and the CLI.
import type { LlmReport } from '../model.js';
import { formatUsd } from './pricing.js';

/** e.g. `3 calls · 41,200 input tokens (30,000 cache read, 10,000 cache write) · 2,100 output tokens · ~$0.0912 estimated` */
export function describeLlmUsage(report: LlmReport): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const parts = [
    `${n(report.calls)} call${report.calls === 1 ? '' : 's'}`,
    `${n(report.inputTokens)} input tokens (${n(report.cacheReadTokens)} cache read, ${n(report.cacheWriteTokens)} cache write)`,
    `${n(report.outputTokens)} output tokens`,
    report.estimatedCostUsd === undefined
      ? `cost unknown (no price for ${report.model ?? 'the model'})`
      : `~${formatUsd(report.estimatedCostUsd)} estimated`,
  ];
  return parts.join(' · ');
}
