// SQL-014: a comparison whose result does not depend on the row (sqlfluff ST10): a column
// compared with itself (`o.id = o.id`, usually a typo for another alias), or two literals
// (`'EUR' = 'EUR'`). `1 = 1` and `1 = 0` are allowed, as in sqlfluff: they are the idiomatic
// anchors of generated filters (`where 1 = 1 {% if … %} and … {% endif %}`). Comparisons that
// involve Jinja placeholders are not judged: two different `{{ var() }}` tags look identical
// after neutralisation. DELETE/UPDATE conditions are SQL-005's business.
import { isRecord, variantOf } from '../../sql/ast.js';
import { columnRefs, comparisons } from '../../sql/expr.js';
import { explicitJoins } from '../../sql/joins.js';
import { startOf } from '../../sql/walk.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext } from '../../rule.js';
import { selectsWithCtes } from './support.js';

const OPERATORS: Readonly<Record<string, string>> = { Eq: '=', NotEq: '<>', Lt: '<', LtEq: '<=', Gt: '>', GtEq: '>=' };

function unwrap(expr: unknown): unknown {
  let current = expr;
  for (let depth = 0; depth < 20; depth++) {
    const variant = variantOf(current);
    if (variant?.tag !== 'Nested') return current;
    current = variant.payload;
  }
  return current;
}

/** The literal's value as JSON text, or undefined when the expression is not a literal. */
function literal(expr: unknown): string | undefined {
  const variant = variantOf(unwrap(expr));
  return variant?.tag === 'Value' && isRecord(variant.payload) ? JSON.stringify(variant.payload['value']) : undefined;
}

function columnText(expr: unknown): string | undefined {
  const tag = variantOf(unwrap(expr))?.tag;
  if (tag !== 'Identifier' && tag !== 'CompoundIdentifier') return undefined;
  const [ref] = columnRefs(expr);
  return ref ? `${ref.qualifier !== undefined ? `${ref.qualifier}.` : ''}${ref.name}`.toLowerCase() : undefined;
}

const IDIOMS = new Set(['1=1', '1=0', '0=1', '0=0']);

function mentionsPlaceholder(ctx: RuleContext, text: string): boolean {
  return Object.keys(ctx.jinja?.placeholders ?? {}).some((placeholder) => text.includes(placeholder)) || text.includes('__jinja__');
}

function redundancy(ctx: RuleContext, left: unknown, right: unknown, op: string): string | undefined {
  const symbol = OPERATORS[op];
  if (symbol === undefined) return undefined;
  const l = literal(left);
  const r = literal(right);
  if (l !== undefined && r !== undefined) {
    const number = (text: string): string | undefined => /^\{"Number":\["(\d+)"/.exec(text)?.[1];
    if (op === 'Eq' && IDIOMS.has(`${number(l)}=${number(r)}`)) return undefined;
    if (mentionsPlaceholder(ctx, l) || mentionsPlaceholder(ctx, r)) return undefined;
    return 'compares two constants';
  }
  const lc = columnText(left);
  if (lc !== undefined && lc === columnText(right) && !mentionsPlaceholder(ctx, lc)) return `compares \`${lc}\` with itself`;
  return undefined;
}

export const redundantConstantExpression: Rule = {
  meta: {
    id: 'SQL-014',
    title: 'Comparison that does not depend on the row',
    domain: 'sql',
    checklist: ['PERF-03', 'CODE-08'],
    severity: 'warning',
    rationale:
      'A condition that compares a column with itself, or two literals, has the same result for every row. It is almost ' +
      'always a slip (`o.id = o.id` where `o.id = c.order_id` was meant), and the filter or join it sits in silently stops ' +
      'doing its job.',
    examples: {
      bad: "select o.order_id, c.customer_name\nfrom {{ ref('stg_orders') }} o\njoin {{ ref('stg_customers') }} c on o.customer_id = o.customer_id",
      good: "select o.order_id, c.customer_name\nfrom {{ ref('stg_orders') }} o\njoin {{ ref('stg_customers') }} c on o.customer_id = c.customer_id",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    for (const { select, lookup } of selectsWithCtes(ctx)) {
      const predicates = [select.raw['selection'], select.raw['having'], select.raw['qualify'], ...explicitJoins(select.raw, lookup).map((join) => join.on)];
      for (const predicate of predicates) {
        if (predicate === undefined || predicate === null) continue;
        for (const { left, right, op } of comparisons(predicate)) {
          const problem = redundancy(ctx, left, right, op);
          const line = startOf(left)?.line ?? 0;
          if (!problem || line === 0) continue;
          ctx.report({
            line,
            message: `This condition ${problem} (\`${OPERATORS[op] ?? op}\`), so it is the same for every row and filters or joins nothing. Compare with the column that was meant (another alias?), or remove it.`,
            snippet: lineText(ctx.head, line),
          });
        }
      }
    }
  },
};
