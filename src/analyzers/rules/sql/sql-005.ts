// SQL-005: DELETE or UPDATE with no WHERE, in a pipeline script. Semantics of sql-lint's
// `missing-where` and Liquibase's NoDeleteWithoutWhere, with one decision of ours: a WHERE that
// is always true (`WHERE 1 = 1`, `WHERE TRUE`) scopes nothing and is reported too — it is how
// "safe update" guards are bypassed, not a filter. (TRUNCATE, the explicit full wipe, is SQL-023.)
// When the file did not parse, a token scan finds the same statements; those findings are
// approximate and only warnings.
import { isAlwaysTrue } from '../../sql/expr.js';
import { scriptStatements, tableLabel } from '../../sql/statements.js';
import { dottedName, findAtLevel, statementVerb } from '../../sql/token-statements.js';
import { isKeyword } from '../../sql/tokens.js';
import type { SqlToken } from '../../sql/tokens.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext } from '../../rule.js';
import { parsedStatements, reportApproximate, unparsedSql } from './support.js';

const fix = 'Scope it with a WHERE on the slice this run owns (e.g. its load date or batch id), or use TRUNCATE / INSERT OVERWRITE if a full reload is meant.';

function fromAst(ctx: RuleContext): void {
  const statements = parsedStatements(ctx);
  if (!statements) return;
  for (const statement of scriptStatements(statements)) {
    const { action } = statement;
    if (action.kind !== 'delete' && action.kind !== 'update') continue;
    const verb = action.kind === 'delete' ? 'DELETE' : 'UPDATE';
    const table = action.table.length > 0 ? `\`${tableLabel(action.table)}\`` : 'the table';
    let problem: string | undefined;
    if (action.where === undefined) problem = `${verb} on ${table} has no WHERE clause: it ${action.kind === 'delete' ? 'removes' : 'rewrites'} every row on every run.`;
    else if (isAlwaysTrue(action.where)) problem = `${verb} on ${table} has a WHERE that is always true, so it ${action.kind === 'delete' ? 'removes' : 'rewrites'} every row on every run.`;
    if (!problem) continue;
    ctx.report({
      line: statement.line,
      endLine: statement.range?.end.line ?? statement.line,
      message: `${problem} ${fix}`,
      snippet: lineText(ctx.head, statement.line),
    });
  }
}

// `WHERE 1 = 1` / `WHERE TRUE` as the whole condition, read from tokens.
function alwaysTrueTokens(tokens: readonly SqlToken[]): boolean {
  const texts = tokens.map((token) => token.upper);
  if (texts.length === 1) return texts[0] === 'TRUE' || (tokens[0]?.kind === 'number' && Number(texts[0]) !== 0);
  return texts.length === 3 && texts[1] === '=' && texts[0] === texts[2] && tokens[0]?.kind !== 'word';
}

// Approximation: the statement's verb and its WHERE are found by keyword at the statement's own
// parenthesis level; a WHERE inside a subquery does not count.
function fromTokens(ctx: RuleContext): void {
  const unparsed = unparsedSql(ctx);
  if (!unparsed) return;
  for (const tokens of unparsed.statements) {
    const head = statementVerb(tokens);
    if (!head || (head.verb !== 'DELETE' && head.verb !== 'UPDATE')) continue;
    const verbToken = tokens[head.index] as SqlToken;
    let nameAt = head.index + 1;
    if (head.verb === 'DELETE' && isKeyword(tokens[nameAt], 'FROM')) nameAt++;
    const table = dottedName(tokens, nameAt).name;
    const where = findAtLevel(tokens, head.index, 'WHERE');
    let problem: string | undefined;
    if (where < 0) problem = 'has no WHERE clause';
    else {
      const condition = tokens.slice(where + 1).filter((token) => token.depth === verbToken.depth);
      if (alwaysTrueTokens(condition)) problem = 'has a WHERE that is always true';
    }
    if (!problem) continue;
    const last = tokens[tokens.length - 1] as SqlToken;
    reportApproximate(ctx, {
      line: verbToken.line,
      endLine: last.line,
      message: `${head.verb} on ${table ? `\`${table}\`` : 'the table'} ${problem}: it affects every row on every run. ${fix}`,
      snippet: lineText(ctx.head, verbToken.line),
    });
  }
}

export const deleteUpdateWithoutWhere: Rule = {
  meta: {
    id: 'SQL-005',
    title: 'DELETE or UPDATE without WHERE',
    domain: 'sql',
    checklist: ['STD-04', 'CODE-03'],
    severity: 'error',
    rationale:
      'A pipeline step that deletes or updates must touch only the slice of data the run owns; that is what makes a re-run or ' +
      'a backfill safe. Without a WHERE (or with one that is always true) the statement wipes or rewrites the whole table, ' +
      'including history other runs produced.',
    examples: {
      bad: 'delete from analytics.daily_orders;\ninsert into analytics.daily_orders select * from staging.orders;',
      good:
        "delete from analytics.daily_orders where order_date = '{{ ds }}';\n" +
        "insert into analytics.daily_orders select order_id, order_date, amount from staging.orders where order_date = '{{ ds }}';",
    },
    appliesTo: ['sql-script'],
  },
  check(ctx) {
    fromAst(ctx);
    fromTokens(ctx);
  },
};
