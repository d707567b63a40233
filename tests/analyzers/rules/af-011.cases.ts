import type { RuleCase } from './case.js';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'schedule_interval on the DAG and {{ execution_date }} in a template',
    head: {
      'dags/orders.py': [
        'from airflow import DAG', // 1
        'from airflow.operators.bash import BashOperator', // 2
        "with DAG('orders', schedule_interval='@daily') as dag:", // 3
        '    export = BashOperator(', // 4
        "        task_id='export',", // 5
        "        bash_command='export.sh {{ execution_date | ds }}',", // 6
        '    )', // 7
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/orders.py', line: 3 },
      { file: 'dags/orders.py', line: 6 },
    ],
  },
  {
    name: 'SubDagOperator and DummyOperator imports',
    head: {
      'dags/legacy.py': [
        'from airflow import DAG', // 1
        'from airflow.operators.subdag import SubDagOperator', // 2
        'from airflow.operators.dummy import DummyOperator', // 3
        "with DAG('legacy', schedule='@daily') as dag:", // 4
        "    start = DummyOperator(task_id='start')", // 5
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/legacy.py', line: 2 },
      { file: 'dags/legacy.py', line: 3 },
    ],
  },
  {
    name: 'the context read by a removed key, and a callable parameter named after one',
    head: {
      'dags/context.py': [
        'from airflow import DAG', // 1
        'from airflow.operators.python import PythonOperator', // 2
        'def export(next_ds, **context):', // 3
        "    day = context['execution_date']", // 4
        "    prev = context.get('prev_ds')", // 5
        '    print(day, prev, next_ds)', // 6
        "with DAG('context', schedule='@daily') as dag:", // 7
        "    run = PythonOperator(task_id='run', python_callable=export)", // 8
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/context.py', line: 3 },
      { file: 'dags/context.py', line: 4 },
      { file: 'dags/context.py', line: 5 },
    ],
  },
  {
    name: 'a multi-line SQL template: the removed key is reported on its own line',
    head: {
      'dags/sql.py': [
        'from airflow import DAG', // 1
        'from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator', // 2
        "with DAG('sql', schedule='@daily') as dag:", // 3
        '    load = SQLExecuteQueryOperator(', // 4
        "        task_id='load',", // 5
        '        sql="""', // 6
        '            delete from fct where day = ', // 7
        "            '{{ yesterday_ds }}'", // 8
        '        """,', // 9
        '    )', // 10
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/sql.py', line: 8 }],
    messageIncludes: 'macros.ds_add(ds, -1)',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: schedule= and {{ logical_date }} / {{ ds }}',
    head: {
      'dags/ok.py': [
        'from airflow import DAG',
        'from airflow.providers.standard.operators.empty import EmptyOperator',
        'from airflow.operators.bash import BashOperator',
        "with DAG('ok', schedule='@daily') as dag:",
        "    start = EmptyOperator(task_id='start')",
        "    export = BashOperator(task_id='export', bash_command='export.sh {{ logical_date | ds }} {{ ds }}')",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a column named execution_date outside any Jinja block is plain SQL',
    head: {
      'dags/column.py': [
        'from airflow import DAG',
        'from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator',
        "with DAG('column', schedule='@daily') as dag:",
        "    q = SQLExecuteQueryOperator(task_id='q', sql='select execution_date from audit.runs where day = {{ ds }}')",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a dict with an unrelated key, and a @task parameter with a current name',
    head: {
      'dags/tf.py': [
        'from airflow.decorators import dag, task',
        "ROW = {'execution_day': 1}",
        "@dag(schedule='@daily')",
        'def tf():',
        '    @task',
        '    def a(logical_date=None, data_interval_start=None):',
        "        return ROW['execution_day']",
        '    a()',
        'tf()',
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
