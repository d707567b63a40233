// SQL-006: a plain INSERT in a re-runnable pipeline script, with nothing before it that makes a
// second run converge: no scoped DELETE, TRUNCATE, MERGE or INSERT OVERWRITE of the same table,
// no CREATE OR REPLACE / DROP that recreates it. (Airflow's guidance: a task must be safe to
// re-run; replace INSERT by an overwrite or an upsert.) Also not reported: upserts (ON CONFLICT,
// ON DUPLICATE KEY, INSERT IGNORE / REPLACE INTO), an INSERT whose SELECT reads the target
// itself (the `where not exists (select … from target)` anti-join guard, approximated as "reads
// the target"), and one-off migration files (Flyway `V…__`, `….up.sql`), which run once.
// Diff-aware beyond added lines: when the change deletes the guard of an unchanged INSERT, the
// INSERT is reported too (the base's guard is found by a token scan of the base text).
import { sameTable, scriptStatements, tableLabel, tablesRead } from '../../sql/statements.js';
import type { ScriptStatement, StatementAction } from '../../sql/statements.js';
import { tokenTableAction } from '../../sql/token-statements.js';
import type { TokenTableAction } from '../../sql/token-statements.js';
import { scanOptionsFor, scanSql, splitStatements } from '../../sql/tokens.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext } from '../../rule.js';
import { changeTouches, isOneOffMigration, parsedStatements } from './support.js';

function guards(action: StatementAction, table: readonly string[]): boolean {
  switch (action.kind) {
    case 'delete':
    case 'merge':
      return sameTable(action.table, table);
    case 'truncate':
    case 'drop-table':
      return action.tables.some((dropped) => sameTable(dropped, table));
    case 'insert':
      return action.overwrite && sameTable(action.table, table);
    case 'create-table':
      // CREATE TABLE IF NOT EXISTS keeps yesterday's rows: it is no guard.
      return !action.ifNotExists && sameTable(action.table, table);
    default:
      return false;
  }
}

function tokenGuards(action: TokenTableAction, table: readonly string[]): boolean {
  if (!sameTable(action.table, table)) return false;
  switch (action.verb) {
    case 'DELETE':
    case 'MERGE':
    case 'TRUNCATE':
    case 'DROP TABLE':
      return true;
    case 'INSERT':
      return action.overwrite;
    case 'CREATE TABLE':
      return !action.ifNotExists;
    default:
      return false;
  }
}

/** What the base text's statements did to which table (token scan: the base is not parsed). */
function baseActions(ctx: RuleContext): TokenTableAction[] {
  if (ctx.base === undefined) return [];
  const statements = splitStatements(scanSql(ctx.base, scanOptionsFor(ctx.sql?.dialect ?? 'generic')));
  return statements.map(tokenTableAction).filter((action): action is TokenTableAction => action !== undefined);
}

function describeGuard(action: TokenTableAction): string {
  return action.verb === 'INSERT' ? 'INSERT OVERWRITE' : action.verb;
}

export const insertWithoutOverwrite: Rule = {
  meta: {
    id: 'SQL-006',
    title: 'Plain INSERT in a re-runnable script',
    domain: 'sql',
    checklist: ['STD-04', 'CODE-03'],
    severity: 'warning',
    rationale:
      'Pipelines are re-run: retries after a failure, backfills, a manual re-trigger. A bare INSERT appends the same rows again ' +
      'on every run, and the duplicates surface later as inflated metrics. Clearing the slice first (a scoped DELETE), ' +
      'overwriting it, or merging on a key makes the second run produce the same table as the first.',
    examples: {
      bad: 'insert into analytics.daily_revenue\nselect order_date, sum(amount) from staging.orders group by order_date;',
      good:
        "delete from analytics.daily_revenue where order_date = '{{ ds }}';\n" +
        "insert into analytics.daily_revenue\nselect order_date, sum(amount) from staging.orders where order_date = '{{ ds }}' group by order_date;",
    },
    appliesTo: ['sql-script'],
    scope: 'changed-objects',
    needsBase: true,
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed || isOneOffMigration(ctx.file.path)) return;
    const statements: ScriptStatement[] = scriptStatements(parsed);
    let base: TokenTableAction[] | undefined;
    for (const [index, statement] of statements.entries()) {
      const { action } = statement;
      if (action.kind !== 'insert' || action.overwrite || action.upsert || action.table.length === 0) continue;
      const table = action.table;
      if (statements.slice(0, index).some((earlier) => guards(earlier.action, table))) continue;
      if (action.source && tablesRead(action.source).some((read) => sameTable(read, table))) continue;
      const endLine = statement.range?.end.line ?? statement.line;
      base ??= baseActions(ctx);
      const removed = base.find((earlier) => tokenGuards(earlier, table));
      if (!removed && !changeTouches(ctx, statement.line, endLine)) continue;
      const label = `\`${tableLabel(table)}\``;
      const why = removed ? ` The change removed the ${describeGuard(removed)} of ${label} that made this script re-runnable.` : '';
      ctx.report({
        line: statement.line,
        endLine,
        message:
          `INSERT INTO ${label} appends on every run: a retry or a backfill of this script duplicates its rows.${why} ` +
          'Delete the slice the run owns first (a DELETE with a WHERE on the load date or batch), or use INSERT OVERWRITE or MERGE on the key.',
        snippet: lineText(ctx.head, statement.line),
      });
    }
  },
};
