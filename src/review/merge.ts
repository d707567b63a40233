// Brings the two engines' output into one review. Rule findings and detector escalations are
// authoritative: nothing the model says can remove or weaken them. The model's output only adds.
import type { DraftEscalation, DraftFinding, Escalation, Finding } from '../model.js';
import { fingerprintEscalation, fingerprintFindings } from './fingerprint.js';
import { redactSecrets } from './redact.js';

/** An escalation offers a person a choice; past this many options it stops being one. */
const MAX_OPTIONS = 8;

export interface MergeInput {
  ruleFindings: readonly DraftFinding[];
  ruleEscalations: readonly DraftEscalation[];
  llmFindings: readonly DraftFinding[];
  llmEscalations: readonly DraftEscalation[];
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

// Every channel (comments, issues, log, JSON report, SARIF) is fed from the merged review, so
// redacting here once keeps a committed credential out of all of them.
function redactFinding(draft: DraftFinding): DraftFinding {
  const redacted: DraftFinding = { ...draft, title: redactSecrets(draft.title), message: redactSecrets(draft.message) };
  if (draft.snippet !== undefined) redacted.snippet = redactSecrets(draft.snippet);
  return redacted;
}

function redactEscalation(draft: DraftEscalation): DraftEscalation {
  return {
    ...draft,
    subject: redactSecrets(draft.subject),
    title: redactSecrets(draft.title),
    problem: redactSecrets(draft.problem),
    evidence: draft.evidence.map((item) => ({ ...item, text: redactSecrets(item.text) })),
    options: draft.options.map(redactSecrets),
  };
}

export function mergeReview(input: MergeInput): MergeResult {
  // Severities, `off` and path overrides from the config are applied before the merge (run.ts).
  const ruleFindings = input.ruleFindings.map(redactFinding);

  // A model finding on the same lines and checklist item as a rule finding says nothing new.
  let duplicatesDropped = 0;
  const llmFindings = input.llmFindings.map(redactFinding).filter((candidate) => {
    const duplicate = ruleFindings.some((rule) => overlaps(rule, candidate) && sharesChecklist(rule, candidate));
    if (duplicate) duplicatesDropped++;
    return !duplicate;
  });

  const escalations = new Map<string, Escalation>();
  for (const draft of input.ruleEscalations) {
    const escalation = fingerprintEscalation(redactEscalation(draft));
    const existing = escalations.get(escalation.fingerprint);
    if (existing) existing.evidence.push(...escalation.evidence);
    else escalations.set(escalation.fingerprint, { ...escalation, evidence: [...escalation.evidence] });
  }
  for (const draft of input.llmEscalations) {
    const escalation = fingerprintEscalation(redactEscalation(draft));
    const existing = escalations.get(escalation.fingerprint);
    if (existing) {
      // Same decision seen by both engines: the detector's wording and options stay first; the
      // model may sharpen them with evidence and options of its own, never remove any.
      for (const item of escalation.evidence) {
        if (!existing.evidence.some((e) => e.file === item.file && e.line === item.line)) existing.evidence.push(item);
      }
      const known = new Set(existing.options.map((option) => option.trim().toLowerCase()));
      for (const option of escalation.options) {
        if (existing.options.length >= MAX_OPTIONS) break;
        if (known.has(option.trim().toLowerCase())) continue;
        known.add(option.trim().toLowerCase());
        existing.options.push(option);
      }
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
