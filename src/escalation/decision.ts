// The decision loop's pure parts: reading a `/decision` command, the decision recorded on an
// escalation issue, whether it still holds for the current evidence, and the commit status a
// pull request gets from all of its escalations. No I/O here; src/publish and src/action do it.
import { createHash } from 'node:crypto';
import type { Escalation } from '../model.js';

export type Verdict = 'approved' | 'rejected';
export type DecisionState = Verdict | 'pending';

export const DECISION_LABELS: Readonly<Record<Verdict, string>> = {
  approved: 'decision:approved',
  rejected: 'decision:rejected',
};

export const DECISION_STATUS_CONTEXT = 'data-engineer-review/decision';

export type DecisionCommand =
  | { kind: 'decision'; verdict: Verdict; reason: string }
  | { kind: 'invalid'; problem: string }
  | { kind: 'none' };

const COMMAND = '/decision';

/**
 * Reads the first line of a comment that starts with `/decision`. Anything else in the comment
 * is ignored, so a decision can come with an explanation below it. A reason is required: the
 * record of a human decision without its why is not worth keeping.
 */
export function parseDecisionCommand(body: string): DecisionCommand {
  const line = body
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text.toLowerCase().startsWith(COMMAND));
  if (line === undefined) return { kind: 'none' };
  const words = line.slice(COMMAND.length).trim();
  const [first = '', ...rest] = words.split(/\s+/);
  const verb = first.toLowerCase();
  const verdict: Verdict | undefined = verb === 'approve' ? 'approved' : verb === 'reject' ? 'rejected' : undefined;
  if (!verdict) return { kind: 'invalid', problem: 'the command is `/decision approve <reason>` or `/decision reject <reason>`' };
  const reason = rest.join(' ').trim();
  if (!reason) return { kind: 'invalid', problem: `a reason is required: \`/decision ${verb} <reason>\`` };
  return { kind: 'decision', verdict, reason };
}

/**
 * What the decision is about: the evidence's files and code, not its line numbers, so a
 * decision survives unrelated edits that shift lines but not a change of what was decided.
 */
export function evidenceDigest(escalation: Pick<Escalation, 'trigger' | 'subject' | 'evidence'>): string {
  const items = escalation.evidence.map((item) => `${item.file}\u0000${item.text.replace(/\s+/g, ' ').trim()}`).sort();
  return createHash('sha256').update([escalation.trigger, escalation.subject, ...items].join('\u0001')).digest('hex').slice(0, 16);
}

/** A decision as recorded in an escalation issue (labels plus the hidden decision marker). */
export interface RecordedDecision {
  verdict: Verdict;
  /** The evidence digest the decision was taken on. */
  evidence: string;
}

/**
 * The state of one escalation: a recorded decision holds only while the evidence it was
 * taken on is unchanged; without a valid decision the escalation is pending.
 */
export function decisionStateOf(recorded: RecordedDecision | undefined, currentEvidence: string): DecisionState {
  if (!recorded || recorded.evidence !== currentEvidence) return 'pending';
  return recorded.verdict;
}

export interface DecisionStatus {
  state: 'success' | 'pending' | 'failure';
  description: string;
  /** The issue to link from the status, when one is waiting or rejected. */
  targetIssue?: number;
}

export interface EscalationDecision {
  issue: number;
  state: DecisionState;
}

/**
 * The pull request's decision status: failure when any escalation was rejected (or is pending
 * while undecided escalations fail the run); pending while any waits; success otherwise.
 * GitHub caps a status description at 140 characters.
 */
export function aggregateDecisionStatus(decisions: readonly EscalationDecision[], pendingFails: boolean): DecisionStatus {
  // Issue 0: the escalation's issue could not be written; it is listed in the summary comment.
  const list = (items: readonly EscalationDecision[]) => {
    const numbered = items.filter((item) => item.issue > 0).map((item) => `#${item.issue}`);
    const unwritten = items.length - numbered.length;
    return [...numbered, ...(unwritten > 0 ? [`${unwritten} without an issue (see the summary comment)`] : [])].join(', ');
  };
  const rejected = decisions.filter((item) => item.state === 'rejected');
  const pending = decisions.filter((item) => item.state === 'pending');
  const clip = (text: string) => (text.length <= 140 ? text : `${text.slice(0, 139)}…`);
  const withTarget = (items: readonly EscalationDecision[]) => {
    const issue = items.find((item) => item.issue > 0)?.issue;
    return issue !== undefined ? { targetIssue: issue } : {};
  };
  if (rejected.length > 0) {
    return { state: 'failure', description: clip(`Rejected: ${list(rejected)}`), ...withTarget(rejected) };
  }
  if (pending.length > 0) {
    return { state: pendingFails ? 'failure' : 'pending', description: clip(`Awaiting a human decision: ${list(pending)}`), ...withTarget(pending) };
  }
  if (decisions.length === 0) return { state: 'success', description: 'No decision needed' };
  return { state: 'success', description: clip(`Decided: ${list(decisions)}`) };
}
