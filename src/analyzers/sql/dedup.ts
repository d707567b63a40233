// Whether a query visibly returns at most one row per key: the shapes a MERGE source takes when
// someone deduplicated it — DISTINCT (ON), GROUP BY the keys, QUALIFY ROW_NUMBER() OVER
// (PARTITION BY the keys …), a filter on a ROW_NUMBER computed one level down, an aggregate
// with no GROUP BY (one row), or reading a CTE/subquery that is itself deduplicated. When the
// keys are known (from the MERGE's ON), the GROUP BY / PARTITION BY / DISTINCT ON columns must
// be among them; expressions that are not plain columns are given the benefit of the doubt. This reads the text only:
// a table that is unique by construction upstream is not visible here.
import { isRecord, variantOf } from './ast.js';
import { columnRefs } from './expr.js';
import { bodyYieldsOneRow } from './joins.js';
import type { CteLookup } from './joins.js';
import { windowCalls } from './windows.js';
import { nameParts } from './walk.js';
import type { JsonRecord } from './walk.js';

// RANK() and DENSE_RANK() tie: `= 1` can keep several rows per partition.
const RANKING = new Set(['row_number']);

/** Plain column names of expressions; undefined when one of them is not a plain column. */
function plainColumns(exprs: readonly unknown[]): Set<string> | undefined {
  const names = new Set<string>();
  for (const expr of exprs) {
    const tag = variantOf(expr)?.tag;
    if (tag !== 'Identifier' && tag !== 'CompoundIdentifier') return undefined;
    const [ref] = columnRefs(expr);
    if (!ref) return undefined;
    names.add(ref.name.toLowerCase());
  }
  return names;
}

/**
 * Rows unique per `exprs` are unique per `keys` when every expression is one of the keys
 * (grouping by `id, updated_at` leaves several rows per `id`). Unknown keys, or expressions that
 * are not plain columns, are given the benefit of the doubt.
 */
function uniqueOnKeys(exprs: readonly unknown[], keys: ReadonlySet<string>): boolean {
  if (exprs.length === 0) return false;
  if (keys.size === 0) return true;
  const names = plainColumns(exprs);
  if (!names) return true;
  return [...names].every((name) => keys.has(name));
}

function groupByExprs(select: JsonRecord): unknown[] | 'all' {
  const groupBy = variantOf(select['group_by']);
  if (!groupBy) return [];
  if (groupBy.tag === 'Expressions') return Array.isArray(groupBy.payload) && Array.isArray(groupBy.payload[0]) ? groupBy.payload[0] : [];
  return 'all';
}

/** A ROW_NUMBER-style window partitioned by the keys, in this SELECT. */
function rankedByKeys(select: JsonRecord, keys: ReadonlySet<string>): boolean {
  return windowCalls(select).some((call) => RANKING.has(call.name) && uniqueOnKeys(call.partitionBy, keys));
}

function relationQuery(relation: unknown, lookup: CteLookup): JsonRecord | undefined {
  const variant = variantOf(relation);
  if (!variant || !isRecord(variant.payload)) return undefined;
  if (variant.tag === 'Derived' && isRecord(variant.payload['subquery'])) return variant.payload['subquery'];
  if (variant.tag === 'Table') {
    const parts = nameParts(variant.payload['name']);
    return parts.length === 1 && parts[0] !== undefined ? lookup(parts[0]) : undefined;
  }
  return undefined;
}

function selectOf(query: JsonRecord): JsonRecord | undefined {
  let body = variantOf(query['body']);
  for (let depth = 0; body?.tag === 'Query' && isRecord(body.payload) && depth < 10; depth++) body = variantOf(body.payload['body']);
  return body?.tag === 'Select' && isRecord(body.payload) ? body.payload : undefined;
}

/** Whether `query` visibly returns at most one row per `keys` (lower-case column names; empty = unknown keys). */
export function isDeduplicated(query: JsonRecord, keys: ReadonlySet<string>, lookup: CteLookup, depth = 0): boolean {
  if (depth > 20) return false;
  if (bodyYieldsOneRow(query, lookup)) return true;
  const select = selectOf(query);
  if (!select) return false;
  const distinct = select['distinct'];
  if (distinct === 'Distinct') return true;
  const distinctOn = variantOf(distinct);
  if (distinctOn?.tag === 'On' && Array.isArray(distinctOn.payload) && uniqueOnKeys(distinctOn.payload, keys)) return true;
  const groupBy = groupByExprs(select);
  if (groupBy === 'all' || (groupBy.length > 0 && uniqueOnKeys(groupBy, keys))) return true;
  const hasQualify = select['qualify'] !== undefined && select['qualify'] !== null;
  if (hasQualify && rankedByKeys(select, keys)) return true;
  const from = Array.isArray(select['from']) ? select['from'] : [];
  const first = isRecord(from[0]) ? from[0] : undefined;
  if (!first) return false;
  const inner = relationQuery(first['relation'], lookup);
  if (!inner) return false;
  // `select … from (select …, row_number() over (partition by id …) as rn …) where rn = 1`.
  const hasWhere = select['selection'] !== undefined && select['selection'] !== null;
  const innerSelect = selectOf(inner);
  if (hasWhere && innerSelect && rankedByKeys(innerSelect, keys)) return true;
  // Reading one deduplicated relation without joining more rows to it.
  const joins = Array.isArray(first['joins']) ? first['joins'] : [];
  return from.length === 1 && joins.length === 0 && isDeduplicated(inner, keys, lookup, depth + 1);
}
