// AF-006: tasks that will not retry. A task retries when its own `retries=` is ≥ 1, else when
// the `default_args` of an enclosing TaskGroup or of its DAG sets `retries` ≥ 1 (a dict literal,
// `dict(...)`, or a variable assigned one of those). Anchors: daglint retry_configuration,
// dagruff DAG010.
//
// Precision over recall: when a value is not a literal we can read (`retries=RETRIES`,
// `default_args=load_defaults()`, `**common`), the task is not reported. The deployment's
// `default_task_retries` setting (airflow.cfg) is invisible from a pull request and is not
// considered: a DAG that relies on it should say so in its own code.
import {
  dagOfTask,
  enclosingWithCalls,
  findDags,
  findTasks,
  hasKeywordSplat,
  indexAssignments,
  keywordArguments,
  lookupDictKey,
  pythonLiteral,
} from '../../airflow/python.js';
import type { Assignments, DagConstruction, KeyLookup, SyntaxNode, TaskCall } from '../../airflow/python.js';
import { lineText } from '../../rule.js';
import type { LiteralValue } from '../../values.js';
import type { Rule } from '../../rule.js';

type Verdict = { retries: true } | { retries: false; explicitZero: boolean } | { retries: 'unknown' };

function verdictOf(lookup: KeyLookup): Verdict | undefined {
  if (lookup.state === 'absent') return undefined;
  if (lookup.state === 'unknown') return { retries: 'unknown' };
  const value = lookup.value;
  if (value.kind === 'number') return value.value >= 1 ? { retries: true } : { retries: false, explicitZero: true };
  // `retries=None` falls back to the deployment default, which is 0 unless configured.
  if (value.kind === 'none') return { retries: false, explicitZero: false };
  return { retries: 'unknown' };
}

/** `retries` in the `default_args` of a call (a DAG or a TaskGroup); undefined when it does not say. */
function defaultArgsRetries(call: SyntaxNode | undefined, assignments: Assignments): Verdict | undefined {
  if (!call) return undefined;
  const defaultArgs = keywordArguments(call).get('default_args');
  if (!defaultArgs) return hasKeywordSplat(call) ? { retries: 'unknown' } : undefined;
  return verdictOf(lookupDictKey(defaultArgs, 'retries', assignments));
}

function taskVerdict(task: TaskCall, dag: DagConstruction, assignments: Assignments): Verdict {
  if (task.call) {
    const own = keywordArguments(task.call).get('retries');
    if (own) return verdictOf({ state: 'known', value: ownRetries(own, assignments), node: own }) ?? { retries: 'unknown' };
    if (hasKeywordSplat(task.call)) return { retries: 'unknown' };
  }
  for (const group of enclosingWithCalls(task.node)) {
    const verdict = defaultArgsRetries(group, assignments);
    if (verdict) return verdict;
  }
  return defaultArgsRetries(dag.call, assignments) ?? { retries: false, explicitZero: false };
}

/** A task's own `retries=` value, followed through a module constant (`retries=RETRIES`) when it is one. */
function ownRetries(node: SyntaxNode, assignments: Assignments, depth = 0): LiteralValue {
  if (node.type === 'identifier' && depth < 5) {
    const defs = assignments.values.get(node.text) ?? [];
    const only = defs.length === 1 && !assignments.mutated.has(node.text) ? defs[0] : undefined;
    return only ? ownRetries(only, assignments, depth + 1) : { kind: 'expr', text: node.text };
  }
  return pythonLiteral(node);
}

export const noRetries: Rule = {
  meta: {
    id: 'AF-006',
    title: 'Task without retries',
    domain: 'airflow',
    checklist: ['CODE-05', 'STD-05'],
    severity: 'error',
    rationale:
      'Most task failures in data pipelines are transient: a warehouse timeout, a throttled API, a node restart. ' +
      'Without retries, each one fails the DAG run and pages someone or leaves data stale until a manual rerun. ' +
      'Set `retries` (and `retry_delay`) in `default_args` or on the task.',
    examples: {
      bad: "with DAG('orders', schedule='@daily') as dag:\n    load = PythonOperator(task_id='load', python_callable=load)",
      good:
        "default_args = {'retries': 2, 'retry_delay': timedelta(minutes=5)}\n" +
        "with DAG('orders', schedule='@daily', default_args=default_args) as dag:\n" +
        "    load = PythonOperator(task_id='load', python_callable=load)",
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const dags = findDags(tree.root);
    if (dags.length === 0) return;
    const assignments = indexAssignments(tree.root);
    const tasksByDag = new Map<DagConstruction, TaskCall[]>();
    for (const task of findTasks(tree.root)) {
      // A task we cannot place in a DAG is not judged: we would not know its default_args.
      const dag = dagOfTask(task, dags);
      if (!dag) continue;
      tasksByDag.set(dag, [...(tasksByDag.get(dag) ?? []), task]);
    }
    for (const dag of dags) {
      const tasks = tasksByDag.get(dag) ?? [];
      const dagName = dag.dagId ? `DAG \`${dag.dagId}\`` : 'This DAG';
      if (tasks.length === 0) {
        const verdict = defaultArgsRetries(dag.call, assignments) ?? { retries: false, explicitZero: false };
        if (verdict.retries !== false) continue;
        ctx.report({
          line: dag.line,
          endLine: dag.endLine,
          message: `${dagName} sets no \`retries\` in its default_args, so its tasks will not retry after a transient failure. Add \`'retries': 2\` (and a \`retry_delay\`) to default_args.`,
          snippet: lineText(ctx.head, dag.line),
        });
        continue;
      }
      for (const task of tasks) {
        const verdict = taskVerdict(task, dag, assignments);
        if (verdict.retries !== false) continue;
        const name = task.taskId ? `Task \`${task.taskId}\`` : 'This task';
        const why = verdict.explicitZero
          ? 'sets `retries` to 0'
          : `has no retries: neither the task nor the default_args of ${dag.dagId ? `DAG \`${dag.dagId}\`` : 'its DAG'} sets \`retries\` ≥ 1`;
        ctx.report({
          line: task.line,
          endLine: task.endLine,
          message: `${name} (${task.operator}) ${why}, so one transient failure fails the run. Set \`retries\` (with a \`retry_delay\`) in default_args or on the task.`,
          snippet: lineText(ctx.head, task.line),
        });
      }
    }
  },
};
