// AF-001: a DAG that does not say when it runs. Without `schedule` (or the legacy
// `schedule_interval` / `timetable`), Airflow 2 runs the DAG daily and Airflow 3 never runs it on
// its own: the same file means two different things depending on the deployment. Anchor: ruff
// AIR002 (airflow-dag-no-schedule-argument). `schedule=None` is an explicit choice and passes.
//
// DAG-level: reported on the DAG's first line, only when the change added or edited the DAG.
import { dagLabel, dagTouched, readDagFile, scheduleState } from '../../airflow/dag-facts.js';
import { lineText } from '../../rule.js';
import type { Rule } from '../../rule.js';

export const dagWithoutSchedule: Rule = {
  meta: {
    id: 'AF-001',
    title: 'DAG without an explicit schedule',
    domain: 'airflow',
    checklist: ['STD-06', 'MON-02'],
    severity: 'error',
    rationale:
      'The schedule decides how fresh the data is. A DAG that leaves it out inherits a version-dependent default: ' +
      'daily on Airflow 2, never (manual only) on Airflow 3, so an upgrade silently stops or starts the pipeline. ' +
      'Saying `schedule=...` (or `schedule=None` for a triggered DAG) makes the intent reviewable.',
    examples: {
      bad: "with DAG('orders', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:\n    ...",
      good: "with DAG('orders', schedule='0 3 * * *', start_date=pendulum.datetime(2024, 1, 1, tz='UTC'), catchup=False) as dag:\n    ...",
    },
    appliesTo: ['airflow-python'],
    scope: 'changed-objects',
  },
  check(ctx) {
    const tree = ctx.python;
    if (!tree) return;
    const file = readDagFile(tree.root);
    for (const dag of file.dags) {
      if (scheduleState(dag) !== 'implicit' || !dagTouched(ctx, dag, file.assignments)) continue;
      ctx.report({
        line: dag.line,
        message:
          `${dagLabel(dag)} has no \`schedule\`: it runs daily on Airflow 2 and never on its own on Airflow 3. ` +
          "Set `schedule=` explicitly (a cron expression, a preset such as `'@daily'`, or `None` for a DAG that is only triggered).",
        snippet: lineText(ctx.head, dag.line),
      });
    }
  },
};
