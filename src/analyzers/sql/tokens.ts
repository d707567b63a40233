// A small SQL tokenizer for files the parser rejects (degraded mode) and for the few facts the
// AST does not carry (where a UNION keyword is). It is not a parser: it only knows what makes a
// keyword a keyword — text inside string literals, quoted identifiers, comments and dollar- or
// triple-quoted bodies is skipped, and every token knows its line, column and parenthesis depth.
// Regular expressions over raw text would find `delete` in `-- never delete here` or `'update'`.
import type { SqlDialect } from './parser.js';

export type SqlTokenKind = 'word' | 'quoted' | 'string' | 'number' | 'symbol';

export interface SqlToken {
  kind: SqlTokenKind;
  text: string;
  /** Words in upper case (keywords compare on this); other tokens as written. */
  upper: string;
  line: number;
  /** 1-based column of the first character. */
  column: number;
  offset: number;
  /** Parenthesis depth: 0 at statement level; `(` and `)` carry the depth outside them. */
  depth: number;
}

export interface ScanOptions {
  /** `\'` escapes a quote inside '…' (BigQuery, Snowflake, MySQL, Spark/Databricks, Hive, ClickHouse). */
  backslashEscapes: boolean;
  /** `# comment` (BigQuery, MySQL). */
  hashComments: boolean;
  /** `// comment` (Snowflake). */
  slashComments: boolean;
  /** Block comments nest (Postgres, Snowflake, DuckDB). */
  nestedComments: boolean;
  /** `'''…'''` and `"""…"""` (BigQuery). */
  tripleQuotes: boolean;
  /** `` `name` `` (BigQuery, MySQL, Spark/Databricks, Hive, ClickHouse, SQLite). */
  backticks: boolean;
  /** `[name]` (SQL Server, SQLite); elsewhere `[` is an array subscript. */
  brackets: boolean;
  /** `$$…$$` / `$tag$…$tag$` (Postgres family, Snowflake, DuckDB). */
  dollarQuotes: boolean;
}

const BACKSLASH = new Set<SqlDialect>(['bigquery', 'snowflake', 'mysql', 'spark', 'databricks', 'hive', 'clickhouse']);
const HASH = new Set<SqlDialect>(['bigquery', 'mysql']);
const NESTED = new Set<SqlDialect>(['postgres', 'snowflake', 'duckdb', 'redshift', 'generic']);
const BACKTICKS = new Set<SqlDialect>(['bigquery', 'mysql', 'spark', 'databricks', 'hive', 'clickhouse', 'sqlite', 'generic']);
const BRACKETS = new Set<SqlDialect>(['mssql', 'sqlite']);
const DOLLAR = new Set<SqlDialect>(['postgres', 'snowflake', 'duckdb', 'redshift', 'generic']);

export function scanOptionsFor(dialect: SqlDialect): ScanOptions {
  return {
    backslashEscapes: BACKSLASH.has(dialect),
    hashComments: HASH.has(dialect),
    slashComments: dialect === 'snowflake',
    nestedComments: NESTED.has(dialect),
    tripleQuotes: dialect === 'bigquery',
    backticks: BACKTICKS.has(dialect),
    brackets: BRACKETS.has(dialect),
    dollarQuotes: DOLLAR.has(dialect),
  };
}

// String prefixes: E'…' (Postgres escapes), N'…', B'…', X'…', R'…' / RB'…' (BigQuery raw/bytes), U&'…'.
const STRING_PREFIXES = new Set(['E', 'N', 'B', 'X', 'R', 'RB', 'BR', 'U&']);
const TWO_CHAR_SYMBOLS = new Set(['<=', '>=', '<>', '!=', '::', '||', '=>', '->', '==']);

const isWordStart = (ch: string): boolean => /[A-Za-z_]/.test(ch) || ch.charCodeAt(0) > 127;
const isWordPart = (ch: string): boolean => /[A-Za-z0-9_$]/.test(ch) || ch.charCodeAt(0) > 127;
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** The tokens of SQL text. Never throws: an unterminated string or comment runs to the end. */
export function scanSql(text: string, options: ScanOptions): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let depth = 0;

  // Moves past `end` (exclusive), keeping line bookkeeping right across newlines.
  const advanceTo = (end: number): void => {
    const stop = Math.min(end, text.length);
    for (; i < stop; i++) {
      if (text[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  };
  const push = (kind: SqlTokenKind, start: number, startLine: number, startColumn: number, end: number): void => {
    const raw = text.slice(start, end);
    tokens.push({ kind, text: raw, upper: kind === 'word' ? raw.toUpperCase() : raw, line: startLine, column: startColumn, offset: start, depth });
  };
  // End of a quoted run starting after the opening quote at `from`; doubled quotes and (optionally) backslashes escape.
  const quotedEnd = (from: number, quote: string, backslash: boolean): number => {
    let j = from;
    while (j < text.length) {
      const ch = text[j];
      if (backslash && ch === '\\') {
        j += 2;
        continue;
      }
      if (ch === quote) {
        if (text[j + 1] === quote) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j++;
    }
    return text.length;
  };

  while (i < text.length) {
    const ch = text[i] as string;
    const next = text[i + 1];
    const start = i;
    const startLine = line;
    const startColumn = i - lineStart + 1;

    if (ch === '\n' || ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v') {
      advanceTo(i + 1);
      continue;
    }
    // Comments.
    // `//` after a colon is a URL (`put file:///data/x.csv @stage`), not a Snowflake comment.
    const slashComment = options.slashComments && ch === '/' && next === '/' && text[i - 1] !== ':' && text[i - 1] !== '/';
    if ((ch === '-' && next === '-') || (options.hashComments && ch === '#') || slashComment) {
      const end = text.indexOf('\n', i);
      advanceTo(end < 0 ? text.length : end);
      continue;
    }
    if (ch === '/' && next === '*') {
      let j = i + 2;
      let level = 1;
      while (j < text.length && level > 0) {
        if (text[j] === '*' && text[j + 1] === '/') {
          level--;
          j += 2;
        } else if (options.nestedComments && text[j] === '/' && text[j + 1] === '*') {
          level++;
          j += 2;
        } else j++;
      }
      advanceTo(j);
      continue;
    }
    // Strings and quoted identifiers.
    if (options.tripleQuotes && (ch === "'" || ch === '"') && text.startsWith(ch.repeat(3), i)) {
      const end = text.indexOf(ch.repeat(3), i + 3);
      advanceTo(end < 0 ? text.length : end + 3);
      push('string', start, startLine, startColumn, i);
      continue;
    }
    if (ch === "'") {
      advanceTo(quotedEnd(i + 1, "'", options.backslashEscapes));
      push('string', start, startLine, startColumn, i);
      continue;
    }
    if (ch === '"') {
      advanceTo(quotedEnd(i + 1, '"', options.backslashEscapes && options.backticks));
      push('quoted', start, startLine, startColumn, i);
      continue;
    }
    if (ch === '`' && options.backticks) {
      advanceTo(quotedEnd(i + 1, '`', false));
      push('quoted', start, startLine, startColumn, i);
      continue;
    }
    if (ch === '[' && options.brackets) {
      const end = text.indexOf(']', i + 1);
      advanceTo(end < 0 ? text.length : end + 1);
      push('quoted', start, startLine, startColumn, i);
      continue;
    }
    if (ch === '$' && options.dollarQuotes) {
      // `$$` or `$tag$` opens a body that only the same delimiter closes; `$1` is a parameter.
      const match = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 66));
      if (match) {
        const delimiter = match[0];
        const end = text.indexOf(delimiter, i + delimiter.length);
        advanceTo(end < 0 ? text.length : end + delimiter.length);
        push('string', start, startLine, startColumn, i);
        continue;
      }
    }
    if (isWordStart(ch)) {
      let j = i + 1;
      while (j < text.length && isWordPart(text[j] as string)) j++;
      const word = text.slice(i, j).toUpperCase();
      // `U&'…'` carries its `&`.
      if (word === 'U' && text[j] === '&' && text[j + 1] === "'") j++;
      const prefix = text.slice(i, j).toUpperCase();
      if (STRING_PREFIXES.has(prefix) && (text[j] === "'" || (text[j] === '"' && (prefix === 'R' || prefix === 'B' || prefix === 'RB' || prefix === 'BR')))) {
        const quote = text[j] as string;
        const raw = prefix.includes('R');
        const escapes = prefix === 'E' || (!raw && options.backslashEscapes);
        if (options.tripleQuotes && text.startsWith(quote.repeat(3), j)) {
          const end = text.indexOf(quote.repeat(3), j + 3);
          advanceTo(end < 0 ? text.length : end + 3);
        } else {
          advanceTo(quotedEnd(j + 1, quote, escapes));
        }
        push('string', start, startLine, startColumn, i);
        continue;
      }
      advanceTo(j);
      push('word', start, startLine, startColumn, i);
      continue;
    }
    if (isDigit(ch) || (ch === '.' && isDigit(next))) {
      let j = i + 1;
      while (j < text.length && /[0-9._]/.test(text[j] as string)) j++;
      if ((text[j] === 'e' || text[j] === 'E') && (isDigit(text[j + 1]) || ((text[j + 1] === '+' || text[j + 1] === '-') && isDigit(text[j + 2])))) {
        j += 2;
        while (j < text.length && isDigit(text[j])) j++;
      }
      advanceTo(j);
      push('number', start, startLine, startColumn, i);
      continue;
    }
    if (ch === ')') depth = Math.max(0, depth - 1);
    const pair = text.slice(i, i + 2);
    const width = TWO_CHAR_SYMBOLS.has(pair) ? 2 : 1;
    advanceTo(i + width);
    push('symbol', start, startLine, startColumn, i);
    if (ch === '(') depth++;
  }
  return tokens;
}

/** Tokens split into statements at top-level `;` (the `;` itself is dropped). */
export function splitStatements(tokens: readonly SqlToken[]): SqlToken[][] {
  const statements: SqlToken[][] = [];
  let current: SqlToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'symbol' && token.text === ';') {
      if (current.length > 0) statements.push(current);
      current = [];
      continue;
    }
    current.push(token);
  }
  if (current.length > 0) statements.push(current);
  return statements;
}

/** Whether `token` is the keyword `word` (an unquoted word; case-insensitive). */
export function isKeyword(token: SqlToken | undefined, word: string): boolean {
  return token !== undefined && token.kind === 'word' && token.upper === word;
}
