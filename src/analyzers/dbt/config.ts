// A small reader for Jinja expressions as dbt writes them: `config(materialized='incremental',
// unique_key=['id', 'day'], partition_by={'field': 'day'})`, `ref('pkg', 'model', v=2)`,
// `source('raw', 'orders')`. A tokenizer plus a recursive-descent reader of literals; anything
// that needs evaluation (`var('x')`, `'a' ~ b`, `env_var(...)`) is kept as `{ kind: 'expr', text }`.
import type { LiteralValue } from '../values.js';

export type JinjaValue = LiteralValue;

export type ExprTokenKind = 'string' | 'number' | 'name' | 'punct';

export interface ExprToken {
  kind: ExprTokenKind;
  /** Source text; for strings, the unquoted value. */
  text: string;
  start: number;
  end: number;
}

const TWO_CHAR_OPERATORS = new Set(['==', '!=', '<=', '>=', '**', '//']);

const isNameStart = (ch: string): boolean => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_';
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isNamePart = (ch: string): boolean => isNameStart(ch) || isDigit(ch);

/**
 * Tokenizes a Jinja expression. Unterminated strings run to the end of the text (reported
 * through `problems`), so a broken expression still yields tokens.
 */
export function tokenizeExpression(text: string, problems?: string[]): ExprToken[] {
  const tokens: ExprToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const start = i;
      let value = '';
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i] as string;
        if (c === '\\' && i + 1 < text.length) {
          const next = text[i + 1] as string;
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
          continue;
        }
        if (c === ch) {
          closed = true;
          i++;
          break;
        }
        value += c;
        i++;
      }
      if (!closed) problems?.push(`unterminated string starting ${text.slice(start, start + 20)}`);
      tokens.push({ kind: 'string', text: value, start, end: i });
      continue;
    }
    if (isDigit(ch) || (ch === '.' && isDigit(text[i + 1] ?? ''))) {
      const start = i;
      while (i < text.length && (isDigit(text[i] as string) || text[i] === '.' || text[i] === '_')) i++;
      if ((text[i] === 'e' || text[i] === 'E') && (isDigit(text[i + 1] ?? '') || ((text[i + 1] === '-' || text[i + 1] === '+') && isDigit(text[i + 2] ?? '')))) {
        i += 2;
        while (i < text.length && isDigit(text[i] as string)) i++;
      }
      tokens.push({ kind: 'number', text: text.slice(start, i), start, end: i });
      continue;
    }
    if (isNameStart(ch)) {
      const start = i;
      while (i < text.length && isNamePart(text[i] as string)) i++;
      tokens.push({ kind: 'name', text: text.slice(start, i), start, end: i });
      continue;
    }
    const pair = text.slice(i, i + 2);
    const width = TWO_CHAR_OPERATORS.has(pair) ? 2 : 1;
    tokens.push({ kind: 'punct', text: text.slice(i, i + width), start: i, end: i + width });
    i += width;
  }
  return tokens;
}

export interface CallArguments {
  positional: JinjaValue[];
  keyword: Record<string, JinjaValue>;
  /** Index of the closing parenthesis token, or tokens.length when the call is unclosed. */
  end: number;
}

const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

// Literals nested deeper than this are kept as expression text. dbt configs nest two or three
// levels; without a bound, `[[[[…` a few thousand deep overflowed the stack and the exception
// escaped the whole analysis.
const MAX_LITERAL_DEPTH = 64;

/** Reads literals from a token stream; `source` is the text the tokens came from (for `expr` slices). */
class LiteralReader {
  private depth = 0;

  constructor(
    private readonly tokens: readonly ExprToken[],
    private readonly source: string,
  ) {}

  private at(index: number): ExprToken | undefined {
    return this.tokens[index];
  }

  private isPunct(index: number, text: string): boolean {
    const token = this.at(index);
    return token?.kind === 'punct' && token.text === text;
  }

  /** Index just past the balanced expression starting at `index`, stopping at a top-level `stops` token. */
  skipExpression(index: number, stops: ReadonlySet<string>): number {
    const stack: string[] = [];
    let i = index;
    while (i < this.tokens.length) {
      const token = this.tokens[i] as ExprToken;
      if (token.kind === 'punct') {
        if (stack.length === 0 && stops.has(token.text)) return i;
        const closer = CLOSERS[token.text];
        if (closer) stack.push(closer);
        else if (token.text === stack[stack.length - 1]) stack.pop();
        else if (token.text === ')' || token.text === ']' || token.text === '}') return i;
      }
      i++;
    }
    return i;
  }

  /** A value: a literal when the whole argument is one, else the argument's source text. */
  value(index: number, stops: ReadonlySet<string>): { value: JinjaValue; next: number } {
    const literal = this.literal(index);
    if (literal) {
      const after = this.at(literal.next);
      if (!after || (after.kind === 'punct' && stops.has(after.text))) return literal;
    }
    const end = this.skipExpression(index, stops);
    const first = this.at(index);
    const last = this.at(end - 1);
    const text = first && last ? this.source.slice(first.start, last.end).trim() : '';
    return { value: { kind: 'expr', text }, next: end };
  }

  literal(index: number): { value: JinjaValue; next: number } | undefined {
    const token = this.at(index);
    if (!token) return undefined;
    if (token.kind === 'string') {
      // Adjacent string literals concatenate in Jinja as in Python.
      let value = token.text;
      let next = index + 1;
      for (let more = this.at(next); more?.kind === 'string'; more = this.at(next)) {
        value += more.text;
        next++;
      }
      return { value: { kind: 'string', value }, next };
    }
    if (token.kind === 'number') return { value: { kind: 'number', value: Number(token.text.replace(/_/g, '')) }, next: index + 1 };
    if (token.kind === 'punct' && token.text === '-' && this.at(index + 1)?.kind === 'number') {
      return { value: { kind: 'number', value: -Number((this.at(index + 1) as ExprToken).text.replace(/_/g, '')) }, next: index + 2 };
    }
    if (token.kind === 'name') {
      if (this.isPunct(index + 1, '(') || this.isPunct(index + 1, '.') || this.isPunct(index + 1, '[')) return undefined;
      switch (token.text) {
        case 'true':
        case 'True':
          return { value: { kind: 'boolean', value: true }, next: index + 1 };
        case 'false':
        case 'False':
          return { value: { kind: 'boolean', value: false }, next: index + 1 };
        case 'none':
        case 'None':
          return { value: { kind: 'none' }, next: index + 1 };
        default:
          return undefined;
      }
    }
    if (token.kind === 'punct' && (token.text === '[' || token.text === '(' || token.text === '{')) {
      if (this.depth >= MAX_LITERAL_DEPTH) return undefined;
      this.depth++;
      try {
        return token.text === '{' ? this.dict(index) : this.sequence(index, token.text === '[' ? ']' : ')');
      } finally {
        this.depth--;
      }
    }
    return undefined;
  }

  private sequence(index: number, closer: string): { value: JinjaValue; next: number } | undefined {
    const items: JinjaValue[] = [];
    let i = index + 1;
    const stops = new Set([',', closer]);
    while (i < this.tokens.length && !this.isPunct(i, closer)) {
      const item = this.literal(i);
      const after = item ? this.at(item.next) : undefined;
      if (!item || after?.kind !== 'punct' || !stops.has(after.text)) return undefined;
      items.push(item.value);
      i = item.next;
      if (this.isPunct(i, ',')) i++;
    }
    if (!this.isPunct(i, closer)) return undefined;
    return { value: { kind: 'list', items }, next: i + 1 };
  }

  private dict(index: number): { value: JinjaValue; next: number } | undefined {
    const entries: Record<string, JinjaValue> = {};
    let i = index + 1;
    while (i < this.tokens.length && !this.isPunct(i, '}')) {
      const keyToken = this.at(i);
      if (!keyToken || (keyToken.kind !== 'string' && keyToken.kind !== 'number' && keyToken.kind !== 'name')) return undefined;
      if (!this.isPunct(i + 1, ':')) return undefined;
      const item = this.literal(i + 2);
      if (!item || !(this.isPunct(item.next, ',') || this.isPunct(item.next, '}'))) return undefined;
      entries[keyToken.text] = item.value;
      i = item.next;
      if (this.isPunct(i, ',')) i++;
    }
    if (!this.isPunct(i, '}')) return undefined;
    return { value: { kind: 'dict', entries }, next: i + 1 };
  }

  /** Arguments of a call whose `(` is at `open`. */
  arguments(open: number): CallArguments {
    const positional: JinjaValue[] = [];
    const keyword: Record<string, JinjaValue> = {};
    const stops = new Set([',', ')']);
    let i = open + 1;
    while (i < this.tokens.length && !this.isPunct(i, ')')) {
      const token = this.at(i) as ExprToken;
      if (token.kind === 'name' && this.isPunct(i + 1, '=')) {
        const { value, next } = this.value(i + 2, stops);
        keyword[token.text] = value;
        i = next;
      } else if (token.kind === 'punct' && (token.text === '*' || token.text === '**')) {
        // `**kwargs` spreads: nothing we can read statically.
        const { value, next } = this.value(i, stops);
        positional.push(value);
        i = next;
      } else {
        const { value, next } = this.value(i, stops);
        positional.push(value);
        i = next;
      }
      if (this.isPunct(i, ',')) i++;
      else if (!this.isPunct(i, ')')) break;
    }
    return { positional, keyword, end: i };
  }
}

/** Arguments of the call whose opening parenthesis is `tokens[open]`. */
export function readCallArguments(tokens: readonly ExprToken[], source: string, open: number): CallArguments {
  return new LiteralReader(tokens, source).arguments(open);
}

/** Reads one literal expression (`'table'`, `['a', 'b']`, `{'field': 'day'}`); anything else is an `expr`. */
export function parseLiteral(text: string): JinjaValue {
  const tokens = tokenizeExpression(text);
  if (tokens.length === 0) return { kind: 'expr', text: '' };
  const reader = new LiteralReader(tokens, text);
  return reader.value(0, new Set()).value;
}

export interface ConfigCall {
  args: Record<string, JinjaValue>;
  problems: string[];
}

/**
 * Reads a `config(...)` call expression (the content of `{{ config(...) }}`); undefined when
 * the expression is not a config call.
 */
export function parseConfigCall(expression: string): ConfigCall | undefined {
  const problems: string[] = [];
  const tokens = tokenizeExpression(expression, problems);
  const first = tokens[0];
  if (first?.kind !== 'name' || first.text !== 'config' || tokens[1]?.text !== '(') return undefined;
  const call = readCallArguments(tokens, expression, 1);
  if (call.end >= tokens.length) problems.push('config( is not closed');
  // `config({'materialized': 'table'})`: dbt accepts one dict positional argument as well.
  const args: Record<string, JinjaValue> = {};
  for (const value of call.positional) if (value.kind === 'dict') Object.assign(args, value.entries);
  Object.assign(args, call.keyword);
  return { args, problems };
}
