// SQL-004: a cross product written on purpose — an explicit CROSS JOIN, or a join whose ON is a
// constant (`ON 1 = 1`, `ON TRUE`), which is a cross join in disguise. Advisory (dbt-bouncer's
// `allow_explicit_cross_join`, sqlfluff ST10 for the constant): the product may be intended
// (a date spine × customers), but its size is the product of both sides and deserves a look.
// Not reported: relations that read the current row (CROSS JOIN UNNEST, LATERAL FLATTEN, table
// functions) and relations that yield one row (a parameters CTE, `select max(…) from …`).
import { explicitJoins } from '../../sql/joins.js';
import { isConstantExpression } from '../../sql/expr.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { relationLabel, selectsWithCtes } from './support.js';

export const explicitCrossJoin: Rule = {
  meta: {
    id: 'SQL-004',
    title: 'Explicit CROSS JOIN or constant join condition',
    domain: 'sql',
    checklist: ['PERF-03', 'MON-08'],
    severity: 'warning',
    rationale:
      'A cross product returns |left| × |right| rows. Sometimes that is the point (every customer for every day of a date spine), ' +
      'but it grows quadratically with the data and is a common source of runaway warehouse cost; a constant ON (`1 = 1`) hides ' +
      'the same product behind a join that looks conditioned.',
    examples: {
      bad: "select c.customer_id, d.date_day\nfrom {{ ref('customers') }} c\njoin {{ ref('dates') }} d on 1 = 1",
      good:
        "select c.customer_id, d.date_day\nfrom {{ ref('customers') }} c\njoin {{ ref('dates') }} d on d.date_day >= c.first_order_date",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    for (const { select, lookup } of selectsWithCtes(ctx)) {
      for (const join of explicitJoins(select.raw, lookup)) {
        if (join.correlated || join.singleRow) continue;
        const line = join.position?.line ?? 0;
        if (line === 0) continue;
        const target = relationLabel(ctx, join.label);
        let message: string | undefined;
        if (join.operator === 'CrossJoin') {
          message = `CROSS JOIN ${target} pairs every row on the left with every row of it (|left| × |right| rows).`;
        } else if (join.constraint === 'on' && isConstantExpression(join.on)) {
          message = `The join to ${target} has a constant ON, which makes it a cross join: every row on the left is paired with every row of it.`;
        }
        if (!message) continue;
        ctx.report({
          line,
          message: `${message} Join on the key; if the product is intended, say so with \`-- data-review: ignore SQL-004 <reason>\`.`,
          snippet: lineText(ctx.head, line),
        });
      }
    }
  },
};
