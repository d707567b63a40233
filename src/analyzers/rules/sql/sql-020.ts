// SQL-020: DDL that breaks a re-run (BigQuery anti-patterns #10/#11, in our words). Two shapes:
// - CREATE TABLE without IF NOT EXISTS or OR REPLACE fails the second time the script runs,
//   unless the script dropped the table first or the table is temporary;
// - DROP TABLE of a persistent table: between the DROP and the re-creation the table is missing,
//   a failure leaves it missing, and the new table loses grants and time-travel history.
//   Scratch tables are not persistent: a table the script created before dropping it, or one it
//   drops, creates and drops again, or re-creates as temporary.
// One-off migration files (Flyway `V…__`, `….up.sql`) run once and are not judged.
import { sameTable, scriptStatements, tableLabel } from '../../sql/statements.js';
import type { ScriptStatement } from '../../sql/statements.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext } from '../../rule.js';
import { isOneOffMigration, parsedStatements } from './support.js';

function createdAt(statements: readonly ScriptStatement[], table: readonly string[], from: number, to: number): ScriptStatement[] {
  return statements.slice(from, to).filter(({ action }) => action.kind === 'create-table' && sameTable(action.table, table));
}

function droppedIn(statements: readonly ScriptStatement[], table: readonly string[], from: number, to: number): boolean {
  return statements.slice(from, to).some(({ action }) => action.kind === 'drop-table' && action.tables.some((dropped) => sameTable(dropped, table)));
}

function isScratch(statements: readonly ScriptStatement[], index: number, table: readonly string[]): boolean {
  if (table[table.length - 1]?.startsWith('#')) return true; // SQL Server #temp tables
  if (createdAt(statements, table, 0, index).length > 0) return true;
  const later = createdAt(statements, table, index + 1, statements.length);
  const first = later[0];
  if (!first) return false;
  if (first.action.kind === 'create-table' && first.action.temporary) return true;
  return droppedIn(statements, table, statements.indexOf(first) + 1, statements.length);
}

function report(ctx: RuleContext, statement: ScriptStatement, message: string): void {
  ctx.report({ line: statement.line, endLine: statement.range?.end.line ?? statement.line, message, snippet: lineText(ctx.head, statement.line) });
}

export const nonRerunnableDdl: Rule = {
  meta: {
    id: 'SQL-020',
    title: 'CREATE TABLE that fails on re-run, or DROP of a persistent table',
    domain: 'sql',
    checklist: ['STD-04', 'CODE-03'],
    severity: 'warning',
    rationale:
      'A pipeline script must survive running twice. A bare CREATE TABLE fails on the second run because the table exists; ' +
      'a DROP TABLE followed by a rebuild leaves a window (and, after a failure, a lasting gap) in which the table is missing, ' +
      'and the rebuilt table loses its grants and history. CREATE OR REPLACE … AS SELECT replaces atomically.',
    examples: {
      bad: 'drop table if exists analytics.dim_country;\ncreate table analytics.dim_country as select code, name from seeds.countries;',
      good: 'create or replace table analytics.dim_country as\nselect code, name from seeds.countries;',
    },
    appliesTo: ['sql-script'],
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed || isOneOffMigration(ctx.file.path)) return;
    const statements = scriptStatements(parsed);
    for (const [index, statement] of statements.entries()) {
      const { action } = statement;
      if (action.kind === 'create-table') {
        if (action.orReplace || action.ifNotExists || action.temporary || action.table.length === 0) continue;
        if (droppedIn(statements, action.table, 0, index)) continue;
        report(
          ctx,
          statement,
          `CREATE TABLE \`${tableLabel(action.table)}\` fails when the script runs a second time, because the table then exists. ` +
            'Use CREATE OR REPLACE TABLE (to rebuild it) or CREATE TABLE IF NOT EXISTS (to keep it).',
        );
      } else if (action.kind === 'drop-table' && !action.temporary) {
        const persistent = action.tables.filter((table) => !isScratch(statements, index, table));
        if (persistent.length === 0) continue;
        const names = persistent.map((table) => `\`${tableLabel(table)}\``).join(', ');
        report(
          ctx,
          statement,
          `DROP TABLE ${names} removes a persistent table: until it is rebuilt it is missing for readers, a failure leaves it missing, ` +
            'and the rebuilt table loses its grants and history. Replace it atomically with CREATE OR REPLACE TABLE … AS SELECT.',
        );
      }
    }
  },
};
