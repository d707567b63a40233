// A walk over the parser's raw statement JSON (serde of sqlparser-rs's AST, see ast.ts) for rules
// that need more than the typed view: every query and SELECT of a statement with the role it
// plays (a CTE, a derived table, an EXISTS subquery…), positions from spans, and nested
// statements (a Snowflake `BEGIN … END` block holds its statements inside one node). Shapes we
// do not recognise are walked through, never trusted, so an upstream change means "sees less".
import { identText, isRecord, variantOf } from './ast.js';
import { oncePerObject } from '../once-per-object.js';

export type JsonRecord = Readonly<Record<string, unknown>>;

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

// Deeper than any real query; stops a pathological input from exhausting the stack.
const MAX_DEPTH = 500;

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);

function spanOf(node: JsonRecord): Range | undefined {
  const span = node['span'];
  if (!isRecord(span) || !isRecord(span['start']) || !isRecord(span['end'])) return undefined;
  const { line, column } = span['start'];
  const end = span['end'];
  if (typeof line !== 'number' || typeof column !== 'number' || line <= 0) return undefined;
  const endLine = typeof end['line'] === 'number' && end['line'] >= line ? end['line'] : line;
  const endColumn = typeof end['column'] === 'number' ? end['column'] : column;
  return { start: { line, column }, end: { line: endLine, column: endColumn } };
}

/** The smallest range covering every span inside a node (the parser spans leaves, not every node). */
export function rangeOf(node: unknown): Range | undefined {
  let found: Range | undefined;
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    const span = spanOf(value);
    if (span) {
      if (!found) found = { start: { ...span.start }, end: { ...span.end } };
      else {
        if (before(span.start, found.start)) found.start = { ...span.start };
        if (before(found.end, span.end)) found.end = { ...span.end };
      }
    }
    for (const key in value) if (key !== 'span') visit(value[key], depth + 1);
  };
  visit(node, 0);
  return found;
}

/** Where a node starts: its earliest span; undefined when nothing inside carries one. */
export function startOf(node: unknown): Position | undefined {
  return rangeOf(node)?.start;
}

/** The statement-level node's payload: `{ Delete: {...} }` → `['Delete', {...}]`. */
export function statementVariant(raw: unknown): { tag: string; payload: JsonRecord } | undefined {
  const variant = variantOf(raw);
  if (!variant || !isRecord(variant.payload)) return undefined;
  return { tag: variant.tag, payload: variant.payload };
}

/**
 * Statements in execution order, with the statements of blocks (`BEGIN … END`, which the
 * parser reads as one StartTransaction holding `statements`) spliced in where they stand.
 */
export function flattenStatements(raws: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  const visit = (raw: unknown, depth: number): void => {
    if (depth > 20) return;
    out.push(raw);
    const variant = statementVariant(raw);
    const inner = variant?.payload['statements'];
    if (Array.isArray(inner)) for (const statement of inner) visit(statement, depth + 1);
  };
  for (const raw of raws) visit(raw, 0);
  return out;
}

// The SetExpr variants a query body can be.
const SET_EXPR_TAGS = new Set(['Select', 'Query', 'SetOperation', 'Values', 'Insert', 'Update', 'Delete', 'Merge', 'Table']);

/** A `Query` node: a record with a set-expression `body` (and WITH, ORDER BY, LIMIT…). */
export function isQueryNode(value: unknown): value is JsonRecord {
  if (!isRecord(value) || !('body' in value)) return false;
  const body = variantOf(value['body']);
  return body !== undefined && SET_EXPR_TAGS.has(body.tag);
}

/** Where a query sits, which decides what its ORDER BY or LIMIT can mean. */
export type QueryRole =
  | 'statement'
  | 'cte'
  | 'derived'
  | 'scalar'
  | 'exists'
  | 'in'
  | 'array'
  | 'nested'
  | 'insert-source'
  | 'create-source'
  | 'merge-source'
  | 'other';

export interface QueryNode {
  raw: JsonRecord;
  role: QueryRole;
  /** The enclosing query, when this one is nested in another. */
  parent?: QueryNode;
  /** For CTEs: the name. */
  cteName?: string;
}

export interface SelectNode {
  raw: JsonRecord;
  /** The query whose body holds this SELECT (directly or as a set-operation branch). */
  query?: QueryNode;
}

export interface StatementTree {
  queries: QueryNode[];
  selects: SelectNode[];
}

interface Step {
  key: string;
  node: unknown;
}

const isIndex = (key: string | undefined): boolean => key !== undefined && /^\d+$/.test(key);

function functionNameOf(payload: unknown): string | undefined {
  if (!isRecord(payload)) return undefined;
  const parts = nameParts(payload['name']);
  return parts[parts.length - 1]?.toLowerCase();
}

function roleOf(key: string, path: readonly Step[], hasQueryAncestor: boolean): { role: QueryRole; cteName?: string } {
  const parent = path[path.length - 1];
  const grand = path[path.length - 2];
  if (key === 'query' && parent && isIndex(parent.key) && grand?.key === 'cte_tables' && isRecord(parent.node)) {
    const alias = parent.node['alias'];
    const name = isRecord(alias) ? identText(alias['name']) : undefined;
    return { role: 'cte', ...(name !== undefined ? { cteName: name } : {}) };
  }
  if (key === 'subquery') {
    if (parent?.key === 'Derived') {
      // `MERGE INTO t USING (subquery) s`: the Derived relation is the merge's `source`.
      const holder = path[path.length - 2];
      const merge = path[path.length - 3];
      return { role: holder?.key === 'source' && merge?.key === 'Merge' ? 'merge-source' : 'derived' };
    }
    if (parent?.key === 'Exists') return { role: 'exists' };
    if (parent?.key === 'InSubquery') return { role: 'in' };
    return { role: 'other' };
  }
  if (key === 'Subquery') {
    // `ARRAY(SELECT …)` (BigQuery, Postgres): the subquery's order is the array's order.
    if (parent?.key === 'args' && grand?.key === 'Function' && functionNameOf(grand.node) === 'array') return { role: 'array' };
    return { role: 'scalar' };
  }
  if (key === 'Query') return { role: hasQueryAncestor ? 'nested' : 'statement' };
  if (key === 'source' && parent?.key === 'Insert') return { role: 'insert-source' };
  if (key === 'query' && (parent?.key === 'CreateTable' || parent?.key === 'CreateView')) return { role: 'create-source' };
  return { role: hasQueryAncestor ? 'other' : 'statement' };
}

/**
 * Every query and SELECT of a statement, outermost first. Eight SQL rules ask for the same
 * statement's tree (walking it once per rule was a tenth of a review's CPU), so it is built once
 * per parsed statement and shared: read it, do not change it.
 */
export const statementTree: (raw: unknown) => StatementTree = oncePerObject(buildStatementTree);

function buildStatementTree(raw: unknown): StatementTree {
  const queries: QueryNode[] = [];
  const selects: SelectNode[] = [];
  const path: Step[] = [];
  const visit = (value: unknown, key: string, current: QueryNode | undefined): void => {
    if (path.length > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      path.push({ key, node: value });
      value.forEach((item, index) => visit(item, String(index), current));
      path.pop();
      return;
    }
    if (!isRecord(value)) return;
    let inner = current;
    if (isQueryNode(value)) {
      const { role, cteName } = roleOf(key, path, current !== undefined);
      inner = { raw: value, role, ...(current ? { parent: current } : {}), ...(cteName !== undefined ? { cteName } : {}) };
      queries.push(inner);
    } else if (key === 'Select' && Array.isArray(value['projection'])) {
      selects.push({ raw: value, ...(current ? { query: current } : {}) });
    }
    path.push({ key, node: value });
    for (const child in value) if (child !== 'span') visit(value[child], child, inner);
    path.pop();
  };
  visit(raw, '', undefined);
  return { queries, selects };
}

/** Parts of an object name (`[ { Identifier } … ]` or bare idents), as written. */
export function nameParts(value: unknown): string[] {
  const parts: string[] = [];
  if (!Array.isArray(value)) return parts;
  for (const part of value) {
    const variant = variantOf(part);
    const text = variant?.tag === 'Identifier' ? identText(variant.payload) : identText(part);
    if (text !== undefined) parts.push(text);
  }
  return parts;
}

/** Whether a query carries a LIMIT, OFFSET, FETCH or (on its body's SELECT) TOP. */
export function queryLimit(query: JsonRecord): { kind: 'limit' | 'offset' | 'fetch' | 'top'; zero: boolean; node: unknown } | undefined {
  const clause = variantOf(query['limit_clause']);
  if (clause && isRecord(clause.payload)) {
    const payload = clause.payload;
    const limit = payload['limit'];
    if (limit !== undefined && limit !== null) return { kind: 'limit', zero: isZero(limit), node: limit };
    const offset = payload['offset'];
    if (offset !== undefined && offset !== null) return { kind: 'offset', zero: false, node: offset };
  }
  const fetch = query['fetch'];
  if (isRecord(fetch)) return { kind: 'fetch', zero: isZero(fetch['quantity']), node: fetch };
  const body = variantOf(query['body']);
  if (body?.tag === 'Select' && isRecord(body.payload) && isRecord(body.payload['top'])) return { kind: 'top', zero: false, node: body.payload['top'] };
  return undefined;
}

function isZero(expr: unknown): boolean {
  const value = variantOf(expr);
  if (value?.tag !== 'Value' || !isRecord(value.payload)) return false;
  const number = variantOf(value.payload['value']);
  return number?.tag === 'Number' && Array.isArray(number.payload) && number.payload[0] === '0';
}

/** The expressions of a query's ORDER BY (empty when it has none). */
export function queryOrderBy(query: JsonRecord): unknown[] {
  const orderBy = query['order_by'];
  if (!isRecord(orderBy)) return [];
  const kind = variantOf(orderBy['kind']);
  if (kind?.tag === 'Expressions' && Array.isArray(kind.payload)) return kind.payload;
  // `ORDER BY ALL` (DuckDB, Databricks): an order, over every column.
  return kind ? [kind.payload ?? kind.tag] : [];
}
