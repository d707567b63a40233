// Makes untrusted text (from the pull request or the model) safe to put in a GitHub comment,
// issue or title. Whoever wrote a PR, or steered the model through it, must not be able to
// make our bot ping people, inject HTML (hidden text, images, fake <details>), forge one of
// our hidden markers, or repeat a secret that slipped into a diff.
//
// HTML is escaped outside code spans only: inside one, `<` is literal text for GitHub, and an
// escape would show as `&lt;`. Only code spans that are certain are recognised (see
// splitCodeSpans); anything doubtful is treated as plain text and escaped.

import { redactSecrets } from '../../review/redact.js';

export { redactSecrets };

// Bidirectional overrides can make the rendered text differ from what reviewers think they
// read ("Trojan Source"); zero-width characters can hide text. Neither has a place in a review.
// The zero-width joiner is removed too, so that only the ones we insert remain.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const ZERO_WIDTH_JOINER = '\u200D';

// A mention is `@` + a login (or org/team). Only an `@` right after a letter or digit is left
// alone: that is an e-mail address, which GitHub does not link either. The joiner breaks the
// link and is invisible to the reader.
function breakMentions(text: string): string {
  return text.replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, `$1@${ZERO_WIDTH_JOINER}`);
}

/**
 * Neutralises untrusted text for any place Markdown renders: mentions no longer ping, HTML
 * tags and comments (hence forged markers) are escaped, secrets are redacted, invisible
 * characters dropped. Line breaks are kept.
 */
export function neutralise(text: string): string {
  // Invisible characters go first: inside a token they would hide it from the redaction.
  const cleaned = redactSecrets(String(text).replace(INVISIBLE, ''));
  // `<` only opens a tag, a comment or a declaration when a letter, `/`, `!` or `?` follows;
  // `x < 3` and `a <= b` stay readable.
  const escaped = splitCodeSpans(cleaned)
    .map((part) => (part.code ? part.text : part.text.replace(/<(?=[A-Za-z/!?])/g, '&lt;')))
    .join('');
  return breakMentions(escaped);
}

/**
 * Splits text into code spans and the rest, the CommonMark way but conservatively: a run of N
 * backticks (not escaped by a backslash) opens a span that the next run of exactly N closes,
 * on the same line. A span that would cross a line is not taken as one: a blank line or a
 * block marker in between ends it for GitHub, and guessing wrong would leave HTML unescaped.
 */
export function splitCodeSpans(text: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\' && i + 1 < text.length) {
      plain += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char !== '`') {
      plain += char;
      i++;
      continue;
    }
    let run = 1;
    while (text[i + run] === '`') run++;
    const close = findClosingRun(text, i + run, run);
    if (close === undefined) {
      plain += text.slice(i, i + run);
      i += run;
      continue;
    }
    if (plain) parts.push({ code: false, text: plain });
    plain = '';
    parts.push({ code: true, text: text.slice(i, close + run) });
    i = close + run;
  }
  if (plain) parts.push({ code: false, text: plain });
  return parts;
}

function findClosingRun(text: string, from: number, length: number): number | undefined {
  let j = from;
  while (j < text.length) {
    const char = text[j];
    if (char === '\n' || char === '\r') return undefined;
    if (char !== '`') {
      j++;
      continue;
    }
    let run = 1;
    while (text[j + run] === '`') run++;
    if (run === length) return j;
    j += run;
  }
  return undefined;
}

/**
 * Neutralises text for one line of Markdown (a list item, a heading): line breaks become
 * spaces. `maxLength` cuts long text with an ellipsis.
 */
export function neutraliseLine(text: string, maxLength?: number): string {
  return cutTo(neutralise(text).replace(/\s*[\r\n]+\s*/g, ' ').trim(), maxLength);
}

/** Like neutraliseLine, for a table cell: `|` cannot end the cell. */
export function neutraliseInline(text: string, maxLength?: number): string {
  return neutraliseLine(text, maxLength).replace(/\|/g, '\\|');
}

/**
 * Neutralises an issue title. GitHub shows titles as plain text, so HTML needs no escaping
 * there (an escape would show as `&lt;`); secrets, invisible characters and mentions are
 * still handled.
 */
export function neutraliseTitle(text: string, maxLength: number): string {
  const cleaned = breakMentions(redactSecrets(String(text).replace(INVISIBLE, '')))
    .replace(/\s+/g, ' ')
    .trim();
  return cutTo(cleaned, maxLength);
}

function cutTo(text: string, maxLength: number | undefined): string {
  if (maxLength === undefined || text.length <= maxLength) return text;
  // Never cut inside an escape we inserted (`&lt;`) or leave half a surrogate pair.
  const cut = text
    .slice(0, Math.max(0, maxLength - 1))
    .replace(/&[a-z]{0,3}$/, '')
    .replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}

/**
 * An identifier we show in a code span (rule id, checklist id, trigger id). These come from
 * our own definitions but may be echoed from the model: anything but a plain id is dropped so
 * a backtick cannot end the span.
 */
export function safeId(text: string): string {
  return String(text).replace(/[^A-Za-z0-9._:/-]/g, '').slice(0, 100) || 'unknown';
}

/** Text for the label of a Markdown link: neutralised, on one line, brackets escaped. */
export function linkLabel(text: string, maxLength?: number): string {
  return neutraliseInline(text, maxLength).replace(/([[\]])/g, '\\$1');
}
