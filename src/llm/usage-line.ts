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

/**
 * One plain-text line for an LLM stage that did not complete, for renderers that do not show
 * the summary comment's LLM line (e.g. the job summary); undefined when it completed. run.ts
 * no longer repeats this as a notice, so that the summary comment does not say it twice.
 */
export function describeLlmStatus(report: LlmReport): string | undefined {
  const reason = report.error ? ` (${report.error})` : '';
  switch (report.status) {
    case 'ok':
      return undefined;
    case 'skipped':
      return `LLM review: not run${reason}; this review comes from the deterministic rules alone.`;
    case 'partial':
      return `LLM review: partial${reason}; the rule findings and escalations are complete, the model's cover only part of the change (see llm.coverage).`;
    case 'failed':
    case 'invalid':
      return `LLM review: ${report.status}${reason}; the rule findings and escalations are complete, the model's are missing.`;
  }
}
