// The summary comment: the one place a reader sees the whole review. It states what was not
// done (LLM skipped or failed, files only partly analysed) as plainly as what was found, never
// reads as an approval, and lists every finding that is not an inline comment so nothing is lost.
import type { Escalation, Finding, Review, Severity } from '../../model.js';
import { SEVERITY_RANK } from '../../model.js';
import { summaryMarker } from '../markers.js';
import type { FindingStatus, ReviewProgress } from '../state/progress.js';
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
  /** Where removed files are linked (their lines exist only there); `review.base` by default. */
  baseSha?: string;
  /** New / still open per finding and what was fixed since the last review; shown when a previous review is known. */
  progress?: ReviewProgress;
  /** The hidden review-state marker, kept right after the summary marker so no cut can reach it. */
  stateMarker?: string;
}

const MAX_LISTED_FIXED = 100;
const MAX_LISTED_INLINE = 200;
const STATUS_LABELS: Readonly<Record<FindingStatus, string>> = { new: '🆕 New', open: 'Still open' };

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

/** A warning block when the LLM stage did not complete; undefined when it did (or nothing was reviewed). */
export function llmLine(review: Review): string | undefined {
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
export function llmUsageLines(review: Review): string[] {
  if (!review.triggered || !review.llm.used) return [];
  const lines = [`<sub>LLM: ${neutraliseInline(describeLlmUsage(review.llm), 400)}</sub>`];
  const skipped = review.llm.coverage?.skipped ?? [];
  if (skipped.length > 0) {
    lines.push('', `<details><summary>${plural(skipped.length, 'file')} not reviewed by the LLM</summary>`, '');
    for (const item of skipped.slice(0, MAX_LISTED_FILES)) lines.push(`- \`${neutraliseInline(item.path, 300).replace(/`/g, '')}\`: ${neutraliseInline(item.reason, 300)}`);
    if (skipped.length > MAX_LISTED_FILES) lines.push(`- …and ${skipped.length - MAX_LISTED_FILES} more (see the report file)`);
    lines.push('', '</details>');
  }
  const earlier = review.llm.coverage?.reviewedEarlier ?? [];
  if (earlier.length > 0) {
    lines.push('', `<sub>Incremental review: ${plural(earlier.length, 'file')} unchanged since the last reviewed commit were not sent to the model again; its earlier findings on them are carried forward. Comment \`/data-review\` for a full review.</sub>`);
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

/** The commit a finding's lines exist at: the base for a file the change removed, else the head. */
type LinkRef = (finding: Finding) => string;

function linkRefOf(review: Review, ctx: SummaryContext): LinkRef {
  const removed = new Set(review.files.filter((file) => file.status === 'removed').map((file) => file.path));
  const base = ctx.baseSha ?? review.base;
  return (finding) => (removed.has(finding.file) && base ? base : ctx.headSha);
}

function statusOf(finding: Finding, ctx: SummaryContext): string | undefined {
  if (!ctx.progress?.hasPrevious) return undefined;
  return STATUS_LABELS[ctx.progress.status.get(finding.fingerprint) ?? 'new'];
}

function findingRow(finding: Finding, ctx: SummaryContext, refOf: LinkRef): string {
  const location = locationLink(finding, ctx, refOf(finding));
  const message = neutraliseInline(`${finding.title}: ${finding.message}`, MESSAGE_CELL_LIMIT);
  const source = finding.source === 'llm' ? ' (LLM)' : '';
  const status = statusOf(finding, ctx);
  return `| ${status === undefined ? '' : `${status} | `}${location} | ${severityBadge(finding.severity)} | \`${safeId(finding.rule)}\`${source} | ${checklistText(finding.checklist)} | ${message} |`;
}

function inlineRow(finding: Finding, ctx: SummaryContext, refOf: LinkRef): string {
  const source = finding.source === 'llm' ? ' (LLM)' : '';
  return `- ${statusOf(finding, ctx) ?? ''} · ${locationLink(finding, ctx, refOf(finding))} · \`${safeId(finding.rule)}\`${source} ${neutraliseInline(finding.title, 150)}`;
}

function fixedRow(fixed: ReviewProgress['fixed'][number]): string {
  const source = fixed.source === 'llm' ? ' (LLM)' : '';
  const where = neutraliseInline(fixed.line > 0 ? `${fixed.file}:${fixed.line}` : fixed.file, 200);
  const text = [fixed.title, fixed.message].filter((part): part is string => !!part).join(': ');
  return `- ✅ \`${safeId(fixed.rule)}\`${source} · ${where}${text ? ` · ${neutraliseInline(text, MESSAGE_CELL_LIMIT)}` : ''}`;
}

function progressLine(progress: ReviewProgress, review: Review): string | undefined {
  if (!progress.hasPrevious) return undefined;
  let fresh = 0;
  for (const finding of review.findings) if ((progress.status.get(finding.fingerprint) ?? 'new') === 'new') fresh++;
  const since = progress.previousHead ? ` (commit ${neutraliseInline(progress.previousHead.slice(0, 12), 12)})` : '';
  const parts = [`${fresh} new`, `${review.findings.length - fresh} still open`, `${progress.fixed.length} fixed`];
  const carried = progress.carried.length;
  const note = carried > 0 ? ` ${plural(carried, 'earlier finding was', 'earlier findings were')} not checked again in this run (the file was not re-reviewed) and ${carried === 1 ? 'is' : 'are'} neither counted as open nor as fixed.` : '';
  return `**Since the last review${since}:** ${parts.join(' · ')}.${note}`;
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

  const refOf = linkRefOf(review, ctx);
  const progress = ctx.progress;
  const head: string[] = [summaryMarker(), ...(ctx.stateMarker ? [ctx.stateMarker] : []), '## Data Engineer Review', '', headline(review), ''];
  const since = progress ? progressLine(progress, review) : undefined;
  if (since) head.push(since, '');
  if (ctx.dryRun) head.push('_Dry run: nothing was posted to GitHub._', '');
  const llm = llmLine(review);
  if (llm) head.push(llm, '');
  for (const notice of ctx.publishNotices ?? []) head.push(`> [!WARNING]\n> ${neutraliseInline(notice, 1000)}`, '');
  const partial = partialAnalysisLines(review);
  if (partial.length > 0) head.push(...partial, '');
  const escalations = escalationLines(review.escalations, ctx);
  if (escalations.length > 0) head.push(...escalations, '');

  const inlineNote = shownInline === 0 ? undefined : `${shownInline === 1 ? '1 finding is posted as an inline comment' : `${shownInline} findings are posted as inline comments`} on the changed lines.`;
  const tail: string[] = [];
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

  const withStatus = progress?.hasPrevious === true;
  const table: string[] = [];
  if (unanchored.length > 0) {
    table.push(
      ctx.local ? `### Findings (${unanchored.length})` : `### Findings not shown inline (${unanchored.length})`,
      '',
      withStatus ? '| Status | Location | Severity | Rule | Checklist | Message |' : '| Location | Severity | Rule | Checklist | Message |',
      withStatus ? '|---|---|---|---|---|---|' : '|---|---|---|---|---|',
    );
  }
  // With a previous review known, the findings posted inline are listed too (compactly), so that
  // every finding shows whether it is new or still open.
  const inlineFindings = withStatus ? review.findings.filter((finding) => !unanchoredIds.has(finding.fingerprint)).sort(bySeverityThenPlace) : [];
  const inlineList: string[] = inlineFindings.length > 0 ? ['', `<details><summary>${plural(inlineFindings.length, 'finding')} posted inline</summary>`, ''] : [];
  const inlineListEnd = inlineFindings.length > 0 ? ['', '</details>'] : [];
  const fixed = withStatus ? (progress?.fixed ?? []) : [];
  const fixedList: string[] = fixed.length > 0 ? [`### Fixed since the last review (${fixed.length})`, ''] : [];

  const fixedLength = [...head, ...table, ...fixedList, inlineNote ?? '', ...inlineList, ...inlineListEnd, '', ...tail].join('\n').length;
  let budget = COMMENT_BODY_LIMIT - SAFETY_MARGIN - fixedLength;
  // Rows in order of importance: what is not inline (it is nowhere else), what was fixed, then the inline list.
  const fill = (target: string[], rows: Iterable<string>, cap: number): number => {
    let listed = 0;
    for (const row of rows) {
      if (listed >= cap || row.length + 1 > budget) break;
      target.push(row);
      budget -= row.length + 1;
      listed++;
    }
    return listed;
  };
  const listed = fill(table, unanchored.map((finding) => findingRow(finding, ctx, refOf)), Number.POSITIVE_INFINITY);
  if (listed < unanchored.length) {
    table.push('', `_${plural(unanchored.length - listed, 'more finding was', 'more findings were')} cut from this table to stay under GitHub's comment size limit; every finding is in the report file._`);
  }
  if (table.length > 0) table.push('');
  if (fixed.length > 0) {
    const listedFixed = fill(fixedList, fixed.map(fixedRow), MAX_LISTED_FIXED);
    if (listedFixed < fixed.length) fixedList.push(`- …and ${fixed.length - listedFixed} more`);
    fixedList.push('');
  }
  if (inlineFindings.length > 0) {
    const listedInline = fill(inlineList, inlineFindings.map((finding) => inlineRow(finding, ctx, refOf)), MAX_LISTED_INLINE);
    if (listedInline < inlineFindings.length) inlineList.push(`- …and ${inlineFindings.length - listedInline} more (see the inline comments)`);
  }
  const inlineSection = inlineNote === undefined ? [] : [inlineNote, ...inlineList, ...inlineListEnd, ''];

  const body = [...head, ...table, ...fixedList, ...inlineSection, ...tail].join('\n');
  // The lists above are capped, so this only guards against pathological inputs.
  return body.length <= COMMENT_BODY_LIMIT ? body : `${body.slice(0, COMMENT_BODY_LIMIT - 100)}\n\n_(cut to fit GitHub's comment size limit)_`;
}
