// AF-014: the wall clock read inside a task: `datetime.now()`, `date.today()`, `pendulum.now()`…
// in the body of a `@task` function or of a function passed as `python_callable=`. A task that
// decides what to process from the clock processes something else when it is retried, rerun or
// backfilled. Anchor: Airflow best practices ("never read the latest available data"; use the
// run's data interval instead).
//
// `time.time()` is not reported (it is how durations are measured), nor random values or UUIDs
// (a temporary name inside a task is harmless): only calendar clocks, which drive partitions,
// file names and query windows. Functions called from the task's function are not followed.
import { importAliases } from '../../airflow/imports.js';
import { keywordArguments, lineOf } from '../../airflow/python.js';
import { isTaskFunction } from '../../airflow/scope.js';
import type { SyntaxNode } from '../../airflow/python.js';
import { varyingCall } from '../../airflow/varying-calls.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

/** The bodies that run as tasks: `@task` functions, `python_callable=` functions and lambdas. */
function taskBodies(root: SyntaxNode): { body: SyntaxNode; name: string }[] {
  const callables = new Set<string>();
  const bodies: { body: SyntaxNode; name: string }[] = [];
  for (const call of root.descendantsOfType('call')) {
    const target = call ? keywordArguments(call).get('python_callable') : undefined;
    if (target?.type === 'identifier') callables.add(target.text);
    const lambdaBody = target?.type === 'lambda' ? target.childForFieldName('body') : undefined;
    if (lambdaBody) bodies.push({ body: lambdaBody, name: 'the python_callable lambda' });
  }
  for (const definition of root.descendantsOfType('function_definition')) {
    if (!definition) continue;
    const name = definition.childForFieldName('name')?.text ?? '';
    const body = definition.childForFieldName('body');
    if (!body) continue;
    if (isTaskFunction(definition)) bodies.push({ body, name: `task \`${name}\`` });
    else if (callables.has(name)) bodies.push({ body, name: `\`${name}\` (a python_callable)` });
  }
  return bodies;
}

/** Every call inside a body, nested functions included (they run inside the task too). */
function callsIn(body: SyntaxNode): SyntaxNode[] {
  return body.descendantsOfType('call').filter((call): call is SyntaxNode => call !== null);
}

export const clockInTask: Rule = {
  meta: {
    id: 'AF-014',
    title: 'Wall clock read inside a task',
    domain: 'airflow',
    checklist: ['STD-04', 'CODE-03', 'STD-07'],
    severity: 'warning',
    rationale:
      'A task that picks its partition, file name or query window from `datetime.now()` is not idempotent: a retry after ' +
      'midnight, a rerun next week or a backfill of last month all process "today" instead of the run\'s interval. ' +
      'The run\'s `data_interval_start` / `logical_date` (or `{{ ds }}`) gives the same answer every time the run is repeated.',
    examples: {
      bad: "@task\ndef export():\n    day = datetime.now().strftime('%Y-%m-%d')\n    copy_partition(day)",
      good: '@task\ndef export(data_interval_start=None):\n    copy_partition(data_interval_start.strftime(\'%Y-%m-%d\'))',
    },
    appliesTo: ['airflow-python'],
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const aliases = importAliases(tree.root);
    const reported = new Set<number>();
    for (const { body, name } of taskBodies(tree.root)) {
      for (const call of callsIn(body)) {
        if (reported.has(call.id)) continue;
        const found = varyingCall(call, aliases);
        if (found?.kind !== 'clock') continue;
        reported.add(call.id);
        const line = lineOf(call);
        ctx.report({
          line,
          message:
            `\`${found.written}()\` inside ${name} reads the wall clock, so a retry, rerun or backfill of the same run processes a different day. ` +
            "Use the run's `data_interval_start` / `logical_date` from the context (a parameter of the task, or `get_current_context()`) instead.",
          snippet: lineText(ctx.head, line),
        });
      }
    }
  },
};
