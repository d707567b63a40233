// The decision section of an escalation issue: who decided what, when, on which commit and
// which evidence. It sits at the end of the issue body, starting at the hidden decision
// marker, so a later run can keep it while the evidence is unchanged and drop it when not.
import type { Verdict } from '../escalation/decision.js';
import { decisionIn, decisionMarker } from './markers.js';
import { neutraliseLine, safeId } from './render/neutralise.js';

export interface DecisionRecord {
  verdict: Verdict;
  reason: string;
  login: string;
  at: string;
  headSha: string;
  evidence: string;
}

export function renderDecisionSection(record: DecisionRecord): string {
  const verdict = record.verdict === 'approved' ? '**Approved**' : '**Rejected**';
  return [
    decisionMarker(record.verdict, record.evidence),
    '### Decision',
    '',
    `${verdict} by ${safeId(record.login)} on ${safeId(record.at)}, for commit \`${safeId(record.headSha).slice(0, 12)}\`: ${neutraliseLine(record.reason, 1000)}`,
  ].join('\n');
}

/** The body without its decision section. */
export function withoutDecision(body: string): string {
  const decision = decisionIn(body);
  return decision ? body.slice(0, decision.index).trimEnd() : body.trimEnd();
}

/** The decision section of a body, if it has one. */
export function decisionSectionOf(body: string | null | undefined): string | undefined {
  if (typeof body !== 'string') return undefined;
  const decision = decisionIn(body);
  return decision ? body.slice(decision.index).trim() : undefined;
}

export function withDecision(body: string, section: string): string {
  return `${withoutDecision(body)}\n\n${section}\n`;
}
