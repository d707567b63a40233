// SQL-016: set-operation branches that return different numbers of columns (sqlfluff AM07).
// Most warehouses reject the query, but only when it runs; some engines pad or fail later. A
// branch's width counts `*` only over CTEs or subqueries whose columns the file fixes; branches
// whose width is unknown are not compared. BY NAME set operations match columns by name, so
// their widths may differ on purpose.
import { cteQueries } from '../../sql/joins.js';
import { setChains, setExprWidth } from '../../sql/set-operations.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { parsedStatements } from './support.js';

const opLabel = (op: string, quantifier: string): string =>
  `${op.toUpperCase()}${quantifier === 'All' ? ' ALL' : quantifier === 'Distinct' ? ' DISTINCT' : ''}`;

export const setOperationWidthMismatch: Rule = {
  meta: {
    id: 'SQL-016',
    title: 'Set operation branches with different column counts',
    domain: 'sql',
    checklist: ['STD-08', 'DQ-03'],
    severity: 'error',
    rationale:
      'UNION, INTERSECT and EXCEPT line columns up by position. Branches with different column counts fail at run time, ' +
      'usually after a column was added to one source and not the other; the error then surfaces in the nightly run ' +
      'instead of in review.',
    examples: {
      bad: "select order_id, amount, currency from {{ ref('web_orders') }}\nunion all\nselect order_id, amount from {{ ref('pos_orders') }}",
      good:
        "select order_id, amount, currency from {{ ref('web_orders') }}\nunion all\nselect order_id, amount, 'EUR' as currency from {{ ref('pos_orders') }}",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed) return;
    for (const statement of parsed) {
      const lookup = cteQueries(statement.raw);
      for (const chain of setChains(statement.raw)) {
        if (chain.operators.some(({ quantifier }) => quantifier.includes('ByName'))) continue;
        const widths = chain.branches.map((branch) => setExprWidth(branch.expr, lookup));
        const referenceIndex = widths.findIndex((width) => width !== undefined);
        const reference = widths[referenceIndex];
        if (reference === undefined) continue;
        const op = chain.operators[0];
        const label = op ? opLabel(op.op, op.quantifier) : 'set operation';
        for (const [index, width] of widths.entries()) {
          const line = chain.branches[index]?.position?.line ?? 0;
          if (width === undefined || width === reference || line === 0) continue;
          ctx.report({
            line,
            message:
              `This ${label} branch returns ${width} column${width === 1 ? '' : 's'}, but the ${referenceIndex === 0 ? 'first' : 'earlier'} branch returns ${reference}: ` +
              'the query fails at run time. Give every branch the same columns in the same order (add the missing ones as typed NULLs or constants).',
            snippet: lineText(ctx.head, line),
          });
        }
      }
    }
  },
};
