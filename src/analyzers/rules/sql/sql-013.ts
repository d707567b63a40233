// SQL-013: an OUTER-joined relation nothing in the query reads (sqlfluff ST11). A LEFT JOIN
// whose columns are never selected, filtered, grouped or ordered on can only do harm: at best it
// is dead weight the warehouse still joins, at worst it fans rows out when the key is not unique.
// References are qualified columns (`c.name`, `c.*`) anywhere in the SELECT, including its
// subqueries (correlated references count), other than the join's own ON. A bare column could
// belong to the joined relation, so the rule stays silent when the SELECT reads any bare column
// (or `*`), and for USING / NATURAL joins, whose shared columns are unqualified by design.
import { isRecord, variantOf } from '../../sql/ast.js';
import { columnRefs } from '../../sql/expr.js';
import { explicitJoins } from '../../sql/joins.js';
import { nameParts } from '../../sql/walk.js';
import type { SelectNode } from '../../sql/walk.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { relationLabel, selectsWithCtes } from './support.js';

const OUTER = new Set(['Left', 'LeftOuter', 'Right', 'RightOuter', 'FullOuter']);

/** Lower-case qualifiers used anywhere under `node`, skipping the subtrees in `skip`. */
function qualifiersIn(node: unknown, skip: ReadonlySet<unknown>, out: Set<string>, depth = 0): void {
  if (depth > 500 || skip.has(node)) return;
  if (Array.isArray(node)) {
    for (const item of node) qualifiersIn(item, skip, out, depth + 1);
    return;
  }
  if (!isRecord(node)) return;
  const variant = variantOf(node);
  if (variant?.tag === 'CompoundIdentifier' && Array.isArray(variant.payload) && variant.payload.length >= 2) {
    const qualifier = variant.payload[variant.payload.length - 2];
    if (isRecord(qualifier) && typeof qualifier['value'] === 'string') out.add(qualifier['value'].toLowerCase());
  }
  if (variant?.tag === 'QualifiedWildcard' && Array.isArray(variant.payload)) {
    const kind = variantOf(variant.payload[0]);
    const parts = nameParts(kind?.tag === 'ObjectName' ? kind.payload : variant.payload[0]);
    const last = parts[parts.length - 1];
    if (last !== undefined) out.add(last.toLowerCase());
  }
  for (const key in node) if (key !== 'span') qualifiersIn(node[key], skip, out, depth + 1);
}

/** The SELECT reads a bare column or `*` at its own level, which could come from any relation. */
function readsUnqualified(select: SelectNode): boolean {
  const raw = select.raw;
  const projection = Array.isArray(raw['projection']) ? raw['projection'] : [];
  if (projection.some((item) => variantOf(item)?.tag === 'Wildcard')) return true;
  const fields = [raw['projection'], raw['selection'], raw['group_by'], raw['having'], raw['qualify'], raw['sort_by'], select.query?.raw['order_by']];
  for (const item of Array.isArray(raw['from']) ? raw['from'] : []) {
    if (!isRecord(item)) continue;
    for (const join of Array.isArray(item['joins']) ? item['joins'] : []) if (isRecord(join)) fields.push(join['join_operator']);
  }
  return fields.some((field) => columnRefs(field).some((ref) => ref.qualifier === undefined));
}

export const unusedOuterJoin: Rule = {
  meta: {
    id: 'SQL-013',
    title: 'Outer-joined table never referenced',
    domain: 'sql',
    checklist: ['PERF-03'],
    severity: 'warning',
    rationale:
      'A LEFT/RIGHT/FULL join whose columns the query never uses adds nothing to the result, yet the warehouse still reads and ' +
      'joins the table, and a non-unique join key silently duplicates rows. It is usually left behind when a column was ' +
      'removed from the SELECT.',
    examples: {
      bad: "select o.order_id, o.amount\nfrom {{ ref('stg_orders') }} o\nleft join {{ ref('stg_customers') }} c on c.customer_id = o.customer_id",
      good: "select o.order_id, o.amount, c.customer_name\nfrom {{ ref('stg_orders') }} o\nleft join {{ ref('stg_customers') }} c on c.customer_id = o.customer_id",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    for (const { select, lookup } of selectsWithCtes(ctx)) {
      const joins = explicitJoins(select.raw, lookup).filter((join) => OUTER.has(join.operator) && join.constraint === 'on' && join.name !== undefined);
      if (joins.length === 0 || readsUnqualified(select)) continue;
      for (const join of joins) {
        const used = new Set<string>();
        // The joined relation's own subquery and its ON do not count as uses.
        qualifiersIn(select.raw, new Set([join.on, join.relation]), used);
        qualifiersIn(select.query?.raw['order_by'], new Set(), used);
        const name = (join.name as string).toLowerCase();
        const line = join.position?.line ?? 0;
        if (used.has(name) || line === 0) continue;
        ctx.report({
          line,
          message:
            `${relationLabel(ctx, join.label)} is outer-joined but no column of it is used outside its ON: the join only costs time and can duplicate rows. ` +
            'Remove the join, or select the column it was meant to provide.',
          snippet: lineText(ctx.head, line),
        });
      }
    }
  },
};
