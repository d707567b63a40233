// Decides how much of a pull request the LLM pass must read on this run. The rules are cheap
// and always review the whole pull request; the model is not, so after a push it reads only
// the files that changed since the last head commit it had fully covered, and its earlier
// findings on the other files are carried forward. Anything that makes "what changed since"
// uncertain — no earlier state, a force-push or rebase, a comparison GitHub cannot give in full,
// a `/data-review` command — falls back to a full review.
import type { GitHubClient } from '../github/client.js';
import type { ChangedFile, Finding } from '../model.js';
import { findingOfStateLlm, type ReviewState } from '../publish/state/review-state.js';

// GitHub lists at most 300 files in a comparison; at that count the list may be cut.
const COMPARE_FILE_LIMIT = 300;

export interface IncrementalPlan {
  /** Present: the LLM reads only these paths. Absent: a full review. */
  llmScope?: ReadonlySet<string>;
  /** The model's earlier findings on files outside the scope, carried into this review. */
  carried: Finding[];
  /** One line for the log: which kind of review, and why. */
  reason: string;
}

export interface PlanOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  headSha: string;
  files: readonly ChangedFile[];
  previous: ReviewState | undefined;
  /** A person asked for a full review (`/data-review`). */
  fullReview: boolean;
}

const full = (reason: string): IncrementalPlan => ({ carried: [], reason: `full review: ${reason}` });

function statusOf(error: unknown): number | undefined {
  const status = error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** The paths changed from `from` to `to`, or why they cannot be known exactly. */
async function changedSince(options: PlanOptions, from: string): Promise<{ paths: Set<string> } | { problem: string }> {
  try {
    const { data } = await options.client.rest.repos.compareCommitsWithBasehead({
      owner: options.owner,
      repo: options.repo,
      basehead: `${from}...${options.headSha}`,
      per_page: 1,
    });
    if (data.status !== 'ahead' && data.status !== 'identical') {
      return { problem: `the last reviewed commit ${from.slice(0, 12)} is not an ancestor of the head (${data.status}: a force-push or rebase)` };
    }
    const files = data.files ?? [];
    if (files.length >= COMPARE_FILE_LIMIT) return { problem: `more than ${COMPARE_FILE_LIMIT - 1} files changed since ${from.slice(0, 12)}` };
    const paths = new Set<string>();
    for (const file of files) {
      paths.add(file.filename);
      if (file.previous_filename) paths.add(file.previous_filename);
    }
    return { paths };
  } catch (error) {
    const status = statusOf(error);
    // 404: the commit is gone (force-pushed away); anything else: we cannot tell, so review everything.
    return { problem: status === 404 ? `the last reviewed commit ${from.slice(0, 12)} no longer exists (a force-push)` : `comparing with ${from.slice(0, 12)} failed (${status !== undefined ? `HTTP ${status}` : 'no answer'})` };
  }
}

export async function planIncrementalReview(options: PlanOptions): Promise<IncrementalPlan> {
  if (options.fullReview) return full('requested with /data-review');
  const from = options.previous?.llmCommit;
  if (!options.previous) return full('no earlier review of this pull request');
  if (!from) return full('no earlier LLM pass covered the whole pull request');

  const changed = from === options.headSha ? { paths: new Set<string>() } : await changedSince(options, from);
  if ('problem' in changed) return full(changed.problem);

  const inPullRequest = new Set(options.files.map((file) => file.path));
  const scope = new Set([...changed.paths].filter((path) => inPullRequest.has(path)));
  const carried = options.previous.llmFindings.filter((finding) => !scope.has(finding.file) && inPullRequest.has(finding.file)).map(findingOfStateLlm);
  return {
    llmScope: scope,
    carried,
    reason: `incremental review: the model reads ${scope.size} file(s) changed since ${from.slice(0, 12)}; ${carried.length} earlier LLM finding(s) carried forward`,
  };
}
