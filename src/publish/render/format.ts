// Small Markdown pieces shared by the summary, inline comments and escalation issues.
import type { Severity } from '../../model.js';
import { linkLabel, neutraliseLine, safeId } from './neutralise.js';

const SEVERITY_BADGES: Readonly<Record<Severity, string>> = {
  error: '🔴 Error',
  warning: '🟠 Warning',
  info: '🔵 Info',
};

export function severityBadge(severity: Severity): string {
  return SEVERITY_BADGES[severity] ?? SEVERITY_BADGES.info;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Checklist ids as code spans, or a dash when there are none. */
export function checklistText(ids: readonly string[]): string {
  return ids.length === 0 ? '—' : ids.map((id) => `\`${safeId(id)}\``).join(', ');
}

function lineRange(line: number, endLine?: number): string {
  if (!Number.isInteger(line) || line < 1) return '';
  return endLine !== undefined && Number.isInteger(endLine) && endLine > line ? `${line}-${endLine}` : `${line}`;
}

/**
 * A link to exact lines at the head commit, `repoUrl/blob/sha/path#Lstart-Lend`; the plain
 * location when no repository URL is known. Path segments are URL-encoded so a file name
 * cannot break out of the link. `ref` overrides the commit: a file the change removed exists
 * only at the base, and its head link would be a 404.
 */
export function locationLink(
  location: { file: string; line: number; endLine?: number },
  ctx: { repoUrl?: string; headSha: string },
  ref: string = ctx.headSha,
): string {
  const range = lineRange(location.line, location.endLine);
  const label = linkLabel(range ? `${location.file}:${range}` : location.file, 200);
  if (!ctx.repoUrl) return label;
  const encodedPath = location.file.split('/').map(encodeURIComponent).join('/');
  const anchor = range ? `#L${range.replace('-', '-L')}` : '';
  const repoUrl = ctx.repoUrl.replace(/\/+$/, '');
  return `[${label}](${repoUrl}/blob/${encodeURIComponent(ref)}/${encodedPath}${anchor})`;
}

/** Cuts multi-line text to `maxLength` characters, saying so. */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength).replace(/&[a-z]{0,3}$/, '').replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}… _(cut at ${maxLength} characters)_`;
}

/**
 * Untrusted text shown as code on one line. The fence is one backtick longer than the longest
 * run inside, as CommonMark requires, so the text cannot end the span early.
 */
export function codeSpan(text: string, maxLength: number): string {
  const line = neutraliseLine(text, maxLength);
  if (line === '') return '';
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
