// SQL-023: TRUNCATE in a pipeline script. The catalogue lists it under SQL-005 as a warning
// beside the DELETE/UPDATE error; it has its own id here so that each id has one severity.
// TRUNCATE + INSERT is idempotent but not atomic: on most warehouses TRUNCATE commits on its own,
// so a failed reload leaves readers an empty table. Not reported: scratch tables the script
// creates itself, and a TRUNCATE inside an explicit transaction on Postgres/DuckDB, where it
// rolls back with the rest. A file that did not parse gets a token-based approximation.
import { sameTable, scriptStatements, tableLabel } from '../../sql/statements.js';
import type { ScriptStatement } from '../../sql/statements.js';
import { tokenTableAction } from '../../sql/token-statements.js';
import type { TokenTableAction } from '../../sql/token-statements.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext } from '../../rule.js';
import { parsedStatements, reportApproximate, unparsedSql } from './support.js';

const TRANSACTIONAL_TRUNCATE = new Set(['postgres', 'duckdb']);

function createdBefore(statements: readonly ScriptStatement[], index: number, table: readonly string[]): boolean {
  return statements.slice(0, index).some(({ action }) => action.kind === 'create-table' && sameTable(action.table, table));
}

// Inside BEGIN … COMMIT: the last transaction statement before it opened one, and one after closes it.
function inTransaction(statements: readonly ScriptStatement[], index: number): boolean {
  const isTransaction = (kind: string): boolean => kind === 'begin' || kind === 'commit' || kind === 'rollback';
  const opener = statements.slice(0, index).filter(({ action }) => isTransaction(action.kind)).pop();
  const closer = statements.slice(index + 1).find(({ action }) => isTransaction(action.kind));
  return opener?.action.kind === 'begin' && closer?.action.kind === 'commit';
}

const advice = 'Replace the table atomically instead (INSERT OVERWRITE, CREATE OR REPLACE … AS SELECT, or DELETE + INSERT in one transaction).';

// Approximation for files that did not parse: statements split at `;`, verbs and names read from
// tokens; transactions are not followed, so every TRUNCATE of a table not created before it counts.
function fromTokens(ctx: RuleContext): void {
  const unparsed = unparsedSql(ctx);
  if (!unparsed) return;
  const actions = unparsed.statements.map((tokens) => ({ tokens, action: tokenTableAction(tokens) }));
  for (const [index, { tokens, action }] of actions.entries()) {
    if (action?.verb !== 'TRUNCATE' || action.table.length === 0) continue;
    const created = actions.slice(0, index).some((earlier): boolean => {
      const other: TokenTableAction | undefined = earlier.action;
      return other?.verb === 'CREATE TABLE' && sameTable(other.table, action.table);
    });
    if (created) continue;
    reportApproximate(ctx, {
      line: action.line,
      endLine: tokens[tokens.length - 1]?.line ?? action.line,
      message: `TRUNCATE empties \`${tableLabel(action.table)}\` and commits before the reload: if the next step fails, readers see an empty table. ${advice}`,
      snippet: lineText(ctx.head, action.line),
    });
  }
}

export const truncateInPipelineScript: Rule = {
  meta: {
    id: 'SQL-023',
    title: 'TRUNCATE in a pipeline script',
    domain: 'sql',
    checklist: ['STD-04', 'CODE-03'],
    severity: 'warning',
    rationale:
      'TRUNCATE then INSERT reloads a table, but TRUNCATE commits on its own on most warehouses: if the load after it fails, ' +
      'dashboards and downstream jobs read an empty table until someone re-runs it. An atomic replacement (INSERT OVERWRITE, ' +
      'CREATE OR REPLACE … AS SELECT, a swap, or DELETE + INSERT in one transaction) never shows the gap.',
    examples: {
      bad: 'truncate table analytics.dim_country;\ninsert into analytics.dim_country select code, name from seeds.countries;',
      good: 'create or replace table analytics.dim_country as\nselect code, name from seeds.countries;',
    },
    appliesTo: ['sql-script'],
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed) {
      fromTokens(ctx);
      return;
    }
    const statements = scriptStatements(parsed);
    const transactional = TRANSACTIONAL_TRUNCATE.has(ctx.sql?.dialect ?? '');
    for (const [index, statement] of statements.entries()) {
      const { action } = statement;
      if (action.kind !== 'truncate') continue;
      if (transactional && inTransaction(statements, index)) continue;
      const persistent = action.tables.filter((table) => !createdBefore(statements, index, table));
      if (persistent.length === 0) continue;
      const names = persistent.map((table) => `\`${tableLabel(table)}\``).join(', ');
      ctx.report({
        line: statement.line,
        endLine: statement.range?.end.line ?? statement.line,
        message:
`TRUNCATE empties ${names} and commits before the reload: if the next step fails, readers see an empty table. ${advice}`,
        snippet: lineText(ctx.head, statement.line),
      });
    }
  },
};
