import type { RuleCase } from './case.js';

const header = 'from datetime import datetime, timedelta\nfrom airflow import DAG\nfrom airflow.operators.python import PythonOperator\n';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'with DAG(...) and no default_args: the task is reported on its line',
    head: {
      'dags/orders.py': [
        header, // lines 1-3, then an empty line 4 from the join
        "with DAG('orders', schedule='@daily', start_date=datetime(2024, 1, 1)) as dag:",
        "    load = PythonOperator(task_id='load', python_callable=print)",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/orders.py', line: 6 }],
    messageIncludes: '`load`',
  },
  {
    name: 'default_args variable without retries: only the task that sets none is reported',
    head: {
      'dags/events.py': [
        header,
        "default_args = {'owner': 'data', 'retry_delay': timedelta(minutes=5)}",
        '',
        "with DAG('events', schedule='@hourly', default_args=default_args) as dag:",
        "    extract = PythonOperator(task_id='extract', python_callable=print, retries=3)",
        '    load = PythonOperator(',
        "        task_id='load',",
        '        python_callable=print,',
        '    )',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/events.py', line: 9 }],
  },
  {
    name: 'near miss: a task overriding default_args retries with 0',
    head: {
      'dags/billing.py': [
        header,
        "default_args = {'owner': 'data', 'retries': 2}",
        "with DAG('billing', schedule='@daily', default_args=default_args) as dag:",
        "    export = PythonOperator(task_id='export', python_callable=print, retries=0)",
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/billing.py', line: 7 }],
    messageIncludes: 'sets `retries` to 0',
  },
  {
    name: 'TaskFlow: @dag with @task functions and no retries anywhere',
    head: {
      'dags/taskflow.py': [
        'from airflow.decorators import dag, task',
        '',
        "@dag(schedule='@daily', catchup=False)",
        'def pipeline():',
        '    @task',
        '    def extract():',
        '        return 1',
        '',
        '    @task(retries=2)',
        '    def load(x):',
        '        print(x)',
        '',
        '    load(extract())',
        '',
        'pipeline()',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/taskflow.py', line: 5 }],
  },
  {
    name: 'a DAG without tasks in this file and no retries in default_args is reported itself',
    head: {
      'dags/empty.py': [header, "dag = DAG('empty', schedule=None, default_args={'owner': 'data'})", ''].join('\n'),
    },
    expect: [{ file: 'dags/empty.py', line: 5 }],
  },
  {
    name: 'inline default_args with retries 0 applies to every task',
    head: {
      'dags/inline.py': [
        header,
        "with DAG('inline', schedule='@daily', default_args={'retries': 0}) as dag:",
        "    a = PythonOperator(task_id='a', python_callable=print)",
        "    b = PythonOperator(task_id='b', python_callable=print)",
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/inline.py', line: 6 },
      { file: 'dags/inline.py', line: 7 },
    ],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'default_args variable with retries ≥ 1',
    head: {
      'dags/ok.py': [
        header,
        "default_args = {'owner': 'data', 'retries': 2, 'retry_delay': timedelta(minutes=5)}",
        "with DAG('ok', schedule='@daily', default_args=default_args) as dag:",
        "    load = PythonOperator(task_id='load', python_callable=print)",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'retries reached through a dict spread of a module constant',
    head: {
      'dags/spread.py': [
        header,
        "BASE_ARGS = {'retries': 1}",
        "default_args = {**BASE_ARGS, 'owner': 'data'}",
        "with DAG('spread', schedule='@daily', default_args=default_args) as dag:",
        "    load = PythonOperator(task_id='load', python_callable=print)",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'retries from something that is not a literal is unknown, so not reported',
    head: {
      'dags/dynamic.py': [
        header,
        'import os',
        "RETRIES = int(os.environ.get('RETRIES', '0'))",
        "with DAG('dynamic', schedule='@daily', default_args=load_defaults()) as dag:",
        "    load = PythonOperator(task_id='load', python_callable=print)",
        "    other = PythonOperator(task_id='other', python_callable=print, retries=RETRIES)",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: "a TaskGroup's default_args give the task its retries",
    head: {
      'dags/groups.py': [
        header,
        'from airflow.utils.task_group import TaskGroup',
        "with DAG('groups', schedule='@daily') as dag:",
        "    with TaskGroup('loads', default_args={'retries': 3}) as loads:",
        "        load = PythonOperator(task_id='load', python_callable=print)",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a helper module with an operator factory and no DAG is not judged',
    head: {
      'dags/common/factories.py': [header, 'def make_load(name):', "    return PythonOperator(task_id=f'load_{name}', python_callable=print)", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: an untouched task in a DAG whose docstring changed',
    base: {
      'dags/legacy.py': ['"""Legacy DAG."""', header, "with DAG('legacy', schedule='@daily') as dag:", "    load = PythonOperator(task_id='load', python_callable=print)", ''].join('\n'),
    },
    head: {
      'dags/legacy.py': ['"""Legacy DAG, owned by data."""', header, "with DAG('legacy', schedule='@daily') as dag:", "    load = PythonOperator(task_id='load', python_callable=print)", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'default_args retries set after the literal through a subscript assignment',
    head: {
      'dags/subscript.py': [
        header,
        "default_args = {'owner': 'data'}",
        "default_args['retries'] = 2",
        "with DAG('subscript', schedule='@daily', default_args=default_args) as dag:",
        "    load = PythonOperator(task_id='load', python_callable=print)",
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
