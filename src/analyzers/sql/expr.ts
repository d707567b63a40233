// Questions about expressions in the raw statement JSON: which columns an expression reads, which
// functions it calls, whether it is a constant (`ON 1 = 1`, `WHERE TRUE`). Subqueries inside an
// expression are a different scope, so these helpers do not descend into them.
import { identText, isRecord, variantOf } from './ast.js';
import { isQueryNode, nameParts, startOf } from './walk.js';
import type { JsonRecord, Position } from './walk.js';

export interface ColumnRef {
  /** `o` of `o.amount` (the part before the column); undefined for a bare name. */
  qualifier?: string;
  name: string;
  quoted: boolean;
  position?: Position;
}

export interface FunctionCall {
  /** Last part of the name, lower case: `dbt.current_timestamp` → `current_timestamp`. */
  name: string;
  raw: JsonRecord;
  /** No argument list at all (`current_date`), as opposed to `()`. */
  bare: boolean;
  argCount: number;
  position?: Position;
}

const MAX_DEPTH = 300;

// A plain predicate (not a type guard) so that the record stays a record when it is not a query.
const startsSubquery = (value: unknown): boolean => isQueryNode(value);

/**
 * Visits the nodes of an expression, not entering subqueries. The visitor sees each variant
 * (`{ Function: {...} }` arrives as tag `Function` and its payload).
 */
export function walkExpression(expr: unknown, visit: (tag: string, payload: unknown) => void): void {
  const recurse = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) recurse(item, depth + 1);
      return;
    }
    if (!isRecord(value) || startsSubquery(value)) return;
    const variant = variantOf(value);
    if (variant && typeof variant.tag === 'string' && /^[A-Z]/.test(variant.tag)) {
      if (variant.tag === 'Subquery' || variant.tag === 'Exists' || variant.tag === 'InSubquery') {
        // The subquery is another scope; only the outer operand of `x IN (subquery)` belongs here.
        if (variant.tag === 'InSubquery' && isRecord(variant.payload)) recurse(variant.payload['expr'], depth + 1);
        visit(variant.tag, variant.payload);
        return;
      }
      visit(variant.tag, variant.payload);
      // A function's name is an object name (`{ Identifier }` parts), not a column it reads.
      if (variant.tag === 'Function' && isRecord(variant.payload)) {
        for (const key in variant.payload) if (key !== 'name' && key !== 'span') recurse(variant.payload[key], depth + 1);
        return;
      }
    }
    for (const key in value) if (key !== 'span') recurse(value[key], depth + 1);
  };
  recurse(expr, 0);
}

/** The columns an expression reads (not inside subqueries). */
export function columnRefs(expr: unknown): ColumnRef[] {
  const refs: ColumnRef[] = [];
  walkExpression(expr, (tag, payload) => {
    if (tag === 'Identifier' && isRecord(payload)) {
      const name = identText(payload);
      const position = startOf(payload);
      if (name !== undefined) refs.push({ name, quoted: isQuoted(payload), ...(position ? { position } : {}) });
    } else if (tag === 'CompoundIdentifier' && Array.isArray(payload)) {
      const parts = payload.map((part) => identText(part)).filter((part): part is string => part !== undefined);
      const name = parts[parts.length - 1];
      const qualifier = parts[parts.length - 2];
      const last = payload[payload.length - 1];
      const position = startOf(payload);
      if (name !== undefined) refs.push({ name, ...(qualifier !== undefined ? { qualifier } : {}), quoted: isQuoted(last), ...(position ? { position } : {}) });
    }
  });
  return refs;
}

function isQuoted(ident: unknown): boolean {
  return isRecord(ident) && typeof ident['quote_style'] === 'string';
}

/** The function calls of an expression (not inside subqueries). */
export function functionCalls(expr: unknown): FunctionCall[] {
  const calls: FunctionCall[] = [];
  walkExpression(expr, (tag, payload) => {
    if (tag !== 'Function' || !isRecord(payload)) return;
    const parts = nameParts(payload['name']);
    const name = parts[parts.length - 1];
    if (name === undefined) return;
    const args = payload['args'];
    const list = variantOf(args);
    const argCount = list?.tag === 'List' && isRecord(list.payload) && Array.isArray(list.payload['args']) ? list.payload['args'].length : 0;
    const position = startOf(payload['name']);
    calls.push({ name: name.toLowerCase(), raw: payload, bare: args === 'None', argCount, ...(position ? { position } : {}) });
  });
  return calls;
}

/** Whether an expression holds a subquery (whose columns may tie it to the outer rows). */
export function hasSubquery(expr: unknown): boolean {
  let found = false;
  walkExpression(expr, (tag) => {
    if (tag === 'Subquery' || tag === 'Exists' || tag === 'InSubquery') found = true;
  });
  return found;
}

/** An expression that reads no column and no subquery: the same value for every row. */
export function isConstantExpression(expr: unknown): boolean {
  return columnRefs(expr).length === 0 && !hasSubquery(expr);
}

function literalOf(expr: unknown): string | undefined {
  const variant = variantOf(expr);
  if (variant?.tag === 'Nested') return literalOf(variant.payload);
  if (variant?.tag !== 'Value' || !isRecord(variant.payload)) return undefined;
  return JSON.stringify(variant.payload['value']);
}

function sameColumn(a: unknown, b: unknown): boolean {
  const left = columnRefs(a);
  const right = columnRefs(b);
  const va = variantOf(a)?.tag;
  const vb = variantOf(b)?.tag;
  const plain = (tag: string | undefined): boolean => tag === 'Identifier' || tag === 'CompoundIdentifier';
  if (!plain(va) || !plain(vb) || left.length !== 1 || right.length !== 1) return false;
  const [l, r] = [left[0] as ColumnRef, right[0] as ColumnRef];
  return l.name.toLowerCase() === r.name.toLowerCase() && (l.qualifier ?? '').toLowerCase() === (r.qualifier ?? '').toLowerCase();
}

/**
 * An expression that is true for every row: `TRUE`, `1 = 1`, `'a' = 'a'`, `x = x` (true but for
 * NULLs, which is not a filter anyone means), `1`, and AND/OR/parentheses of those.
 */
export function isAlwaysTrue(expr: unknown): boolean {
  const variant = variantOf(expr);
  if (!variant) return false;
  if (variant.tag === 'Nested') return isAlwaysTrue(variant.payload);
  if (variant.tag === 'Value' && isRecord(variant.payload)) {
    const value = variantOf(variant.payload['value']);
    if (value?.tag === 'Boolean') return value.payload === true;
    if (value?.tag === 'Number' && Array.isArray(value.payload)) return Number(value.payload[0]) !== 0;
    return false;
  }
  if (variant.tag === 'BinaryOp' && isRecord(variant.payload)) {
    const { left, op, right } = variant.payload;
    if (op === 'And') return isAlwaysTrue(left) && isAlwaysTrue(right);
    if (op === 'Or') return isAlwaysTrue(left) || isAlwaysTrue(right);
    if (op === 'Eq' || op === 'GtEq' || op === 'LtEq') {
      const l = literalOf(left);
      if (l !== undefined && l === literalOf(right)) return true;
      return sameColumn(left, right);
    }
  }
  return false;
}

/** The comparisons (`=`, `<`, …, `BETWEEN`, `IS [NOT] DISTINCT FROM`) of a predicate, not inside subqueries. */
export function comparisons(expr: unknown): { left: unknown; right: unknown; op: string }[] {
  const out: { left: unknown; right: unknown; op: string }[] = [];
  const COMPARE = new Set(['Eq', 'NotEq', 'Lt', 'LtEq', 'Gt', 'GtEq', 'Spaceship']);
  walkExpression(expr, (tag, payload) => {
    if ((tag === 'IsDistinctFrom' || tag === 'IsNotDistinctFrom') && Array.isArray(payload)) {
      // Tuple variants: `[left, right]`.
      out.push({ left: payload[0], right: payload[1], op: tag });
      return;
    }
    if (!isRecord(payload)) return;
    if (tag === 'BinaryOp' && typeof payload['op'] === 'string' && COMPARE.has(payload['op'])) {
      out.push({ left: payload['left'], right: payload['right'], op: payload['op'] });
    } else if (tag === 'Between') {
      out.push({ left: payload['expr'], right: [payload['low'], payload['high']], op: 'Between' });
    }
  });
  return out;
}

/** The name a relation is known by in its query: alias, else the table's last name part. */
export function relationName(relation: unknown): string | undefined {
  const variant = variantOf(relation);
  if (!variant || !isRecord(variant.payload)) return undefined;
  const alias = variant.payload['alias'];
  const aliasName = isRecord(alias) ? identText(alias['name']) : undefined;
  if (aliasName !== undefined) return aliasName;
  if (variant.tag === 'Table') {
    const parts = nameParts(variant.payload['name']);
    return parts[parts.length - 1];
  }
  return undefined;
}
