// AF-004: work with side effects in the parse-time code of a DAG file: network requests, database
// queries and connections (`requests.get`, `pd.read_sql`, `psycopg2.connect`, `bigquery.Client()`,
// `SomeHook(...).get_records(...)`), subprocesses, sleeps and `open()` of a network path. The
// scheduler runs that code on every parse. Anchor: Airflow best practices "Top level Python code".
//
// Only files that define a DAG are judged, and only calls on short allow-lists (parse-time.ts):
// a call we do not recognise is never reported. Metadata look-ups (Variable.get…) are AF-003/017.
import { readDagFile } from '../../airflow/dag-facts.js';
import { importAliases } from '../../airflow/imports.js';
import { sideEffect } from '../../airflow/parse-time.js';
import { lineOf } from '../../airflow/python.js';
import { runsAtParse } from '../../airflow/scope.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

export const parseTimeSideEffects: Rule = {
  meta: {
    id: 'AF-004',
    title: 'Side effects in top-level DAG code',
    domain: 'airflow',
    checklist: ['PERF-03', 'CODE-05'],
    severity: 'warning',
    rationale:
      'Module code of a DAG file runs on the scheduler every time the file is parsed, every few seconds, whether or not the DAG runs. ' +
      'A network request or database query there slows parsing for the whole deployment, hammers the remote system, ' +
      'and fails the DAG import whenever that system is down. Do the work inside a task.',
    examples: {
      bad: "TABLES = pd.read_sql('select name from etl.tables', engine)['name']\nwith DAG('copy', schedule='@daily') as dag:\n    ...",
      good: "with DAG('copy', schedule='@daily') as dag:\n    @task\n    def list_tables():\n        return PostgresHook('etl').get_records('select name from etl.tables')",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    if (readDagFile(tree.root).dags.length === 0) return;
    const aliases = importAliases(tree.root);
    for (const call of tree.root.descendantsOfType('call')) {
      if (!call) continue;
      const effect = sideEffect(call, aliases);
      if (effect === undefined || !runsAtParse(call)) continue;
      const line = lineOf(call);
      ctx.report({
        line,
        message: `${effect.charAt(0).toUpperCase()}${effect.slice(1)} runs in top-level code, so the scheduler performs it every time it parses this file. Move it into a task (or a function the task calls).`,
        snippet: lineText(ctx.head, line),
      });
    }
  },
};
