// SQL-018: on BigQuery, a CTE read more than once (BigQuery anti-pattern #3). BigQuery does not
// materialise non-recursive CTEs: each reference re-runs the CTE's query, so a CTE joined to
// itself or read by two later CTEs is scanned and billed twice. Only reported when the file was
// parsed as BigQuery; other warehouses (Snowflake, Postgres 12+ for single references…) reuse
// CTE results or inline them differently. Recursive CTEs are materialised and not reported.
import { cteUsage } from '../../sql/ctes.js';
import { isRecord } from '../../sql/ast.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';
import { parsedStatements } from './support.js';

export const bigqueryCteReadTwice: Rule = {
  meta: {
    id: 'SQL-018',
    title: 'BigQuery CTE referenced more than once',
    domain: 'sql',
    checklist: ['PERF-03', 'MON-08'],
    severity: 'warning',
    rationale:
      'BigQuery evaluates a non-recursive CTE once per reference, so a CTE read twice scans (and bills) its sources twice and ' +
      'may even return different rows to each reader if it is not deterministic. A temporary table, or an intermediate ' +
      'model materialised as a table, computes it once.',
    examples: {
      bad:
        "with events as (select * from {{ source('app', 'events') }} where event_date = '2024-06-01')\n" +
        "select a.user_id from events a join events b on a.session_id = b.session_id and a.event_id <> b.event_id",
      good:
        "-- models/intermediate/int_events_day.sql, materialized='table'\nselect a.user_id\nfrom {{ ref('int_events_day') }} a\njoin {{ ref('int_events_day') }} b on a.session_id = b.session_id and a.event_id <> b.event_id",
    },
    appliesTo: ['sql-script', 'dbt-model', 'dbt-snapshot'],
  },
  check(ctx) {
    const parsed = parsedStatements(ctx);
    if (!parsed || ctx.sql?.dialect !== 'bigquery') return;
    for (const statement of parsed) {
      for (const cte of cteUsage(statement.raw)) {
        if (cte.references < 2 || !cte.reachable || cte.position.line === 0) continue;
        const withClause = cte.owner['with'];
        if (isRecord(withClause) && withClause['recursive'] === true) continue;
        ctx.report({
          line: cte.position.line,
          message:
            `CTE \`${cte.name}\` is read ${cte.references} times, and BigQuery runs a non-recursive CTE again for each reference: its sources are scanned and billed ${cte.references} times. ` +
            'Compute it once (a temporary table, or an intermediate model materialised as a table) if it is expensive.',
          snippet: lineText(ctx.head, cte.position.line),
        });
      }
    }
  },
};
