import type { RuleCase } from './case.js';

const imports = ['from datetime import datetime, timedelta', 'import pendulum', 'from airflow import DAG', 'from airflow.operators.bash import BashOperator'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'start_date=datetime.now() on the DAG',
    head: {
      'dags/orders.py': [
        ...imports, // 1-4
        '', // 5
        "with DAG('orders', schedule='@daily', start_date=datetime.now() - timedelta(days=1)) as dag:", // 6
        '    pass', // 7
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/orders.py', line: 6 }],
    messageIncludes: '`start_date`',
  },
  {
    name: "default_args['start_date'] = days_ago(1) in a module variable, reported on the entry",
    head: {
      'dags/legacy.py': [
        'from airflow import DAG', // 1
        'from airflow.utils.dates import days_ago', // 2
        '', // 3
        'default_args = {', // 4
        "    'owner': 'data',", // 5
        "    'start_date': days_ago(1),", // 6
        '}', // 7
        "with DAG('legacy', schedule='@daily', default_args=default_args) as dag:", // 8
        '    pass', // 9
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/legacy.py', line: 6 }],
    messageIncludes: 'fixed date',
  },
  {
    name: 'a timestamp in an operator argument (f-string) and a random value in a @task decorator',
    head: {
      'dags/export.py': [
        ...imports, // 1-4
        'import random', // 5
        'from airflow.decorators import task', // 6
        '', // 7
        "with DAG('export', schedule='@daily', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:", // 8
        "    export = BashOperator(task_id='export', bash_command=f\"export.sh {datetime.utcnow():%Y-%m-%d}\")", // 9
        '', // 10
        '    @task(retries=random.randint(1, 3))', // 11
        '    def load():', // 12
        '        pass', // 13
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/export.py', line: 9 },
      { file: 'dags/export.py', line: 11 },
    ],
  },
  {
    name: 'through an import alias and a module constant: reported where the call is',
    head: {
      'dags/alias.py': [
        'import pendulum as pm', // 1
        'from airflow import DAG', // 2
        '', // 3
        "START = pm.today('UTC').add(days=-1)", // 4
        '', // 5
        "with DAG('alias', schedule='@daily', start_date=START) as dag:", // 6
        '    pass', // 7
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/alias.py', line: 4 }],
    messageIncludes: 'through `START`',
  },
  {
    name: 'a uuid4 in a task parameter',
    head: {
      'dags/ids.py': [
        'import uuid', // 1
        'from airflow import DAG', // 2
        'from airflow.operators.python import PythonOperator', // 3
        "with DAG('ids', schedule=None) as dag:", // 4
        "    run = PythonOperator(task_id='run', python_callable=print, op_kwargs={'batch': str(uuid.uuid4())})", // 5
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/ids.py', line: 5 }],
    messageIncludes: '`batch`',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: a literal datetime(2024, 1, 1) start_date',
    head: {
      'dags/fixed.py': [...imports, '', "with DAG('fixed', schedule='@daily', start_date=datetime(2024, 1, 1)) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'near miss: pendulum.datetime(...) is fixed too, and templates vary per run legitimately',
    head: {
      'dags/pendulum_ok.py': [
        ...imports,
        '',
        "with DAG('p', schedule='@daily', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:",
        "    export = BashOperator(task_id='export', bash_command='export.sh {{ ds }}')",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a lambda callable, a @task body and an operator built inside a task run at task time, not at parse',
    head: {
      'dags/runtime.py': [
        ...imports,
        'from airflow.decorators import task',
        'from airflow.operators.python import PythonOperator',
        '',
        "with DAG('runtime', schedule='@daily', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:",
        "    stamp = PythonOperator(task_id='stamp', python_callable=lambda: print(datetime.now()))",
        '',
        '    @task',
        '    def load():',
        '        return datetime.now().isoformat()',
        '',
        '    @task',
        '    def rerun():',
        "        BashOperator(task_id='inner', bash_command=f'x.sh {datetime.now()}').execute({})",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a module-level timestamp that no DAG or task argument uses',
    head: {
      'dags/unused.py': [...imports, '', 'LOADED_AT = datetime.now()', '', "with DAG('unused', schedule='@daily', start_date=datetime(2024, 1, 1)) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: an existing days_ago start_date on a line the change did not touch',
    base: {
      'dags/old.py': ['from airflow import DAG', 'from airflow.utils.dates import days_ago', '', "with DAG('old', schedule='@daily', start_date=days_ago(2)) as dag:", '    pass', ''].join('\n'),
    },
    head: {
      'dags/old.py': ['"""Old DAG."""', 'from airflow import DAG', 'from airflow.utils.dates import days_ago', '', "with DAG('old', schedule='@daily', start_date=days_ago(2)) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
];
