// AF-007: a DAG with no failure alerting: no `on_failure_callback` on the DAG or in its
// default_args, no `email` with `email_on_failure` left on, and not every task carrying its own
// `on_failure_callback`. Anchor: dagruff (alerting checks), Airflow docs on callbacks and email.
//
// What cannot be read (default_args from a helper, `**kwargs`) counts as "maybe alerting": the
// DAG is not reported. Deployment-wide alerting (a cluster policy or a listener plugin) is
// invisible from a pull request; a DAG that relies on it can say so with a suppression comment.
import { dagArgument, dagLabel, dagTouched, defaultArgsKey, readDagFile } from '../../airflow/dag-facts.js';
import { keywordArguments } from '../../airflow/python.js';
import type { KeyLookup } from '../../airflow/python.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

type Answer = 'yes' | 'no' | 'unknown';

/** Whether a looked-up value is set to something (not absent, not None, not an empty literal). */
function isSet(lookup: KeyLookup): Answer {
  if (lookup.state === 'unknown') return 'unknown';
  if (lookup.state === 'absent') return 'no';
  const value = lookup.value;
  if (value.kind === 'none' || (value.kind === 'string' && value.value.trim() === '') || (value.kind === 'list' && value.items.length === 0)) return 'no';
  return 'yes';
}

const any = (...answers: Answer[]): Answer => (answers.includes('yes') ? 'yes' : answers.includes('unknown') ? 'unknown' : 'no');

export const noFailureAlerting: Rule = {
  meta: {
    id: 'AF-007',
    title: 'DAG without failure alerting',
    domain: 'airflow',
    checklist: ['STD-05', 'MON-03', 'DQ-08'],
    severity: 'error',
    rationale:
      'A pipeline that fails silently leaves stale or missing data until a consumer notices, often days later. ' +
      'Airflow only tells someone when the DAG says how: an `on_failure_callback` (Slack, PagerDuty, a notifier) on the DAG ' +
      'or in default_args, or an `email` with `email_on_failure`. Without one, failures are only visible in the UI.',
    examples: {
      bad: "with DAG('orders', schedule='@daily', default_args={'retries': 2}) as dag:\n    ...",
      good:
        "default_args = {'retries': 2, 'on_failure_callback': notify_slack}\n" +
        "with DAG('orders', schedule='@daily', default_args=default_args) as dag:\n    ...",
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
      if (!dagTouched(ctx, dag, assignments)) continue;
      const own = dagArgument(dag, 'on_failure_callback');
      const dagCallback: Answer = own.state === 'unknown' ? 'unknown' : own.state === 'absent' ? 'no' : own.node.type === 'none' ? 'no' : 'yes';
      const defaultCallback = isSet(defaultArgsKey(dag.call, 'on_failure_callback', assignments));
      const email = isSet(defaultArgsKey(dag.call, 'email', assignments));
      const onFailure = defaultArgsKey(dag.call, 'email_on_failure', assignments);
      // email_on_failure defaults to True: an address alone is enough, unless it is switched off.
      const emailOff = onFailure.state === 'known' && onFailure.value.kind === 'boolean' && !onFailure.value.value;
      const emailAlerting: Answer = emailOff ? 'no' : email;
      const tasks = file.tasksOf.get(dag) ?? [];
      const everyTask: Answer = tasks.length > 0 && tasks.every((task) => task.call !== undefined && keywordArguments(task.call).has('on_failure_callback')) ? 'yes' : 'no';
      if (any(dagCallback, defaultCallback, emailAlerting, everyTask) !== 'no') continue;
      ctx.report({
        line: dag.line,
        message:
          `${dagLabel(dag)} has no failure alerting: no \`on_failure_callback\` on the DAG or in its default_args, and no \`email\` with \`email_on_failure\`. ` +
          'A failed run would go unnoticed until someone opens the UI. Add an `on_failure_callback` (for example a Slack or PagerDuty notifier) to default_args.',
        snippet: lineText(ctx.head, dag.line),
      });
    }
  },
};
