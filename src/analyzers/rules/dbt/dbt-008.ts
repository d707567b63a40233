// DBT-008: a model or snapshot reads a relation by its warehouse name (`raw.orders`,
// `"db"."schema"."t"`, `{{ target.schema }}.orders`, `{{ var('table') }}`) instead of through
// ref() or source(), so dbt's DAG, lineage, environments and freshness never see the dependency.
// Read from the parsed SQL: a FROM/JOIN table reference that is neither a ref/source placeholder,
// nor a CTE, nor a correlated `alias.column` reference. When the SQL did not parse, a token scan
// finds 2- and 3-part or quoted names after FROM/JOIN; those findings are warnings and say so.
// Anchors: dbt-project-evaluator fct_hard_coded_references, dbt-bouncer MO009, dbt-checkpoint
// check-script-has-no-table-name.
import { approximateTableReferences, relationsInStatements } from '../../dbt/relations.js';
import type { TableReference } from '../../dbt/relations.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext } from '../../rule.js';
import { stem } from './support.js';

const isDbtPlaceholder = (part: string): boolean => part.startsWith('__ref_') || part.startsWith('__source_');
const isJinjaPlaceholder = (part: string): boolean => part === '__jinja__' || part === '_j';

/** The `{{ … }}` tag of the original file that covers a column of a line. */
function tagAt(text: string, line: number, column: number): string | undefined {
  const source = text.split('\n')[line - 1] ?? '';
  for (const match of source.matchAll(/\{\{[\s\S]*?\}\}/g)) {
    if (match.index <= column - 1 && column - 1 < match.index + match[0].length) return match[0];
  }
  return undefined;
}

type Verdict = { kind: 'fine' } | { kind: 'hard-coded'; shown: string; why: string };

function judge(ctx: RuleContext, table: TableReference, ctes: ReadonlySet<string>, aliases: ReadonlySet<string>): Verdict {
  const { parts } = table;
  const first = (parts[0] ?? '').toLowerCase();
  if (parts.length === 1 && isDbtPlaceholder(parts[0] as string)) return { kind: 'fine' };
  if (parts.length === 1 && ctes.has(first)) return { kind: 'fine' };
  // `from orders o, o.items`: a column of an earlier relation (BigQuery's implicit UNNEST).
  if (parts.length === 2 && (aliases.has(first) || ctes.has(first))) return { kind: 'fine' };
  if (parts.length === 1 && isJinjaPlaceholder(parts[0] as string)) {
    const tag = tagAt(ctx.head, table.line, table.column);
    // `{{ this }}`, `{{ adapter.get_relation(...) }}` and macros returning relations are dbt's own.
    if (tag && /^\{\{-?\s*var\s*\(/.test(tag)) return { kind: 'hard-coded', shown: tag, why: 'a relation name taken from a variable' };
    return { kind: 'fine' };
  }
  const templated = parts.some((part) => isJinjaPlaceholder(part) || isDbtPlaceholder(part));
  if (templated) {
    const tag = tagAt(ctx.head, table.line, table.column);
    // `{{ ref('x') }}.col` style leftovers are not relations we can name; only literal tails matter.
    const tail = parts.filter((part) => !isJinjaPlaceholder(part) && !isDbtPlaceholder(part)).join('.');
    return { kind: 'hard-coded', shown: `${tag ?? '{{ … }}'}.${tail}`, why: 'a hard-coded table under a templated schema' };
  }
  return { kind: 'hard-coded', shown: parts.join('.'), why: parts.length > 1 || table.quoted ? 'a hard-coded warehouse relation' : 'a table name that is neither a CTE nor a ref()' };
}

export const hardCodedRelation: Rule = {
  meta: {
    id: 'DBT-008',
    title: 'Hard-coded relation instead of ref() or source()',
    domain: 'dbt',
    checklist: ['STD-01', 'DQ-07', 'GOV-05', 'CODE-06'],
    severity: 'error',
    rationale:
      'A table named directly in SQL is invisible to dbt: it is not in the DAG, so the model can build before its input, ' +
      'lineage and impact analysis miss it, and it reads production from every environment. ref() and source() fix all three.',
    examples: {
      bad: 'select order_id, amount\nfrom raw.shop.orders',
      good: "select order_id, amount\nfrom {{ source('shop', 'orders') }}",
    },
    appliesTo: ['dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    const sql = ctx.sql;
    if (!sql) return;
    const name = stem(ctx.file.path);
    const parsed = sql.result.ok;
    const relations = sql.result.ok ? relationsInStatements(sql.result.statements) : approximateTableReferences(sql.text);
    for (const table of relations.tables) {
      // The token scan cannot scope names: an unqualified one may be a CTE it missed.
      if (!parsed && table.parts.length < 2 && !table.quoted && !table.parts.some(isJinjaPlaceholder)) continue;
      const verdict = judge(ctx, table, relations.cteNames, relations.aliases);
      if (verdict.kind === 'fine') continue;
      const fix = "Declare it as a source and read it with `{{ source('…', '…') }}`, or use `{{ ref('…') }}` if it is a dbt model.";
      ctx.report({
        line: table.line,
        message: parsed
          ? `\`${name}\` reads \`${verdict.shown}\`, ${verdict.why}, so dbt does not know this dependency. ${fix}`
          : `\`${name}\` seems to read \`${verdict.shown}\`, ${verdict.why} (approximate: the file did not parse). ${fix}`,
        snippet: lineText(ctx.head, table.line),
        ...(parsed ? {} : { severity: 'warning' as const }),
      });
    }
  },
};
