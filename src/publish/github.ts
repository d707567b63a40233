// Turns a finished Review into GitHub writes: escalation issues, one PR review with the inline
// comments, and the summary comment. Each step is idempotent across re-runs (found again by
// its hidden marker and updated, not repeated), and each step fails on its own: an error is
// recorded and the next step still runs. Whatever cannot be posted inline ends up in the
// summary, so no finding is lost.
//
// The number of API calls does not grow with the number of findings: one review carries every
// inline comment; listings are paginated 100 at a time.
import type { ChangedFile, Escalation, Finding, Review } from '../model.js';
import type { GitHubClient } from '../github/client.js';
import { anchorFindings, type InlineComment } from '../review/anchor.js';
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
  reviewId?: number;
  /** Inline comments posted by this run (earlier runs' comments are not repeated). */
  inlineCount: number;
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

/** A failed request described with its HTTP status, for the log and the summary. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const status = (error as { status?: unknown }).status;
    const message = error instanceof Error ? error.message : String(error);
    return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
  }
  return String(error);
}

function statusOf(error: unknown): number | undefined {
  const status = error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

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
  const found = findPullRequestEscalation(existing, escalation.fingerprint, pr.number, ctx.botLogin);
  if (!found) {
    const { data } = await client.rest.issues.create({ owner, repo, title: rendered.title, body: rendered.body, labels: [ESCALATION_LABEL] });
    ctx.options.log(`created escalation issue #${data.number} (${escalation.trigger})`);
    ctx.result.escalationIssues.push({ fingerprint: escalation.fingerprint, number: data.number, url: data.html_url, created: true, decision: 'pending' });
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
    await client.rest.issues.update({ owner, repo, issue_number: found.number, ...update });
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

// ---- d. the decision status ----------------------------------------------------------------

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

/** Posts the new inline comments; returns the findings that must go to the summary instead. */
async function publishInlineReview(ctx: Context, inline: readonly InlineComment[], byFingerprint: ReadonlyMap<string, Finding>): Promise<Finding[]> {
  const { client, owner, repo, pr } = ctx.options;
  if (inline.length === 0) return [];

  let alreadyPosted: Set<string>;
  try {
    const comments = await client.paginate(client.rest.pulls.listReviewComments, { owner, repo, pull_number: pr.number, per_page: 100 });
    alreadyPosted = collectFindingFingerprints(comments, ctx.botLogin);
  } catch (error) {
    // Posting blind would repeat earlier runs' comments; the summary lists them instead.
    const line = fail(ctx, 'Could not list earlier review comments, so no inline comment was posted', error);
    ctx.publishNotices.push(`${line}. The findings are listed below instead.`);
    return findingsOf(inline, byFingerprint);
  }

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

  try {
    const { data } = await client.rest.pulls.createReview({
      owner,
      repo,
      pull_number: pr.number,
      commit_id: pr.headSha,
      event: 'COMMENT',
      body: `Data Engineer Review: ${plural(toPost.length, 'finding')} on the changed lines. The summary comment has the full review.`,
      comments: toPost.map((comment) => ({
        path: comment.path,
        line: comment.line,
        side: comment.side,
        ...(comment.startLine !== undefined ? { start_line: comment.startLine, start_side: comment.side } : {}),
        body: comment.body,
      })),
      // Never retried: a retried review POST can post the whole review twice.
      request: { retries: 0 },
    });
    ctx.result.reviewId = data.id;
    ctx.result.inlineCount = toPost.length;
    ctx.options.log(`posted review ${data.id} with ${plural(toPost.length, 'inline comment')}`);
    return overflow;
  } catch (error) {
    const unprocessable = statusOf(error) === 422;
    const line = fail(ctx, unprocessable ? 'GitHub refused the inline review' : 'Could not post the inline review', error);
    ctx.publishNotices.push(`${line}. ${toPost.length === 1 ? 'Its finding is' : `Its ${toPost.length} findings are`} listed below instead.`);
    return [...findingsOf(toPost, byFingerprint), ...overflow];
  }
}

// ---- c. the summary comment ----------------------------------------------------------------

async function publishSummary(ctx: Context, unanchored: Finding[]): Promise<void> {
  const { client, owner, repo, pr, review } = ctx.options;
  const escalationLinks = new Map(ctx.result.escalationIssues.map((issue) => [issue.fingerprint, { number: issue.number, url: issue.url }]));
  const body = renderSummary(review, {
    unanchored,
    ...(ctx.repoUrl ? { repoUrl: ctx.repoUrl } : {}),
    headSha: pr.headSha,
    escalationLinks,
    publishNotices: ctx.publishNotices,
  });

  let existing: { id: number; body?: string | null; html_url: string } | undefined;
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pr.number, per_page: 100 });
    existing = findSummaryItem(comments, ctx.botLogin);
  } catch (error) {
    // The summary is where unanchored findings live: better a second summary than none.
    fail(ctx, 'Could not list the pull request comments; a new summary comment is posted', error);
  }

  if (existing) {
    ctx.result.summaryCommentId = existing.id;
    ctx.result.summaryUrl = existing.html_url;
    if ((existing.body ?? '') === body) {
      ctx.options.log(`summary comment ${existing.id} is up to date`);
      return;
    }
    await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    ctx.options.log(`updated summary comment ${existing.id}`);
    return;
  }
  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
  ctx.result.summaryCommentId = data.id;
  ctx.result.summaryUrl = data.html_url;
  ctx.options.log(`created summary comment ${data.id}`);
}

export async function publishToGitHub(options: PublishOptions): Promise<PublishResult> {
  const repoUrl = options.repoUrl ?? repoUrlFromPullUrl(options.pr.url);
  const ctx: Context = {
    options,
    botLogin: options.botLogin === undefined ? DEFAULT_BOT_LOGIN : options.botLogin,
    ...(repoUrl ? { repoUrl } : {}),
    result: { inlineCount: 0, escalationIssues: [], closedIssues: [], errors: [] },
    publishNotices: [],
  };

  await publishEscalations(ctx);

  const { inline, unanchored } = anchorFindings(options.review.findings, options.files);
  const byFingerprint = new Map(options.review.findings.map((finding) => [finding.fingerprint, finding]));
  let notInline: Finding[];
  try {
    notInline = [...unanchored, ...(await publishInlineReview(ctx, inline, byFingerprint))];
  } catch (error) {
    // publishInlineReview catches its own request errors; this is the last line of defence.
    fail(ctx, 'Could not post the inline review', error);
    notInline = [...unanchored, ...findingsOf(inline, byFingerprint)];
  }

  try {
    await publishSummary(ctx, notInline);
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
