// SQL-012: a CTE nothing reads (sqlfluff ST03), with reachability: a CTE read only by CTEs that
// are themselves unused is dead too (and says by whom it is read). Jinja: the neutraliser keeps
// one branch of each `{% if %}`, so a CTE read only in the other branch (`{% else %} select *
// from full_history`) looks unused; the rule stays silent when the name appears in the template
// more often than in the SQL the parser read. Diff-aware beyond added lines: when the change
// removes the last reference to a CTE whose definition it did not touch, the CTE is reported
// too (the base is compared by counting the name's tokens, as the base is not parsed).
import { cteUsage } from '../../sql/ctes.js';
import type { CteInfo } from '../../sql/ctes.js';
import { scanOptionsFor, scanSql } from '../../sql/tokens.js';
import { rangeOf } from '../../sql/walk.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext } from '../../rule.js';
import { changeTouches, parsedStatements } from './support.js';

function wordCounts(text: string, ctx: RuleContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of scanSql(text, scanOptionsFor(ctx.sql?.dialect ?? 'generic'))) {
    if (token.kind !== 'word' && token.kind !== 'quoted') continue;
    const word = (token.kind === 'quoted' ? token.text.slice(1, -1) : token.text).toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function message(cte: CteInfo): string {
  const readers = cte.readBy.map((name) => `\`${name}\``).join(', ');
  const what =
    cte.references === 0
      ? `CTE \`${cte.name}\` is never read`
      : `CTE \`${cte.name}\` is only read by ${readers}, which nothing downstream reads`;
  return `${what}: it is dead code that readers must still understand (and some warehouses still compute). Remove it, or use it where it was meant to be used.`;
}

export const unusedCte: Rule = {
  meta: {
    id: 'SQL-012',
    title: 'Unused CTE',
    domain: 'sql',
    checklist: ['PERF-03', 'CODE-08'],
    severity: 'error',
    rationale:
      'A CTE nothing reads is usually a leftover of a refactor, or a sign that the final SELECT reads the wrong CTE (the new ' +
      'logic was written but never wired in). Either way the model does not do what its text suggests, and reviewers read ' +
      'logic that has no effect.',
    examples: {
      bad:
        "with orders as (select * from {{ ref('stg_orders') }}),\npayments as (select * from {{ ref('stg_payments') }}),\n" +
        'final as (select order_id, amount from orders)\nselect * from final',
      good: "with orders as (select * from {{ ref('stg_orders') }}),\nfinal as (select order_id, amount from orders)\nselect * from final",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
    scope: 'changed-objects',
    needsBase: true,
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed || !ctx.sql) return;
    let template: Map<string, number> | undefined;
    let parsedText: Map<string, number> | undefined;
    let base: Map<string, number> | undefined;
    for (const statement of parsed) {
      for (const cte of cteUsage(statement.raw)) {
        if (cte.reachable || cte.position.line === 0) continue;
        const name = cte.name.toLowerCase();
        if (ctx.jinja) {
          template ??= wordCounts(ctx.head, ctx);
          parsedText ??= wordCounts(ctx.sql.text, ctx);
          if ((template.get(name) ?? 0) > (parsedText.get(name) ?? 0)) continue;
        }
        const range = rangeOf(cte.raw);
        const definitionTouched = changeTouches(ctx, cte.position.line, range?.end.line ?? cte.position.line);
        if (!definitionTouched) {
          // Reported only if the change took its last reader away: the statement changed and the base read it.
          const statementRange = rangeOf(statement.raw);
          const statementTouched = statementRange !== undefined && changeTouches(ctx, statementRange.start.line, statementRange.end.line);
          if (!statementTouched || ctx.base === undefined) continue;
          base ??= wordCounts(ctx.base, ctx);
          if ((base.get(name) ?? 0) < 2) continue;
        }
        ctx.report({ line: cte.position.line, message: message(cte), snippet: lineText(ctx.head, cte.position.line) });
      }
    }
  },
};
