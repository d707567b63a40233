import type { RuleCase } from './case.js';

const imports = ['import pendulum', 'from airflow import DAG', 'from airflow.operators.bash import BashOperator'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'with DAG(...) and no schedule argument at all',
    head: {
      'dags/orders.py': [
        ...imports, // 1-3
        '', // 4
        "with DAG('orders', start_date=pendulum.datetime(2024, 1, 1, tz='UTC'), catchup=False) as dag:", // 5
        "    export = BashOperator(task_id='export', bash_command='export.sh')", // 6
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/orders.py', line: 5 }],
    messageIncludes: 'DAG `orders` has no `schedule`',
  },
  {
    name: 'TaskFlow: @dag(...) without schedule, reported on the decorator',
    head: {
      'dags/taskflow.py': [
        'import pendulum', // 1
        'from airflow.decorators import dag, task', // 2
        '', // 3
        "@dag(start_date=pendulum.datetime(2024, 1, 1, tz='UTC'), catchup=False, tags=['sales'])", // 4
        'def sales():', // 5
        '    @task', // 6
        '    def load():', // 7
        '        return 1', // 8
        '    load()', // 9
        '', // 10
        'sales()', // 11
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/taskflow.py', line: 4 }],
  },
  {
    name: 'a bare @dag decorator (no arguments at all)',
    head: {
      'dags/bare.py': ['from airflow.decorators import dag', '', '@dag', 'def bare():', '    pass', '', 'bare()', ''].join('\n'),
    },
    expect: [{ file: 'dags/bare.py', line: 3 }],
  },
  {
    name: 'the change removes the schedule from an existing multi-line DAG call',
    base: {
      'dags/edit.py': [...imports, '', 'dag = DAG(', "    'edit',", "    schedule='@daily',", "    start_date=pendulum.datetime(2024, 1, 1, tz='UTC'),", ')', ''].join('\n'),
    },
    head: {
      'dags/edit.py': [...imports, '', 'dag = DAG(', "    'edit',", "    start_date=pendulum.datetime(2024, 1, 2, tz='UTC'),", ')', ''].join('\n'),
    },
    expect: [{ file: 'dags/edit.py', line: 5 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: schedule=None is an explicit choice (triggered DAG)',
    head: {
      'dags/manual.py': [...imports, '', "with DAG('manual', schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'legacy schedule_interval still says when the DAG runs (AF-011 flags the name)',
    head: {
      'dags/legacy.py': [...imports, '', "with DAG('legacy', schedule_interval='@hourly') as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a timetable argument is a schedule',
    head: {
      'dags/timetable.py': [
        ...imports,
        'from airflow.timetables.trigger import CronTriggerTimetable',
        '',
        "with DAG('tt', timetable=CronTriggerTimetable('0 3 * * *', timezone='UTC')) as dag:",
        '    pass',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: '**kwargs may carry the schedule: not reported',
    head: {
      'dags/factory.py': [...imports, 'from common import DAG_DEFAULTS', '', "with DAG('factory', **DAG_DEFAULTS) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: a DAG without schedule whose task the change edits is not re-reported',
    base: {
      'dags/old.py': [...imports, '', "with DAG('old') as dag:", "    a = BashOperator(task_id='a', bash_command='a.sh')", ''].join('\n'),
    },
    head: {
      'dags/old.py': [...imports, '', "with DAG('old') as dag:", "    a = BashOperator(task_id='a', bash_command='a_v2.sh')", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'schedule passed positionally (dag_id, description, schedule)',
    head: {
      'dags/positional.py': [...imports, '', "dag = DAG('positional', 'Loads orders', '@daily')", ''].join('\n'),
    },
    expect: [],
  },
];
