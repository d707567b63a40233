// The relations a dbt model reads, as written in its neutralised SQL: every table reference in
// FROM/JOIN (CTE bodies, subqueries and nested joins included) from the parsed statements, with
// the CTE names and relation aliases in scope anywhere in the file, so a rule can tell a
// hard-coded `raw.orders` from a `{{ ref() }}` placeholder, a CTE or a correlated `o.items`.
// For SQL that did not parse, `approximateTableReferences` scans tokens instead (an approximation:
// no scoping, only names after FROM/JOIN outside function calls; callers must treat its answers
// as advisory).
import { isRecord, variantOf } from '../sql/ast.js';
import type { SqlStatement } from '../sql/ast.js';

export interface TableReference {
  /** Name parts as written (`raw`, `orders`), without quotes. */
  parts: string[];
  quoted: boolean;
  line: number;
  /** 1-based column of the name's first character (0 when unknown). */
  column: number;
}

export interface RelationsInSql {
  tables: TableReference[];
  /** Lower-cased CTE names declared anywhere in the file. */
  cteNames: Set<string>;
  /** Lower-cased aliases given to relations anywhere in the file. */
  aliases: Set<string>;
}

function spanStart(value: unknown): { line: number; column: number } | undefined {
  if (!isRecord(value) || !isRecord(value['span'])) return undefined;
  const start = value['span']['start'];
  if (!isRecord(start) || typeof start['line'] !== 'number' || typeof start['column'] !== 'number' || start['line'] <= 0) return undefined;
  return { line: start['line'], column: start['column'] };
}

function nameParts(value: unknown): { parts: string[]; quoted: boolean; line: number; column: number } | undefined {
  if (!Array.isArray(value)) return undefined;
  const parts: string[] = [];
  let quoted = false;
  let position: { line: number; column: number } | undefined;
  for (const part of value) {
    const variant = variantOf(part);
    const ident = variant?.tag === 'Identifier' ? variant.payload : part;
    if (!isRecord(ident) || typeof ident['value'] !== 'string') return undefined;
    parts.push(ident['value']);
    if (typeof ident['quote_style'] === 'string') quoted = true;
    position ??= spanStart(ident);
  }
  return parts.length > 0 ? { parts, quoted, line: position?.line ?? 0, column: position?.column ?? 0 } : undefined;
}

const aliasName = (alias: unknown): string | undefined => (isRecord(alias) && isRecord(alias['name']) && typeof alias['name']['value'] === 'string' ? alias['name']['value'] : undefined);

/** Table references, CTE names and aliases of parsed statements (read from the parser's raw AST). */
export function relationsInStatements(statements: readonly SqlStatement[]): RelationsInSql {
  const found: RelationsInSql = { tables: [], cteNames: new Set(), aliases: new Set() };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 400) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    const table = value['Table'];
    // sqlparser's TableFactor::Table: a named relation; with `args` it is a table function call.
    if (isRecord(table) && Array.isArray(table['name']) && 'with_hints' in table) {
      const name = nameParts(table['name']);
      if (name && table['args'] === undefined) found.tables.push(name);
      const alias = aliasName(table['alias']);
      if (alias !== undefined) found.aliases.add(alias.toLowerCase());
    } else if (Array.isArray(value['cte_tables'])) {
      for (const cte of value['cte_tables']) {
        const name = isRecord(cte) ? aliasName(cte['alias']) : undefined;
        if (name !== undefined) found.cteNames.add(name.toLowerCase());
      }
    } else if ('alias' in value && !('name' in value && 'with_hints' in value)) {
      // Derived tables, UNNEST, table functions: their aliases can qualify later relations.
      const alias = aliasName(value['alias']);
      if (alias !== undefined) found.aliases.add(alias.toLowerCase());
    }
    for (const key in value) {
      if (key !== 'span') visit(value[key], depth + 1);
    }
  };
  for (const statement of statements) visit(statement.raw, 0);
  return found;
}

/** Comments and string literals replaced by spaces (newlines kept), so a token scan sees only code. */
export function maskCommentsAndStrings(sql: string): string {
  let out = '';
  let i = 0;
  const blank = (text: string): string => text.replace(/[^\n\r]/g, ' ');
  while (i < sql.length) {
    const ch = sql[i] as string;
    const next = sql[i + 1];
    let end = -1;
    if (ch === '-' && next === '-') {
      end = sql.indexOf('\n', i);
      if (end < 0) end = sql.length;
    } else if (ch === '/' && next === '*') {
      end = sql.indexOf('*/', i + 2);
      end = end < 0 ? sql.length : end + 2;
    } else if (ch === "'") {
      end = i + 1;
      while (end < sql.length && !(sql[end] === "'" && sql[end + 1] !== "'")) end += sql[end] === "'" ? 2 : 1;
      end = Math.min(sql.length, end + 1);
    }
    if (end >= 0) {
      out += blank(sql.slice(i, end));
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

const NOT_RELATIONS = new Set(['select', 'with', 'lateral', 'unnest', 'table', 'values', 'dual', 'the']);

/**
 * Names after FROM/JOIN in SQL that did not parse. Approximation: CTE names come from
 * `name as (` patterns; a FROM inside a function's parentheses (`extract(year from d)`) or after
 * `is distinct` is not a relation; names followed by `(` are table functions.
 */
export function approximateTableReferences(sql: string): RelationsInSql {
  const masked = maskCommentsAndStrings(sql);
  const found: RelationsInSql = { tables: [], cteNames: new Set(), aliases: new Set() };
  for (const match of masked.matchAll(/([A-Za-z_][\w$]*)\s*(?:\([^()]*\))?\s+as\s*\(/gi)) found.cteNames.add((match[1] as string).toLowerCase());
  const lineStarts = [0];
  for (let i = 0; i < masked.length; i++) if (masked[i] === '\n') lineStarts.push(i + 1);
  const positionOf = (offset: number): { line: number; column: number } => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= offset) line++;
    return { line: line + 1, column: offset - (lineStarts[line] as number) + 1 };
  };
  for (const match of masked.matchAll(/\b(from|join)\s+((?:[A-Za-z_][\w$-]*|"[^"\n]+"|`[^`\n]+`|\[[^\]\n]+\])(?:\s*\.\s*(?:[A-Za-z_][\w$-]*|"[^"\n]+"|`[^`\n]+`|\[[^\]\n]+\]))*)/gi)) {
    const keyword = match[1] as string;
    const name = match[2] as string;
    const start = match.index;
    const after = masked.slice(start + match[0].length).trimStart();
    if (after.startsWith('(')) continue;
    if (keyword.toLowerCase() === 'from' && /\bdistinct\s*$/i.test(masked.slice(Math.max(0, start - 20), start))) continue;
    if (insideFunctionCall(masked, start)) continue;
    const parts = name.split(/\s*\.\s*/).map((part) => part.replace(/^["`[]|["`\]]$/g, ''));
    const quoted = /["`[]/.test(name);
    if (parts.length === 1 && NOT_RELATIONS.has((parts[0] as string).toLowerCase())) continue;
    const nameOffset = start + match[0].length - name.length;
    found.tables.push({ parts, quoted, ...positionOf(nameOffset) });
    const alias = /^\s+(?:as\s+)?([A-Za-z_][\w$]*)/i.exec(masked.slice(start + match[0].length));
    if (alias?.[1]) found.aliases.add(alias[1].toLowerCase());
  }
  return found;
}

/** Whether the innermost open parenthesis before `offset` is a call's, not a subquery's. */
function insideFunctionCall(text: string, offset: number): boolean {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      return !/^\s*(select|with)\b/i.test(text.slice(i + 1, i + 40));
    }
  }
  return false;
}
