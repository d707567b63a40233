import type { RuleCase } from './case.js';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'datetime.now() in a @task body decides the partition',
    head: {
      'dags/export.py': [
        'from datetime import datetime', // 1
        'from airflow.decorators import dag, task', // 2
        "@dag(schedule='@daily')", // 3
        'def export():', // 4
        '    @task', // 5
        '    def copy():', // 6
        "        day = datetime.now().strftime('%Y-%m-%d')", // 7
        "        print(f's3://bucket/orders/{day}')", // 8
        '    copy()', // 9
        'export()', // 10
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/export.py', line: 7 }],
    messageIncludes: 'task `copy`',
  },
  {
    name: 'date.today() in a python_callable function',
    head: {
      'dags/callable.py': [
        'import datetime as dt', // 1
        'from airflow import DAG', // 2
        'from airflow.operators.python import PythonOperator', // 3
        'def load(**context):', // 4
        '    day = dt.date.today()', // 5
        '    print(day)', // 6
        "with DAG('callable', schedule='@daily') as dag:", // 7
        "    run = PythonOperator(task_id='run', python_callable=load)", // 8
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/callable.py', line: 5 }],
  },
  {
    name: 'pendulum.now() in a lambda callable and in a @task.python body',
    head: {
      'dags/lambdas.py': [
        'import pendulum', // 1
        'from airflow import DAG', // 2
        'from airflow.decorators import task', // 3
        'from airflow.operators.python import PythonOperator', // 4
        "with DAG('lambdas', schedule='@daily') as dag:", // 5
        "    stamp = PythonOperator(task_id='stamp', python_callable=lambda: print(pendulum.now('UTC')))", // 6
        '    @task.python', // 7
        '    def other():', // 8
        "        return pendulum.today('UTC')", // 9
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/lambdas.py', line: 6 },
      { file: 'dags/lambdas.py', line: 9 },
    ],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: "near miss: time.time() measuring a duration, and the run's own interval",
    head: {
      'dags/ok.py': [
        'import time',
        'from airflow.decorators import dag, task',
        "@dag(schedule='@daily')",
        'def ok():',
        '    @task',
        '    def copy(data_interval_start=None):',
        '        started = time.time()',
        "        day = data_interval_start.strftime('%Y-%m-%d')",
        "        print(day, 'took', time.time() - started)",
        '    copy()',
        'ok()',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a helper function that is not a task callable',
    head: {
      'dags/helpers.py': [
        'from datetime import datetime',
        'from airflow import DAG',
        'def banner():',
        '    return f"generated {datetime.now()}"',
        "with DAG('helpers', schedule='@daily', doc_md=banner()) as dag:",
        '    pass',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a fixed datetime and a random temp name inside a task are fine',
    head: {
      'dags/fixed.py': [
        'import uuid',
        'from datetime import datetime',
        'from airflow.decorators import dag, task',
        "@dag(schedule='@daily')",
        'def fixed():',
        '    @task',
        '    def a():',
        '        cutoff = datetime(2024, 1, 1)',
        "        tmp = f'/tmp/{uuid.uuid4()}'",
        '        return cutoff, tmp',
        '    a()',
        'fixed()',
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
