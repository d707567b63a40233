// SQL-007: a MERGE whose USING source is not visibly one row per ON key. When several source
// rows match one target row, Snowflake fails the statement ("Duplicate row detected during DML
// action") or updates with an arbitrary row, and BigQuery fails it; either way a re-delivered
// file breaks the load. The source counts as deduplicated when the statement (or the script
// statement that created the source table) shows it: DISTINCT, GROUP BY / QUALIFY ROW_NUMBER()
// partitioned by the ON keys, a row-number filter one level down (see sql/dedup.ts). A table
// read directly is reported: nothing in the script says it is unique per key.
import { columnRefs, comparisons, relationName } from '../../sql/expr.js';
import type { ColumnRef } from '../../sql/expr.js';
import { isDeduplicated } from '../../sql/dedup.js';
import { cteQueries } from '../../sql/joins.js';
import { isRecord, variantOf } from '../../sql/ast.js';
import { sameTable, scriptStatements, tableLabel } from '../../sql/statements.js';
import type { ScriptStatement } from '../../sql/statements.js';
import { nameParts } from '../../sql/walk.js';
import type { JsonRecord } from '../../sql/walk.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { parsedStatements, relationLabel } from './support.js';

/**
 * Source columns the ON clause equates with something that is not the source (the target): the
 * keys the source must be unique on. Sources without an alias or name give no keys (unknown).
 */
function mergeKeys(on: unknown, sourceName: string | undefined): Set<string> {
  const keys = new Set<string>();
  if (sourceName === undefined) return keys;
  const source = sourceName.toLowerCase();
  const fromSource = (ref: ColumnRef): boolean => ref.qualifier?.toLowerCase() === source;
  for (const { left, right, op } of comparisons(on)) {
    if (op !== 'Eq' && op !== 'IsNotDistinctFrom') continue;
    const sides = [columnRefs(left), columnRefs(right)];
    for (const [mine, theirs] of [sides, [...sides].reverse()] as const) {
      const own = mine?.filter(fromSource) ?? [];
      if (own.length === 1 && mine?.length === 1 && (theirs?.length ?? 0) > 0 && !theirs?.some(fromSource)) keys.add((own[0] as ColumnRef).name.toLowerCase());
    }
  }
  return keys;
}

/** The script statement before `index` that created `table` from a query, if any. */
function creatingQuery(statements: readonly ScriptStatement[], index: number, table: readonly string[]): JsonRecord | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const { action } = statements[i] as ScriptStatement;
    if (action.kind === 'create-table' && sameTable(action.table, table)) return action.query;
  }
  return undefined;
}

export const mergeSourceNotDeduplicated: Rule = {
  meta: {
    id: 'SQL-007',
    title: 'MERGE source not deduplicated on its keys',
    domain: 'sql',
    checklist: ['STD-04', 'CODE-03', 'DQ-06'],
    severity: 'warning',
    rationale:
      'MERGE matches each target row to at most one source row. Sources are often staging tables that receive the same ' +
      'record twice (a re-delivered file, an at-least-once stream); then the MERGE fails, or updates from an arbitrary ' +
      'duplicate. Deduplicating the source on the ON keys, keeping the latest version, makes the load deterministic.',
    examples: {
      bad: 'merge into analytics.customers t\nusing staging.customers s on t.customer_id = s.customer_id\nwhen matched then update set email = s.email\nwhen not matched then insert (customer_id, email) values (s.customer_id, s.email);',
      good:
        'merge into analytics.customers t\nusing (\n    select * from staging.customers\n    qualify row_number() over (partition by customer_id order by updated_at desc) = 1\n) s on t.customer_id = s.customer_id\n' +
        'when matched then update set email = s.email\nwhen not matched then insert (customer_id, email) values (s.customer_id, s.email);',
    },
    appliesTo: ['sql-script'],
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed) return;
    const statements = scriptStatements(parsed);
    for (const [index, statement] of statements.entries()) {
      const { action } = statement;
      if (action.kind !== 'merge') continue;
      const keys = mergeKeys(action.on, relationName(action.source));
      const source = variantOf(action.source);
      if (!source || !isRecord(source.payload)) continue;
      const target = action.table.length > 0 ? `\`${tableLabel(action.table)}\`` : 'the target';
      const keyText = keys.size > 0 ? [...keys].map((key) => `\`${key}\``).join(', ') : 'ON key';
      let problem: string;
      if (source.tag === 'Derived' && isRecord(source.payload['subquery'])) {
        if (isDeduplicated(source.payload['subquery'], keys, cteQueries(statement.raw))) continue;
        problem = `MERGE INTO ${target}: nothing in its USING subquery makes the source one row per ${keyText}.`;
      } else if (source.tag === 'Table') {
        const table = nameParts(source.payload['name']);
        const created = creatingQuery(statements, index, table);
        if (created !== undefined && isDeduplicated(created, keys, cteQueries(created))) continue;
        problem = `MERGE INTO ${target} reads ${relationLabel(ctx, tableLabel(table))} directly, and nothing in this script makes it one row per ${keyText}.`;
      } else continue;
      const partition = keys.size > 0 ? [...keys].join(', ') : '<keys>';
      ctx.report({
        line: statement.line,
        endLine: statement.range?.end.line ?? statement.line,
        message:
          `${problem} Duplicate source rows make the MERGE fail or update from an arbitrary row. ` +
          `Deduplicate the source, e.g. \`qualify row_number() over (partition by ${partition} order by <updated_at> desc) = 1\`.`,
        snippet: lineText(ctx.head, statement.line),
      });
    }
  },
};
