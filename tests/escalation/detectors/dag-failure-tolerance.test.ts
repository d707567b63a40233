import { describe, expect, it } from 'vitest';
import { dagFailureTolerance } from '../../../src/escalation/detectors/dag-failure-tolerance.js';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { evidenceTexts, runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(dagFailureTolerance, spec);

interface DagOptions {
  defaults?: string;
  dagArgs?: string;
  loadArgs?: string;
  reportArgs?: string;
  dagId?: string;
}

const dag = ({ defaults = "'owner': 'data', 'retries': 3", dagArgs = '', loadArgs = '', reportArgs = '', dagId = 'orders' }: DagOptions = {}): string =>
  [
    'from datetime import datetime',
    'from airflow import DAG',
    'from airflow.operators.bash import BashOperator',
    'from airflow.utils.trigger_rule import TriggerRule',
    'from alerts import notify_slack',
    '',
    `default_args = {${defaults}}`,
    '',
    `with DAG("${dagId}", start_date=datetime(2024, 1, 1), schedule="@daily", default_args=default_args${dagArgs}) as dag:`,
    `    load = BashOperator(task_id="load", bash_command="python load.py"${loadArgs})`,
    `    report = BashOperator(task_id="report", bash_command="python report.py"${reportArgs})`,
    '    load >> report',
    '',
  ].join('\n');

describe('dag-failure-tolerance', () => {
  it('is registered', () => {
    expect(detectors).toContain(dagFailureTolerance);
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates a task whose trigger rule now runs after upstream failures', async () => {
    const escalations = await detect({ base: { 'dags/orders.py': dag() }, head: { 'dags/orders.py': dag({ reportArgs: ', trigger_rule=TriggerRule.ALL_DONE' }) } });
    expect(escalations).toMatchObject([
      {
        trigger: 'data-quality-thresholds',
        subject: 'DAG orders',
        title: 'Failure handling of DAG orders changes: trigger_rule',
        evidence: [{ file: 'dags/orders.py', line: 11, text: 'task report trigger_rule: all_success (default) → all_done' }],
        source: 'rule',
        detector: 'dag-failure-tolerance',
      },
    ]);
  });

  it('escalates retries taken to 0 and failure e-mails switched off in default_args', async () => {
    const escalations = await detect({
      base: { 'dags/orders.py': dag({ defaults: "'retries': 3, 'email_on_failure': True" }) },
      head: { 'dags/orders.py': dag({ defaults: "'retries': 0, 'email_on_failure': False" }) },
    });
    expect(evidenceTexts(escalations)).toEqual(['default_args retries: 3 → 0', 'default_args email_on_failure: True → False']);
    expect(escalations[0]?.evidence[0]?.line).toBe(7);
  });

  it('escalates a failure callback removed from the DAG', async () => {
    const escalations = await detect({
      base: { 'dags/orders.py': dag({ dagArgs: ', on_failure_callback=notify_slack' }) },
      head: { 'dags/orders.py': dag() },
    });
    expect(evidenceTexts(escalations)).toEqual(['DAG on_failure_callback: notify_slack → (not set)']);
  });

  it('escalates a task that overrides default retries with 0', async () => {
    const escalations = await detect({ base: { 'dags/orders.py': dag() }, head: { 'dags/orders.py': dag({ loadArgs: ', retries=0' }) } });
    expect(evidenceTexts(escalations)).toEqual(['task load retries: 3 → 0']);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate the same rule written another way, nor a reformatted file', async () => {
    expect(
      await detect({
        base: { 'dags/orders.py': dag({ reportArgs: ', trigger_rule="all_done"' }) },
        head: { 'dags/orders.py': dag({ reportArgs: ',\n        trigger_rule=TriggerRule.ALL_DONE,\n    ' }).replace("'retries': 3", "'retries':   3") },
      }),
    ).toEqual([]);
  });

  it('does not escalate a new DAG, a renamed DAG or a new task with a tolerant rule', async () => {
    expect(await detect({ head: { 'dags/orders.py': dag({ reportArgs: ', trigger_rule="all_done"', defaults: "'retries': 0" }) } })).toEqual([]);
    expect(
      await detect({ base: { 'dags/orders.py': dag() }, head: { 'dags/orders.py': dag({ dagId: 'orders_v2', reportArgs: ', trigger_rule="all_done"' }) } }),
    ).toEqual([]);
    const withCleanup = dag().replace('    load >> report', '    cleanup = BashOperator(task_id="cleanup", bash_command="rm -rf /tmp/x", trigger_rule="all_done")\n    load >> report >> cleanup');
    expect(await detect({ base: { 'dags/orders.py': dag() }, head: { 'dags/orders.py': withCleanup } })).toEqual([]);
  });

  it('does not escalate a reverted change or stricter settings', async () => {
    expect(await detect({ base: { 'dags/orders.py': dag({ reportArgs: ', trigger_rule="all_done"' }) }, head: { 'dags/orders.py': dag({ reportArgs: ', trigger_rule="all_done"' }) + '\n# note\n' } })).toEqual([]);
    expect(
      await detect({
        base: { 'dags/orders.py': dag({ defaults: "'retries': 0, 'email_on_failure': False" }) },
        head: { 'dags/orders.py': dag({ defaults: "'retries': 2, 'email_on_failure': True", dagArgs: ', on_failure_callback=notify_slack' }) },
      }),
    ).toEqual([]);
  });

  it('does not escalate a commented-out trigger rule or a computed value', async () => {
    expect(await detect({ base: { 'dags/orders.py': dag() }, head: { 'dags/orders.py': dag().replace('    load >> report', '    # report: trigger_rule="all_done" once the API is stable\n    load >> report') } })).toEqual([]);
    expect(await detect({ base: { 'dags/orders.py': dag() }, head: { 'dags/orders.py': dag({ reportArgs: ', trigger_rule=rule_for("report")' }) } })).toEqual([]);
  });
});
