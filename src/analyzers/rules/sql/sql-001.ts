// SQL-001: a wildcard in the outermost SELECT whose column set the file does not fix.
// Semantics of sqlfluff AM04 (not a regex for `*`): dbt's idiomatic `select * from final` passes
// when `final` lists its columns; `*` over a table, a ref() or a source(), directly or through a
// chain of CTEs that themselves select `*`, fails.
import { describePlaceholder } from '../../dbt/jinja.js';
import type { NeutralisedJinja } from '../../dbt/jinja.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { unknownFinalWildcards } from '../../sql/columns.js';

function describeChain(via: readonly string[], jinja: NeutralisedJinja | undefined): string {
  return via.map((name) => `\`${describePlaceholder(name, jinja)}\``).join(' → ');
}

export const finalSelectUnknownColumns: Rule = {
  meta: {
    id: 'SQL-001',
    title: 'Final SELECT with an unknown column set',
    domain: 'sql',
    checklist: ['STD-08', 'PERF-03'],
    severity: 'error',
    rationale:
      'The outermost SELECT defines the columns a model or script delivers. A `*` that reaches a table, ref() or source() ' +
      'hands the schema to whatever upstream does: a column added or renamed upstream silently changes this output, ' +
      'breaks contracts and downstream consumers, and reads columns nobody needs. A `*` over a CTE that lists its columns is fine.',
    examples: {
      bad: "select * from {{ ref('stg_orders') }}",
      good:
        "with orders as (select * from {{ ref('stg_orders') }}),\n" +
        'final as (select order_id, customer_id, amount from orders)\n' +
        'select * from final',
    },
    appliesTo: ['sql-script', 'dbt-model'],
  },
  check(ctx) {
    // Only on a real parse: on a file that did not parse the rule has nothing reliable to read.
    const parse = ctx.sql?.result;
    if (!parse?.ok) return;
    for (const statement of parse.statements) {
      for (const wildcard of unknownFinalWildcards(statement)) {
        const star = wildcard.qualifier !== undefined ? `${wildcard.qualifier}.*` : '*';
        const chain = describeChain(wildcard.via, ctx.jinja);
        ctx.report({
          line: wildcard.line,
          message:
            `The final SELECT's \`${star}\` takes its columns from ${chain}, which this file does not fix: ` +
            'the output changes whenever upstream columns change. List the columns explicitly (for example in a final CTE) and select from that.',
          snippet: lineText(ctx.head, wildcard.line),
        });
      }
    }
  },
};
