// SQL-015: a bare UNION (sqlfluff AM02). UNION without ALL or DISTINCT removes duplicate rows,
// which is rarely what a pipeline that stacks sources wants (two identical payments become one)
// and costs a sort; when dedup is wanted, UNION DISTINCT says so (BigQuery requires the word).
// The AST does not keep the keyword's position, so the finding sits on the UNION token found
// before the right-hand branch in the file's tokens.
import { setChains } from '../../sql/set-operations.js';
import type { Position } from '../../sql/walk.js';
import type { SqlToken } from '../../sql/tokens.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { parsedStatements, sqlTokens } from './support.js';

const before = (token: SqlToken, position: Position): boolean => token.line < position.line || (token.line === position.line && token.column < position.column);

export const bareUnion: Rule = {
  meta: {
    id: 'SQL-015',
    title: 'UNION without ALL or DISTINCT',
    domain: 'sql',
    checklist: ['PERF-03', 'DQ-06'],
    severity: 'warning',
    rationale:
      'A bare UNION silently removes duplicate rows across and within its branches. Stacking sources with it drops legitimate ' +
      'identical rows (two equal payments become one) and adds a sort over the whole result; UNION ALL keeps every row, ' +
      'UNION DISTINCT states that deduplication is intended.',
    examples: {
      bad: "select payment_id, amount from {{ ref('stripe_payments') }}\nunion\nselect payment_id, amount from {{ ref('adyen_payments') }}",
      good: "select payment_id, amount from {{ ref('stripe_payments') }}\nunion all\nselect payment_id, amount from {{ ref('adyen_payments') }}",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed) return;
    let unions: SqlToken[] | undefined;
    for (const statement of parsed) {
      for (const chain of setChains(statement.raw)) {
        for (const { op, quantifier, right } of chain.operators) {
          if (op !== 'Union' || quantifier !== 'None' || !right.position) continue;
          const position = right.position;
          unions ??= sqlTokens(ctx).filter((token) => token.kind === 'word' && token.upper === 'UNION');
          const keyword = unions.filter((token) => before(token, position)).pop();
          const line = keyword?.line ?? position.line;
          ctx.report({
            line,
            message:
              'UNION without ALL removes duplicate rows, including legitimate identical rows from different sources, and sorts the whole result to do it. ' +
              'Write UNION ALL to keep every row, or UNION DISTINCT if removing duplicates is the point.',
            snippet: lineText(ctx.head, line),
          });
        }
      }
    }
  },
};
