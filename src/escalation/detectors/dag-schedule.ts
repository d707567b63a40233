// Escalates Airflow DAG schedules that change the nature or cost of a pipeline:
//  - batch-vs-streaming: the schedule crosses the near-real-time threshold (at or below
//    NEAR_REAL_TIME_MINUTES, 15 minutes, or `@continuous`), e.g. daily → every 5 minutes, or
//    back. Running a batch DAG every few minutes is streaming by other means.
//  - performance-vs-cost: a heavy DAG runs at least twice as often as before. "Heavy" is
//    approximated from the DAG file: it runs dbt, Spark, Databricks, EMR, Dataproc, Glue or
//    warehouse SQL operators (by operator name or a `dbt run`/`spark-submit` command string).
//    A DAG that only moves files or calls an API is not judged heavy.
// Intervals are compared, not the text: `0 * * * *` and `@hourly` are the same schedule, and a
// cron with several runs per hour counts by its shortest gap. DAGs are matched by dag_id, so a
// new or renamed DAG raises nothing; a schedule that is computed or event-driven (datasets,
// custom timetables) has no interval and is not compared.
import type { DraftEscalation, Evidence } from '../../model.js';
import type { Detector } from './detector.js';
import { arrow, escalation } from './support/escalation.js';
import { basePathOf, extension, headPathOf } from './support/files.js';
import { pythonFacts } from './support/python-facts.js';
import type { PythonFacts, ScheduleFact } from './support/python-facts.js';
import { describeInterval, isNearRealTime, NEAR_REAL_TIME_MINUTES } from './support/schedule.js';
import type { Interval } from './support/schedule.js';

export const DETECTOR_ID = 'dag-schedule';

/** A DAG at least this many times more frequent is a cost decision. */
const FREQUENCY_FACTOR = 2;

const HEAVY_OPERATOR = /(Dbt|Cosmos|Spark|Databricks|Emr|EMR|Dataproc|Glue|BigQuery|Snowflake|Redshift|SQLExecuteQuery|SqlExecuteQuery|Athena|Synapse|Trino|Presto|Hive)/;
const HEAVY_COMMAND = /\b(dbt\s+(run|build|seed|snapshot)|spark-submit)\b/;

/** Whether the file runs warehouse or cluster work (see the header for the approximation). */
function isHeavy(facts: PythonFacts): boolean {
  return facts.calls.some((call) => HEAVY_OPERATOR.test(call.name)) || facts.strings.some((text) => HEAVY_COMMAND.test(text.value));
}

/** Runs per day, for comparing frequencies; manual schedules run never. */
function runsPerDay(interval: Interval): number | undefined {
  if (!interval) return undefined;
  if (interval.kind === 'manual') return 0;
  return interval.minutes === 0 ? Number.POSITIVE_INFINITY : (24 * 60) / interval.minutes;
}

function scheduleText(schedule: ScheduleFact): string {
  return schedule.state === 'unset' ? '(not set)' : `${schedule.display} (${describeInterval(schedule.interval)})`;
}

export const dagSchedule: Detector = {
  id: DETECTOR_ID,
  triggers: ['batch-vs-streaming', 'performance-vs-cost'],
  async detect(ctx) {
    const escalations: DraftEscalation[] = [];
    for (const file of ctx.changeSet.files) {
      const basePath = basePathOf(file);
      const headPath = headPathOf(file);
      if (basePath === undefined || headPath === undefined || extension(headPath) !== 'py') continue;
      const [base, head] = await Promise.all([pythonFacts(ctx, 'base', basePath), pythonFacts(ctx, 'head', headPath)]);
      if (head.dags.length === 0 || base.dags.length === 0) continue;
      const baseDags = new Map(base.dags.map((dag) => [dag.id, dag]));
      for (const dag of head.dags) {
        const previous = baseDags.get(dag.id);
        if (!previous || previous.schedule.state === 'unknown' || dag.schedule.state !== 'set') continue;
        const before = previous.schedule.interval;
        const after = dag.schedule.interval;
        // An unset schedule has a version-dependent default (daily in Airflow 2, none in 3): it is
        // compared only for crossing into near real time, which no default does.
        const evidence: Evidence = {
          file: headPath,
          line: dag.schedule.line,
          text: `schedule: ${arrow(scheduleText(previous.schedule), scheduleText(dag.schedule))}`,
        };
        const nearBefore = isNearRealTime(before);
        const nearAfter = isNearRealTime(after);
        if (nearBefore !== nearAfter) {
          escalations.push(
            escalation({
              detector: DETECTOR_ID,
              trigger: 'batch-vs-streaming',
              subject: `DAG ${dag.id}`,
              title: nearAfter
                ? `DAG ${dag.id} moves to near real time: ${describeInterval(after)}`
                : `DAG ${dag.id} moves back from near real time to ${describeInterval(after)}`,
              problem:
                `The schedule of DAG \`${dag.id}\` (${headPath}) changes from ${describeInterval(before)} to ${describeInterval(after)}, ` +
                `crossing the near-real-time threshold of ${NEAR_REAL_TIME_MINUTES} minutes. A batch pipeline run every few minutes is a streaming requirement met with batch tools: ` +
                'the latency the business needs, and whether batch, micro-batch or streaming serves it, is a decision for a human (no streaming without a stated latency requirement).',
              evidence: [evidence],
            }),
          );
          continue;
        }
        const perDayBefore = runsPerDay(before);
        const perDayAfter = runsPerDay(after);
        if (previous.schedule.state !== 'set' || perDayBefore === undefined || perDayAfter === undefined) continue;
        if (perDayBefore === 0 || perDayAfter < perDayBefore * FREQUENCY_FACTOR || !isHeavy(head)) continue;
        escalations.push(
          escalation({
            detector: DETECTOR_ID,
            trigger: 'performance-vs-cost',
            subject: `DAG ${dag.id}`,
            title: `DAG ${dag.id} runs more often: ${describeInterval(before)} → ${describeInterval(after)}`,
            problem:
              `DAG \`${dag.id}\` (${headPath}) runs warehouse or cluster work and its schedule changes from ${describeInterval(before)} to ${describeInterval(after)}: ` +
              `about ${Math.round(perDayAfter / perDayBefore)} times as many runs, and as much compute, for fresher data. Whether the freshness is worth the spend is a decision for a human.`,
            evidence: [evidence],
            options: ['Keep the previous schedule and its cost.', 'Run more often only the models or tasks whose consumers need the fresher data.'],
          }),
        );
      }
    }
    return escalations;
  },
};
