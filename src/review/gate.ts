// Decides whether a review fails the check. A run that could not finish (the LLM stage failed
// while the configuration requires it) is never green, whatever was found.
import type { FailOn, LlmMode } from '../config/repo-config.js';
import type { Review } from '../model.js';

export interface GateResult {
  fail: boolean;
  reason: string;
}

export function evaluateGate(review: Review, failOn: FailOn, llmMode: LlmMode): GateResult {
  if (!review.triggered) return { fail: false, reason: 'no data files changed' };
  if (llmMode === 'required' && review.llm.status !== 'ok') {
    return { fail: true, reason: `the LLM review is required but did not complete (${review.llm.status}${review.llm.error ? `: ${review.llm.error}` : ''})` };
  }
  const errors = review.findings.filter((f) => f.severity === 'error').length;
  const warnings = review.findings.filter((f) => f.severity === 'warning').length;
  // An escalation a person approved (on its current evidence) no longer holds the change.
  const escalations = review.escalations.filter((escalation) => escalation.decision !== 'approved').length;
  const reasons: string[] = [];
  if (failOn !== 'never' && errors > 0) reasons.push(`${errors} error finding(s)`);
  if ((failOn === 'escalation' || failOn === 'warning') && escalations > 0) reasons.push(`${escalations} escalation(s) awaiting a human decision`);
  if (failOn === 'warning' && warnings > 0) reasons.push(`${warnings} warning finding(s)`);
  if (reasons.length === 0) return { fail: false, reason: `nothing at or above fail-on '${failOn}'` };
  return { fail: true, reason: `${reasons.join(', ')} (fail-on: ${failOn})` };
}
