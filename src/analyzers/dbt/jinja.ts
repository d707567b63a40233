// Jinja neutralisation for dbt models and templated SQL. Rendering needs dbt's context (and
// nunjucks is not Jinja2), so instead a scanner walks the template's tags and rewrites them into
// SQL the parser can read, keeping every newline so that parser positions are the file's lines:
//   {{ ref('orders') }}         → __ref_orders        (an identifier, padded to the tag's width)
//   {{ source('raw', 'o') }}    → __source_raw__o
//   {{ config(...) }}           → whitespace          (config renders nothing; its args are read)
//   {{ any other expression }}  → __jinja__           (a neutral identifier)
//   {% … %} and {# … #}         → whitespace
// Control structures, as if rendered once:
//   {% if %}: the first branch whose condition is not known to be false is kept and the other
//     branches are blanked. Keeping every branch would emit alternatives side by side
//     (`from a` `from b`), which never parses; the first branch is what dbt renders when the
//     condition holds (`{% if is_incremental() %}` filters are kept, so rules can see them).
//   {% for %}: the body is kept once. That single iteration is both the first and the last, so
//     `{% if not loop.last %},{% endif %}` / `union all` separators are dropped, as in a real
//     one-element loop. `{% for %}…{% else %}` drops the else body.
//   {% macro %}, {% call %}, block {% set %}, {% test %}, {% docs %}, {% materialization %}:
//     their bodies do not render where they stand, so they are blanked.
//   {% raw %}…{% endraw %}: the body is literal text.
// References are recorded from every branch (they are dependencies whichever branch runs);
// config() calls only from rendered text (a config in a blanked else-branch does not apply).
import { readCallArguments, tokenizeExpression } from './config.js';
import type { ExprToken, JinjaValue } from './config.js';

export interface JinjaRef {
  name: string;
  package?: string;
  version?: string;
  line: number;
}

export interface JinjaSource {
  source: string;
  table: string;
  line: number;
}

export interface JinjaConfig {
  args: Record<string, JinjaValue>;
  line: number;
  /** The tag's text as written. */
  raw: string;
}

export interface NeutralisedJinja {
  /** The template as SQL: same number of lines, tags replaced as described above. */
  sql: string;
  refs: JinjaRef[];
  sources: JinjaSource[];
  configs: JinjaConfig[];
  usesIsIncremental: boolean;
  problems: string[];
  /** Identifiers introduced into `sql`, mapped to the Jinja they stand for (for messages). */
  placeholders: Record<string, string>;
}

export const PLACEHOLDER = '__jinja__';

interface Frame {
  type: string;
  keep: boolean;
  /** For `if`: a branch was already kept, so later branches are not. */
  taken: boolean;
  line: number;
}

// Block tags whose body does not render in place.
const SILENT_BLOCKS = new Set(['macro', 'call', 'test', 'data_test', 'docs', 'materialization']);
// Block tags whose body renders in place.
const RENDERED_BLOCKS = new Set(['for', 'snapshot', 'filter', 'with', 'block', 'autoescape', 'trans']);

/** Replaces every character but line breaks with a space. */
function blank(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '\n' || ch === '\r' ? ch : ' ';
  return out;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9_]/.test(ch);

/**
 * `identifier` in place of the tag, padded so the line count (and, on one-line tags, the width)
 * is unchanged. The padding goes where it keeps SQL tokens intact: `{{ m }}_amount` must stay
 * one identifier (pad with `_`), `{{ schema }}.orders` must stay one dotted name (pad before).
 */
function replaceTag(tag: string, identifier: string, before: string | undefined, after: string | undefined): string {
  const firstBreak = tag.search(/[\r\n]/);
  if (firstBreak < 0 && identifier.length <= tag.length) {
    const padding = tag.length - identifier.length;
    if (isWordChar(after) || after === '.') {
      return isWordChar(before) ? identifier + '_'.repeat(padding) : ' '.repeat(padding) + identifier;
    }
    return identifier + ' '.repeat(padding);
  }
  const firstSegment = firstBreak < 0 ? tag.length : firstBreak;
  return identifier + blank(tag).slice(Math.min(identifier.length, firstSegment));
}

const sanitise = (name: string): string => name.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * The open blocks. A template can nest (or leave open) tens of thousands of blocks, so whether
 * text is rendered and whether a loop is open are kept as counts, not recomputed over the stack
 * for every piece of text (that was quadratic: 100,000 `{% if %}` on a 1 MB line never ended).
 */
class BlockStack {
  private readonly frames: Frame[] = [];
  private hidden = 0;
  private readonly open = new Map<string, number>();

  get top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }
  get remaining(): readonly Frame[] {
    return this.frames;
  }
  /** Whether text here renders: no enclosing block is blanked. */
  keeping(): boolean {
    return this.hidden === 0;
  }
  inLoop(): boolean {
    return (this.open.get('for') ?? 0) > 0;
  }
  push(frame: Frame): void {
    this.frames.push(frame);
    if (!frame.keep) this.hidden++;
    this.open.set(frame.type, (this.open.get(frame.type) ?? 0) + 1);
  }
  setKeep(frame: Frame, keep: boolean): void {
    if (frame.keep !== keep) this.hidden += keep ? -1 : 1;
    frame.keep = keep;
  }
  /** Closes the innermost open block of `type` and the blocks inside it, which it returns; undefined when none is open. */
  close(type: string): Frame[] | undefined {
    if ((this.open.get(type) ?? 0) === 0) return undefined;
    let index = this.frames.length - 1;
    while (index >= 0 && (this.frames[index] as Frame).type !== type) index--;
    const removed = this.frames.splice(index);
    for (const frame of removed) {
      if (!frame.keep) this.hidden--;
      this.open.set(frame.type, (this.open.get(frame.type) ?? 1) - 1);
    }
    return removed.slice(1);
  }
}

/** Problems past this many are counted, not listed: they end up in the review's file report. */
const MAX_PROBLEMS = 20;

class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }
  /** 1-based line of a character offset. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}

/** Offset of the delimiter that closes a `{{`/`{%` tag whose content starts at `from`; -1 if none. */
function findClose(text: string, from: number, closer: '}}' | '%}'): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      continue;
    }
    // Jinja's lexer balances brackets inside a tag: `{{ {'a': {'b': 1}} }}` closes at the last `}}`.
    if (depth === 0 && text.startsWith(closer, i)) return i;
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return -1;
}

/** Offset of the next `{{`, `{%` or `{#` at or after `from`. */
function findOpen(text: string, from: number): number {
  let i = text.indexOf('{', from);
  while (i >= 0) {
    const next = text[i + 1];
    if (next === '{' || next === '%' || next === '#') return i;
    i = text.indexOf('{', i + 1);
  }
  return -1;
}

/** The inner text of a tag without its trim/keep markers (`{%-`, `-%}`, `+%}`), with its offset. */
function tagContent(text: string, open: number, close: number): { content: string; offset: number } {
  let start = open + 2;
  let end = close;
  if (text[start] === '-' || text[start] === '+') start++;
  if (end > start && (text[end - 1] === '-' || text[end - 1] === '+')) end--;
  return { content: text.slice(start, end), offset: start };
}

function isPunct(token: ExprToken | undefined, text: string): boolean {
  return token?.kind === 'punct' && token.text === text;
}

/** Evaluates the conditions we can know statically: `loop.first` / `loop.last` inside our single-iteration loop. */
function evaluateCondition(tokens: readonly ExprToken[], inLoop: boolean): boolean | undefined {
  let negations = 0;
  let i = 0;
  while (tokens[i]?.kind === 'name' && tokens[i]?.text === 'not') {
    negations++;
    i++;
  }
  const rest = tokens.slice(i);
  if (inLoop && rest.length === 3 && rest[0]?.text === 'loop' && isPunct(rest[1], '.') && (rest[2]?.text === 'first' || rest[2]?.text === 'last')) {
    return negations % 2 === 0;
  }
  return undefined;
}

interface CallSite {
  name: 'ref' | 'source' | 'config';
  tokenIndex: number;
  positional: JinjaValue[];
  keyword: Record<string, JinjaValue>;
  end: number;
}

/** Calls to ref/source/config anywhere in an expression (`dbt_utils.star(ref('x'))` included). */
function findCalls(tokens: readonly ExprToken[], content: string): CallSite[] {
  const calls: CallSite[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as ExprToken;
    if (token.kind !== 'name' || !isPunct(tokens[i + 1], '(')) continue;
    if (token.text !== 'ref' && token.text !== 'source' && token.text !== 'config') continue;
    // `x.ref(...)` is some other object's method, except dbt's `builtins.ref`.
    if (isPunct(tokens[i - 1], '.') && tokens[i - 2]?.text !== 'builtins') continue;
    const args = readCallArguments(tokens, content, i + 1);
    calls.push({ name: token.text, tokenIndex: i, positional: args.positional, keyword: args.keyword, end: args.end });
  }
  return calls;
}

function literalText(value: JinjaValue | undefined): string | undefined {
  if (value?.kind === 'string') return value.value;
  if (value?.kind === 'number') return String(value.value);
  return undefined;
}

/** Neutralises the Jinja in a dbt model / templated SQL file. Never throws. */
export function neutraliseJinja(text: string): NeutralisedJinja {
  const lines = new LineIndex(text);
  const out: string[] = [];
  const refs: JinjaRef[] = [];
  const sources: JinjaSource[] = [];
  const configs: JinjaConfig[] = [];
  const problems: string[] = [];
  let unlisted = 0;
  const problem = (message: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(message);
    else unlisted++;
  };
  const placeholders: Record<string, string> = {};
  const frames = new BlockStack();
  let usesIsIncremental = false;

  const keeping = (): boolean => frames.keeping();
  const inLoop = (): boolean => frames.inLoop();
  const emit = (segment: string): void => {
    out.push(keeping() ? segment : blank(segment));
  };

  const record = (tokens: readonly ExprToken[], content: string, offset: number, tag: string): CallSite[] => {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i]?.kind === 'name' && tokens[i]?.text === 'is_incremental' && isPunct(tokens[i + 1], '(')) usesIsIncremental = true;
    }
    const calls = findCalls(tokens, content);
    for (const call of calls) {
      const line = lines.lineAt(offset + (tokens[call.tokenIndex] as ExprToken).start);
      if (call.name === 'ref') {
        const strings = call.positional.map(literalText);
        const name = strings.length >= 2 ? strings[1] : strings[0];
        const pkg = strings.length >= 2 ? strings[0] : undefined;
        const version = literalText(call.keyword['v'] ?? call.keyword['version']);
        if (name !== undefined) refs.push({ name, ...(pkg !== undefined ? { package: pkg } : {}), ...(version !== undefined ? { version } : {}), line });
      } else if (call.name === 'source') {
        const source = literalText(call.positional[0] ?? call.keyword['source_name']);
        const table = literalText(call.positional[1] ?? call.keyword['table_name']);
        if (source !== undefined && table !== undefined) sources.push({ source, table, line });
      } else if (keeping()) {
        const args: Record<string, JinjaValue> = {};
        for (const value of call.positional) if (value.kind === 'dict') Object.assign(args, value.entries);
        Object.assign(args, call.keyword);
        configs.push({ args, line, raw: tag.trim() });
      }
    }
    return calls;
  };

  const expressionReplacement = (tokens: readonly ExprToken[], calls: CallSite[], tag: string, before: string | undefined, after: string | undefined): string => {
    const whole = calls.find((call) => call.tokenIndex === 0 && call.end === tokens.length - 1);
    let identifier: string | undefined;
    if (whole?.name === 'config') return blank(tag);
    if (whole?.name === 'ref') {
      const strings = whole.positional.map(literalText);
      const name = strings.length >= 2 ? strings[1] : strings[0];
      if (name !== undefined) identifier = `__ref_${sanitise(name)}`;
    } else if (whole?.name === 'source') {
      const source = literalText(whole.positional[0] ?? whole.keyword['source_name']);
      const table = literalText(whole.positional[1] ?? whole.keyword['table_name']);
      if (source !== undefined && table !== undefined) identifier = `__source_${sanitise(source)}__${sanitise(table)}`;
    }
    identifier ??= tag.length >= PLACEHOLDER.length ? PLACEHOLDER : '_j';
    placeholders[identifier] ??= tag.trim();
    return replaceTag(tag, identifier, before, after);
  };

  const handleStatement = (tokens: readonly ExprToken[], open: number): void => {
    const keyword = tokens[0]?.kind === 'name' ? tokens[0].text : '';
    const line = lines.lineAt(open);
    const top = frames.top;
    if (keyword === 'if') {
      const condition = evaluateCondition(tokens.slice(1), inLoop());
      const keep = condition !== false;
      frames.push({ type: 'if', keep, taken: keep, line });
    } else if (keyword === 'elif' || keyword === 'else') {
      if (top?.type === 'if') {
        const condition = keyword === 'else' ? undefined : evaluateCondition(tokens.slice(1), inLoop());
        frames.setKeep(top, !top.taken && condition !== false);
        top.taken ||= top.keep;
      } else if (top?.type === 'for' && keyword === 'else') {
        frames.setKeep(top, false);
      } else {
        problem(`{% ${keyword} %} on line ${line} is outside an if block`);
      }
    } else if (keyword === 'set' && !tokens.some((token) => isPunct(token, '='))) {
      frames.push({ type: 'set', keep: false, taken: false, line });
    } else if (SILENT_BLOCKS.has(keyword)) {
      frames.push({ type: keyword, keep: false, taken: false, line });
    } else if (RENDERED_BLOCKS.has(keyword)) {
      frames.push({ type: keyword, keep: true, taken: false, line });
    } else if (keyword.startsWith('end') && keyword.length > 3) {
      const type = keyword.slice(3);
      const unclosed = frames.close(type);
      if (!unclosed) problem(`{% ${keyword} %} on line ${line} closes no open block`);
      else for (const frame of unclosed) problem(`{% ${frame.type} %} opened on line ${frame.line} is not closed before line ${line}`);
    }
  };

  let pos = 0;
  while (pos < text.length) {
    const open = findOpen(text, pos);
    if (open < 0) {
      emit(text.slice(pos));
      break;
    }
    emit(text.slice(pos, open));
    const kind = text[open + 1];
    const closer = kind === '{' ? '}}' : kind === '%' ? '%}' : '#}';
    const close = kind === '#' ? text.indexOf('#}', open + 2) : findClose(text, open + 2, closer as '}}' | '%}');
    if (close < 0) {
      problem(`unterminated ${text.slice(open, open + 2)} on line ${lines.lineAt(open)}: the rest of the file is read as plain text`);
      emit(text.slice(open));
      break;
    }
    const tagEnd = close + 2;
    const tag = text.slice(open, tagEnd);
    pos = tagEnd;
    if (kind === '#') {
      out.push(blank(tag));
      continue;
    }
    const { content, offset } = tagContent(text, open, close);
    const tokens = tokenizeExpression(content);
    if (kind === '{') {
      const calls = record(tokens, content, offset, tag);
      out.push(keeping() ? expressionReplacement(tokens, calls, tag, text[open - 1], text[tagEnd]) : blank(tag));
      continue;
    }
    out.push(blank(tag));
    if (tokens[0]?.text === 'raw') {
      // The body up to {% endraw %} is literal text: no tags inside it are interpreted.
      let search = tagEnd;
      let endOpen = -1;
      let endClose = -1;
      while ((endOpen = text.indexOf('{%', search)) >= 0) {
        const endTag = findClose(text, endOpen + 2, '%}');
        if (endTag < 0) break;
        const inner = tagContent(text, endOpen, endTag).content.trim();
        if (inner === 'endraw') {
          endClose = endTag;
          break;
        }
        search = endOpen + 2;
      }
      if (endClose < 0) {
        problem(`{% raw %} on line ${lines.lineAt(open)} is not closed: the rest of the file is read as plain text`);
        emit(text.slice(tagEnd));
        pos = text.length;
        break;
      }
      emit(text.slice(tagEnd, endOpen));
      out.push(blank(text.slice(endOpen, endClose + 2)));
      pos = endClose + 2;
      continue;
    }
    record(tokens, content, offset, tag);
    handleStatement(tokens, open);
  }
  for (const frame of frames.remaining) problem(`{% ${frame.type} %} opened on line ${frame.line} is never closed`);
  if (unlisted > 0) problems.push(`… and ${unlisted} more Jinja problem(s)`);

  return { sql: out.join(''), refs, sources, configs, usesIsIncremental, problems, placeholders };
}

/** How a neutralised identifier reads in the original template (`__ref_orders` → `{{ ref('orders') }}`). */
export function describePlaceholder(name: string, jinja: Pick<NeutralisedJinja, 'placeholders'> | undefined): string {
  return jinja?.placeholders[name] ?? name;
}
