// AF-009: a time-scheduled DAG without `dagrun_timeout`, and its tasks without
// `execution_timeout` (on the task, in a TaskGroup's default_args or in the DAG's). Without them
// a hung query or a stuck API call holds its slot forever, and the next runs queue up behind it
// while the data goes stale. Anchors: dagruff BP003 / BP006.
//
// Two kinds of findings, each diff-aware on its own: the DAG-level one on the DAG's line when the
// change added or edited the DAG, the task-level ones on each task the change added or edited.
// DAGs that are not time-scheduled (`schedule=None`, `'@once'`, asset triggers) are not judged.
// A value we cannot read (`**kwargs`, default_args from a helper) counts as set.
import { dagArgument, dagLabel, dagTouched, linesTouched, readDagFile, scheduleState, taskLabel, taskSetting } from '../../airflow/dag-facts.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

export const missingTimeouts: Rule = {
  meta: {
    id: 'AF-009',
    title: 'No execution or run timeout',
    domain: 'airflow',
    checklist: ['STD-06', 'MON-01', 'CODE-05'],
    severity: 'warning',
    rationale:
      'Airflow waits forever by default. A task blocked on a lock, a hung warehouse query or an unresponsive API keeps its ' +
      'worker slot, the DAG run never finishes, and with max_active_runs the next runs queue behind it: the data goes stale ' +
      'without a single failure to alert on. `execution_timeout` on tasks and `dagrun_timeout` on the DAG turn a hang into a failure.',
    examples: {
      bad: "with DAG('orders', schedule='@hourly', default_args={'retries': 2}) as dag:\n    load = SQLExecuteQueryOperator(task_id='load', sql='load.sql')",
      good:
        "with DAG('orders', schedule='@hourly', dagrun_timeout=timedelta(minutes=50),\n" +
        "         default_args={'retries': 2, 'execution_timeout': timedelta(minutes=20)}) as dag:\n" +
        "    load = SQLExecuteQueryOperator(task_id='load', sql='load.sql')",
    },
    appliesTo: ['airflow-python'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const file = readDagFile(tree.root);
    const { assignments } = file;
    for (const dag of file.dags) {
      const schedule = scheduleState(dag);
      if (schedule !== 'scheduled' && schedule !== 'implicit') continue;
      if (dagArgument(dag, 'dagrun_timeout').state === 'absent' && dagTouched(ctx, dag, assignments)) {
        ctx.report({
          line: dag.line,
          message: `${dagLabel(dag)} has no \`dagrun_timeout\`: a run that hangs is never failed, and later runs queue behind it. Set \`dagrun_timeout\` a little below the schedule interval.`,
          snippet: lineText(ctx.head, dag.line),
        });
      }
      for (const task of file.tasksOf.get(dag) ?? []) {
        if (taskSetting(task, dag, 'execution_timeout', assignments).state !== 'unset') continue;
        if (!linesTouched(ctx, task.line, task.endLine)) continue;
        ctx.report({
          line: task.line,
          message: `${taskLabel(task)} has no \`execution_timeout\` (neither on the task nor in default_args), so a hang blocks it forever instead of failing and alerting. Set \`execution_timeout\` in default_args or on the task.`,
          snippet: lineText(ctx.head, task.line),
        });
      }
    }
  },
};
