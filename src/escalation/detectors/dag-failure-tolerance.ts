// Escalates Airflow DAGs whose failure tolerance changes: a task's trigger rule (a task that
// runs after upstream failures with all_done / none_failed / one_success lets bad data flow
// on), soft-failing sensors, retries taken down to 0, failure e-mails switched off and failure
// callbacks removed. Those are the DAG side of "fail fast or warn and continue".
//
// DAGs and tasks are matched by dag_id and task_id, so a new DAG or task (nothing to compare)
// and a renamed one raise nothing. Settings are compared as Airflow reads them: the task's own
// argument, else the DAG's default_args, else Airflow's default (all_success, 0 retries,
// e-mail on failure on); `TriggerRule.ALL_DONE` and `'all_done'` are the same rule. A value
// that is computed (a variable assigned twice, a function call) is not guessed at.
import type { ChangedFile, DraftEscalation, Evidence } from '../../model.js';
import type { Detector } from './detector.js';
import { arrow, escalation } from './support/escalation.js';
import { basePathOf, extension, headLineFor, headPathOf } from './support/files.js';
import { pythonFacts, TOLERANCE_KEYS } from './support/python-facts.js';
import type { DagFacts, Setting, ToleranceKey } from './support/python-facts.js';

export const DETECTOR_ID = 'dag-failure-tolerance';

// Airflow's defaults for an unset value (airflow.cfg defaults).
const DEFAULTS: Readonly<Record<ToleranceKey, string | undefined>> = {
  trigger_rule: 'all_success',
  retries: '0',
  email_on_failure: 'true',
  on_failure_callback: undefined,
  soft_fail: 'false',
};

const WHY: Readonly<Record<ToleranceKey, string>> = {
  trigger_rule: 'the trigger rule decides whether the task runs when upstream tasks failed',
  retries: 'without retries a transient failure fails the run at once',
  email_on_failure: 'failure e-mails are how the team learns that a run failed',
  on_failure_callback: 'the failure callback is how the team is alerted of a failed run',
  soft_fail: 'a soft-failing sensor skips downstream work instead of failing the run',
};

type Known = { value: string | undefined; display: string | undefined; line?: number };

/** The effective value, or undefined when it cannot be read statically. */
function effective(own: Setting, fallback: Setting | undefined, key: ToleranceKey): Known | undefined {
  if (own.state === 'unknown') return undefined;
  if (own.state === 'set') return { value: own.canonical, display: own.display, line: own.line };
  if (fallback) return effective(fallback, undefined, key);
  const value = DEFAULTS[key];
  return { value, display: value === undefined ? undefined : `${value} (default)` };
}

/** Whether a change of this setting changes how failures are tolerated (in a way worth a decision). */
function isToleranceChange(key: ToleranceKey, before: Known, after: Known): boolean {
  if (before.value === after.value) return false;
  switch (key) {
    case 'trigger_rule':
    case 'soft_fail':
      return true;
    case 'retries':
      return after.value === '0' && before.value !== '0';
    case 'email_on_failure':
      return before.value === 'true' && after.value === 'false';
    case 'on_failure_callback':
      return before.value !== undefined && after.value === undefined;
  }
}

interface Located {
  file: ChangedFile;
  headPath: string;
}

function evidenceFor(at: Located, before: Known, after: Known, fallbackLine: number, text: string): Evidence {
  const line = after.line ?? (before.line !== undefined ? headLineFor(at.file, before.line) : fallbackLine);
  return { file: at.headPath, line, text };
}

interface Found {
  key: ToleranceKey;
  evidence: Evidence;
}

function compareDag(at: Located, base: DagFacts, head: DagFacts): Found[] {
  const found: Found[] = [];
  for (const key of TOLERANCE_KEYS) {
    const before = effective(base.defaults[key], undefined, key);
    const after = effective(head.defaults[key], undefined, key);
    if (!before || !after || !isToleranceChange(key, before, after)) continue;
    found.push({ key, evidence: evidenceFor(at, before, after, head.line, `default_args ${key}: ${arrow(before.display, after.display)}`) });
  }
  const callbackBefore = effective(base.onFailureCallback, undefined, 'on_failure_callback');
  const callbackAfter = effective(head.onFailureCallback, undefined, 'on_failure_callback');
  if (callbackBefore && callbackAfter && isToleranceChange('on_failure_callback', callbackBefore, callbackAfter)) {
    found.push({
      key: 'on_failure_callback',
      evidence: evidenceFor(at, callbackBefore, callbackAfter, head.line, `DAG on_failure_callback: ${arrow(callbackBefore.display, callbackAfter.display)}`),
    });
  }
  const baseTasks = new Map(base.tasks.map((task) => [task.id, task]));
  for (const task of head.tasks) {
    const previous = baseTasks.get(task.id);
    if (!previous) continue;
    for (const key of TOLERANCE_KEYS) {
      // A change that only comes from default_args is reported once, on default_args, above.
      if (task.own[key].state === 'unset' && previous.own[key].state === 'unset') continue;
      const before = effective(previous.own[key], base.defaults[key], key);
      const after = effective(task.own[key], head.defaults[key], key);
      if (!before || !after || !isToleranceChange(key, before, after)) continue;
      found.push({ key, evidence: evidenceFor(at, before, after, task.line, `task ${task.id} ${key}: ${arrow(before.display, after.display)}`) });
    }
  }
  return found;
}

export const dagFailureTolerance: Detector = {
  id: DETECTOR_ID,
  triggers: ['data-quality-thresholds'],
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
        if (!previous) continue;
        const found = compareDag({ file, headPath }, previous, dag);
        if (found.length === 0) continue;
        const keys = [...new Set(found.map((item) => item.key))];
        escalations.push(
          escalation({
            detector: DETECTOR_ID,
            trigger: 'data-quality-thresholds',
            subject: `DAG ${dag.id}`,
            title: `Failure handling of DAG ${dag.id} changes: ${keys.join(', ')}`,
            problem:
              `The change alters how DAG \`${dag.id}\` (${headPath}) tolerates failures: ${keys.map((key) => WHY[key]).join('; ')}. ` +
              'Whether a failed load stops the pipeline or lets downstream tasks run on possibly wrong data, and who is told, is a data quality threshold a human should set deliberately.',
            evidence: found.map((item) => item.evidence),
            options: [
              'Keep the previous failure handling: failed upstream tasks stop the run and alert the owners.',
              'Adopt the new tolerance for the named tasks only, with an alert (callback or e-mail) that still reports the failure.',
            ],
          }),
        );
      }
    }
    return escalations;
  },
};
