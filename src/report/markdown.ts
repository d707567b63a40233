// The review as Markdown for a reader outside a pull request. renderMarkdownReport (the CLI's
// default output) is the summary comment's renderer with every finding listed, without the
// hidden marker (which only identifies the comment on GitHub); renderJobSummary is the
// workflow's job summary, tables of every finding and escalation.
import { llmLine, llmUsageLines } from '../publish/render/summary.js';
import { SEVERITY_RANK, type Escalation, type Finding, type Review } from '../model.js';
import { summaryMarker } from '../publish/markers.js';
import { locationLink, plural, severityBadge } from '../publish/render/format.js';
import { neutraliseInline, safeId } from '../publish/render/neutralise.js';
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

// ---- the job summary ------------------------------------------------------------------------

/** GitHub refuses a step summary above 1 MiB; room is kept for the text around the tables. */
const JOB_SUMMARY_LIMIT = 1_000_000;
const MESSAGE_CELL_LIMIT = 400;

export interface JobSummaryOptions {
  repoUrl?: string;
  headSha?: string;
  dryRun?: boolean;
  /** What this run could not do and why (read-only token, no API key), shown first. */
  channelNotices?: string[];
  /** Findings without a workflow annotation (GitHub's per-step limit). */
  annotationsOmitted?: number;
  /** Why escalations have no issue, when no issue could be written (read-only token). */
  noIssueReason?: string;
}

function jobFindingRow(finding: Finding, ctx: { repoUrl?: string; headSha: string }): string {
  const source = finding.source === 'llm' ? ' (LLM)' : '';
  const message = neutraliseInline(`${finding.title}: ${finding.message}`, MESSAGE_CELL_LIMIT);
  return `| ${severityBadge(finding.severity)} | \`${safeId(finding.rule)}\`${source} | ${locationLink(finding, ctx)} | ${message} |`;
}

function jobEscalationRow(escalation: Escalation, ctx: { repoUrl?: string; headSha: string }, missingIssue: string): string {
  const first = escalation.evidence[0];
  const where = first ? locationLink({ file: first.file, line: first.line }, ctx) : '—';
  const issue = escalation.issue ? `[#${escalation.issue.number}](${escalation.issue.url})` : missingIssue;
  return `| \`${safeId(escalation.trigger)}\` | ${neutraliseInline(escalation.title, 200)} | ${escalation.decision ?? 'pending'} | ${where} | ${issue} |`;
}

/**
 * The workflow's job summary: every finding and escalation in tables (the channel that needs
 * no write access, so it must be complete), what the run could not do, and the notes. Text
 * from the change or the model is neutralised as in the pull request summary.
 */
export function renderJobSummary(review: Review, options: JobSummaryOptions = {}): string {
  const ctx = { headSha: options.headSha ?? review.head, ...(options.repoUrl ? { repoUrl: options.repoUrl } : {}) };
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of review.findings) counts[finding.severity]++;
  const head = ['## Data Engineer Review', ''];
  if (!review.triggered) {
    head.push('No dbt, Airflow or SQL files changed: nothing was reviewed.', '');
  } else {
    const decisions = review.escalations.length === 0 ? 'no escalation' : `${plural(review.escalations.length, 'escalation')} needing a human decision`;
    head.push(`**Findings:** ${plural(counts.error, 'error')} · ${plural(counts.warning, 'warning')} · ${counts.info} info · ${decisions}`, '');
  }
  if (options.dryRun) head.push('_Dry run: nothing was posted to GitHub._', '');
  for (const notice of options.channelNotices ?? []) head.push(`> [!NOTE]\n> ${neutraliseInline(notice, 1000)}`, '');

  const tail: string[] = [];
  if (review.escalations.length > 0) {
    const missing = options.dryRun ? '_dry run: none opened_' : options.noIssueReason ? `_${neutraliseInline(options.noIssueReason, 200)}_` : '_not created (see the log)_';
    tail.push(`### Needs human decision (${review.escalations.length})`, '', '| Trigger | Decision needed | State | Evidence | Issue |', '|---|---|---|---|---|');
    for (const escalation of review.escalations) tail.push(jobEscalationRow(escalation, ctx, missing));
    tail.push('');
  }
  if (review.notices.length > 0) {
    tail.push('### Notes', '');
    for (const notice of review.notices.slice(0, 100)) tail.push(`- ${neutraliseInline(notice, 1000)}`);
    tail.push('');
  }
  // A missing key is already said by the channel notice above; every other state is said here.
  const llmStatus = review.llm.status === 'skipped' && (options.channelNotices?.length ?? 0) > 0 ? undefined : llmLine(review);
  if (llmStatus) tail.push(llmStatus, '');
  const llmLines = llmUsageLines(review);
  if (llmLines.length > 0) tail.push(...llmLines, '');
  tail.push(`<sub>Data Engineer Review ${neutraliseInline(review.version, 50)} · agent ${neutraliseInline(review.agent.name, 100)} ${neutraliseInline(review.agent.version, 50)} · commit ${neutraliseInline(ctx.headSha.slice(0, 12), 12)}</sub>`);

  const table: string[] = [];
  if (review.findings.length > 0) {
    table.push(`### Findings (${review.findings.length})`, '', '| Severity | Rule | Location | Message |', '|---|---|---|---|');
    const sorted = [...review.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line);
    let budget = JOB_SUMMARY_LIMIT - [...head, ...tail].join('\n').length - 2_000;
    let listed = 0;
    for (const finding of sorted) {
      const row = jobFindingRow(finding, ctx);
      if (row.length + 1 > budget) break;
      table.push(row);
      budget -= row.length + 1;
      listed++;
    }
    table.push('');
    if (listed < sorted.length) table.push(`_${plural(sorted.length - listed, 'more finding is', 'more findings are')} not listed here (GitHub's job summary size limit); every finding is in the JSON report and the SARIF file._`, '');
    const omitted = options.annotationsOmitted ?? 0;
    if (omitted > 0) table.push(`_${plural(omitted, 'more finding is', 'more findings are')} not shown as annotations (GitHub shows at most 10 of each level per step); all are in the table above._`, '');
  }
  return `${[...head, ...table, ...tail].join('\n')}\n`;
}
