// Turns a finished Review into GitHub writes: escalation issues, one PR review with the inline
// comments, and the summary comment. Each step is idempotent across re-runs (found again by
// its hidden marker and updated, not repeated), and each step fails on its own: an error is
// recorded and the next step still runs. Whatever cannot be posted inline ends up in the
// summary, so no finding is lost.
//
// The number of API calls does not grow with the number of findings: one review carries every
// inline comment; listings are paginated 100 at a time. Two things may add calls, each bounded:
// a review GitHub refuses (422) is bisected to find the refused comments (at most 2·log2(n)+2
// POSTs), and each FIXED finding's thread gets one reply and one resolution.
//
// Across pushes, the summary carries a hidden state (publish/state): the head commits reviewed
// and every finding's identity, so the summary can say what is new, still open and fixed.
import type { ChangedFile, Escalation, Finding, Review } from '../model.js';
import type { GitHubClient } from '../github/client.js';
import { anchorFindings, type InlineComment } from '../review/anchor.js';
import { postBisecting } from './bisect-review.js';
import { keepOneEscalationIssue, keepOneInlineCommentPerFinding, keepOneSummary, type ReconcileContext } from './reconcile.js';
import { describeError, statusOf } from './errors.js';
import { resolveFixedThreads, type ListedReviewComment } from './resolve-threads.js';
import { compareWithPrevious, nextReviewState, wasRechecked, type FindingStatus, type FixedFinding, type ReviewProgress, type ReviewScope } from './state/progress.js';
import { decodeReviewState, encodeReviewState, type ReviewState } from './state/review-state.js';
import {
  aggregateDecisionStatus,
  DECISION_LABELS,
  DECISION_STATUS_CONTEXT,
  decisionStateOf,
  evidenceDigest,
  type DecisionState,
  type EscalationDecision,
} from '../escalation/decision.js';
import { decisionSectionOf, withDecision } from './decision-record.js';
import {
  collectFindingFingerprints,
  DEFAULT_BOT_LOGIN,
  decisionIn,
  escalationFingerprintsIn,
  findPullRequestEscalation,
  findSummaryItem,
  hasLlmSourceMarker,
  isTrustedAuthor,
  pullRequestNumberIn,
} from './markers.js';
import { renderEscalationIssue } from './render/escalation-issue.js';
import { plural } from './render/format.js';
import { renderSummary } from './render/summary.js';

export const ESCALATION_LABEL = 'needs-human-decision';
const ESCALATION_LABEL_COLOUR = 'd93f0b';
const ESCALATION_LABEL_DESCRIPTION = 'A data-engineering choice a person must make before the pull request goes ahead';

/** More inline comments than this in one review bury the important ones; the rest go to the summary. */
export const DEFAULT_MAX_INLINE_COMMENTS = 50;

export interface PublishOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  pr: { number: number; title: string; url: string; headSha: string };
  review: Review;
  files: ChangedFile[];
  /**
   * The account our comments are posted as; only its comments and issues are trusted to carry
   * our markers. Defaults to the workflow token's `github-actions[bot]`. `null` when unknown
   * (then any author is trusted: a personal token's login should be passed instead).
   */
  botLogin?: string | null;
  /** `https://github.com/owner/repo`; derived from the PR URL when absent. */
  repoUrl?: string;
  /** New inline comments per run; the rest are listed in the summary. */
  maxInlineComments?: number;
  /** Undecided escalations make the decision status a failure instead of pending (fail-on escalation). */
  pendingDecisionFails?: boolean;
  /**
   * The state the previous review left (readPreviousReviewState), when the caller already read it
   * to plan an incremental review; otherwise it is read from the summary comment found anyway.
   */
  previousState?: ReviewState;
  /** What this run reviewed: LLM findings in files outside `llmFiles` were not re-checked, so they are not "fixed". */
  reviewScope?: ReviewScope;
  log: (line: string) => void;
}

export interface PublishedEscalationIssue {
  fingerprint: string;
  number: number;
  url: string;
  created: boolean;
  /** The human decision on it, as recorded in the issue, valid for the current evidence. */
  decision: DecisionState;
}

export interface PublishResult {
  /** The first review posted by this run; a refused review bisected into parts posts several (reviewIds). */
  reviewId?: number;
  reviewIds: number[];
  /** Inline comments posted by this run (earlier runs' comments are not repeated). */
  inlineCount: number;
  /** Inline comments GitHub refused on their own (found by bisecting a 422), now in the summary. */
  refusedInline: number;
  /** Each current finding: new in the head commit under review, or still open from an earlier one. */
  findingStatus: Record<string, FindingStatus>;
  /** Findings of the previous review that this one looked at again and no longer reports. */
  fixed: FixedFinding[];
  /** Our inline comments answered "Resolved in <sha>" by this run, and those whose thread it resolved. */
  repliedComments: number[];
  resolvedComments: number[];
  /** The review state written into the summary (possibly cut to fit). */
  state?: ReviewState;
  summaryCommentId?: number;
  summaryUrl?: string;
  escalationIssues: PublishedEscalationIssue[];
  /** Escalation issues of this pull request closed because their trigger is gone. */
  closedIssues: number[];
  /** The `data-engineer-review/decision` status posted on the head commit. */
  decisionStatus?: { state: string; description: string };
  errors: string[];
}

interface Context {
  options: PublishOptions;
  botLogin: string | null;
  repoUrl?: string;
  result: PublishResult;
  /** Warnings the summary must show the reader. */
  publishNotices: string[];
}

export { describeError };
export type { ReviewState, ReviewScope, FindingStatus, FixedFinding };

function fail(ctx: Context, what: string, error: unknown): string {
  const line = `${what}: ${describeError(error)}`;
  ctx.result.errors.push(line);
  ctx.options.log(`error: ${line}`);
  return line;
}

export function repoUrlFromPullUrl(pullUrl: string): string | undefined {
  const match = /^(https?:\/\/.+?)\/pull\/\d+\/?$/.exec(pullUrl);
  return match?.[1];
}

// ---- a. escalation issues ------------------------------------------------------------------

async function ensureEscalationLabel(ctx: Context): Promise<void> {
  const { client, owner, repo } = ctx.options;
  try {
    await client.rest.issues.getLabel({ owner, repo, name: ESCALATION_LABEL });
    return;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  try {
    await client.rest.issues.createLabel({
      owner,
      repo,
      name: ESCALATION_LABEL,
      color: ESCALATION_LABEL_COLOUR,
      description: ESCALATION_LABEL_DESCRIPTION,
    });
    ctx.options.log(`created label ${ESCALATION_LABEL}`);
  } catch (error) {
    // 422 "already_exists": another run created it between our two calls.
    if (statusOf(error) !== 422) throw error;
  }
}

interface ExistingIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  user?: { login?: string | null } | null;
  labels?: Array<string | { name?: string | null }>;
  pull_request?: unknown;
}

function labelNames(issue: ExistingIssue): string[] {
  return (issue.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean);
}

/**
 * The decision an existing issue carries: the hidden record written when a person decided,
 * confirmed by its label (removing the label withdraws the decision).
 */
function recordedDecision(issue: ExistingIssue): { verdict: 'approved' | 'rejected'; evidence: string } | undefined {
  const recorded = decisionIn(issue.body);
  if (!recorded) return undefined;
  return labelNames(issue).includes(DECISION_LABELS[recorded.verdict]) ? recorded : undefined;
}

async function publishEscalation(ctx: Context, escalation: Escalation, existing: readonly ExistingIssue[]): Promise<void> {
  const { client, owner, repo, pr, review } = ctx.options;
  const rendered = renderEscalationIssue(escalation, {
    agentName: review.agent.name,
    pr: { number: pr.number, title: pr.title, url: pr.url },
    ...(ctx.repoUrl ? { repoUrl: ctx.repoUrl } : {}),
    headSha: pr.headSha,
  });
  const evidence = evidenceDigest(escalation);
  // The lowest number, should a concurrent run have opened the same issue twice.
  const found = findPullRequestEscalation([...existing].sort((a, b) => a.number - b.number), escalation.fingerprint, pr.number, ctx.botLogin);
  const open = async (): Promise<void> => {
    const { data } = await client.rest.issues.create({ owner, repo, title: rendered.title, body: rendered.body, labels: [ESCALATION_LABEL] });
    ctx.options.log(`created escalation issue #${data.number} (${escalation.trigger})`);
    const kept = await keepOneEscalationIssue(reconcileContext(ctx), { number: data.number, url: data.html_url }, escalation.fingerprint, ESCALATION_LABEL);
    ctx.result.escalationIssues.push({ fingerprint: escalation.fingerprint, number: kept.number, url: kept.url, created: kept.number === data.number, decision: 'pending' });
  };
  if (!found) {
    await open();
    return;
  }

  const recorded = recordedDecision(found);
  const decision = decisionStateOf(recorded, evidence);
  const update: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: string[] } = {};
  let note: string | undefined;
  let body = rendered.body;
  if (decision !== 'pending') {
    // A decision taken on this very evidence stands: keep its record, raise nothing again.
    const section = decisionSectionOf(found.body);
    if (section) body = withDecision(body, section);
  } else if (recorded) {
    // The evidence changed since the decision: it no longer covers what the PR now does.
    update.labels = labelNames(found).filter((name) => name !== DECISION_LABELS.approved && name !== DECISION_LABELS.rejected);
    if (found.state === 'closed') update.state = 'open';
    note = `The evidence changed since the ${recorded.verdict === 'approved' ? 'approval' : 'rejection'} (commit \`${pr.headSha.slice(0, 12)}\`), so the decision no longer covers this pull request: a new decision is needed.`;
  } else if (found.state === 'closed') {
    // Closing the issue by hand is not a decision: the hold stays until one is recorded.
    update.state = 'open';
    note = 'This issue was closed without a recorded decision, so it is open again. Record one with `/decision approve <reason>` or `/decision reject <reason>`.';
  }
  if (found.title !== rendered.title) update.title = rendered.title;
  if ((found.body ?? '') !== body) update.body = body;
  if (Object.keys(update).length > 0) {
    try {
      await client.rest.issues.update({ owner, repo, issue_number: found.number, ...update });
    } catch (error) {
      // Deleted since we listed it (an admin deleted it, or it was transferred away): the
      // escalation still needs a place for its decision, so it gets a new issue, as a deleted
      // summary gets a new comment. Its old decision went with it.
      if (statusOf(error) !== 404 && statusOf(error) !== 410) throw error;
      ctx.options.log(`escalation issue #${found.number} (${escalation.trigger}) is gone; opening a new one`);
      await open();
      return;
    }
    ctx.options.log(`updated escalation issue #${found.number} (${escalation.trigger})`);
  } else {
    ctx.options.log(`escalation issue #${found.number} (${escalation.trigger}) is up to date (${decision})`);
  }
  if (note) await client.rest.issues.createComment({ owner, repo, issue_number: found.number, body: note });
  ctx.result.escalationIssues.push({ fingerprint: escalation.fingerprint, number: found.number, url: found.html_url, created: false, decision });
}

/** Open escalation issues of this pull request whose trigger the change no longer shows. */
async function closeVanishedEscalations(ctx: Context, existing: readonly ExistingIssue[]): Promise<void> {
  const { client, owner, repo, pr, review } = ctx.options;
  const current = new Set(review.escalations.map((escalation) => escalation.fingerprint));
  for (const issue of existing) {
    if (issue.state !== 'open' || !isTrustedAuthor(issue, ctx.botLogin) || pullRequestNumberIn(issue.body) !== pr.number) continue;
    const fingerprints = escalationFingerprintsIn(issue.body);
    if (fingerprints.length === 0 || fingerprints.some((fingerprint) => current.has(fingerprint))) continue;
    try {
      await client.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue.number,
        body: `No longer needed: as of commit \`${pr.headSha.slice(0, 12)}\`, pull request #${pr.number} no longer shows this trigger. Closing; it reopens if the trigger comes back.`,
      });
      await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'not_planned' });
      ctx.result.closedIssues.push(issue.number);
      ctx.options.log(`closed escalation issue #${issue.number}: its trigger is gone`);
    } catch (error) {
      fail(ctx, `Could not close the escalation issue #${issue.number}, whose trigger is gone`, error);
    }
  }
}

async function publishEscalations(ctx: Context): Promise<void> {
  const { client, owner, repo, review } = ctx.options;
  try {
    if (review.escalations.length === 0) {
      // Nothing to raise; earlier runs' issues of this PR may still need closing.
      const listed = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: ESCALATION_LABEL, state: 'open', per_page: 100 });
      await closeVanishedEscalations(ctx, listed.filter((issue) => !issue.pull_request));
      return;
    }
  } catch (error) {
    // A 404/410 here (issues disabled, label never created) means there is nothing of ours to close.
    if (statusOf(error) !== 404 && statusOf(error) !== 410) fail(ctx, 'Could not list earlier escalation issues', error);
    return;
  }
  try {
    await ensureEscalationLabel(ctx);
  } catch (error) {
    // Without the label an issue would be created unlabelled (GitHub drops unknown labels
    // silently) and the next run, which finds issues by label, would create it again.
    fail(ctx, `Could not ensure the "${ESCALATION_LABEL}" label, so no escalation issue was written`, error);
    ctx.publishNotices.push(`The escalation issues could not be written (no "${ESCALATION_LABEL}" label); the escalations are listed here only.`);
    return;
  }
  let existing: ExistingIssue[];
  try {
    const listed = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: ESCALATION_LABEL, state: 'all', per_page: 100 });
    existing = listed.filter((issue) => !issue.pull_request);
  } catch (error) {
    // Creating without knowing what exists would duplicate every issue on each re-run.
    fail(ctx, 'Could not list the escalation issues, so none was written', error);
    ctx.publishNotices.push('The escalation issues could not be written (listing them failed); the escalations are listed here only.');
    return;
  }
  const seen = new Set<string>();
  for (const escalation of review.escalations) {
    if (seen.has(escalation.fingerprint)) continue;
    seen.add(escalation.fingerprint);
    try {
      await publishEscalation(ctx, escalation, existing);
    } catch (error) {
      fail(ctx, `Could not write the escalation issue for "${escalation.trigger}"`, error);
    }
  }
  await closeVanishedEscalations(ctx, existing);
}

// ---- e. the decision status ----------------------------------------------------------------

/**
 * The head commit's `data-engineer-review/decision` status: never green while a decision is
 * awaited or was rejected. An escalation whose issue could not be written counts as pending.
 */
async function publishDecisionStatus(ctx: Context): Promise<void> {
  const { client, owner, repo, pr, review } = ctx.options;
  const byFingerprint = new Map(ctx.result.escalationIssues.map((issue) => [issue.fingerprint, issue]));
  const decisions: EscalationDecision[] = review.escalations.map((escalation) => {
    const issue = byFingerprint.get(escalation.fingerprint);
    return { issue: issue?.number ?? 0, state: issue?.decision ?? 'pending' };
  });
  const status = aggregateDecisionStatus(decisions, ctx.options.pendingDecisionFails ?? false);
  const target = status.targetIssue ? ctx.result.escalationIssues.find((issue) => issue.number === status.targetIssue)?.url : undefined;
  await client.rest.repos.createCommitStatus({
    owner,
    repo,
    sha: pr.headSha,
    state: status.state,
    context: DECISION_STATUS_CONTEXT,
    description: status.description,
    ...(target ? { target_url: target } : {}),
  });
  ctx.result.decisionStatus = { state: status.state, description: status.description };
  ctx.options.log(`decision status: ${status.state} (${status.description})`);
}

// ---- b. the inline review ------------------------------------------------------------------

function severityFirst(findings: ReadonlyMap<string, Finding>) {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return (a: InlineComment, b: InlineComment): number =>
    rank[findings.get(a.fingerprint)?.severity ?? 'info'] - rank[findings.get(b.fingerprint)?.severity ?? 'info'];
}

function findingsOf(comments: readonly InlineComment[], byFingerprint: ReadonlyMap<string, Finding>): Finding[] {
  return comments.map((comment) => byFingerprint.get(comment.fingerprint)).filter((finding): finding is Finding => finding !== undefined);
}

/** Every review comment of the pull request (ours and others', replies included); undefined when listing failed. */
async function listReviewComments(ctx: Context): Promise<ListedReviewComment[] | undefined> {
  const { client, owner, repo, pr } = ctx.options;
  try {
    return await client.paginate(client.rest.pulls.listReviewComments, { owner, repo, pull_number: pr.number, per_page: 100 });
  } catch (error) {
    // Posting blind would repeat earlier runs' comments; the summary lists them instead.
    const line = fail(ctx, 'Could not list earlier review comments, so no inline comment was posted and no fixed finding was answered', error);
    ctx.publishNotices.push(`${line}. The findings are listed below instead.`);
    return undefined;
  }
}

function where(comments: readonly InlineComment[]): string {
  const shown = comments.slice(0, 5).map((comment) => `${comment.path}:${comment.startLine !== undefined ? `${comment.startLine}-` : ''}${comment.line}`);
  return `${shown.join(', ')}${comments.length > shown.length ? ', …' : ''}`;
}

/** Posts the new inline comments; returns the findings that must go to the summary instead. */
async function publishInlineReview(
  ctx: Context,
  inline: readonly InlineComment[],
  byFingerprint: ReadonlyMap<string, Finding>,
  listed: readonly ListedReviewComment[] | undefined,
): Promise<Finding[]> {
  const { client, owner, repo, pr } = ctx.options;
  if (inline.length === 0) return [];
  if (!listed) return findingsOf(inline, byFingerprint);
  const alreadyPosted = collectFindingFingerprints(listed, ctx.botLogin);

  const fresh: InlineComment[] = [];
  for (const comment of inline) {
    if (alreadyPosted.has(comment.fingerprint)) continue;
    alreadyPosted.add(comment.fingerprint);
    fresh.push(comment);
  }
  const skipped = inline.length - fresh.length;
  if (skipped > 0) ctx.options.log(`${plural(skipped, 'inline finding')} already posted by an earlier run`);
  if (fresh.length === 0) {
    ctx.options.log('no new inline comment: no review posted');
    return [];
  }

  const limit = Math.max(0, ctx.options.maxInlineComments ?? DEFAULT_MAX_INLINE_COMMENTS);
  const ordered = [...fresh].sort(severityFirst(byFingerprint));
  const toPost = ordered.slice(0, limit);
  const overflow = findingsOf(ordered.slice(limit), byFingerprint);
  if (overflow.length > 0) {
    ctx.publishNotices.push(`At most ${plural(limit, 'new inline comment')} per run: the other ${overflow.length} are listed below.`);
  }
  if (toPost.length === 0) return overflow;

  const post = async (batch: InlineComment[]): Promise<number> => {
    const { data } = await client.rest.pulls.createReview({
      owner,
      repo,
      pull_number: pr.number,
      commit_id: pr.headSha,
      event: 'COMMENT',
      body: `Data Engineer Review: ${plural(batch.length, 'finding')} on the changed lines. The summary comment has the full review.`,
      comments: batch.map((comment) => ({
        path: comment.path,
        line: comment.line,
        side: comment.side,
        ...(comment.startLine !== undefined ? { start_line: comment.startLine, start_side: comment.side } : {}),
        body: comment.body,
      })),
      // Never retried: a retried review POST can post the whole review twice.
      request: { retries: 0 },
    });
    return data.id;
  };
  const outcome = await postBisecting(toPost, post, (error) => statusOf(error) === 422);

  for (const part of outcome.posted) {
    ctx.result.reviewIds.push(part.id);
    ctx.result.inlineCount += part.items.length;
    ctx.options.log(`posted review ${part.id} with ${plural(part.items.length, 'inline comment')}`);
  }
  if (ctx.result.reviewIds.length > 0) ctx.result.reviewId = ctx.result.reviewIds[0];
  const notPosted: InlineComment[] = [...outcome.refused, ...outcome.unsent, ...(outcome.failure?.items ?? [])];
  if (outcome.posts > 1) ctx.options.log(`GitHub refused the review: bisected in ${plural(outcome.posts, 'review POST')}`);

  if (outcome.failure && outcome.posted.length === 0 && outcome.posts === 1) {
    // Not a refusal: nothing was bisected, the whole review goes to the summary.
    const line = fail(ctx, 'Could not post the inline review', outcome.failure.error);
    ctx.publishNotices.push(`${line}. ${toPost.length === 1 ? 'Its finding is' : `Its ${toPost.length} findings are`} listed below instead.`);
    return [...findingsOf(toPost, byFingerprint), ...overflow];
  }
  if (outcome.refused.length > 0 || outcome.unsent.length > 0) {
    ctx.result.refusedInline = outcome.refused.length;
    const parts: string[] = [];
    if (outcome.refused.length > 0) parts.push(`${plural(outcome.refused.length, 'comment')} refused (${where(outcome.refused)})`);
    if (outcome.unsent.length > 0) parts.push(`${plural(outcome.unsent.length, 'comment')} not sent: the search for the refused ones stopped after ${plural(outcome.posts, 'attempt')}`);
    const line = `GitHub refused the inline review: HTTP 422: ${parts.join('; ')}`;
    ctx.result.errors.push(line);
    ctx.options.log(`error: ${line}`);
    const moved = outcome.refused.length + outcome.unsent.length;
    ctx.publishNotices.push(`${line}. ${moved === 1 ? 'That finding is' : `Those ${moved} findings are`} listed below instead, with links to their lines.`);
  }
  if (outcome.failure) {
    const line = fail(ctx, 'Could not post part of the inline review', outcome.failure.error);
    ctx.publishNotices.push(`${line}. Its findings are listed below instead.`);
  }
  return [...findingsOf(notPosted, byFingerprint), ...overflow];
}

// ---- c. fixed findings: reply and resolve ----------------------------------------------------

async function resolveFixed(ctx: Context, listed: readonly ListedReviewComment[] | undefined, previous: ReviewState | undefined): Promise<void> {
  const { client, owner, repo, pr, review, reviewScope } = ctx.options;
  if (!listed) return;
  const current = new Set(review.findings.map((finding) => finding.fingerprint));
  const previousSource = new Map((previous?.findings ?? []).map((finding) => [finding.fingerprint, finding.source]));
  for (const llm of previous?.llmFindings ?? []) previousSource.set(llm.fingerprint, 'llm');
  const outcome = await resolveFixedThreads({
    client,
    owner,
    repo,
    pullNumber: pr.number,
    headSha: pr.headSha,
    botLogin: ctx.botLogin,
    comments: listed,
    isFixed: (fingerprint, comment) => {
      if (current.has(fingerprint)) return false;
      // Comments written before the source marker existed say it in their visible text (ours, trusted).
      const fromLlm = hasLlmSourceMarker(comment.body) || previousSource.get(fingerprint) === 'llm' || (comment.body ?? '').includes('· from the LLM review');
      return wasRechecked({ file: comment.path, source: fromLlm ? 'llm' : 'rule' }, review, reviewScope);
    },
    log: ctx.options.log,
  });
  ctx.result.repliedComments.push(...outcome.replied);
  ctx.result.resolvedComments.push(...outcome.resolved);
  for (const error of outcome.errors) {
    ctx.result.errors.push(error);
    ctx.options.log(`error: ${error}`);
    ctx.publishNotices.push(error);
  }
}

// ---- d. the summary comment ----------------------------------------------------------------

interface ExistingSummary {
  id: number;
  body?: string | null;
  html_url: string;
}

/** Our summary comment and the state it carries. `listed` is false when the listing failed. */
async function findSummary(ctx: Context): Promise<{ listed: boolean; existing?: ExistingSummary; state?: ReviewState }> {
  const { client, owner, repo, pr } = ctx.options;
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pr.number, per_page: 100 });
    const existing = findSummaryItem(comments, ctx.botLogin);
    const state = decodeReviewState(existing?.body);
    if (existing && !state && !ctx.options.previousState) ctx.options.log('the summary comment carries no readable review state: everything counts as new');
    return { listed: true, ...(existing ? { existing } : {}), ...(state ? { state } : {}) };
  } catch (error) {
    // The summary is where unanchored findings live: better a second summary than none.
    fail(ctx, 'Could not list the pull request comments; a new summary comment is posted', error);
    return { listed: false };
  }
}

async function publishSummary(ctx: Context, unanchored: Finding[], existing: ExistingSummary | undefined, progress: ReviewProgress, state: string): Promise<void> {
  const { client, owner, repo, pr, review } = ctx.options;
  const escalationLinks = new Map(ctx.result.escalationIssues.map((issue) => [issue.fingerprint, { number: issue.number, url: issue.url }]));
  const body = renderSummary(review, {
    unanchored,
    ...(ctx.repoUrl ? { repoUrl: ctx.repoUrl } : {}),
    headSha: pr.headSha,
    escalationLinks,
    publishNotices: ctx.publishNotices,
    progress,
    stateMarker: state,
  });

  if (existing) {
    ctx.result.summaryCommentId = existing.id;
    ctx.result.summaryUrl = existing.html_url;
    if ((existing.body ?? '') === body) {
      ctx.options.log(`summary comment ${existing.id} is up to date`);
      return;
    }
    try {
      await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      ctx.options.log(`updated summary comment ${existing.id}`);
      return;
    } catch (error) {
      // Deleted since we listed it (by a person, or by a concurrent run): post it again.
      if (statusOf(error) !== 404) throw error;
      ctx.options.log(`summary comment ${existing.id} is gone; posting a new one`);
    }
  }
  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
  ctx.result.summaryCommentId = data.id;
  ctx.result.summaryUrl = data.html_url;
  ctx.options.log(`created summary comment ${data.id}`);
  const kept = await keepOneSummary(reconcileContext(ctx), data.id, body);
  ctx.result.summaryCommentId = kept.id;
  if (kept.html_url) ctx.result.summaryUrl = kept.html_url;
}

function reconcileContext(ctx: Context): ReconcileContext {
  const { client, owner, repo, pr, log } = ctx.options;
  return { client, owner, repo, pullNumber: pr.number, botLogin: ctx.botLogin, log };
}

export async function publishToGitHub(options: PublishOptions): Promise<PublishResult> {
  const repoUrl = options.repoUrl ?? repoUrlFromPullUrl(options.pr.url);
  const ctx: Context = {
    options,
    botLogin: options.botLogin === undefined ? DEFAULT_BOT_LOGIN : options.botLogin,
    ...(repoUrl ? { repoUrl } : {}),
    result: {
      reviewIds: [],
      inlineCount: 0,
      refusedInline: 0,
      findingStatus: {},
      fixed: [],
      repliedComments: [],
      resolvedComments: [],
      escalationIssues: [],
      closedIssues: [],
      errors: [],
    },
    publishNotices: [],
  };

  await publishEscalations(ctx);

  // The summary is looked up first: the state it carries says what is new and what was fixed.
  const summary = await findSummary(ctx);
  const previous = options.previousState ?? summary.state;
  const progress = compareWithPrevious(options.review, previous, options.pr.headSha, options.reviewScope);
  ctx.result.findingStatus = Object.fromEntries(progress.status);
  ctx.result.fixed = progress.fixed;

  const { inline, unanchored } = anchorFindings(options.review.findings, options.files);
  const byFingerprint = new Map(options.review.findings.map((finding) => [finding.fingerprint, finding]));
  const listed = await listReviewComments(ctx);
  let notInline: Finding[];
  try {
    notInline = [...unanchored, ...(await publishInlineReview(ctx, inline, byFingerprint, listed))];
  } catch (error) {
    // publishInlineReview catches its own request errors; this is the last line of defence.
    fail(ctx, 'Could not post the inline review', error);
    notInline = [...unanchored, ...findingsOf(inline, byFingerprint)];
  }

  if (ctx.result.inlineCount > 0) {
    try {
      await keepOneInlineCommentPerFinding(reconcileContext(ctx));
    } catch (error) {
      fail(ctx, 'Could not check the inline comments for duplicates of a concurrent run', error);
    }
  }

  try {
    await resolveFixed(ctx, listed, previous);
  } catch (error) {
    fail(ctx, 'Could not answer the comments of fixed findings', error);
  }

  try {
    const { marker, stored } = encodeReviewState(nextReviewState(options.review, previous, progress, options.pr.headSha));
    ctx.result.state = stored;
    await publishSummary(ctx, notInline, summary.existing, progress, marker);
  } catch (error) {
    fail(ctx, 'Could not write the summary comment', error);
  }

  try {
    await publishDecisionStatus(ctx);
  } catch (error) {
    fail(ctx, 'Could not set the decision status on the head commit', error);
  }
  return ctx.result;
}
