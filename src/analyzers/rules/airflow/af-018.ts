// AF-018: a scheduled DAG that does not say whether it catches up. The default flipped between
// versions (`catchup_by_default` True on Airflow 2, False on Airflow 3) and can be changed per
// deployment, so the same DAG backfills every missed interval on one installation and not on
// another. Anchor: apache/airflow #47354. The warning-level half of the catalogue's AF-008.
//
// DAGs that are not time-scheduled (`schedule=None`, `'@once'`, asset/dataset triggers) have no
// intervals to catch up on and pass. DAG-level: reported only when the change added or edited the DAG.
import { dagArgument, dagLabel, dagTouched, readDagFile, scheduleState } from '../../airflow/dag-facts.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

export const implicitCatchup: Rule = {
  meta: {
    id: 'AF-018',
    title: 'Scheduled DAG without an explicit `catchup`',
    domain: 'airflow',
    checklist: ['STD-04', 'STD-07'],
    severity: 'warning',
    rationale:
      'Whether a DAG backfills the intervals it missed since start_date depends on `catchup`, and its default differs between ' +
      'Airflow 2 (True), Airflow 3 (False) and deployments that override it. Leaving it implicit means a new or re-enabled DAG ' +
      'may launch hundreds of runs, or skip the history its author expected. Say `catchup=False` or `catchup=True`.',
    examples: {
      bad: "with DAG('orders', schedule='@daily', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:\n    ...",
      good: "with DAG('orders', schedule='@daily', start_date=pendulum.datetime(2024, 1, 1, tz='UTC'), catchup=False) as dag:\n    ...",
    },
    appliesTo: ['airflow-python'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const file = readDagFile(tree.root);
    for (const dag of file.dags) {
      const schedule = scheduleState(dag);
      if (schedule !== 'scheduled' && schedule !== 'implicit') continue;
      if (dagArgument(dag, 'catchup').state !== 'absent' || !dagTouched(ctx, dag, file.assignments)) continue;
      ctx.report({
        line: dag.line,
        message:
          `${dagLabel(dag)} does not set \`catchup\`, so whether it backfills every interval since its start_date depends on the Airflow version and deployment ` +
          '(True on Airflow 2, False on Airflow 3). Set `catchup=False` (or `True` if backfilling is intended) on the DAG.',
        snippet: lineText(ctx.head, dag.line),
      });
    }
  },
};
