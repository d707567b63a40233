// Hidden HTML-comment markers that let a later run find what an earlier run wrote: the summary
// comment, each escalation issue and each inline finding. GitHub does not render HTML comments,
// so the markers cost the reader nothing.
//
// A marker is only a claim. Anyone who can comment on a pull request can paste
// `<!-- data-engineer-review:summary -->` into their own comment; if we trusted it we would
// overwrite (or fail to overwrite) someone else's text, skip posting real findings, or treat
// a stranger's issue as the escalation record. So every lookup here accepts a marker only from
// an item authored by the bot account that writes our comments, whenever that login is known.

export const MARKER_NAMESPACE = 'data-engineer-review';

/** The login the default workflow token (GITHUB_TOKEN) posts as. */
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

/** Something GitHub returns with a body and an author: an issue, an issue comment, a review comment. */
export interface AuthoredItem {
  body?: string | null;
  user?: { login?: string | null } | null;
}

const SUMMARY_MARKER = `<!-- ${MARKER_NAMESPACE}:summary -->`;

// Fingerprints are hex digests in practice. The encoding below keeps any other string from
// ending the HTML comment early (`-->`, `--`) or smuggling spaces into the marker.
function encodeFingerprint(fingerprint: string): string {
  return fingerprint
    .replace(/[^A-Za-z0-9._:-]/g, (char) => encodeURIComponent(char).replace(/-/g, '%2D'))
    .replace(/-(?=-)/g, '%2D');
}

function decodeFingerprint(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

const ESCALATION_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:escalation ([A-Za-z0-9._:%-]+) -->`, 'g');
const FINDING_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:finding ([A-Za-z0-9._:%-]+) -->`, 'g');

export function summaryMarker(): string {
  return SUMMARY_MARKER;
}

export function escalationMarker(fingerprint: string): string {
  return `<!-- ${MARKER_NAMESPACE}:escalation ${encodeFingerprint(fingerprint)} -->`;
}

export function findingMarker(fingerprint: string): string {
  return `<!-- ${MARKER_NAMESPACE}:finding ${encodeFingerprint(fingerprint)} -->`;
}

export function hasSummaryMarker(body: string | null | undefined): boolean {
  return typeof body === 'string' && body.includes(SUMMARY_MARKER);
}

function fingerprintsIn(body: string | null | undefined, pattern: RegExp): string[] {
  if (typeof body !== 'string') return [];
  const found: string[] = [];
  for (const match of body.matchAll(pattern)) {
    const decoded = match[1] === undefined ? undefined : decodeFingerprint(match[1]);
    if (decoded !== undefined) found.push(decoded);
  }
  return found;
}

export function escalationFingerprintsIn(body: string | null | undefined): string[] {
  return fingerprintsIn(body, ESCALATION_PATTERN);
}

export function findingFingerprintsIn(body: string | null | undefined): string[] {
  return fingerprintsIn(body, FINDING_PATTERN);
}

/**
 * Whether an item may be believed when it carries one of our markers. `botLogin` null means
 * the author is unknown (e.g. a personal token whose login was not looked up): then any
 * author is accepted, which is the best we can do and is said so here rather than hidden.
 */
export function isTrustedAuthor(item: AuthoredItem, botLogin: string | null): boolean {
  if (botLogin === null) return true;
  const login = item.user?.login;
  return typeof login === 'string' && login.toLowerCase() === botLogin.toLowerCase();
}

/** The earliest trusted item carrying the summary marker. */
export function findSummaryItem<T extends AuthoredItem>(items: readonly T[], botLogin: string | null): T | undefined {
  return items.find((item) => isTrustedAuthor(item, botLogin) && hasSummaryMarker(item.body));
}

/** The earliest trusted item carrying the escalation marker for `fingerprint`. */
export function findEscalationItem<T extends AuthoredItem>(
  items: readonly T[],
  fingerprint: string,
  botLogin: string | null,
): T | undefined {
  return items.find((item) => isTrustedAuthor(item, botLogin) && escalationFingerprintsIn(item.body).includes(fingerprint));
}

/** Every finding fingerprint that trusted items already carry. */
export function collectFindingFingerprints(items: readonly AuthoredItem[], botLogin: string | null): Set<string> {
  const fingerprints = new Set<string>();
  for (const item of items) {
    if (!isTrustedAuthor(item, botLogin)) continue;
    for (const fingerprint of findingFingerprintsIn(item.body)) fingerprints.add(fingerprint);
  }
  return fingerprints;
}

// ---- markers of the review's progress across pushes ----------------------------------------

const STATE_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:state ([A-Za-z0-9+/=]*) -->`, 'g');
const LLM_SOURCE_MARKER = `<!-- ${MARKER_NAMESPACE}:source llm -->`;
const RESOLVED_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:resolved ([A-Za-z0-9._:%-]+) -->`);

/**
 * The summary's record of what was reviewed, as standard base64 (no `-`, so the payload can
 * never end the HTML comment). The payload format belongs to publish/state/review-state.ts.
 */
export function reviewStateMarker(payload: string): string {
  return `<!-- ${MARKER_NAMESPACE}:state ${payload} -->`;
}

/**
 * The payload of the one state marker in `body`. Two or more markers are not ours to choose
 * between (our renderer writes exactly one), so the body then counts as carrying none.
 */
export function reviewStatePayloadIn(body: string | null | undefined): string | undefined {
  if (typeof body !== 'string') return undefined;
  const matches = [...body.matchAll(STATE_PATTERN)];
  return matches.length === 1 ? matches[0]![1] : undefined;
}

/** Marks an inline comment whose finding came from the LLM pass (its scope differs from the rules'). */
export function llmSourceMarker(): string {
  return LLM_SOURCE_MARKER;
}

export function hasLlmSourceMarker(body: string | null | undefined): boolean {
  return typeof body === 'string' && body.includes(LLM_SOURCE_MARKER);
}

/** Marks our "Resolved in <sha>" reply, so a later run does not reply again. */
export function resolvedMarker(fingerprint: string): string {
  return `<!-- ${MARKER_NAMESPACE}:resolved ${encodeFingerprint(fingerprint)} -->`;
}

export function hasResolvedMarker(body: string | null | undefined): boolean {
  return typeof body === 'string' && RESOLVED_PATTERN.test(body);
}

// ---- the decision loop's markers on an escalation issue --------------------------------------

const PR_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:pr (\\d+) -->`);
const EVIDENCE_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:evidence ([0-9a-f]+) -->`);
const DECISION_PATTERN = new RegExp(`<!-- ${MARKER_NAMESPACE}:decision (approved|rejected) ([0-9a-f]+) -->`);

/** The pull request an escalation issue belongs to: decisions are per pull request. */
export function pullRequestMarker(number: number): string {
  return `<!-- ${MARKER_NAMESPACE}:pr ${number} -->`;
}

export function pullRequestNumberIn(body: string | null | undefined): number | undefined {
  const match = typeof body === 'string' ? PR_PATTERN.exec(body) : null;
  return match ? Number(match[1]) : undefined;
}

/** The digest of the evidence the issue currently shows. */
export function evidenceMarker(digest: string): string {
  return `<!-- ${MARKER_NAMESPACE}:evidence ${digest} -->`;
}

export function evidenceDigestIn(body: string | null | undefined): string | undefined {
  const match = typeof body === 'string' ? EVIDENCE_PATTERN.exec(body) : null;
  return match?.[1];
}

/** Starts the decision section of an issue body: the verdict and the evidence it was taken on. */
export function decisionMarker(verdict: 'approved' | 'rejected', evidenceDigest: string): string {
  return `<!-- ${MARKER_NAMESPACE}:decision ${verdict} ${evidenceDigest} -->`;
}

export function decisionIn(body: string | null | undefined): { verdict: 'approved' | 'rejected'; evidence: string; index: number } | undefined {
  const match = typeof body === 'string' ? DECISION_PATTERN.exec(body) : null;
  if (!match) return undefined;
  return { verdict: match[1] as 'approved' | 'rejected', evidence: match[2]!, index: match.index };
}

/** The trusted escalation issue of one pull request for `fingerprint`. */
export function findPullRequestEscalation<T extends AuthoredItem>(
  items: readonly T[],
  fingerprint: string,
  pullNumber: number,
  botLogin: string | null,
): T | undefined {
  return items.find(
    (item) => isTrustedAuthor(item, botLogin) && pullRequestNumberIn(item.body) === pullNumber && escalationFingerprintsIn(item.body).includes(fingerprint),
  );
}
