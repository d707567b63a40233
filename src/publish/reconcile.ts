// Two runs for one pull request at once (a workflow without a `concurrency` group, a re-run
// while the first is still going) each list what exists, see nothing, and each write: two
// summaries, two issues for one escalation, every inline comment twice. Listing before writing
// cannot prevent that, so each run checks again after it wrote, and the copy with the lowest id
// wins. Both runs apply the same rule, so whichever checks last removes the duplicate; a
// duplicate already removed by the other run answers 404, which is fine.
//
// These calls happen only after this run created something (a summary, an issue, inline
// comments), so the number of API calls still does not grow with the number of findings.
import type { GitHubClient } from '../github/client.js';
import { escalationMarker, findingFingerprintsIn, hasSummaryMarker, isTrustedAuthor, pullRequestNumberIn, escalationFingerprintsIn } from './markers.js';

export interface ReconcileContext {
  client: GitHubClient;
  owner: string;
  repo: string;
  pullNumber: number;
  botLogin: string | null;
  log: (line: string) => void;
}

function statusOf(error: unknown): number | undefined {
  const status = error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

async function ignoringGone(request: Promise<unknown>): Promise<void> {
  try {
    await request;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

/**
 * After creating the summary comment `createdId`: the surviving summary (the lowest id). When
 * it is another run's, ours is deleted and the survivor is rewritten with our body, so the
 * pull request ends with one summary holding a complete review.
 */
export async function keepOneSummary(ctx: ReconcileContext, createdId: number, body: string): Promise<{ id: number; html_url?: string }> {
  const { client, owner, repo, pullNumber } = ctx;
  const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pullNumber, per_page: 100 });
  const ours = comments.filter((comment) => isTrustedAuthor(comment, ctx.botLogin) && hasSummaryMarker(comment.body)).sort((a, b) => a.id - b.id);
  const survivor = ours[0];
  if (!survivor || survivor.id === createdId) return { id: createdId };
  ctx.log(`another run posted a summary comment too: keeping ${survivor.id}, removing ${createdId}`);
  await ignoringGone(client.rest.issues.deleteComment({ owner, repo, comment_id: createdId }));
  await client.rest.issues.updateComment({ owner, repo, comment_id: survivor.id, body });
  return { id: survivor.id, html_url: survivor.html_url };
}

interface ListedIssue {
  number: number;
  html_url: string;
  body?: string | null;
  user?: { login?: string | null } | null;
  pull_request?: unknown;
}

/**
 * After creating issue `created` for escalation `fingerprint`: the surviving issue (the lowest
 * number). A later duplicate is closed with a pointer to the survivor, and loses its marker and
 * label so that no run finds it again.
 */
export async function keepOneEscalationIssue(
  ctx: ReconcileContext,
  created: { number: number; url: string },
  fingerprint: string,
  label: string,
): Promise<{ number: number; url: string }> {
  const { client, owner, repo, pullNumber } = ctx;
  const listed: ListedIssue[] = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: label, state: 'all', per_page: 100 });
  const same = listed
    .filter((issue) => !issue.pull_request && isTrustedAuthor(issue, ctx.botLogin) && pullRequestNumberIn(issue.body) === pullNumber && escalationFingerprintsIn(issue.body).includes(fingerprint))
    .sort((a, b) => a.number - b.number);
  const survivor = same[0];
  if (!survivor || survivor.number === created.number) return created;
  ctx.log(`another run opened the same escalation: keeping #${survivor.number}, closing #${created.number} as its duplicate`);
  const current = same.find((issue) => issue.number === created.number)?.body ?? '';
  await client.rest.issues.update({
    owner,
    repo,
    issue_number: created.number,
    body: `Duplicate of #${survivor.number}, opened by a concurrent run.\n\n${current.split(escalationMarker(fingerprint)).join('')}`,
    labels: [],
    state: 'closed',
    state_reason: 'not_planned',
  });
  return { number: survivor.number, url: survivor.html_url };
}

interface ListedReviewComment {
  id: number;
  body?: string | null;
  user?: { login?: string | null } | null;
  in_reply_to_id?: number | null;
}

/**
 * After posting inline comments: every finding whose comment exists more than once keeps the
 * lowest id; the others are deleted. Returns how many were deleted.
 */
export async function keepOneInlineCommentPerFinding(ctx: ReconcileContext): Promise<number> {
  const { client, owner, repo, pullNumber } = ctx;
  const comments: ListedReviewComment[] = await client.paginate(client.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 });
  const firstByFingerprint = new Map<string, number>();
  const duplicates: number[] = [];
  for (const comment of [...comments].sort((a, b) => a.id - b.id)) {
    if (comment.in_reply_to_id || !isTrustedAuthor(comment, ctx.botLogin)) continue;
    const fingerprints = findingFingerprintsIn(comment.body);
    if (fingerprints.length === 0) continue;
    if (fingerprints.every((fingerprint) => firstByFingerprint.has(fingerprint))) {
      duplicates.push(comment.id);
      continue;
    }
    for (const fingerprint of fingerprints) if (!firstByFingerprint.has(fingerprint)) firstByFingerprint.set(fingerprint, comment.id);
  }
  for (const id of duplicates) await ignoringGone(client.rest.pulls.deleteReviewComment({ owner, repo, comment_id: id }));
  if (duplicates.length > 0) ctx.log(`another run posted the same inline comments: removed ${duplicates.length} duplicate(s)`);
  return duplicates.length;
}
