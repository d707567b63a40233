// AF-017: `Variable.get()`, `BaseHook.get_connection()` / `Connection.get()` written directly in
// the arguments of a DAG, an operator, a `@task(...)` / `@dag(...)` decorator or a TaskGroup.
// The warning-level half of the catalogue's AF-003 (see af-003.ts for why there are two ids):
// the arguments are evaluated on every parse, and a templated field reads the same value at run
// time instead. Anchors: ruff AIR003, Airflow best practices "Top level Python code".
import { readDagFile } from '../../airflow/dag-facts.js';
import { importAliases } from '../../airflow/imports.js';
import { TEMPLATE_HINT, parseTimeLookups } from '../../airflow/parse-time.js';
import { lineOf } from '../../airflow/python.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

export const constructorArgumentLookup: Rule = {
  meta: {
    id: 'AF-017',
    title: 'Variable or connection look-up in DAG or task arguments',
    domain: 'airflow',
    checklist: ['PERF-03', 'CODE-06'],
    severity: 'warning',
    rationale:
      'Arguments of DAGs, operators and task decorators are evaluated on every parse of the file, not when the task runs. ' +
      'A `Variable.get()` or `get_connection()` there costs a metadata-database or secrets-backend round trip per parse, ' +
      'and the value is frozen at parse time. Templated fields read the same values at run time, for free at parse time.',
    examples: {
      bad: "load = PythonOperator(task_id='load', python_callable=load, op_kwargs={'bucket': Variable.get('bucket')})",
      good: "load = PythonOperator(task_id='load', python_callable=load, op_kwargs={'bucket': '{{ var.value.bucket }}'})",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    for (const lookup of parseTimeLookups(tree.root, readDagFile(tree.root), importAliases(tree.root))) {
      if (lookup.owner === undefined) continue;
      const line = lineOf(lookup.call);
      ctx.report({
        line,
        message:
          `\`${lookup.written}()\` in the arguments of ${lookup.owner} is evaluated every time the scheduler parses this file, not when the task runs. ` +
          `Use ${TEMPLATE_HINT}, or read it inside the task's callable.`,
        snippet: lineText(ctx.head, line),
      });
    }
  },
};
