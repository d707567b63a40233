// SQL-010: a wall-clock function in a filter or join condition of a dbt model. Airflow's rule
// "never read the latest available data; a run processes its own interval" applied to models: a
// predicate on `current_date` makes the rows depend on the day the model runs, so a re-run or a
// backfill silently gives different data. Only predicates (WHERE, JOIN … ON, HAVING, QUALIFY)
// are judged; `current_timestamp as loaded_at` in the SELECT list is an audit column, not a filter.
// dbt's own macros (`{{ dbt.current_timestamp() }}`) are read from the Jinja tag that a
// placeholder replaced. `run_started_at` is not flagged: it is the invocation's fixed timestamp.
import { columnRefs, functionCalls } from '../../sql/expr.js';
import { PLACEHOLDER } from '../../dbt/jinja.js';
import { cteQueries, explicitJoins } from '../../sql/joins.js';
import type { Position } from '../../sql/walk.js';
import { lineText } from '../../rule.js';
import type { Rule, RuleContext } from '../../rule.js';
import { parsedStatements, relationLabel, statementTrees } from './support.js';

// Functions that read the clock (any dialect we parse). Those that also take arguments in some
// dialect (`now()` does not; `unix_timestamp(col)` converts a column) are listed with an arity rule.
const WALL_CLOCK = new Set([
  'current_date',
  'current_timestamp',
  'current_time',
  'current_datetime',
  'localtimestamp',
  'localtime',
  'now',
  'getdate',
  'getutcdate',
  'sysdate',
  'systimestamp',
  'sysdatetime',
  'sysutcdatetime',
  'clock_timestamp',
  'statement_timestamp',
  'transaction_timestamp',
  'today',
]);
const WALL_CLOCK_NO_ARGS = new Set(['unix_timestamp']);
// Bare keywords some dialects read as identifiers (Redshift/Oracle `sysdate`).
const BARE_WALL_CLOCK = new Set(['sysdate', 'systimestamp', 'current_date', 'current_timestamp', 'localtimestamp', 'current_time']);
// Jinja that renders the clock: dbt's cross-database macros and Python's datetime.
const JINJA_WALL_CLOCK = /\b(?:current_timestamp\w*|now|utcnow|today)\s*\(/i;

interface Hit {
  name: string;
  position: Position;
}

/** The text of the `{{ … }}` tag on `line` of the template that covers `column`. */
function jinjaTagAt(template: string, line: number, column: number): string | undefined {
  const text = template.split('\n')[line - 1];
  if (text === undefined) return undefined;
  for (const match of text.matchAll(/\{\{[\s\S]*?\}\}/g)) {
    if (match.index <= column - 1 && column - 1 < match.index + match[0].length) return match[0];
  }
  // A tag spanning lines leaves its placeholder at the tag's start.
  const open = text.indexOf('{{', Math.max(0, column - 1));
  return open === column - 1 ? text.slice(open) : undefined;
}

function wallClockIn(ctx: RuleContext, expr: unknown): Hit[] {
  const hits: Hit[] = [];
  for (const call of functionCalls(expr)) {
    const clock = WALL_CLOCK.has(call.name) || (WALL_CLOCK_NO_ARGS.has(call.name) && call.argCount === 0);
    if (clock && call.position) hits.push({ name: call.bare ? call.name : `${call.name}()`, position: call.position });
  }
  for (const ref of columnRefs(expr)) {
    if (!ref.position || ref.qualifier !== undefined || ref.quoted) continue;
    const name = ref.name.toLowerCase();
    if (BARE_WALL_CLOCK.has(name)) hits.push({ name, position: ref.position });
    else if (ref.name === PLACEHOLDER && ctx.jinja) {
      const tag = jinjaTagAt(ctx.head, ref.position.line, ref.position.column);
      if (tag !== undefined && JINJA_WALL_CLOCK.test(tag)) hits.push({ name: tag.replace(/\s+/g, ' '), position: ref.position });
    }
  }
  return hits;
}

const modelName = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.sql$/i, '');

export const wallClockInModelPredicate: Rule = {
  meta: {
    id: 'SQL-010',
    title: 'Wall-clock function in a model filter or join',
    domain: 'sql',
    checklist: ['STD-04', 'STD-07'],
    severity: 'warning',
    rationale:
      'A model filtered on current_date or now() returns different rows depending on when it runs: a late run, a retry after ' +
      'midnight or a backfill of last month all produce data for the wrong window, with no error. Filtering on a run variable ' +
      'or on the data itself (the max date already loaded) makes the model reproducible.',
    examples: {
      bad: "select order_id, amount\nfrom {{ ref('stg_orders') }}\nwhere order_date >= dateadd(day, -7, current_date)",
      good: "select order_id, amount\nfrom {{ ref('stg_orders') }}\nwhere order_date >= dateadd(day, -7, '{{ var(\"run_date\") }}'::date)",
    },
    appliesTo: ['dbt-model'],
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed) return;
    const model = modelName(ctx.file.path);
    for (const { statement, tree } of statementTrees(parsed)) {
      const lookup = cteQueries(statement.raw);
      for (const select of tree.selects) {
        const predicates: { clause: string; expr: unknown }[] = [
          { clause: 'WHERE', expr: select.raw['selection'] },
          { clause: 'HAVING', expr: select.raw['having'] },
          { clause: 'QUALIFY', expr: select.raw['qualify'] },
          ...explicitJoins(select.raw, lookup).map((join) => ({ clause: `join condition of ${relationLabel(ctx, join.label)}`, expr: join.on })),
        ];
        for (const { clause, expr } of predicates) {
          if (expr === undefined || expr === null) continue;
          for (const hit of wallClockIn(ctx, expr)) {
            ctx.report({
              line: hit.position.line,
              message:
                `\`${hit.name}\` in the ${clause} of model \`${model}\` makes its rows depend on when it runs: a retry or backfill for another day returns other data. ` +
                "Filter on a run variable (`{{ var('run_date') }}`) or on the data already loaded (`select max(…) from {{ this }}`) instead.",
              snippet: lineText(ctx.head, hit.position.line),
            });
          }
        }
      }
    }
  },
};
