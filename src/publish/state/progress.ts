// New, still open, fixed: the current review compared with the state the previous one left.
//
// "Fixed" is a strong word to show a reviewer, and it also resolves their review threads, so
// a finding only counts as fixed when this run really looked again and did not see it:
// - an LLM finding, when the model re-read its file in this run (it did not if the pass was
//   skipped or failed, if the file was left out of an incremental pass, or if the call that
//   carried it failed);
// - a rule finding, when its file was fully analysed again (a file that could not be parsed
//   this time has no findings, but nothing was fixed).
// A finding that was not looked at again is neither open nor fixed: it is carried into the
// next state unchanged, so that a later run can still decide.
//
// "New" means first reported for the head commit under review, and "fixed" means gone in it,
// so a re-run of the same commit (a re-run job, a `/data-review` command) says the same as the
// first run of that commit instead of "nothing new, nothing fixed".
import type { Finding, FindingSource, Review } from '../../model.js';
import {
  nextHeadCommits,
  stateFindingOf,
  stateLlmFindingOf,
  type ReviewState,
  type StateFinding,
  type StateFixedFinding,
  type StateLlmFinding,
} from './review-state.js';

export type FindingStatus = 'new' | 'open';

/** What the run reviewed: with `llmFiles`, the LLM pass covered only these files (an incremental review). */
export interface ReviewScope {
  llmFiles?: ReadonlySet<string>;
}

/** A finding of the previous review that this one no longer reports (with its title and message when known). */
export type FixedFinding = StateFixedFinding;

export interface ReviewProgress {
  /** An earlier head commit was reviewed: only then are "new", "still open" and "fixed" meaningful to show. */
  hasPrevious: boolean;
  /** The last head commit reviewed before the one under review. */
  previousHead?: string;
  /** Every current finding's status, by fingerprint. */
  status: ReadonlyMap<string, FindingStatus>;
  fixed: FixedFinding[];
  /** Findings of the previous state that this run did not look at again. */
  carried: StateFinding[];
}

/**
 * Whether this run looked again at findings of `source` in `file`. A file that is no longer part
 * of the change cannot carry a finding of this pull request any more: its findings are gone.
 */
export function wasRechecked(entry: { file: string; source: FindingSource }, review: Review, scope: ReviewScope = {}): boolean {
  const report = review.files.find((file) => file.path === entry.file);
  if (!report) return true;
  if (entry.source === 'llm') {
    const { status, coverage } = review.llm;
    if (status !== 'ok' && status !== 'partial') return false;
    if (scope.llmFiles && !scope.llmFiles.has(entry.file)) return false;
    // Without a coverage list only a complete pass vouches for every file.
    return coverage ? coverage.reviewed.includes(entry.file) : status === 'ok';
  }
  return report.status === 'removed' || report.analysed === 'full';
}

/** The previous review's findings: the identity list, completed by LLM copies the list may have lost to a cut. */
function previousFindings(previous: ReviewState): StateFinding[] {
  const all = [...previous.findings];
  const known = new Set(all.map((finding) => finding.fingerprint));
  for (const llm of previous.llmFindings) {
    if (!known.has(llm.fingerprint)) all.push({ fingerprint: llm.fingerprint, rule: llm.rule, file: llm.file, line: llm.line, source: 'llm' });
    known.add(llm.fingerprint);
  }
  return all;
}

/** Compares `review` of `headSha` with the state the previous review left. */
export function compareWithPrevious(review: Review, previous: ReviewState | undefined, headSha: string, scope: ReviewScope = {}): ReviewProgress {
  const current = new Set(review.findings.map((finding) => finding.fingerprint));
  if (!previous) {
    return { hasPrevious: false, status: new Map(review.findings.map((finding) => [finding.fingerprint, 'new' as const])), fixed: [], carried: [] };
  }
  const heads = previous.headCommits;
  const rerun = heads.at(-1) === headSha;
  const previousHead = rerun ? heads.at(-2) : heads.at(-1);

  const before = new Map(previousFindings(previous).map((finding) => [finding.fingerprint, finding]));
  const status = new Map<string, FindingStatus>();
  for (const finding of review.findings) {
    const earlier = before.get(finding.fingerprint);
    status.set(finding.fingerprint, earlier === undefined || earlier.firstSeen === headSha ? 'new' : 'open');
  }

  const llmCopies = new Map(previous.llmFindings.map((finding) => [finding.fingerprint, finding]));
  const fixed: FixedFinding[] = [];
  const listed = new Set<string>();
  // A re-run of the same commit shows again what its first run found fixed (unless it came back).
  if (rerun) {
    for (const entry of previous.fixed) {
      if (current.has(entry.fingerprint) || listed.has(entry.fingerprint)) continue;
      listed.add(entry.fingerprint);
      fixed.push(entry);
    }
  }
  const carried: StateFinding[] = [];
  for (const finding of before.values()) {
    if (current.has(finding.fingerprint) || listed.has(finding.fingerprint)) continue;
    listed.add(finding.fingerprint);
    if (!wasRechecked(finding, review, scope)) {
      carried.push(finding);
      continue;
    }
    const copy = llmCopies.get(finding.fingerprint);
    const { firstSeen: _firstSeen, ...identity } = finding;
    fixed.push({ ...identity, ...(copy ? { title: copy.title, message: copy.message } : {}) });
  }
  return { hasPrevious: previousHead !== undefined, ...(previousHead ? { previousHead } : {}), status, fixed, carried };
}

/**
 * Whether the model has now seen every data file of the pull request as of this head commit:
 * this pass completed and skipped nothing (files it did not get again in an incremental review
 * were covered at the earlier commit, and their findings were carried).
 */
function llmCoveredEverything(review: Review): boolean {
  return review.llm.status === 'ok' && (review.llm.coverage?.skipped.length ?? 0) === 0;
}

/** The state this run leaves: its own findings plus those it carried without looking at them again. */
export function nextReviewState(review: Review, previous: ReviewState | undefined, progress: ReviewProgress, headSha: string): ReviewState {
  const llmCommit = llmCoveredEverything(review) ? headSha : previous?.llmCommit;
  const firstSeen = new Map((previous?.findings ?? []).map((finding) => [finding.fingerprint, finding.firstSeen]));
  const carriedIds = new Set(progress.carried.map((finding) => finding.fingerprint));
  const carriedLlm: StateLlmFinding[] = (previous?.llmFindings ?? []).filter((finding) => carriedIds.has(finding.fingerprint));
  const seenBefore = (finding: Finding): string | undefined => (firstSeen.has(finding.fingerprint) ? firstSeen.get(finding.fingerprint) : headSha);
  return {
    headCommits: nextHeadCommits(previous?.headCommits ?? [], headSha),
    ...(llmCommit ? { llmCommit } : {}),
    findings: [...review.findings.map((finding) => stateFindingOf(finding, seenBefore(finding))), ...progress.carried],
    llmFindings: [...review.findings.filter((finding) => finding.source === 'llm').map(stateLlmFindingOf), ...carriedLlm],
    fixed: progress.fixed,
    complete: true,
  };
}
