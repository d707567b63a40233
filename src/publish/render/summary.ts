// The summary comment: the one place a reader sees the whole review. It states what was not
// done (LLM skipped or failed, files only partly analysed) as plainly as what was found, never
// reads as an approval, and lists every finding that is not an inline comment so nothing is lost.
import type { Escalation, Finding, Review, Severity } from '../../model.js';
import { SEVERITY_RANK } from '../../model.js';
import { summaryMarker } from '../markers.js';
import { describeLlmUsage } from '../../llm/usage-line.js';
import { checklistText, locationLink, plural, severityBadge } from './format.js';
import { linkLabel, neutraliseInline, safeId } from './neutralise.js';

/** GitHub refuses comment bodies above 65,536 characters. */
export const COMMENT_BODY_LIMIT = 65_536;
// Room kept for the truncation note and for characters GitHub may count differently.
const SAFETY_MARGIN = 1_000;
const MAX_LISTED_FILES = 30;
const MAX_LISTED_ESCALATIONS = 50;
const MAX_LISTED_REJECTIONS = 20;
const MESSAGE_CELL_LIMIT = 400;

export interface SummaryContext {
  /** Findings that are not posted as inline comments; the table lists them. */
  unanchored: Finding[];
  /** `https://github.com/owner/repo`; without it locations are plain text. */
  repoUrl?: string;
  headSha: string;
  /** The issue of each escalation, by fingerprint, when it could be created or found. */
  escalationLinks: Map<string, { number: number; url: string }>;
  dryRun?: boolean;
  /** Lines from the publisher (e.g. a review that GitHub refused), shown as warnings. */
  publishNotices?: string[];
  /** A review outside a pull request (the CLI): nothing is inline and no issue is opened. */
  local?: boolean;
}

function bySeverityThenPlace(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line;
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  return counts;
}

function headline(review: Review): string {
  if (!review.triggered) return 'No dbt, Airflow or SQL files changed: nothing was reviewed.';
  const counts = countBySeverity(review.findings);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`];
  const escalations = review.escalations.length;
  const decisions = escalations === 0 ? 'no escalation' : `${plural(escalations, 'escalation')} needing a human decision`;
  const prefix = review.findings.length === 0 ? 'No findings from the checks that ran' : 'Findings';
  return `**${prefix}:** ${parts.join(' · ')} · ${decisions}`;
}

function llmLine(review: Review): string | undefined {
  if (!review.triggered) return undefined;
  const reason = review.llm.error ? `: ${neutraliseInline(review.llm.error, 500)}` : '';
  switch (review.llm.status) {
    case 'ok':
      return undefined;
    case 'skipped':
      return `> [!WARNING]\n> **The LLM review did not run**${reason}. Only the deterministic rules were applied.`;
    case 'failed':
      return `> [!WARNING]\n> **The LLM review failed**${reason}. Only the deterministic rules' findings are shown.`;
    case 'invalid':
      return `> [!WARNING]\n> **The LLM review returned an unusable answer, which was discarded**${reason}. Only the deterministic rules' findings are shown.`;
    case 'partial':
      return `> [!WARNING]\n> **The LLM review covered only part of the change**${reason}: the files it did not review are listed below. The deterministic rules ran on everything.`;
    default:
      return `> [!WARNING]\n> **The LLM review ended in an unknown state**${reason}.`;
  }
}

/** What the LLM pass used and cost, and what it did not review (never dropped silently). */
function llmUsageLines(review: Review): string[] {
  if (!review.triggered || !review.llm.used) return [];
  const lines = [`<sub>LLM: ${neutraliseInline(describeLlmUsage(review.llm), 400)}</sub>`];
  const skipped = review.llm.coverage?.skipped ?? [];
  if (skipped.length > 0) {
    lines.push('', `<details><summary>${plural(skipped.length, 'file')} not reviewed by the LLM</summary>`, '');
    for (const item of skipped.slice(0, MAX_LISTED_FILES)) lines.push(`- \`${neutraliseInline(item.path, 300).replace(/`/g, '')}\`: ${neutraliseInline(item.reason, 300)}`);
    if (skipped.length > MAX_LISTED_FILES) lines.push(`- …and ${skipped.length - MAX_LISTED_FILES} more (see the report file)`);
    lines.push('', '</details>');
  }
  return lines;
}

function rejectedLines(review: Review): string[] {
  const rejected = review.llm.rejected;
  if (rejected.length === 0) return [];
  const lines = [`<details><summary>${plural(rejected.length, 'part')} of the model's answer dropped</summary>`, ''];
  for (const reason of rejected.slice(0, MAX_LISTED_REJECTIONS)) lines.push(`- ${neutraliseInline(reason, 300)}`);
  if (rejected.length > MAX_LISTED_REJECTIONS) lines.push(`- …and ${rejected.length - MAX_LISTED_REJECTIONS} more`);
  lines.push('', '</details>');
  return lines;
}

function partialAnalysisLines(review: Review): string[] {
  // Files outside the data domains are skipped by design; listing them would bury the files
  // whose analysis really fell short.
  const limited = review.files.filter((file) => file.analysed === 'partial' || (file.analysed === 'skipped' && file.domain !== 'other'));
  if (limited.length === 0) return [];
  const lines = [`> [!WARNING]\n> **${plural(limited.length, 'file was', 'files were')} not fully analysed:**`];
  for (const file of limited.slice(0, MAX_LISTED_FILES)) {
    const how = file.analysed === 'partial' ? 'partly analysed' : 'not analysed';
    const reason = file.reason ? `: ${neutraliseInline(file.reason, 300)}` : '';
    lines.push(`> - ${neutraliseInline(file.path, 200)}: ${how}${reason}`);
  }
  if (limited.length > MAX_LISTED_FILES) lines.push(`> - …and ${limited.length - MAX_LISTED_FILES} more (see the report file)`);
  return [lines.join('\n')];
}

function escalationLines(escalations: readonly Escalation[], ctx: SummaryContext): string[] {
  const links = ctx.escalationLinks;
  if (escalations.length === 0) return [];
  const lines = [
    '### Needs human decision',
    '',
    'These choices are not the reviewer\'s to make. Each issue lists the options and how to record the decision; until then this pull request is held.',
    '',
  ];
  for (const escalation of escalations.slice(0, MAX_LISTED_ESCALATIONS)) {
    const link = links.get(escalation.fingerprint) ?? escalation.issue;
    const missing = ctx.local
      ? '_on a pull request, an issue is opened for it_'
      : ctx.dryRun
        ? '_dry run: no issue opened_'
        : '_issue not created (see the run log)_';
    const where = link ? `[#${link.number}](${link.url})` : missing;
    lines.push(`- **${linkLabel(escalation.title, 200)}** · trigger \`${safeId(escalation.trigger)}\` · ${where}`);
  }
  if (escalations.length > MAX_LISTED_ESCALATIONS) lines.push(`- …and ${escalations.length - MAX_LISTED_ESCALATIONS} more (see the report file)`);
  return lines;
}

function findingRow(finding: Finding, ctx: SummaryContext): string {
  const location = locationLink(finding, ctx);
  const message = neutraliseInline(`${finding.title}: ${finding.message}`, MESSAGE_CELL_LIMIT);
  const source = finding.source === 'llm' ? ' (LLM)' : '';
  return `| ${location} | ${severityBadge(finding.severity)} | \`${safeId(finding.rule)}\`${source} | ${checklistText(finding.checklist)} | ${message} |`;
}

function footer(review: Review, headSha: string): string {
  const agent = `${neutraliseInline(review.agent.name, 100)} ${neutraliseInline(review.agent.version, 50)}`;
  const model = review.llm.used && review.llm.model ? ` · model ${neutraliseInline(review.llm.model, 100)}` : '';
  return `<sub>Data Engineer Review ${neutraliseInline(review.version, 50)} · agent ${agent}${model} · commit ${neutraliseInline(headSha.slice(0, 12), 12)}</sub>`;
}

export function renderSummary(review: Review, ctx: SummaryContext): string {
  const unanchored = [...ctx.unanchored].sort(bySeverityThenPlace);
  const unanchoredIds = new Set(unanchored.map((finding) => finding.fingerprint));
  const shownInline = review.findings.filter((finding) => !unanchoredIds.has(finding.fingerprint)).length;

  const head: string[] = [summaryMarker(), '## Data Engineer Review', '', headline(review), ''];
  if (ctx.dryRun) head.push('_Dry run: nothing was posted to GitHub._', '');
  const llm = llmLine(review);
  if (llm) head.push(llm, '');
  for (const notice of ctx.publishNotices ?? []) head.push(`> [!WARNING]\n> ${neutraliseInline(notice, 1000)}`, '');
  const partial = partialAnalysisLines(review);
  if (partial.length > 0) head.push(...partial, '');
  const escalations = escalationLines(review.escalations, ctx);
  if (escalations.length > 0) head.push(...escalations, '');

  const tail: string[] = [];
  if (shownInline > 0) tail.push(`${shownInline === 1 ? '1 finding is posted as an inline comment' : `${shownInline} findings are posted as inline comments`} on the changed lines.`, '');
  const rejected = rejectedLines(review);
  if (rejected.length > 0) tail.push(...rejected, '');
  const usage = llmUsageLines(review);
  if (usage.length > 0) tail.push(...usage, '');
  if (review.notices.length > 0) {
    tail.push('### Notes', '');
    for (const notice of review.notices.slice(0, 50)) tail.push(`- ${neutraliseInline(notice, 500)}`);
    tail.push('');
  }
  tail.push(footer(review, ctx.headSha));

  const table: string[] = [];
  if (unanchored.length > 0) {
    table.push(
      ctx.local ? `### Findings (${unanchored.length})` : `### Findings not shown inline (${unanchored.length})`,
      '',
      '| Location | Severity | Rule | Checklist | Message |',
      '|---|---|---|---|---|',
    );
  }
  const fixedLength = [...head, ...table, ...tail].join('\n').length;
  let budget = COMMENT_BODY_LIMIT - SAFETY_MARGIN - fixedLength;
  let listed = 0;
  for (const finding of unanchored) {
    const row = findingRow(finding, ctx);
    if (row.length + 1 > budget) break;
    table.push(row);
    budget -= row.length + 1;
    listed++;
  }
  if (listed < unanchored.length) {
    table.push('', `_${plural(unanchored.length - listed, 'more finding was', 'more findings were')} cut from this table to stay under GitHub's comment size limit; every finding is in the report file._`);
  }
  if (table.length > 0) table.push('');

  const body = [...head, ...table, ...tail].join('\n');
  // The lists above are capped, so this only guards against pathological inputs.
  return body.length <= COMMENT_BODY_LIMIT ? body : `${body.slice(0, COMMENT_BODY_LIMIT - 100)}\n\n_(cut to fit GitHub's comment size limit)_`;
}
