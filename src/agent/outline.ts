// A purpose-built, line-based reader for the Markdown layout of our own agent files: headings,
// top-level bullets with nested bullets, and plain text. It is not a general Markdown parser:
// it knows nothing of emphasis, links, tables or HTML, and only needs to keep every line's
// number so that refusals can point at it.

export interface SourceLine {
  text: string;
  /** 1-based line number in the agent file. */
  line: number;
}

export interface Section {
  title: string;
  line: number;
  /** The lines under the heading, up to the next heading of the same or a higher level. */
  body: SourceLine[];
}

export interface Bullet {
  /** The bullet's text without the `- ` marker, continuation lines joined by spaces. */
  text: string;
  line: number;
  children: Bullet[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;
const TOP_BULLET = /^[-*]\s+(.*)$/;
const NESTED_BULLET = /^(\s{2,})[-*]\s+(.*)$/;

/**
 * Splits lines into sections at headings of exactly `level`. Text before the first such
 * heading is returned as the preamble. Headings inside fenced code blocks are not headings.
 */
export function splitSections(lines: SourceLine[], level: number): { preamble: SourceLine[]; sections: Section[] } {
  const preamble: SourceLine[] = [];
  const sections: Section[] = [];
  let fence: string | undefined;
  for (const source of lines) {
    const fenceMatch = FENCE.exec(source.text);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (fence === undefined) {
      const heading = HEADING.exec(source.text);
      if (heading?.[1] && heading[1].length === level) {
        sections.push({ title: (heading[2] ?? '').trim(), line: source.line, body: [] });
        continue;
      }
    }
    const current = sections[sections.length - 1];
    (current ? current.body : preamble).push(source);
  }
  return { preamble, sections };
}

/**
 * Reads the bullets of a block. A top-level bullet starts at column 0; lines indented by two
 * or more spaces that start with `- ` are its children; other indented lines continue the
 * bullet (or its last child). Unindented paragraphs are not bullets and are skipped: callers
 * use `strayText` to decide whether such text is allowed.
 */
export function readBullets(lines: SourceLine[]): { bullets: Bullet[]; strayText: SourceLine[] } {
  const bullets: Bullet[] = [];
  const strayText: SourceLine[] = [];
  let current: Bullet | undefined;
  let lastWasBlank = false;
  for (const source of lines) {
    const text = source.text;
    if (text.trim() === '') {
      lastWasBlank = true;
      continue;
    }
    const top = TOP_BULLET.exec(text);
    if (top) {
      current = { text: (top[1] ?? '').trim(), line: source.line, children: [] };
      bullets.push(current);
      lastWasBlank = false;
      continue;
    }
    const nested = NESTED_BULLET.exec(text);
    if (nested && current) {
      current.children.push({ text: (nested[2] ?? '').trim(), line: source.line, children: [] });
      lastWasBlank = false;
      continue;
    }
    if (/^\s+\S/.test(text) && current && !lastWasBlank) {
      const target = current.children[current.children.length - 1] ?? current;
      target.text = `${target.text} ${text.trim()}`;
      continue;
    }
    current = undefined;
    strayText.push(source);
    lastWasBlank = false;
  }
  return { bullets, strayText };
}

/** `` `ID` **Title** — text `` (an em dash, en dash or hyphen separates title and text). */
export function parseIdentifiedBullet(text: string): { id: string; title: string; text: string } | undefined {
  const match = /^`([^`]+)`\s+\*\*(.+?)\*\*\s*[—–-]\s*(\S.*)$/.exec(text);
  if (!match) return undefined;
  return { id: (match[1] ?? '').trim(), title: (match[2] ?? '').trim(), text: (match[3] ?? '').trim() };
}

/** `` `key` — meaning ``. */
export function parseKeyedBullet(text: string): { key: string; text: string } | undefined {
  const match = /^`([^`]+)`\s*[—–-]\s*(\S.*)$/.exec(text);
  if (!match) return undefined;
  return { key: (match[1] ?? '').trim(), text: (match[2] ?? '').trim() };
}

/** `**Label:** text` (the colon may sit inside or outside the bold markers). */
export function parseLabelledBullet(text: string): { label: string; text: string } | undefined {
  const match = /^\*\*([^*]+?):?\*\*:?\s*(.*)$/.exec(text);
  if (!match) return undefined;
  return { label: (match[1] ?? '').trim(), text: (match[2] ?? '').trim() };
}

/** Section text as written, with surrounding blank lines removed. */
export function joinText(lines: SourceLine[]): string {
  return lines
    .map((l) => l.text)
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
}
