// Brings the two engines' output into one review. Rule findings and detector escalations are
// authoritative: nothing the model says can remove or weaken them. The model's output only adds.
import type { DraftEscalation, DraftFinding, Escalation, Finding, Severity } from '../model.js';
import { fingerprintEscalation, fingerprintFindings } from './fingerprint.js';

export type RuleSeverityOverride = Severity | 'off';

export interface MergeInput {
  ruleFindings: readonly DraftFinding[];
  ruleEscalations: readonly DraftEscalation[];
  llmFindings: readonly DraftFinding[];
  llmEscalations: readonly DraftEscalation[];
  /** Per-rule severity from the repo config; 'off' drops the rule's findings. */
  ruleSeverity?: ReadonlyMap<string, RuleSeverityOverride>;
}

export interface MergeResult {
  findings: Finding[];
  escalations: Escalation[];
  /** Model findings dropped because a rule already reported the same thing. */
  duplicatesDropped: number;
}

function overlaps(a: DraftFinding, b: DraftFinding): boolean {
  return a.file === b.file && a.line <= b.endLine && b.line <= a.endLine;
}

function sharesChecklist(a: DraftFinding, b: DraftFinding): boolean {
  return a.checklist.some((id) => b.checklist.includes(id));
}

export function mergeReview(input: MergeInput): MergeResult {
  const ruleFindings: DraftFinding[] = [];
  for (const finding of input.ruleFindings) {
    const override = input.ruleSeverity?.get(finding.rule);
    if (override === 'off') continue;
    ruleFindings.push(override ? { ...finding, severity: override } : finding);
  }

  // A model finding on the same lines and checklist item as a rule finding says nothing new.
  let duplicatesDropped = 0;
  const llmFindings = input.llmFindings.filter((candidate) => {
    const duplicate = ruleFindings.some((rule) => overlaps(rule, candidate) && sharesChecklist(rule, candidate));
    if (duplicate) duplicatesDropped++;
    return !duplicate;
  });

  const escalations = new Map<string, Escalation>();
  for (const draft of input.ruleEscalations) {
    const escalation = fingerprintEscalation(draft);
    const existing = escalations.get(escalation.fingerprint);
    if (existing) existing.evidence.push(...escalation.evidence);
    else escalations.set(escalation.fingerprint, { ...escalation, evidence: [...escalation.evidence] });
  }
  for (const draft of input.llmEscalations) {
    const escalation = fingerprintEscalation(draft);
    const existing = escalations.get(escalation.fingerprint);
    if (existing) {
      // Same decision seen by both engines: the detector's wording stays, the model's extra
      // evidence is added, its options only fill in when the detector had none.
      for (const item of escalation.evidence) {
        if (!existing.evidence.some((e) => e.file === item.file && e.line === item.line)) existing.evidence.push(item);
      }
      if (existing.options.length === 0) existing.options = [...escalation.options];
    } else {
      escalations.set(escalation.fingerprint, escalation);
    }
  }

  return {
    findings: fingerprintFindings([...ruleFindings, ...llmFindings]),
    escalations: [...escalations.values()],
    duplicatesDropped,
  };
}
