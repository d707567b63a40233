// The joins of a SELECT as rules about join conditions need them: each explicit JOIN with its
// operator and constraint, each comma-separated FROM item with whether a WHERE comparison ties
// it to the other relations, and two facts that make a missing condition harmless — the joined
// relation is correlated (UNNEST, LATERAL, a table function reading the row) or yields one row
// (an aggregate without GROUP BY, a single VALUES row, LIMIT 1).
import { identText, isRecord, variantOf } from './ast.js';
import { columnRefs, comparisons, relationName } from './expr.js';
import { nameParts, queryLimit, startOf } from './walk.js';
import type { JsonRecord, Position } from './walk.js';
import { oncePerObject } from '../once-per-object.js';

export type JoinConstraint = 'on' | 'using' | 'natural' | 'none';

export interface JoinedRelation {
  /** The relation as the parser wrote it (`{ Table: … }`, `{ Derived: … }`…). */
  relation: unknown;
  /** Alias, else the table's last name part. */
  name?: string;
  /** How to show it in a message: the table name as written, or the alias. */
  label: string;
  position?: Position;
  /** UNNEST, LATERAL, a table function: it reads the current row, so no condition is needed. */
  correlated: boolean;
  /** Yields a single row, so joining without a condition multiplies nothing. */
  singleRow: boolean;
}

export interface ExplicitJoin extends JoinedRelation {
  /** The parser's join operator (`Join` for a bare JOIN, `Inner`, `Left`, `CrossJoin`…). */
  operator: string;
  constraint: JoinConstraint;
  on?: unknown;
}

export interface CommaItem extends JoinedRelation {
  /** Position among the FROM items (0 is the first, which nothing needs to link). */
  index: number;
  /** A WHERE comparison reads this item and another one; undefined when unknowable (unqualified columns). */
  linked: boolean | undefined;
}

/** Resolves a one-part relation name to a CTE's query; `columns` gives its explicit column list's length (0 if none). */
export interface CteLookup {
  (name: string): JsonRecord | undefined;
  columns(name: string): number;
}

const AGGREGATES = new Set([
  'count', 'sum', 'min', 'max', 'avg', 'any_value', 'array_agg', 'listagg', 'string_agg', 'median', 'stddev', 'variance',
  'approx_count_distinct', 'count_if', 'bool_and', 'bool_or', 'max_by', 'min_by', 'arbitrary', 'group_concat', 'collect_list', 'collect_set',
]);

function hasGroupBy(select: JsonRecord): boolean {
  const groupBy = variantOf(select['group_by']);
  if (!groupBy) return false;
  if (groupBy.tag === 'Expressions') return Array.isArray(groupBy.payload) && Array.isArray(groupBy.payload[0]) && groupBy.payload[0].length > 0;
  return true; // GROUP BY ALL
}

function projectionExpr(item: unknown): unknown {
  const variant = variantOf(item);
  if (!variant) return undefined;
  if (variant.tag === 'UnnamedExpr') return variant.payload;
  if (variant.tag === 'ExprWithAlias' && isRecord(variant.payload)) return variant.payload['expr'];
  return undefined; // wildcards
}

function isAggregateOrConstant(expr: unknown): boolean {
  const variant = variantOf(expr);
  if (!variant) return false;
  if (variant.tag === 'Function' && isRecord(variant.payload)) {
    const parts = nameParts(variant.payload['name']);
    const name = parts[parts.length - 1]?.toLowerCase();
    return name !== undefined && AGGREGATES.has(name) && variant.payload['over'] === undefined;
  }
  if (variant.tag === 'Cast' && isRecord(variant.payload)) return isAggregateOrConstant(variant.payload['expr']);
  if (variant.tag === 'Nested') return isAggregateOrConstant(variant.payload);
  if (variant.tag === 'BinaryOp' && isRecord(variant.payload)) return isAggregateOrConstant(variant.payload['left']) && isAggregateOrConstant(variant.payload['right']);
  return columnRefs(expr).length === 0;
}

/** Whether a query returns at most one row, as far as its own text shows. */
export function yieldsOneRow(query: JsonRecord, lookup: CteLookup, depth = 0): boolean {
  return limitedToOneRow(query) || bodyYieldsOneRow(query, lookup, depth);
}

function limitedToOneRow(query: JsonRecord): boolean {
  const limit = queryLimit(query);
  if (limit?.kind === 'limit' && isRecord(limit.node)) {
    const value = variantOf(limit.node);
    if (value?.tag === 'Value' && isRecord(value.payload)) {
      const number = variantOf(value.payload['value']);
      if (number?.tag === 'Number' && Array.isArray(number.payload) && number.payload[0] === '1') return true;
    }
  }
  return false;
}

/** Whether a query's body (ignoring its LIMIT) returns at most one row: no FROM, aggregates without GROUP BY, one VALUES row. */
export function bodyYieldsOneRow(query: JsonRecord, lookup: CteLookup, depth = 0): boolean {
  if (depth > 20) return false;
  const body = variantOf(query['body']);
  if (!body || !isRecord(body.payload)) return false;
  if (body.tag === 'Query') return yieldsOneRow(body.payload, lookup, depth + 1);
  if (body.tag === 'Values') return Array.isArray(body.payload['rows']) && body.payload['rows'].length === 1;
  if (body.tag !== 'Select') return false;
  const select = body.payload;
  const from = Array.isArray(select['from']) ? select['from'] : [];
  if (hasGroupBy(select)) return false;
  const projection = Array.isArray(select['projection']) ? select['projection'] : [];
  if (from.length === 0) return true;
  if (projection.length > 0 && projection.every((item) => isAggregateOrConstant(projectionExpr(item)))) return true;
  // `select * from params` where `params` is itself one row.
  if (from.length === 1 && isRecord(from[0]) && Array.isArray(from[0]['joins']) && from[0]['joins'].length === 0) {
    const only = from[0]['relation'];
    const single = relationYieldsOneRow(only, lookup, depth + 1);
    if (single && (select['selection'] === undefined || select['selection'] === null)) return true;
  }
  return false;
}

function relationYieldsOneRow(relation: unknown, lookup: CteLookup, depth: number): boolean {
  const variant = variantOf(relation);
  if (!variant || !isRecord(variant.payload)) return false;
  if (variant.tag === 'Derived' && isRecord(variant.payload['subquery'])) return yieldsOneRow(variant.payload['subquery'], lookup, depth);
  if (variant.tag === 'Table') {
    const parts = nameParts(variant.payload['name']);
    const cte = parts.length === 1 && parts[0] !== undefined ? lookup(parts[0]) : undefined;
    return cte !== undefined && yieldsOneRow(cte, lookup, depth);
  }
  return false;
}

function describeRelation(relation: unknown, earlierNames: readonly string[], lookup: CteLookup): JoinedRelation {
  const variant = variantOf(relation);
  const payload = variant && isRecord(variant.payload) ? variant.payload : undefined;
  const name = relationName(relation);
  const position = startOf(payload?.['name'] ?? relation);
  let correlated = false;
  let label = name ?? '(subquery)';
  switch (variant?.tag) {
    case 'UNNEST':
    case 'Function':
    case 'TableFunction':
    case 'JsonTable':
    case 'OpenJsonTable':
      correlated = true;
      break;
    case 'Derived':
      correlated = payload?.['lateral'] === true;
      break;
    case 'Table': {
      const parts = nameParts(payload?.['name']);
      label = parts.join('.') || label;
      // A table-valued function call (`generate_series(…)`), or BigQuery's implicit UNNEST of
      // an earlier relation's array column (`from orders o, o.items`).
      const first = parts[0]?.toLowerCase();
      correlated = isRecord(payload?.['args']) || (parts.length > 1 && first !== undefined && earlierNames.some((earlier) => earlier.toLowerCase() === first));
      break;
    }
    default:
      break;
  }
  const singleRow = !correlated && relationYieldsOneRow(relation, lookup, 0);
  return { relation, ...(name !== undefined ? { name } : {}), label, ...(position ? { position } : {}), correlated, singleRow };
}

function constraintOf(operator: { tag: string; payload: unknown }): { constraint: JoinConstraint; on?: unknown } {
  // Most operators wrap a JoinConstraint; AS OF joins wrap a record holding one.
  const inner = isRecord(operator.payload) && 'constraint' in operator.payload ? operator.payload['constraint'] : operator.payload;
  if (inner === 'Natural') return { constraint: 'natural' };
  if (inner === 'None' || inner === undefined || inner === null) return { constraint: 'none' };
  const variant = variantOf(inner);
  if (variant?.tag === 'On') return { constraint: 'on', on: variant.payload };
  if (variant?.tag === 'Using') return { constraint: 'using' };
  return { constraint: 'none' };
}

/** Names the FROM item (and the relations joined to it) is known by. */
function itemNames(item: JsonRecord): string[] {
  const names: string[] = [];
  const add = (relation: unknown): void => {
    const variant = variantOf(relation);
    if (variant?.tag === 'NestedJoin' && isRecord(variant.payload) && isRecord(variant.payload['table_with_joins'])) {
      names.push(...itemNames(variant.payload['table_with_joins']));
      return;
    }
    const name = relationName(relation);
    if (name !== undefined) names.push(name);
  };
  add(item['relation']);
  for (const join of Array.isArray(item['joins']) ? item['joins'] : []) if (isRecord(join)) add(join['relation']);
  return names;
}

/** The explicit JOINs of a SELECT, including those inside parenthesised joins. */
export function explicitJoins(select: JsonRecord, lookup: CteLookup): ExplicitJoin[] {
  const out: ExplicitJoin[] = [];
  const names: string[] = [];
  const visitItem = (item: unknown): void => {
    if (!isRecord(item)) return;
    visitRelation(item['relation']);
    for (const join of Array.isArray(item['joins']) ? item['joins'] : []) {
      if (!isRecord(join)) continue;
      const operator = variantOf(join['join_operator']);
      const relation = join['relation'];
      visitRelation(relation, operator);
    }
  };
  const visitRelation = (relation: unknown, operator?: { tag: string; payload: unknown }): void => {
    const variant = variantOf(relation);
    if (variant?.tag === 'NestedJoin' && isRecord(variant.payload)) visitItem(variant.payload['table_with_joins']);
    if (operator) {
      const described = describeRelation(relation, names, lookup);
      out.push({ ...described, operator: operator.tag, ...constraintOf(operator) });
    }
    const name = relationName(relation);
    if (name !== undefined) names.push(name);
  };
  for (const item of Array.isArray(select['from']) ? select['from'] : []) visitItem(item);
  return out;
}

/** The comma-separated FROM items after the first, with whether WHERE links each to the others. */
export function commaItems(select: JsonRecord, lookup: CteLookup): CommaItem[] {
  const from = Array.isArray(select['from']) ? select['from'].filter(isRecord) : [];
  if (from.length < 2) return [];
  const namesByItem = from.map(itemNames);
  const where = select['selection'];
  const compares = where === undefined || where === null ? [] : comparisons(where);
  // A column-to-column comparison with a bare name on a side could read any relation.
  const unknowable = compares.some(({ left, right }) => {
    const l = columnRefs(left);
    const r = columnRefs(right);
    return l.length > 0 && r.length > 0 && [...l, ...r].some((ref) => ref.qualifier === undefined);
  });
  const out: CommaItem[] = [];
  const earlier: string[] = [...(namesByItem[0] ?? [])];
  for (let index = 1; index < from.length; index++) {
    const item = from[index] as JsonRecord;
    const own = new Set((namesByItem[index] ?? []).map((name) => name.toLowerCase()));
    const others = new Set(namesByItem.flatMap((names, i) => (i === index ? [] : names.map((name) => name.toLowerCase()))));
    const described = describeRelation(item['relation'], earlier, lookup);
    let linked: boolean | undefined = unknowable ? undefined : false;
    for (const { left, right } of compares) {
      const qualifiers = [...columnRefs(left), ...columnRefs(right)].map((ref) => ref.qualifier?.toLowerCase()).filter((q): q is string => q !== undefined);
      if (qualifiers.some((q) => own.has(q)) && qualifiers.some((q) => others.has(q))) linked = true;
    }
    out.push({ ...described, index, linked });
    earlier.push(...(namesByItem[index] ?? []));
  }
  return out;
}

/**
 * Every CTE of a statement by (lower-case) name, ignoring shadowing: enough for the one-row and
 * width tests. The join, LIMIT, wall-clock, MERGE and set-operation rules all ask for the same
 * statement's CTEs: one walk per parsed statement, shared.
 */
export const cteQueries: (statement: unknown) => CteLookup = oncePerObject(buildCteLookup);

function buildCteLookup(statement: unknown): CteLookup {
  const map = new Map<string, { query: JsonRecord; columns: number }>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 500) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    const withClause = value['with'];
    if (isRecord(withClause) && Array.isArray(withClause['cte_tables'])) {
      for (const cte of withClause['cte_tables']) {
        if (!isRecord(cte) || !isRecord(cte['alias']) || !isRecord(cte['query'])) continue;
        const name = identText(cte['alias']['name']);
        const columns = Array.isArray(cte['alias']['columns']) ? cte['alias']['columns'].length : 0;
        if (name !== undefined && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), { query: cte['query'], columns });
      }
    }
    for (const key in value) if (key !== 'span') visit(value[key], depth + 1);
  };
  visit(statement, 0);
  const lookup = (name: string): JsonRecord | undefined => map.get(name.toLowerCase())?.query;
  return Object.assign(lookup, { columns: (name: string): number => map.get(name.toLowerCase())?.columns ?? 0 });
}
