// One way to write a detector's escalation: evidence as `label: before → after`, the trigger's
// default options unless the detector has sharper ones, and the fields every deterministic
// escalation carries (source `rule`, the detector id).
import type { DraftEscalation, Evidence } from '../../../model.js';
import type { EscalationTrigger } from '../detector.js';
import { DEFAULT_OPTIONS } from './trigger-options.js';

/** How an absent side reads in evidence. */
export const NOT_SET = '(not set)';

/** `before → after`, an absent side written as (not set). */
export function arrow(before: string | undefined, after: string | undefined): string {
  return `${before ?? NOT_SET} → ${after ?? NOT_SET}`;
}

export interface EscalationInput {
  detector: string;
  trigger: EscalationTrigger;
  subject: string;
  title: string;
  problem: string;
  evidence: Evidence[];
  /** Options specific to this change; the trigger's defaults follow them. */
  options?: readonly string[];
}

export function escalation(input: EscalationInput): DraftEscalation {
  const options = [...(input.options ?? []), ...DEFAULT_OPTIONS[input.trigger]];
  return {
    trigger: input.trigger,
    subject: input.subject,
    title: input.title,
    problem: input.problem,
    evidence: dedupeEvidence(input.evidence),
    options: [...new Set(options)],
    source: 'rule',
    detector: input.detector,
  };
}

function dedupeEvidence(items: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const item of items) {
    const key = `${item.file}\0${item.line}\0${item.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** `a, b and c`, at most `max` names then "and N more". */
export function listNames(names: readonly string[], max = 10): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * Groups escalations of one detector that share trigger and subject into one (the merge
 * stage would do it too, but a detector's own output should already be one decision each).
 */
export function mergeSameDecision(drafts: readonly DraftEscalation[]): DraftEscalation[] {
  const byKey = new Map<string, DraftEscalation>();
  for (const draft of drafts) {
    const key = `${draft.trigger}\0${draft.subject}`;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { ...draft, evidence: [...draft.evidence], options: [...draft.options] });
      continue;
    }
    existing.evidence = dedupeEvidence([...existing.evidence, ...draft.evidence]);
    if (!existing.problem.includes(draft.problem)) existing.problem = `${existing.problem}\n\n${draft.problem}`;
    existing.options = [...new Set([...existing.options, ...draft.options])];
  }
  return [...byKey.values()];
}
