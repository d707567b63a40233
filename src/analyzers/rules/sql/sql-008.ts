// SQL-008: LIMIT, OFFSET, FETCH or TOP without ORDER BY (sqlfluff AM09): which rows come back is
// up to the engine and can change from one run to the next. Severity per the catalogue: an error
// in dbt models and snapshots (tables other people read), a warning in scripts and analyses.
// Not reported: LIMIT 0 (a schema probe), LIMIT inside EXISTS (only existence matters), a query
// that yields one row anyway (aggregates without GROUP BY), and a LIMIT inside a Jinja block
// conditioned on `target` (`{% if target.name == 'dev' %} limit 100 {% endif %}`, dev sampling).
// When the file did not parse, a token scan finds LIMIT/OFFSET with no ORDER BY at the same
// parenthesis level; those findings are approximate warnings.
import type { Severity } from '../../../model.js';
import { bodyYieldsOneRow, cteQueries } from '../../sql/joins.js';
import { isKeyword } from '../../sql/tokens.js';
import type { SqlToken } from '../../sql/tokens.js';
import { queryLimit, queryOrderBy, startOf } from '../../sql/walk.js';
import type { JsonRecord } from '../../sql/walk.js';
import { isRecord, variantOf } from '../../sql/ast.js';
import { lineText } from '../../rule.js';
import type { FileKind, Rule, RuleContext } from '../../rule.js';
import { parsedStatements, reportApproximate, statementTrees, targetGuardedLines, unparsedSql } from './support.js';

const STRICT_KINDS: ReadonlySet<FileKind> = new Set(['dbt-model', 'dbt-snapshot']);

function isOrdered(query: JsonRecord): boolean {
  if (queryOrderBy(query).length > 0) return true;
  // `(select … order by x) limit 10`: the order comes from the parenthesised body.
  const body = variantOf(query['body']);
  return body?.tag === 'Query' && isRecord(body.payload) && queryOrderBy(body.payload).length > 0;
}

const KEYWORDS: Readonly<Record<string, string>> = { limit: 'LIMIT', offset: 'OFFSET', fetch: 'FETCH FIRST', top: 'TOP' };

function severityFor(ctx: RuleContext): Severity | undefined {
  return STRICT_KINDS.has(ctx.file.kind) ? undefined : 'warning';
}

function guardedLines(ctx: RuleContext): Set<number> {
  return ctx.jinja ? targetGuardedLines(ctx.head) : new Set();
}

function fromAst(ctx: RuleContext): void {
  const parsed = parsedStatements(ctx);
  if (!parsed) return;
  const guarded = guardedLines(ctx);
  const severity = severityFor(ctx);
  for (const { statement, tree } of statementTrees(parsed)) {
    const lookup = cteQueries(statement.raw);
    for (const query of tree.queries) {
      const limit = queryLimit(query.raw);
      if (!limit || limit.zero || query.role === 'exists' || isOrdered(query.raw)) continue;
      if (bodyYieldsOneRow(query.raw, lookup)) continue;
      const line = startOf(limit.node)?.line ?? startOf(query.raw)?.line ?? 0;
      if (line === 0 || guarded.has(line)) continue;
      const where = query.role === 'cte' && query.cteName !== undefined ? ` in CTE \`${query.cteName}\`` : query.role === 'statement' ? '' : ' in a subquery';
      ctx.report({
        line,
        message:
          `${KEYWORDS[limit.kind] ?? 'LIMIT'} without ORDER BY${where} returns whichever rows the engine reaches first, which can change between runs. ` +
          'Add an ORDER BY on a unique key (or drop the limit).',
        snippet: lineText(ctx.head, line),
        ...(severity ? { severity } : {}),
      });
    }
  }
}

// Approximation: a LIMIT or OFFSET and its ORDER BY are matched by parenthesis level; walking back
// from the LIMIT, the first token outside its level ends the query it belongs to.
function fromTokens(ctx: RuleContext): void {
  const unparsed = unparsedSql(ctx);
  if (!unparsed) return;
  const guarded = guardedLines(ctx);
  for (const tokens of unparsed.statements) {
    const reportedGroups = new Set<number>();
    for (const [index, token] of tokens.entries()) {
      if (!isKeyword(token, 'LIMIT') && !isKeyword(token, 'OFFSET')) continue;
      const next = tokens[index + 1];
      if (isKeyword(token, 'LIMIT') && next?.kind === 'number' && Number(next.text) === 0) continue;
      let ordered = false;
      let groupStart = 0;
      for (let back = index - 1; back >= 0; back--) {
        const earlier = tokens[back] as SqlToken;
        if (earlier.depth < token.depth) {
          groupStart = back;
          break;
        }
        if (earlier.depth === token.depth && isKeyword(earlier, 'ORDER') && isKeyword(tokens[back + 1], 'BY')) {
          ordered = true;
          break;
        }
      }
      if (ordered || reportedGroups.has(groupStart) || guarded.has(token.line)) continue;
      // `exists (select 1 from t limit 1)`.
      if (token.depth > 0 && isKeyword(tokens[groupStart - 1], 'EXISTS')) continue;
      reportedGroups.add(groupStart);
      reportApproximate(ctx, {
        line: token.line,
        message: `${token.upper} without ORDER BY returns whichever rows the engine reaches first, which can change between runs. Add an ORDER BY on a unique key (or drop the limit).`,
        snippet: lineText(ctx.head, token.line),
      });
    }
  }
}

export const limitWithoutOrderBy: Rule = {
  meta: {
    id: 'SQL-008',
    title: 'LIMIT or OFFSET without ORDER BY',
    domain: 'sql',
    checklist: ['STD-04', 'CODE-03'],
    severity: 'error',
    rationale:
      'Without ORDER BY, SQL promises no order, so LIMIT keeps an arbitrary subset and OFFSET pages through an arbitrary sequence. ' +
      'The same model then produces different rows on different runs (or after the warehouse re-clusters a table), which ' +
      'breaks reproducibility and makes incidents impossible to replay.',
    examples: {
      bad: "select customer_id, order_id, ordered_at\nfrom {{ ref('stg_orders') }}\nlimit 1000",
      good: "select customer_id, order_id, ordered_at\nfrom {{ ref('stg_orders') }}\norder by ordered_at desc, order_id\nlimit 1000",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot', 'dbt-analysis'],
  },
  check(ctx) {
    fromAst(ctx);
    fromTokens(ctx);
  },
};
