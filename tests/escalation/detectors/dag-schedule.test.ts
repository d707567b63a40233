import { describe, expect, it } from 'vitest';
import { dagSchedule } from '../../../src/escalation/detectors/dag-schedule.js';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { cronIntervalMinutes } from '../../../src/escalation/detectors/support/schedule.js';
import { runDetector } from './support/run.js';

const detect = (spec: Parameters<typeof runDetector>[1]) => runDetector(dagSchedule, spec);

const dag = (schedule: string, task = 'BashOperator(task_id="run", bash_command="dbt build --select orders")', dagId = 'orders'): string =>
  [
    'from datetime import datetime, timedelta',
    'from airflow import DAG',
    'from airflow.operators.bash import BashOperator',
    '',
    `with DAG(dag_id="${dagId}", start_date=datetime(2024, 1, 1), ${schedule}) as dag:`,
    `    ${task}`,
    '',
  ].join('\n');

describe('dag-schedule', () => {
  it('is registered', () => {
    expect(detectors).toContain(dagSchedule);
  });

  it('reads cron intervals by their shortest gap', () => {
    expect(cronIntervalMinutes('*/5 * * * *')).toBe(5);
    expect(cronIntervalMinutes('0,30 9-17 * * 1-5')).toBe(30);
    expect(cronIntervalMinutes('0 * * * *')).toBe(60);
    expect(cronIntervalMinutes('0 6,18 * * *')).toBe(720);
    expect(cronIntervalMinutes('0 2 * * *')).toBe(1440);
    expect(cronIntervalMinutes('not a cron')).toBeUndefined();
  });

  // --- must escalate -------------------------------------------------------------------------
  it('escalates a daily DAG moved to every 5 minutes as batch-vs-streaming', async () => {
    const escalations = await detect({ base: { 'dags/orders.py': dag('schedule="@daily"') }, head: { 'dags/orders.py': dag('schedule="*/5 * * * *"') } });
    expect(escalations).toMatchObject([
      {
        trigger: 'batch-vs-streaming',
        subject: 'DAG orders',
        title: 'DAG orders moves to near real time: every 5 minutes',
        evidence: [{ file: 'dags/orders.py', line: 5, text: 'schedule: @daily (every 1 day) → */5 * * * * (every 5 minutes)' }],
        detector: 'dag-schedule',
      },
    ]);
  });

  it('escalates a timedelta schedule and the continuous timetable', async () => {
    const minutes = await detect({ base: { 'dags/orders.py': dag('schedule_interval=timedelta(hours=1)') }, head: { 'dags/orders.py': dag('schedule_interval=timedelta(minutes=10)') } });
    expect(minutes.map((e) => e.trigger)).toEqual(['batch-vs-streaming']);
    const continuous = await detect({ base: { 'dags/orders.py': dag('schedule="@hourly"') }, head: { 'dags/orders.py': dag('schedule="@continuous", max_active_runs=1') } });
    expect(continuous.map((e) => e.title)).toEqual(['DAG orders moves to near real time: continuous']);
  });

  it('escalates a heavy DAG that runs many times more often as performance-vs-cost', async () => {
    const escalations = await detect({ base: { 'dags/orders.py': dag('schedule="@daily"') }, head: { 'dags/orders.py': dag('schedule="@hourly"') } });
    expect(escalations).toMatchObject([
      { trigger: 'performance-vs-cost', title: 'DAG orders runs more often: every 1 day → every 1 hour', evidence: [{ text: 'schedule: @daily (every 1 day) → @hourly (every 1 hour)' }] },
    ]);
  });

  it('escalates moving back from near real time to batch', async () => {
    const escalations = await detect({ base: { 'dags/orders.py': dag('schedule="*/5 * * * *"') }, head: { 'dags/orders.py': dag('schedule="@daily"') } });
    expect(escalations.map((e) => [e.trigger, e.title])).toEqual([['batch-vs-streaming', 'DAG orders moves back from near real time to every 1 day']]);
  });

  // --- must not escalate ---------------------------------------------------------------------
  it('does not escalate the same schedule written another way', async () => {
    expect(await detect({ base: { 'dags/orders.py': dag('schedule_interval="0 * * * *"') }, head: { 'dags/orders.py': dag('schedule="@hourly"') } })).toEqual([]);
    expect(await detect({ base: { 'dags/orders.py': dag('schedule=timedelta(minutes=60)') }, head: { 'dags/orders.py': dag("schedule='@hourly'") } })).toEqual([]);
  });

  it('does not escalate a new DAG or a renamed DAG, however often it runs', async () => {
    expect(await detect({ head: { 'dags/orders.py': dag('schedule="*/5 * * * *"') } })).toEqual([]);
    expect(await detect({ base: { 'dags/orders.py': dag('schedule="@daily"') }, head: { 'dags/orders.py': dag('schedule="*/5 * * * *"', undefined, 'orders_fast') } })).toEqual([]);
  });

  it('does not escalate a light DAG run more often, a less frequent schedule, or a reverted one', async () => {
    const light = 'BashOperator(task_id="ping", bash_command="curl https://example.com/health")';
    expect(await detect({ base: { 'dags/orders.py': dag('schedule="@daily"', light) }, head: { 'dags/orders.py': dag('schedule="@hourly"', light) } })).toEqual([]);
    expect(await detect({ base: { 'dags/orders.py': dag('schedule="@hourly"') }, head: { 'dags/orders.py': dag('schedule="@daily"') } })).toEqual([]);
    expect(await detect({ base: { 'dags/orders.py': dag('schedule="@daily"') }, head: { 'dags/orders.py': dag('schedule="@daily"') + '# tuned\n' } })).toEqual([]);
  });

  it('does not compare dataset-driven or computed schedules, or a schedule in a comment', async () => {
    expect(await detect({ base: { 'dags/orders.py': dag('schedule="@daily"') }, head: { 'dags/orders.py': dag('schedule=[orders_dataset]') } })).toEqual([]);
    expect(await detect({ base: { 'dags/orders.py': dag('schedule="@daily"') }, head: { 'dags/orders.py': dag('schedule=pick_schedule()') } })).toEqual([]);
    expect(await detect({ base: { 'dags/orders.py': dag('schedule="@daily"') }, head: { 'dags/orders.py': dag('schedule="@daily"  # "*/5 * * * *" once realtime') } })).toEqual([]);
  });
});
