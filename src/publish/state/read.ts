// Reads the state the previous review left in its summary comment, before this run reviews
// anything (an incremental review needs the last reviewed commit).
import type { GitHubClient } from '../../github/client.js';
import { DEFAULT_BOT_LOGIN, findSummaryItem } from '../markers.js';
import { decodeReviewState, type ReviewState } from './review-state.js';

/**
 * The state in our summary comment of the pull request, if there is one and it is intact. One
 * paginated listing. Only the bot's own summary is read (`botLogin`, default the workflow
 * token's account; `null` trusts any author). A damaged state is the same as none: the caller
 * then reviews in full. So is a failed listing: reviewing everything again is the safe side,
 * and the publisher, which lists the same comments, reports the failure if it persists.
 */
export async function readPreviousReviewState(
  client: GitHubClient,
  owner: string,
  repo: string,
  prNumber: number,
  botLogin: string | null = DEFAULT_BOT_LOGIN,
  log: (line: string) => void = () => {},
): Promise<ReviewState | undefined> {
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: prNumber, per_page: 100 });
    const summary = findSummaryItem(comments, botLogin);
    const state = decodeReviewState(summary?.body);
    if (summary && !state) log('the summary comment carries no readable review state: this is a full review');
    return state;
  } catch (error) {
    log(`could not read the previous review state (${error instanceof Error ? error.message : String(error)}): this is a full review`);
    return undefined;
  }
}
