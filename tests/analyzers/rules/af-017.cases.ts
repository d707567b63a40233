import type { RuleCase } from './case.js';

const imports = ['from airflow import DAG', 'from airflow.models import Variable', 'from airflow.hooks.base import BaseHook', 'from airflow.operators.python import PythonOperator'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: "Variable.get() in an operator's op_kwargs",
    head: {
      'dags/load.py': [
        ...imports, // 1-4
        "with DAG('load', schedule='@daily') as dag:", // 5
        '    load = PythonOperator(', // 6
        "        task_id='load',", // 7
        '        python_callable=print,', // 8
        "        op_kwargs={'bucket': Variable.get('bucket')},", // 9
        '    )', // 10
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/load.py', line: 9 }],
    messageIncludes: 'task `load`',
  },
  {
    name: 'Variable.get() in the params of the DAG itself',
    head: {
      'dags/params.py': [...imports, "with DAG('params', schedule='@daily', params={'env': Variable.get('env')}) as dag:", '    pass', ''].join('\n'),
    },
    expect: [{ file: 'dags/params.py', line: 5 }],
    messageIncludes: 'DAG `params`',
  },
  {
    name: 'BaseHook.get_connection() in a @task(...) decorator argument',
    head: {
      'dags/queue.py': [
        'from airflow.decorators import dag, task', // 1
        'from airflow.hooks.base import BaseHook', // 2
        "@dag(schedule='@daily')", // 3
        'def queue():', // 4
        "    @task(queue=BaseHook.get_connection('workers').extra_dejson['queue'])", // 5
        '    def work():', // 6
        '        pass', // 7
        '    work()', // 8
        'queue()', // 9
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/queue.py', line: 5 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'module-level look-up: AF-003, not AF-017',
    head: {
      'dags/module.py': [...imports, "BUCKET = Variable.get('bucket')", "with DAG('module', schedule='@daily') as dag:", "    load = PythonOperator(task_id='load', python_callable=print, op_kwargs={'bucket': BUCKET})", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'near miss: the look-up inside the python_callable runs at task time',
    head: {
      'dags/callable.py': [
        ...imports,
        'def load(**context):',
        "    bucket = Variable.get('bucket')",
        '    print(bucket)',
        '',
        "with DAG('callable', schedule='@daily') as dag:",
        "    run = PythonOperator(task_id='run', python_callable=load)",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a templated field reads the variable at run time',
    head: {
      'dags/template.py': [...imports, "with DAG('template', schedule='@daily') as dag:", "    run = PythonOperator(task_id='run', python_callable=print, op_kwargs={'bucket': '{{ var.value.bucket }}'})", ''].join('\n'),
    },
    expect: [],
  },
];
