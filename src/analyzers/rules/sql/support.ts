// What the SQL rules share: the parsed statements (only when the parse succeeded), the token
// stream of a file for the degraded mode, findings that are approximate, and the test for "did
// the change touch these lines" for rules that judge a statement as a whole.
import { describePlaceholder } from '../../dbt/jinja.js';
import type { SqlStatement } from '../../sql/ast.js';
import { scanOptionsFor, scanSql, splitStatements } from '../../sql/tokens.js';
import type { SqlToken } from '../../sql/tokens.js';
import { cteQueries, type CteLookup } from '../../sql/joins.js';
import { statementTree } from '../../sql/walk.js';
import type { SelectNode, StatementTree } from '../../sql/walk.js';
import type { RuleContext, RuleReport } from '../../rule.js';

/** The file's statements when it parsed; undefined otherwise (the AST rules then stay silent). */
export function parsedStatements(ctx: RuleContext): readonly SqlStatement[] | undefined {
  const result = ctx.sql?.result;
  return result?.ok ? result.statements : undefined;
}

// One scan per parsed file, shared by every rule that reads tokens: a file that did not parse
// was scanned again by each of a dozen fallbacks, which on a 1 MB file took longer than the
// engine's per-file time limit allows (found by tests/fuzz/sql.test.ts). Keyed by the file's
// ParsedSql, which the engine builds once per file and hands to every rule.
const tokenCache = new WeakMap<object, SqlToken[]>();
const statementCache = new WeakMap<object, SqlToken[][]>();

function scanOnce(sql: NonNullable<RuleContext['sql']>): SqlToken[] {
  let tokens = tokenCache.get(sql);
  if (!tokens) {
    tokens = scanSql(sql.text, scanOptionsFor(sql.dialect));
    tokenCache.set(sql, tokens);
  }
  return tokens;
}

/** The SQL the parser rejected, when it did: the input of token-based fallbacks. Shared: read, never change. */
export function unparsedSql(ctx: RuleContext): { statements: readonly SqlToken[][] } | undefined {
  const sql = ctx.sql;
  if (!sql || sql.result.ok) return undefined;
  let statements = statementCache.get(sql);
  if (!statements) {
    statements = splitStatements(scanOnce(sql));
    statementCache.set(sql, statements);
  }
  return { statements };
}

/** The file's tokens (neutralised SQL), for facts the AST does not record, such as keyword positions. Shared: read, never change. */
export function sqlTokens(ctx: RuleContext): readonly SqlToken[] {
  return ctx.sql ? scanOnce(ctx.sql) : [];
}

export const APPROXIMATE = '(approximate: the file did not parse)';

/**
 * Reports a finding of a token-based fallback: an approximation, so never more than a warning,
 * and marked as such in the message.
 */
export function reportApproximate(ctx: RuleContext, report: RuleReport): void {
  ctx.report({ ...report, message: `${report.message} ${APPROXIMATE}`, severity: 'warning' });
}

/** Whether the change added a line in [start, end] (or the whole file is under review). */
export function changeTouches(ctx: RuleContext, start: number, end: number): boolean {
  if (ctx.fullFileReview) return true;
  for (let line = start; line <= end; line++) if (ctx.file.addedLines.has(line)) return true;
  return false;
}

/**
 * One-off migrations run once by a migration tool (Flyway `V3__add_orders.sql`,
 * golang-migrate `0003_add_orders.up.sql`), so "re-runnable" rules do not apply to them.
 * Flyway's repeatable `R__` scripts do re-run and are judged.
 */
export function isOneOffMigration(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /^V\d+(?:[._]\d+)*__/.test(base) || /^\d+_.+\.(?:up|down)\.sql$/i.test(base);
}

/**
 * Lines of Jinja `{% if %}` branches that only render for some targets (dev sampling such as
 * `{% if target.name == 'dev' %} limit 100 {% endif %}`): SQL there does not run in every
 * environment. A branch counts when its condition, or the condition of an earlier branch of the
 * same `if` (an `{% else %}` after `{% if target.name == 'prod' %}`), reads `target`. Jinja tags
 * are found by their delimiters, which SQL does not use; nesting is tracked.
 */
export function targetGuardedLines(template: string): Set<number> {
  const lines = new Set<number>();
  const stack: { branchStart: number; guarded: boolean }[] = [];
  // Tags come in order, so the line count advances with them.
  let counted = 0;
  let currentLine = 1;
  const lineAt = (offset: number): number => {
    for (; counted < offset; counted++) if (template.charCodeAt(counted) === 10) currentLine++;
    return currentLine;
  };
  const close = (branch: { branchStart: number; guarded: boolean }, line: number): void => {
    if (branch.guarded) for (let current = branch.branchStart; current <= line; current++) lines.add(current);
  };
  for (const match of template.matchAll(/\{%-?\s*(if|elif|else|endif)\b([\s\S]*?)-?%\}/g)) {
    const keyword = match[1];
    const line = lineAt(match.index);
    const readsTarget = /\btarget\b/.test(match[2] ?? '');
    if (keyword === 'if') {
      stack.push({ branchStart: line, guarded: readsTarget });
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) continue;
    close(top, line);
    if (keyword === 'endif') stack.pop();
    else {
      top.branchStart = line;
      top.guarded = top.guarded || readsTarget;
    }
  }
  return lines;
}

/** The query tree of each top-level statement (nested block statements are walked inside theirs). */
export function statementTrees(statements: readonly SqlStatement[]): { statement: SqlStatement; tree: StatementTree }[] {
  return statements.map((statement) => ({ statement, tree: statementTree(statement.raw) }));
}

/**
 * Every SELECT of the file's parsed statements with the CTEs of its statement: the walk the
 * join rules (SQL-003, SQL-004, SQL-013, SQL-014) share. Empty when the SQL did not parse.
 */
export function selectsWithCtes(ctx: RuleContext): { select: SelectNode; lookup: CteLookup }[] {
  const parsed = parsedStatements(ctx);
  if (!parsed) return [];
  return statementTrees(parsed).flatMap(({ statement, tree }) => {
    const lookup = cteQueries(statement.raw);
    return tree.selects.map((select) => ({ select, lookup }));
  });
}

/** A relation's name for a message: the Jinja a placeholder stands for (`{{ ref('orders') }}`), else the name. */
export function relationLabel(ctx: RuleContext, label: string): string {
  return `\`${describePlaceholder(label, ctx.jinja)}\``;
}
