// Stable identities for findings and escalations. A fingerprint must survive unrelated edits
// and line shifts, so it is built from what the finding is about (rule, file, the normalised
// code or message), never from the line number.
import { createHash } from 'node:crypto';
import type { DraftEscalation, DraftFinding, Escalation, Finding } from '../model.js';

function digest(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

/** Lower-cases and folds white space so that reformatting does not change identity. */
export function normaliseCode(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Gives each draft its fingerprint. Two drafts with the same identity (the same rule on two
 * identical lines of one file) are told apart by their order in the file, which is stable
 * under edits elsewhere.
 */
export function fingerprintFindings(drafts: readonly DraftFinding[]): Finding[] {
  const ordered = [...drafts].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  const seen = new Map<string, number>();
  return ordered.map((draft) => {
    const about = normaliseCode(draft.snippet ?? draft.message);
    const base = digest([draft.source, draft.rule, draft.checklist.join(','), draft.file, about]);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const fingerprint = occurrence === 0 ? base : digest([base, String(occurrence)]);
    return { ...draft, fingerprint };
  });
}

/** An escalation is one decision: the trigger and its subject (e.g. the model), whoever raised it. */
export function escalationFingerprint(draft: Pick<DraftEscalation, 'trigger' | 'subject'>): string {
  return digest(['escalation', draft.trigger, draft.subject]);
}

export function fingerprintEscalation(draft: DraftEscalation): Escalation {
  return { ...draft, fingerprint: escalationFingerprint(draft) };
}
