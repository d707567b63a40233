// SQL-011: ORDER BY without LIMIT in a CTE or subquery (BigQuery anti-pattern #4, bq-checker
// `order_without_limit`). SQL does not carry the order of a CTE or derived table to the query
// that reads it, so the sort costs a full shuffle and buys nothing. Not reported: the final CTE
// that the statement only reads back (`final as (… order by …) select * from final`), whose
// order reaches the result in practice; subqueries with LIMIT/TOP/FETCH (the order picks the
// rows); `ARRAY(SELECT … ORDER BY …)`, where the order is the array's; and the statement's own
// top-level ORDER BY.
import { isRecord, variantOf } from '../../sql/ast.js';
import { nameParts, queryLimit, queryOrderBy, startOf } from '../../sql/walk.js';
import type { QueryNode, QueryRole } from '../../sql/walk.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { parsedStatements, statementTrees } from './support.js';

const JUDGED: ReadonlySet<QueryRole> = new Set(['cte', 'derived', 'scalar', 'in', 'exists', 'nested', 'merge-source']);

/** The CTE a query body only reads back: `select … from <cte>` with one relation and no join. */
function isFinalCte(query: QueryNode): boolean {
  const parent = query.parent;
  if (query.role !== 'cte' || !parent || query.cteName === undefined) return false;
  const body = variantOf(parent.raw['body']);
  if (body?.tag !== 'Select' || !isRecord(body.payload)) return false;
  const from = Array.isArray(body.payload['from']) ? body.payload['from'] : [];
  const only = from.length === 1 && isRecord(from[0]) ? from[0] : undefined;
  if (!only || (Array.isArray(only['joins']) && only['joins'].length > 0)) return false;
  const relation = variantOf(only['relation']);
  if (relation?.tag !== 'Table' || !isRecord(relation.payload)) return false;
  const parts = nameParts(relation.payload['name']);
  return parts.length === 1 && parts[0]?.toLowerCase() === query.cteName.toLowerCase();
}

function describe(query: QueryNode): string {
  switch (query.role) {
    case 'cte':
      return `CTE \`${query.cteName ?? '?'}\``;
    case 'exists':
      return 'an EXISTS subquery';
    case 'in':
      return 'an IN subquery';
    case 'merge-source':
      return 'the MERGE source';
    default:
      return 'a subquery';
  }
}

export const orderByWithoutLimit: Rule = {
  meta: {
    id: 'SQL-011',
    title: 'ORDER BY without LIMIT in a CTE or subquery',
    domain: 'sql',
    checklist: ['PERF-03'],
    severity: 'warning',
    rationale:
      'Sorting is one of the most expensive steps a warehouse runs, and an ORDER BY inside a CTE or subquery is thrown away: ' +
      'SQL does not promise that the outer query sees the rows in that order. Sort once, in the final result, or not at all ' +
      'for a table that is only read by other queries.',
    examples: {
      bad:
        "with orders as (\n    select order_id, ordered_at from {{ ref('stg_orders') }}\n    order by ordered_at\n),\n" +
        'daily as (select date_trunc(day, ordered_at) as day, count(*) as n from orders group by 1)\nselect * from daily',
      good:
        "with orders as (\n    select order_id, ordered_at from {{ ref('stg_orders') }}\n),\n" +
        'daily as (select date_trunc(day, ordered_at) as day, count(*) as n from orders group by 1)\nselect * from daily',
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed) return;
    for (const { tree } of statementTrees(parsed)) {
      for (const query of tree.queries) {
        if (!JUDGED.has(query.role) || queryLimit(query.raw) || isFinalCte(query)) continue;
        const orderBy = queryOrderBy(query.raw);
        if (orderBy.length === 0) continue;
        const line = startOf(orderBy)?.line ?? 0;
        if (line === 0) continue;
        ctx.report({
          line,
          message:
            `ORDER BY in ${describe(query)} without LIMIT sorts rows whose order the outer query does not keep: the sort costs time and buys nothing. ` +
            'Remove it, and order only the final result if a consumer needs an order.',
          snippet: lineText(ctx.head, line),
        });
      }
    }
  },
};
