import type { RuleCase } from './case.js';

const imports = ['from airflow import DAG', 'from airflow.models import Variable', 'from airflow.hooks.base import BaseHook', 'from airflow.operators.bash import BashOperator'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'Variable.get() in a module constant of a DAG file',
    head: {
      'dags/export.py': [
        ...imports, // 1-4
        '', // 5
        "BUCKET = Variable.get('export_bucket')", // 6
        "with DAG('export', schedule='@daily') as dag:", // 7
        "    upload = BashOperator(task_id='upload', bash_command='upload.sh')", // 8
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/export.py', line: 6 }],
    messageIncludes: '`Variable.get()` runs at module level',
  },
  {
    name: 'BaseHook.get_connection() in the body of a with DAG block',
    head: {
      'dags/conn.py': [
        ...imports, // 1-4
        "with DAG('conn', schedule='@daily') as dag:", // 5
        "    dwh = BaseHook.get_connection('dwh')", // 6
        "    load = BashOperator(task_id='load', bash_command='load.sh')", // 7
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/conn.py', line: 6 }],
  },
  {
    name: 'inside a module-level default_args dict, through an import alias',
    head: {
      'dags/alias.py': [
        'from airflow import DAG', // 1
        'from airflow.models import Variable as V', // 2
        '', // 3
        "default_args = {'owner': V.get('team_owner'), 'retries': 2}", // 4
        "with DAG('alias', schedule='@daily', default_args=default_args) as dag:", // 5
        '    pass', // 6
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/alias.py', line: 4 }],
  },
  {
    name: 'Connection.get_connection_from_secrets() and a hook class method at module level',
    head: {
      'dags/secrets.py': [
        'from airflow import DAG', // 1
        'from airflow.models import Connection', // 2
        'from airflow.providers.postgres.hooks.postgres import PostgresHook', // 3
        "API = Connection.get_connection_from_secrets('partner_api')", // 4
        "PG = PostgresHook.get_connection('dwh')", // 5
        "with DAG('secrets', schedule=None) as dag:", // 6
        '    pass', // 7
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/secrets.py', line: 4 },
      { file: 'dags/secrets.py', line: 5 },
    ],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: Variable.get() inside a @task function runs at task time',
    head: {
      'dags/taskflow.py': [
        'from airflow.decorators import dag, task',
        'from airflow.models import Variable',
        '',
        "@dag(schedule='@daily')",
        'def taskflow():',
        '    @task',
        '    def upload():',
        "        bucket = Variable.get('export_bucket')",
        '        return bucket',
        '    upload()',
        '',
        'taskflow()',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'in operator arguments it is AF-017, not AF-003',
    head: {
      'dags/args.py': [...imports, "with DAG('args', schedule='@daily') as dag:", "    up = BashOperator(task_id='up', bash_command='up.sh', env={'B': Variable.get('b')})", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a helper module without any DAG is not judged',
    head: {
      'dags/common/settings.py': ['from airflow.models import Variable', '', "ENV = Variable.get('env', default_var='dev')", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: "under if __name__ == '__main__' (a local test run) and a template instead of a look-up",
    head: {
      'dags/local.py': [
        ...imports,
        "with DAG('local', schedule='@daily') as dag:",
        "    up = BashOperator(task_id='up', bash_command='upload.sh {{ var.value.export_bucket }}')",
        '',
        "if __name__ == '__main__':",
        "    print(Variable.get('export_bucket'))",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a local object with a .get() method is not a Variable',
    head: {
      'dags/config.py': [...imports, 'import os', "BUCKET = os.environ.get('BUCKET')", "SETTINGS = {'a': 1}.get('a')", "with DAG('config', schedule='@daily') as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
];
