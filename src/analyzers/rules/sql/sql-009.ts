// SQL-009: ROW_NUMBER / RANK / DENSE_RANK whose window has no ORDER BY (or orders by a constant).
// The "latest record per key" dedup (`qualify row_number() over (partition by id order by
// updated_at desc) = 1`, BigQuery anti-pattern #6) is only deterministic with an ORDER BY: without
// one ROW_NUMBER numbers the rows of a partition in whatever order they arrive, so `= 1` keeps an
// arbitrary row; RANK and DENSE_RANK give every row 1, so `= 1` keeps them all. Whether the
// ORDER BY columns are unique per partition (the catalogue's second half) needs the data: not judged.
import { orderIsConstant, windowCalls } from '../../sql/windows.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { parsedStatements, statementTrees } from './support.js';

const RANKING = new Set(['row_number', 'rank', 'dense_rank']);

export const rankingWithoutOrder: Rule = {
  meta: {
    id: 'SQL-009',
    title: 'ROW_NUMBER / RANK without ORDER BY',
    domain: 'sql',
    checklist: ['STD-04', 'CODE-03'],
    severity: 'warning',
    rationale:
      'Deduplication by ROW_NUMBER() … = 1 keeps the row the window orders first. Without an ORDER BY the engine picks any row, ' +
      'and may pick a different one on the next run, so the "latest" record silently flips; RANK() without an order ranks ' +
      'every row 1 and removes nothing.',
    examples: {
      bad: "select *\nfrom {{ ref('stg_customers') }}\nqualify row_number() over (partition by customer_id) = 1",
      good: "select *\nfrom {{ ref('stg_customers') }}\nqualify row_number() over (partition by customer_id order by updated_at desc, _loaded_at desc) = 1",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed) return;
    for (const { tree } of statementTrees(parsed)) {
      for (const select of tree.selects) {
        for (const call of windowCalls(select.raw)) {
          if (!RANKING.has(call.name) || call.unresolved) continue;
          const constant = orderIsConstant(call.orderBy);
          if (call.orderBy.length > 0 && !constant) continue;
          const line = call.position?.line ?? 0;
          if (line === 0) continue;
          const fn = `${call.name.toUpperCase()}()`;
          const order = constant ? 'orders its window by a constant' : 'has no ORDER BY in its window';
          const effect =
            call.name === 'row_number'
              ? 'so the row numbered 1 in each partition is arbitrary and can change between runs'
              : 'so every row of a partition ranks 1 and a `= 1` filter removes nothing';
          ctx.report({
            line,
            message: `${fn} ${order}, ${effect}. Order the window by what makes a row win (e.g. \`updated_at desc\`) plus a unique tie-breaker.`,
            snippet: lineText(ctx.head, line),
          });
        }
      }
    }
  },
};
