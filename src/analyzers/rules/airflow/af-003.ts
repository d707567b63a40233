// AF-003: `Variable.get()`, `BaseHook.get_connection()` / `Connection.get()` in module code of a
// DAG file (a constant, a `with DAG` body, a module-level default_args). Each call is a query to
// the metadata database or the secrets backend, repeated on every parse of the file, and a
// secrets-backend outage then breaks DAG parsing. Anchors: ruff AIR003, pylint-airflow W8300
// (basehook-top-level), Airflow best practices "Top level Python code".
//
// The catalogue gives this check two severities, so it has two ids: a look-up written directly in
// the arguments of a DAG, an operator, a `@task(...)`/`@dag(...)` decorator or a TaskGroup is
// AF-017 (warning), where a template is the usual one-line fix. Calls inside function bodies run
// at task time, the recommended place, and are never reported.
import { readDagFile } from '../../airflow/dag-facts.js';
import { importAliases } from '../../airflow/imports.js';
import { TEMPLATE_HINT, parseTimeLookups } from '../../airflow/parse-time.js';
import { lineOf } from '../../airflow/python.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

export const moduleLevelLookup: Rule = {
  meta: {
    id: 'AF-003',
    title: 'Variable or connection look-up at module level',
    domain: 'airflow',
    checklist: ['PERF-03', 'CODE-06'],
    severity: 'error',
    rationale:
      'The scheduler re-imports every DAG file every few seconds. A `Variable.get()` or `get_connection()` in module code ' +
      'queries the metadata database (or the secrets backend) on each of those parses, slows every DAG in the deployment, ' +
      'and turns a secrets-backend hiccup into DAG import errors. Read them inside the task, or through templates.',
    examples: {
      bad: "BUCKET = Variable.get('export_bucket')\nwith DAG('export', schedule='@daily') as dag:\n    ...",
      good:
        "with DAG('export', schedule='@daily') as dag:\n" +
        "    upload = BashOperator(task_id='upload', bash_command='aws s3 cp out.csv s3://{{ var.value.export_bucket }}/')",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    for (const lookup of parseTimeLookups(tree.root, readDagFile(tree.root), importAliases(tree.root))) {
      if (lookup.owner !== undefined) continue;
      const line = lineOf(lookup.call);
      ctx.report({
        line,
        message:
          `\`${lookup.written}()\` runs at module level, so the scheduler queries the metadata database or secrets backend every time it parses this file. ` +
          `Move the call into the task's callable, or use ${TEMPLATE_HINT}.`,
        snippet: lineText(ctx.head, line),
      });
    }
  },
};
