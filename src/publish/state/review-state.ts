// What one review leaves behind for the next: the head commits reviewed so far, the identity of
// every finding, and a compact copy of the LLM findings (the model does not re-read every file on
// every push, so its earlier findings must be remembered). It travels in the summary comment as
// one hidden marker: JSON, deflated, in standard base64.
//
// The marker is read back from a comment anyone with write access could edit, so decoding
// trusts nothing: any payload that does not inflate, parse and validate completely is no state
// at all (the next run is a full review), never an exception.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Finding, FindingSource, Severity } from '../../model.js';
import { reviewStateMarker, reviewStatePayloadIn } from '../markers.js';

export const REVIEW_STATE_VERSION = 1;
/** Older head commits are forgotten first: only the recent ones decide what an incremental run reviews. */
export const MAX_HEAD_COMMITS = 50;
export const LLM_MESSAGE_LIMIT = 300;
const LLM_TITLE_LIMIT = 120;
/**
 * Characters the state marker may take in the summary comment (GitHub's limit is 65,536); the
 * rest is for the reader. About 1,500 findings fit before the lists are cut.
 */
export const STATE_MARKER_BUDGET = 16_000;
// An inflated payload above this is not one we wrote: refuse it instead of allocating it.
const MAX_INFLATED_BYTES = 4 * 1024 * 1024;
const MAX_TEXT = 2_000;

/** A finding of an earlier review, as much as is needed to name it once it is fixed. */
export interface StateFinding {
  fingerprint: string;
  rule: string;
  file: string;
  line: number;
  source: FindingSource;
  /** The head commit whose review first reported it; absent when that commit fell off the list. */
  firstSeen?: string;
}

/** A finding the newest head commit fixed: kept so that a re-run of that commit still says so. */
export interface StateFixedFinding {
  fingerprint: string;
  rule: string;
  file: string;
  line: number;
  source: FindingSource;
  title?: string;
  message?: string;
}

/** The LLM findings of an earlier review, compact enough to be carried to the next one. */
export interface StateLlmFinding {
  fingerprint: string;
  rule: string;
  checklist: string[];
  file: string;
  line: number;
  endLine: number;
  severity: Severity;
  title: string;
  /** Cut at LLM_MESSAGE_LIMIT characters. */
  message: string;
}

export interface ReviewState {
  /** Head commits reviewed so far, oldest first, newest last. */
  headCommits: string[];
  /**
   * The newest head commit at which the LLM pass had covered every data file of the pull
   * request (itself or through earlier commits): an incremental review sends the model only
   * what changed since. Absent until one LLM pass completes.
   */
  llmCommit?: string;
  /** Every finding of the last review (and earlier ones not re-checked since). */
  findings: StateFinding[];
  llmFindings: StateLlmFinding[];
  /** What the review of the newest head commit found fixed. */
  fixed: StateFixedFinding[];
  /**
   * False when the lists were cut to fit the comment: a finding missing from them may still
   * have been reported, so "new" is then an upper bound.
   */
  complete: boolean;
}

// ---- encoding ------------------------------------------------------------------------------

const SEVERITY_CODES: Readonly<Record<Severity, string>> = { error: 'e', warning: 'w', info: 'i' };
const SEVERITY_BY_CODE: Readonly<Record<string, Severity>> = { e: 'error', w: 'warning', i: 'info' };

/** File paths repeat across findings: the wire format lists each once and refers to it by index. */
interface Wire {
  v: number;
  h: string[];
  p: string[];
  /** [fingerprint, rule, path index, line, 'r' | 'l', index of the first head commit in h or -1] */
  f: [string, string, number, number, string, number][];
  /** [fingerprint, rule, path index, line, 'r' | 'l', title, message] */
  x: [string, string, number, number, string, string, string][];
  /** [fingerprint, rule, checklist, path index, line, endLine, severity code, title, message] */
  l: [string, string, string[], number, number, number, string, string, string][];
  c: 0 | 1;
  /** llmCommit, when known. */
  m?: string;
}

function toWire(state: ReviewState): Wire {
  const paths: string[] = [];
  const indexOf = new Map<string, number>();
  const pathIndex = (path: string): number => {
    let index = indexOf.get(path);
    if (index === undefined) {
      index = paths.length;
      paths.push(path);
      indexOf.set(path, index);
    }
    return index;
  };
  const headIndex = new Map(state.headCommits.map((sha, index) => [sha, index]));
  return {
    v: REVIEW_STATE_VERSION,
    h: state.headCommits,
    f: state.findings.map((finding) => [
      finding.fingerprint,
      finding.rule,
      pathIndex(finding.file),
      finding.line,
      finding.source === 'llm' ? 'l' : 'r',
      finding.firstSeen === undefined ? -1 : (headIndex.get(finding.firstSeen) ?? -1),
    ]),
    x: state.fixed.map((finding) => [
      finding.fingerprint,
      finding.rule,
      pathIndex(finding.file),
      finding.line,
      finding.source === 'llm' ? 'l' : 'r',
      finding.title ?? '',
      finding.message ?? '',
    ]),
    l: state.llmFindings.map((finding) => [
      finding.fingerprint,
      finding.rule,
      finding.checklist,
      pathIndex(finding.file),
      finding.line,
      finding.endLine,
      SEVERITY_CODES[finding.severity],
      finding.title,
      finding.message,
    ]),
    p: paths,
    c: state.complete ? 1 : 0,
    ...(state.llmCommit ? { m: state.llmCommit } : {}),
  };
}

function encodePayload(state: ReviewState): string {
  return deflateRawSync(Buffer.from(JSON.stringify(toWire(state)), 'utf8')).toString('base64');
}

/**
 * The marker for `state`, cut to `budget` characters: LLM copies go first (from the end), then
 * finding identities; a cut state says it is incomplete. Returns the state as stored.
 */
export function encodeReviewState(state: ReviewState, budget = STATE_MARKER_BUDGET): { marker: string; stored: ReviewState } {
  const fits = (candidate: ReviewState): string | undefined => {
    const marker = reviewStateMarker(encodePayload(candidate));
    return marker.length <= budget ? marker : undefined;
  };
  const whole = fits(state);
  if (whole !== undefined) return { marker: whole, stored: state };

  // Largest prefix of `items` that fits, by binary search (deflate is fast; this runs a few dozen times at most).
  const largestFitting = <T>(items: readonly T[], build: (kept: T[]) => ReviewState): { marker: string; stored: ReviewState } | undefined => {
    let low = 0;
    let high = items.length;
    let best: { marker: string; stored: ReviewState } | undefined;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const candidate = build(items.slice(0, middle));
      const marker = fits(candidate);
      if (marker !== undefined) {
        best = { marker, stored: candidate };
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return best;
  };
  // What goes first: LLM copies, then the fixed list (only a re-run shows it again), then identities.
  const headCommits = state.headCommits.slice(-MAX_HEAD_COMMITS);
  const { llmCommit: _llmCommit, ...withoutLlmCommit } = state;
  const withLlm = largestFitting(state.llmFindings, (kept) => ({ ...withoutLlmCommit, headCommits, llmFindings: kept, complete: false }));
  if (withLlm) return withLlm;
  const withFixed = largestFitting(state.fixed, (kept) => ({ ...withoutLlmCommit, headCommits, llmFindings: [], fixed: kept, complete: false }));
  if (withFixed) return withFixed;
  // Without the LLM copies an incremental review could not carry the model's findings forward,
  // so a cut that drops them also forgets llmCommit: the next run sends the model everything.
  const withFindings = largestFitting(state.findings, (kept) => ({ headCommits, findings: kept, llmFindings: [], fixed: [], complete: false }));
  if (withFindings) return withFindings;
  // Only a pathological budget ends here: keep the newest commit so the next run still knows where it stopped.
  const minimal: ReviewState = { headCommits: headCommits.slice(-1), findings: [], llmFindings: [], fixed: [], complete: false };
  return { marker: reviewStateMarker(encodePayload(minimal)), stored: minimal };
}

// ---- decoding ------------------------------------------------------------------------------

const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const isNonEmptyText = (value: unknown, max = MAX_TEXT): value is string => isText(value, max) && value.length > 0;
const isLine = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function decodeWire(value: unknown): ReviewState | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const wire = value as Partial<Record<keyof Wire, unknown>>;
  if (wire.v !== REVIEW_STATE_VERSION || (wire.c !== 0 && wire.c !== 1)) return undefined;
  if (!Array.isArray(wire.h) || !wire.h.every((sha) => isNonEmptyText(sha, 100))) return undefined;
  if (!Array.isArray(wire.p) || !wire.p.every((path) => isNonEmptyText(path))) return undefined;
  if (!Array.isArray(wire.f) || !Array.isArray(wire.l) || !Array.isArray(wire.x)) return undefined;
  if (wire.m !== undefined && !isNonEmptyText(wire.m, 100)) return undefined;
  const heads = wire.h as string[];
  const paths = wire.p as string[];
  const pathAt = (index: unknown): string | undefined => (typeof index === 'number' && Number.isInteger(index) ? paths[index] : undefined);

  const findings: StateFinding[] = [];
  for (const entry of wire.f as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 6) return undefined;
    const [fingerprint, rule, pathIndex, line, source, firstSeenIndex] = entry as unknown[];
    const file = pathAt(pathIndex);
    if (!isNonEmptyText(fingerprint, 200) || !isNonEmptyText(rule, 200) || file === undefined || !isLine(line) || (source !== 'r' && source !== 'l')) return undefined;
    if (typeof firstSeenIndex !== 'number' || !Number.isInteger(firstSeenIndex) || firstSeenIndex < -1 || firstSeenIndex >= heads.length) return undefined;
    const firstSeen = heads[firstSeenIndex];
    findings.push({ fingerprint, rule, file, line, source: source === 'l' ? 'llm' : 'rule', ...(firstSeen !== undefined ? { firstSeen } : {}) });
  }

  const fixed: StateFixedFinding[] = [];
  for (const entry of wire.x as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 7) return undefined;
    const [fingerprint, rule, pathIndex, line, source, title, message] = entry as unknown[];
    const file = pathAt(pathIndex);
    if (!isNonEmptyText(fingerprint, 200) || !isNonEmptyText(rule, 200) || file === undefined || !isLine(line) || (source !== 'r' && source !== 'l')) return undefined;
    if (!isText(title) || !isText(message)) return undefined;
    fixed.push({ fingerprint, rule, file, line, source: source === 'l' ? 'llm' : 'rule', ...(title ? { title } : {}), ...(message ? { message } : {}) });
  }

  const llmFindings: StateLlmFinding[] = [];
  for (const entry of wire.l as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 9) return undefined;
    const [fingerprint, rule, checklist, pathIndex, line, endLine, severityCode, title, message] = entry as unknown[];
    const file = pathAt(pathIndex);
    const severity = typeof severityCode === 'string' ? SEVERITY_BY_CODE[severityCode] : undefined;
    if (!isNonEmptyText(fingerprint, 200) || !isNonEmptyText(rule, 200) || file === undefined || !isLine(line) || !isLine(endLine) || severity === undefined) return undefined;
    if (!Array.isArray(checklist) || !checklist.every((id) => isNonEmptyText(id, 50)) || !isText(title) || !isText(message)) return undefined;
    llmFindings.push({ fingerprint, rule, checklist: checklist as string[], file, line, endLine, severity, title, message });
  }
  return { headCommits: heads, ...(typeof wire.m === 'string' ? { llmCommit: wire.m } : {}), findings, llmFindings, fixed, complete: wire.c === 1 };
}

/** The state a comment body carries; undefined when it carries none or only a damaged one. */
export function decodeReviewState(body: string | null | undefined): ReviewState | undefined {
  const payload = reviewStatePayloadIn(body);
  if (!payload) return undefined;
  try {
    const json = inflateRawSync(Buffer.from(payload, 'base64'), { maxOutputLength: MAX_INFLATED_BYTES }).toString('utf8');
    return decodeWire(JSON.parse(json));
  } catch {
    // Not deflate, too large, or not JSON: a damaged marker means "no previous state".
    return undefined;
  }
}

// ---- building ------------------------------------------------------------------------------

function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  // Never leave half a surrogate pair: it would not survive JSON round trips intact.
  return `${text.slice(0, limit - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

export function stateFindingOf(finding: Finding, firstSeen: string | undefined): StateFinding {
  return {
    fingerprint: finding.fingerprint,
    rule: finding.rule,
    file: finding.file,
    line: Math.max(0, Math.trunc(finding.line) || 0),
    source: finding.source,
    ...(firstSeen !== undefined ? { firstSeen } : {}),
  };
}

export function stateLlmFindingOf(finding: Finding): StateLlmFinding {
  const line = Math.max(0, Math.trunc(finding.line) || 0);
  return {
    fingerprint: finding.fingerprint,
    rule: finding.rule,
    checklist: [...finding.checklist],
    file: finding.file,
    line,
    endLine: Math.max(line, Math.trunc(finding.endLine) || 0),
    severity: finding.severity,
    title: cut(finding.title, LLM_TITLE_LIMIT),
    message: cut(finding.message, LLM_MESSAGE_LIMIT),
  };
}

/** An LLM finding carried from the state back into a review (for a file the model did not re-read). */
export function findingOfStateLlm(stored: StateLlmFinding): Finding {
  return {
    fingerprint: stored.fingerprint,
    rule: stored.rule,
    checklist: [...stored.checklist],
    severity: stored.severity,
    title: stored.title,
    file: stored.file,
    line: stored.line,
    endLine: stored.endLine,
    message: stored.message,
    source: 'llm',
  };
}

/** The head commits after reviewing `headSha`: appended once, the oldest dropped past the cap. */
export function nextHeadCommits(previous: readonly string[], headSha: string): string[] {
  const commits = previous.at(-1) === headSha ? [...previous] : [...previous, headSha];
  return commits.slice(-MAX_HEAD_COMMITS);
}
