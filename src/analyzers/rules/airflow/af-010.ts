// AF-010: SLAs the Airflow way before 3.0: `sla=` on a task (or in default_args) and
// `sla_miss_callback=` on a DAG. Airflow 3 removed the SLA feature: the arguments do nothing
// there (at most a deprecation warning), and Deadline Alerts replace them from 3.1. Even on
// Airflow 2, SLA misses are only checked for scheduled runs and fire late or twice.
// Anchor: ruff AIR311 / AIR301.
//
// Reported on the argument or default_args entry itself, where the change added it.
import { readDagFile } from '../../airflow/dag-facts.js';
import { calleeName, keywordArguments, lineOf, lookupDictKey } from '../../airflow/python.js';
import type { SyntaxNode } from '../../airflow/python.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

export const removedSla: Rule = {
  meta: {
    id: 'AF-010',
    title: '`sla` / `sla_miss_callback` (removed in Airflow 3)',
    domain: 'airflow',
    checklist: ['STD-06', 'MON-02'],
    severity: 'warning',
    rationale:
      'Freshness promises need a mechanism that keeps working. Airflow 3 removed task `sla` and DAG `sla_miss_callback`; ' +
      'after the upgrade they silently stop alerting, and on Airflow 2 SLA checks are known to fire late, twice or never ' +
      'for manual runs. Use Deadline Alerts (Airflow 3.1+), a dagrun_timeout with alerting, or an external freshness check.',
    examples: {
      bad: "load = PythonOperator(task_id='load', python_callable=load, sla=timedelta(hours=2))",
      good: "with DAG('orders', schedule='@daily', dagrun_timeout=timedelta(hours=2), on_failure_callback=notify) as dag:\n    load = PythonOperator(task_id='load', python_callable=load)",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const file = readDagFile(tree.root);
    const hits: { node: SyntaxNode; what: string }[] = [];
    const seen = new Set<number>();
    const add = (node: SyntaxNode, what: string): void => {
      if (seen.has(node.id)) return;
      seen.add(node.id);
      hits.push({ node, what });
    };
    for (const task of file.tasks) {
      const sla = task.call ? keywordArguments(task.call).get('sla') : undefined;
      if (sla) add(sla, `\`sla=\` on ${task.taskId !== undefined ? `task \`${task.taskId}\`` : `this ${task.operator} task`}`);
    }
    for (const dag of file.dags) {
      if (!dag.call) continue;
      const kwargs = keywordArguments(dag.call);
      const callback = kwargs.get('sla_miss_callback');
      if (callback) add(callback, '`sla_miss_callback=` on the DAG');
    }
    for (const call of tree.root.descendantsOfType('call')) {
      const name = call ? calleeName(call)?.split('.').pop() : undefined;
      if (!call || (name !== 'DAG' && name !== 'dag' && name !== 'TaskGroup' && name !== 'task_group')) continue;
      const lookup = lookupDictKey(keywordArguments(call).get('default_args'), 'sla', file.assignments);
      if (lookup.state === 'known') add(lookup.node, "`'sla'` in default_args");
    }
    for (const hit of hits) {
      const line = lineOf(hit.node);
      ctx.report({
        line,
        message: `${hit.what} uses the SLA feature that Airflow 3 removed: after the upgrade it silently stops alerting. Use Deadline Alerts on Airflow 3.1+, or a \`dagrun_timeout\` with failure alerting.`,
        snippet: lineText(ctx.head, line),
      });
    }
  },
};
