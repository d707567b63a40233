// A small lexer for SQL with Jinja, for the two jobs that need comments and string literals
// rather than a syntax tree: inline suppressions (`-- data-review: ignore …`, also inside
// `{# … #}`) and credential literals. It respects quoting, so `'--'` in a string is not a comment
// and `'{{'` is not Jinja. The Jinja neutraliser blanks comments without exposing them, and the SQL
// parser drops comments, hence this separate pass. It works on any text, parsed or not.

export type SqlTokenKind = 'word' | 'string' | 'quoted-identifier' | 'number' | 'punct' | 'comment' | 'jinja-expression' | 'jinja-statement' | 'jinja-comment';

export interface SqlToken {
  kind: SqlTokenKind;
  /** Source text; for strings the unquoted value; for comments and Jinja tags the inner text. */
  text: string;
  /** 1-based line of the token's first character. */
  line: number;
  /** 1-based line of its last character. */
  endLine: number;
  /** Character offsets in the source. */
  start: number;
  end: number;
}

const isWordStart = (ch: string): boolean => /[A-Za-z_@$#]/.test(ch) || ch.charCodeAt(0) > 127;
const isWordPart = (ch: string): boolean => /[A-Za-z0-9_$#]/.test(ch) || ch.charCodeAt(0) > 127;

/** Tokenizes SQL (and the Jinja tags in it); never throws. Whitespace is skipped. */
export function lexSql(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let line = 1;
  let i = 0;
  const linesIn = (from: number, to: number): number => {
    let count = 0;
    for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) count++;
    return count;
  };
  const push = (kind: SqlTokenKind, start: number, end: number, inner: string): void => {
    const endLine = line + linesIn(start, Math.max(start, end - 1));
    tokens.push({ kind, text: inner, line, endLine, start, end });
    line += linesIn(start, end);
  };
  while (i < text.length) {
    const ch = text[i] as string;
    const next = text[i + 1];
    if (ch === '\n') {
      line++;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f') {
      i++;
      continue;
    }
    if (ch === '{' && (next === '{' || next === '%' || next === '#')) {
      const closer = next === '{' ? '}}' : next === '%' ? '%}' : '#}';
      const close = findJinjaClose(text, i + 2, closer);
      const end = close < 0 ? text.length : close + 2;
      const inner = text.slice(i + 2, close < 0 ? text.length : close).replace(/^[-+]/, '').replace(/[-+]$/, '');
      push(next === '{' ? 'jinja-expression' : next === '%' ? 'jinja-statement' : 'jinja-comment', i, end, inner);
      i = end;
      continue;
    }
    if (ch === '-' && next === '-') {
      const newline = text.indexOf('\n', i);
      const end = newline < 0 ? text.length : newline;
      push('comment', i, end, text.slice(i + 2, end));
      i = end;
      continue;
    }
    if (ch === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      push('comment', i, end, text.slice(i + 2, close < 0 ? text.length : close));
      i = end;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      let k = i + 1;
      let value = '';
      while (k < text.length) {
        const c = text[k] as string;
        // Backslash escapes (BigQuery, MySQL, Spark); in standard SQL a backslash is literal, but
        // only a backslash right before the closing quote reads differently, which is rare.
        if (c === '\\' && ch !== '`' && k + 1 < text.length) {
          value += text[k + 1];
          k += 2;
          continue;
        }
        if (c === ch) {
          if (text[k + 1] === ch) {
            value += ch;
            k += 2;
            continue;
          }
          break;
        }
        value += c;
        k++;
      }
      const end = Math.min(text.length, k + 1);
      push(ch === "'" ? 'string' : 'quoted-identifier', i, end, value);
      i = end;
      continue;
    }
    if (ch === '$') {
      // Dollar-quoted bodies (`$$ … $$`, `$tag$ … $tag$`) of Postgres and Snowflake.
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64))?.[0];
      if (tag) {
        const close = text.indexOf(tag, i + tag.length);
        const end = close < 0 ? text.length : close + tag.length;
        push('string', i, end, text.slice(i + tag.length, close < 0 ? text.length : close));
        i = end;
        continue;
      }
    }
    if (isWordStart(ch)) {
      let k = i + 1;
      while (k < text.length && isWordPart(text[k] as string)) k++;
      push('word', i, k, text.slice(i, k));
      i = k;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      let k = i + 1;
      while (k < text.length && /[0-9.eE_]/.test(text[k] as string)) k++;
      push('number', i, k, text.slice(i, k));
      i = k;
      continue;
    }
    push('punct', i, i + 1, ch);
    i++;
  }
  return tokens;
}

/** The offset of the closer of a Jinja tag whose content starts at `from`, skipping quoted strings; -1 if none. */
function findJinjaClose(text: string, from: number, closer: string): number {
  if (closer === '#}') return text.indexOf('#}', from);
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (text.startsWith(closer, i)) return i;
  }
  return -1;
}
