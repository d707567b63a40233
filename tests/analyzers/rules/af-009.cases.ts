import type { RuleCase } from './case.js';

const imports = ['from datetime import timedelta', 'from airflow import DAG', 'from airflow.operators.bash import BashOperator'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'a new hourly DAG with neither timeout: the DAG and its task',
    head: {
      'dags/orders.py': [
        ...imports, // 1-3
        "with DAG('orders', schedule='@hourly', default_args={'retries': 2}) as dag:", // 4
        "    load = BashOperator(task_id='load', bash_command='load.sh')", // 5
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/orders.py', line: 4 },
      { file: 'dags/orders.py', line: 5 },
    ],
  },
  {
    name: 'execution_timeout in default_args, but no dagrun_timeout',
    head: {
      'dags/runs.py': [
        ...imports, // 1-3
        "default_args = {'execution_timeout': timedelta(minutes=20)}", // 4
        "with DAG('runs', schedule='@daily', default_args=default_args) as dag:", // 5
        "    load = BashOperator(task_id='load', bash_command='load.sh')", // 6
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/runs.py', line: 5 }],
    messageIncludes: '`dagrun_timeout`',
  },
  {
    name: 'a task added to an existing DAG without execution_timeout (TaskFlow)',
    base: {
      'dags/tf.py': [
        'from datetime import timedelta',
        'from airflow.decorators import dag, task',
        "@dag(schedule='@daily', dagrun_timeout=timedelta(hours=1))",
        'def tf():',
        '    @task(execution_timeout=timedelta(minutes=5))',
        '    def a():',
        '        pass',
        '    a()',
        'tf()',
        '',
      ].join('\n'),
    },
    head: {
      'dags/tf.py': [
        'from datetime import timedelta', // 1
        'from airflow.decorators import dag, task', // 2
        "@dag(schedule='@daily', dagrun_timeout=timedelta(hours=1))", // 3
        'def tf():', // 4
        '    @task(execution_timeout=timedelta(minutes=5))', // 5
        '    def a():', // 6
        '        pass', // 7
        '    @task', // 8
        '    def b():', // 9
        '        pass', // 10
        '    a() >> b()', // 11
        'tf()', // 12
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/tf.py', line: 8 }],
    messageIncludes: 'Task `b`',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: a manually triggered DAG (schedule=None) is not judged',
    head: {
      'dags/manual.py': [...imports, "with DAG('manual', schedule=None) as dag:", "    load = BashOperator(task_id='load', bash_command='load.sh')", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'both timeouts set (task timeout through default_args)',
    head: {
      'dags/ok.py': [
        ...imports,
        "default_args = {'retries': 2, 'execution_timeout': timedelta(minutes=20)}",
        "with DAG('ok', schedule='@daily', dagrun_timeout=timedelta(hours=2), default_args=default_args) as dag:",
        "    load = BashOperator(task_id='load', bash_command='load.sh')",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: "a TaskGroup's default_args give the task its timeout",
    head: {
      'dags/group.py': [
        ...imports,
        'from airflow.utils.task_group import TaskGroup',
        "with DAG('group', schedule='@daily', dagrun_timeout=timedelta(hours=2)) as dag:",
        "    with TaskGroup('loads', default_args={'execution_timeout': timedelta(minutes=10)}):",
        "        load = BashOperator(task_id='load', bash_command='load.sh')",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'default_args that cannot be read count as set',
    head: {
      'dags/shared.py': [...imports, 'from common import DEFAULT_ARGS', "with DAG('shared', schedule='@daily', dagrun_timeout=timedelta(hours=1), default_args=DEFAULT_ARGS) as dag:", "    load = BashOperator(task_id='load', bash_command='load.sh')", ''].join('\n'),
    },
    expect: [],
  },
];
