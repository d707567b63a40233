// Reading statements from tokens when the parser rejected the file: the statement's verb (past a
// leading WITH list or a `BEGIN` block opener), the table a DML statement names, and keywords at
// the statement's own parenthesis level. An approximation by design; rules that use it say so.
import { isKeyword } from './tokens.js';
import type { SqlToken } from './tokens.js';

const VERBS = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'CREATE', 'DROP', 'ALTER', 'COPY', 'WITH', 'VALUES', 'CALL', 'GRANT', 'PUT']);

/** The statement's main verb and its index: `with a as (…) delete from t` → DELETE. */
export function statementVerb(tokens: readonly SqlToken[]): { verb: string; index: number } | undefined {
  let index = 0;
  // A Snowflake scripting block (`BEGIN delete from t; …`) or `BEGIN TRANSACTION` opener.
  while (isKeyword(tokens[index], 'BEGIN') || isKeyword(tokens[index], 'DECLARE')) index++;
  const first = tokens[index];
  if (!first || first.kind !== 'word') return undefined;
  const base = first.depth;
  if (first.upper !== 'WITH') return VERBS.has(first.upper) ? { verb: first.upper, index } : undefined;
  // Past the CTE list: the first verb at the statement's level that follows a closing parenthesis.
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i] as SqlToken;
    if (token.depth !== base || token.kind !== 'word' || !VERBS.has(token.upper)) continue;
    const previous = tokens[i - 1];
    if (previous?.kind === 'symbol' && previous.text === ')') return { verb: token.upper, index: i };
  }
  return undefined;
}

/** A dotted name starting at `index` (`analytics.orders`, `"raw"."Orders"`); empty when none. */
export function dottedName(tokens: readonly SqlToken[], index: number): { name: string; end: number } {
  const parts: string[] = [];
  let i = index;
  while (i < tokens.length) {
    const token = tokens[i] as SqlToken;
    if (token.kind !== 'word' && token.kind !== 'quoted') break;
    parts.push(token.text);
    const dot = tokens[i + 1];
    if (dot?.kind === 'symbol' && dot.text === '.') i += 2;
    else {
      i++;
      break;
    }
  }
  return { name: parts.join('.'), end: i };
}

/** Index of the first keyword `word` after `from` at the same parenthesis depth as `tokens[from]`; -1 if none. */
export function findAtLevel(tokens: readonly SqlToken[], from: number, word: string): number {
  const depth = tokens[from]?.depth ?? 0;
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i] as SqlToken;
    if (token.depth < depth) return -1;
    if (token.depth === depth && isKeyword(token, word)) return i;
  }
  return -1;
}

export interface TokenTableAction {
  verb: 'DELETE' | 'UPDATE' | 'TRUNCATE' | 'MERGE' | 'INSERT' | 'CREATE TABLE' | 'DROP TABLE';
  /** The target's name parts, unquoted. */
  table: string[];
  overwrite: boolean;
  orReplace: boolean;
  ifNotExists: boolean;
  line: number;
}

const unquote = (text: string): string => (/^["`[]/.test(text) ? text.slice(1, -1) : text);

function namePartsAt(tokens: readonly SqlToken[], index: number): string[] {
  const parts: string[] = [];
  let i = index;
  while (i < tokens.length) {
    const token = tokens[i] as SqlToken;
    if (token.kind !== 'word' && token.kind !== 'quoted') break;
    parts.push(unquote(token.text));
    const dot = tokens[i + 1];
    if (dot?.kind !== 'symbol' || dot.text !== '.') break;
    i += 2;
  }
  return parts;
}

/** What a statement does to which table, read from its tokens (approximate, see the file header). */
export function tokenTableAction(tokens: readonly SqlToken[]): TokenTableAction | undefined {
  const head = statementVerb(tokens);
  if (!head) return undefined;
  let i = head.index + 1;
  const skip = (...words: string[]): boolean => {
    const token = tokens[i];
    if (token && words.some((word) => isKeyword(token, word))) {
      i++;
      return true;
    }
    return false;
  };
  const line = (tokens[head.index] as SqlToken).line;
  const base = { overwrite: false, orReplace: false, ifNotExists: false, line };
  switch (head.verb) {
    case 'DELETE':
      skip('FROM');
      return { verb: 'DELETE', table: namePartsAt(tokens, i), ...base };
    case 'UPDATE':
      return { verb: 'UPDATE', table: namePartsAt(tokens, i), ...base };
    case 'TRUNCATE':
      skip('TABLE');
      if (isKeyword(tokens[i], 'IF') && isKeyword(tokens[i + 1], 'EXISTS')) i += 2;
      return { verb: 'TRUNCATE', table: namePartsAt(tokens, i), ...base };
    case 'MERGE':
      skip('INTO');
      return { verb: 'MERGE', table: namePartsAt(tokens, i), ...base };
    case 'INSERT': {
      const overwrite = skip('OVERWRITE');
      skip('INTO', 'TABLE');
      skip('TABLE');
      return { verb: 'INSERT', table: namePartsAt(tokens, i), ...base, overwrite };
    }
    case 'CREATE': {
      let orReplace = false;
      if (isKeyword(tokens[i], 'OR') && isKeyword(tokens[i + 1], 'REPLACE')) {
        orReplace = true;
        i += 2;
      }
      while (skip('TEMP', 'TEMPORARY', 'TRANSIENT', 'VOLATILE', 'GLOBAL', 'LOCAL', 'EXTERNAL', 'ICEBERG', 'DYNAMIC', 'HYBRID'));
      if (!skip('TABLE')) return undefined;
      let ifNotExists = false;
      if (isKeyword(tokens[i], 'IF') && isKeyword(tokens[i + 1], 'NOT') && isKeyword(tokens[i + 2], 'EXISTS')) {
        ifNotExists = true;
        i += 3;
      }
      return { verb: 'CREATE TABLE', table: namePartsAt(tokens, i), ...base, orReplace, ifNotExists };
    }
    case 'DROP':
      if (!skip('TABLE')) return undefined;
      if (isKeyword(tokens[i], 'IF') && isKeyword(tokens[i + 1], 'EXISTS')) i += 2;
      return { verb: 'DROP TABLE', table: namePartsAt(tokens, i), ...base };
    default:
      return undefined;
  }
}
