import type { RuleCase } from './case.js';

const imports = ['from datetime import timedelta', 'from airflow import DAG', 'from airflow.operators.bash import BashOperator'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'sla= on a task',
    head: {
      'dags/orders.py': [
        ...imports, // 1-3
        "with DAG('orders', schedule='@daily') as dag:", // 4
        '    load = BashOperator(', // 5
        "        task_id='load',", // 6
        "        bash_command='load.sh',", // 7
        '        sla=timedelta(hours=2),', // 8
        '    )', // 9
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/orders.py', line: 8 }],
    messageIncludes: 'task `load`',
  },
  {
    name: 'sla_miss_callback on the DAG',
    head: {
      'dags/cb.py': [...imports, 'def on_miss(*args):', '    pass', "with DAG('cb', schedule='@daily', sla_miss_callback=on_miss) as dag:", '    pass', ''].join('\n'),
    },
    expect: [{ file: 'dags/cb.py', line: 6 }],
  },
  {
    name: "'sla' in default_args",
    head: {
      'dags/defaults.py': [...imports, "default_args = {'retries': 1, 'sla': timedelta(hours=1)}", "with DAG('defaults', schedule='@daily', default_args=default_args) as dag:", '    pass', ''].join('\n'),
    },
    expect: [{ file: 'dags/defaults.py', line: 4 }],
  },
  {
    name: 'TaskFlow: @task(sla=...)',
    head: {
      'dags/tf.py': ['from datetime import timedelta', 'from airflow.decorators import dag, task', "@dag(schedule='@daily')", 'def tf():', '    @task(sla=timedelta(minutes=30))', '    def a():', '        pass', '    a()', 'tf()', ''].join('\n'),
    },
    expect: [{ file: 'dags/tf.py', line: 5 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: dagrun_timeout and a variable merely named sla_hours',
    head: {
      'dags/ok.py': [...imports, 'sla_hours = 2', "with DAG('ok', schedule='@daily', dagrun_timeout=timedelta(hours=sla_hours)) as dag:", "    load = BashOperator(task_id='load', bash_command='load.sh')", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: "an 'sla' key in params is the DAG's own parameter",
    head: {
      'dags/params.py': [...imports, "with DAG('params', schedule='@daily', params={'sla': 2}) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: an existing sla= on an untouched line',
    base: {
      'dags/old.py': [...imports, "with DAG('old', schedule='@daily') as dag:", "    load = BashOperator(task_id='load', bash_command='load.sh', sla=timedelta(hours=1))", ''].join('\n'),
    },
    head: {
      'dags/old.py': [...imports, "with DAG('old', schedule='@hourly') as dag:", "    load = BashOperator(task_id='load', bash_command='load.sh', sla=timedelta(hours=1))", ''].join('\n'),
    },
    expect: [],
  },
];
