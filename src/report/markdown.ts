// The review as Markdown for a reader outside a pull request: the CLI's default output and the
// workflow's job summary. It is the summary comment's renderer with every finding listed,
// without the hidden marker (which only identifies the comment on GitHub).
import type { Review } from '../model.js';
import { summaryMarker } from '../publish/markers.js';
import { renderSummary } from '../publish/render/summary.js';

export interface MarkdownReportOptions {
  repoUrl?: string;
  headSha?: string;
  /** Reviewed outside a pull request (the CLI): no inline comments, no issues. */
  local?: boolean;
  dryRun?: boolean;
}

export function renderMarkdownReport(review: Review, options: MarkdownReportOptions = {}): string {
  const escalationLinks = new Map(review.escalations.flatMap((e) => (e.issue ? [[e.fingerprint, e.issue] as const] : [])));
  const body = renderSummary(review, {
    unanchored: review.findings,
    headSha: options.headSha ?? review.head,
    escalationLinks,
    ...(options.local ? { local: true } : {}),
    ...(options.dryRun ? { dryRun: true } : {}),
    ...(options.repoUrl ? { repoUrl: options.repoUrl } : {}),
  });
  const withoutMarker = body.replace(summaryMarker(), '').replace(/^\s*\n/, '');
  return withoutMarker.endsWith('\n') ? withoutMarker : `${withoutMarker}\n`;
}
