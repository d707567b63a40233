// SQL-003: a join with no join condition. Semantics of sqlfluff AM08 (and dbt-bouncer's
// cross-join check), extended to comma joins: a JOIN without ON/USING (NATURAL and CROSS JOIN
// say what they do and are not this rule; an explicit CROSS JOIN is SQL-004), or a FROM item
// after a comma that no WHERE comparison ties to the other relations. Not reported: relations
// that read the current row (UNNEST, LATERAL, table functions, BigQuery's `from t, t.items`) and
// relations that yield one row (an aggregate without GROUP BY, one VALUES row, LIMIT 1).
// A comma join is only judged when the WHERE's comparisons are qualified; a bare column on a
// side of a column comparison could belong to either relation, so the rule stays silent.
import { commaItems, explicitJoins } from '../../sql/joins.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { relationLabel, selectsWithCtes } from './support.js';

// Operators whose missing condition is their meaning.
const CONDITION_FREE = new Set(['CrossJoin', 'CrossApply', 'OuterApply']);

export const joinWithoutCondition: Rule = {
  meta: {
    id: 'SQL-003',
    title: 'JOIN without a join condition',
    domain: 'sql',
    checklist: ['PERF-03', 'DQ-06'],
    severity: 'error',
    rationale:
      'A join without a condition pairs every row of one side with every row of the other. Written by accident (a forgotten ON, ' +
      'a comma join whose predicate never made it into the WHERE), it multiplies rows: totals inflate silently and the query ' +
      'scans and shuffles far more than it should.',
    examples: {
      bad: "select o.order_id, c.customer_name\nfrom {{ ref('orders') }} o, {{ ref('customers') }} c\nwhere o.status = 'shipped'",
      good:
        "select o.order_id, c.customer_name\nfrom {{ ref('orders') }} o\njoin {{ ref('customers') }} c on c.customer_id = o.customer_id\nwhere o.status = 'shipped'",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    for (const { select, lookup } of selectsWithCtes(ctx)) {
      for (const join of explicitJoins(select.raw, lookup)) {
        if (join.constraint !== 'none' || CONDITION_FREE.has(join.operator) || join.correlated || join.singleRow) continue;
        const line = join.position?.line ?? 0;
        if (line === 0) continue;
        ctx.report({
          line,
          message:
            `The join to ${relationLabel(ctx, join.label)} has no ON or USING: every row on the left is paired with every row of it. ` +
            'Add the join condition, or write CROSS JOIN if the product is intended.',
          snippet: lineText(ctx.head, line),
        });
      }
      for (const item of commaItems(select.raw, lookup)) {
        if (item.linked !== false || item.correlated || item.singleRow) continue;
        const line = item.position?.line ?? 0;
        if (line === 0) continue;
        ctx.report({
          line,
          message:
            `${relationLabel(ctx, item.label)} is joined with a comma and no WHERE comparison links it to the other tables: every row pairs with every row. ` +
            'Write it as JOIN … ON with the join condition, or as CROSS JOIN if the product is intended.',
          snippet: lineText(ctx.head, line),
        });
      }
    }
  },
};
