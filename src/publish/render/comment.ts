// The body of one inline review comment: what GitHub shows on the line itself.
import type { Finding } from '../../model.js';
import { findingMarker, llmSourceMarker } from '../markers.js';
import { checklistText, severityBadge, truncateText } from './format.js';
import { neutralise, neutraliseInline, safeId } from './neutralise.js';

// Far below GitHub's 65,536-character cap: a comment on a line should be read, not scrolled.
const MESSAGE_LIMIT = 8_000;

export function renderInlineComment(finding: Finding): string {
  const provenance = finding.source === 'llm' ? ' · from the LLM review' : '';
  return [
    findingMarker(finding.fingerprint),
    `**${severityBadge(finding.severity)}** · \`${safeId(finding.rule)}\` ${neutraliseInline(finding.title, 200)}`,
    '',
    truncateText(neutralise(finding.message).trim(), MESSAGE_LIMIT),
    '',
    `<sub>Checklist: ${checklistText(finding.checklist)}${provenance}</sub>`,
    // A later run re-reviews LLM findings only in the files the model saw again: it needs to
    // know which of its comments came from the model without trusting the visible text.
    ...(finding.source === 'llm' ? [llmSourceMarker()] : []),
  ].join('\n');
}
