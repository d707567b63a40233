// Pull request text is written by whoever opened the pull request. Before it reaches the model
// we remove what a human reviewer on GitHub would not see (HTML comments, invisible and
// direction-changing characters) and fence it so that it cannot pose as our own instructions.
// Line structure is always kept: diff lines are cited by number.

/** U+200B–U+200D zero-width space/non-joiner/joiner, U+2060 word joiner, U+FEFF BOM. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/**
 * Bidi embeddings/overrides U+202A–U+202E and isolates U+2066–U+2069 ("Trojan Source").
 * The invisible marks U+200E, U+200F and U+061C are removed too: they only steer direction.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Unicode tag characters U+E0000–U+E007F render as nothing and can smuggle ASCII text. */
const TAG_CHARACTERS = /[\u{E0000}-\u{E007F}]/gu;
/** C0/C1 control characters other than tab, line feed and carriage return. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** A closed HTML comment, or an unclosed one that hides the rest of the text. */
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$(?![\s\S]))/g;

/** Removes hidden content, keeping every line break so line numbers stay valid. */
export function stripHiddenContent(text: string): string {
  return text
    .replace(HTML_COMMENT, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(ZERO_WIDTH, '')
    .replace(BIDI_CONTROLS, '')
    .replace(TAG_CHARACTERS, '')
    .replace(CONTROL_CHARACTERS, '');
}

/** A single line for a label (file path, title): hidden content removed, line breaks escaped. */
export function sanitizeInline(text: string): string {
  return stripHiddenContent(text).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A backtick fence longer than any run of backticks in `texts`, so nothing inside can close
 * it. At least three and at least `minimum` backticks long.
 */
export function chooseFence(texts: readonly string[], minimum = 3): string {
  let longest = 0;
  for (const text of texts) {
    for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  }
  return '`'.repeat(Math.max(minimum, 3, longest + 1));
}

/**
 * Encloses untrusted text in a fence labelled as untrusted. `label` names what it is (a file
 * path, "pull request description"); the text is sanitised here, so callers pass it raw.
 */
export function fenceUntrusted(label: string, text: string): string {
  const body = stripHiddenContent(text);
  const info = `untrusted ${JSON.stringify(sanitizeInline(label))}`;
  const fence = chooseFence([body, info]);
  return `${fence}${info}\n${body}\n${fence}`;
}
