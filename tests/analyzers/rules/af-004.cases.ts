import type { RuleCase } from './case.js';

const imports = ['from airflow import DAG', 'from airflow.operators.bash import BashOperator'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'an HTTP request in top-level code builds the task list',
    head: {
      'dags/partners.py': [
        ...imports, // 1-2
        'import requests', // 3
        '', // 4
        "PARTNERS = requests.get('https://api.example.com/partners', timeout=10).json()", // 5
        "with DAG('partners', schedule='@daily') as dag:", // 6
        '    for partner in PARTNERS:', // 7
        "        BashOperator(task_id=f'sync_{partner}', bash_command='sync.sh')", // 8
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/partners.py', line: 5 }],
    messageIncludes: 'A network request (`requests.get()`)',
  },
  {
    name: 'pd.read_sql and a driver connection at module level',
    head: {
      'dags/tables.py': [
        ...imports, // 1-2
        'import pandas as pd', // 3
        'import psycopg2', // 4
        "CONN = psycopg2.connect(host='db', dbname='etl')", // 5
        "TABLES = pd.read_sql('select name from etl.tables', CONN)['name']", // 6
        "with DAG('tables', schedule='@daily') as dag:", // 7
        '    pass', // 8
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/tables.py', line: 5 },
      { file: 'dags/tables.py', line: 6 },
    ],
  },
  {
    name: 'a hook query inside the with DAG block (parse time) and a cloud client',
    head: {
      'dags/hooks.py': [
        ...imports, // 1-2
        'from airflow.providers.postgres.hooks.postgres import PostgresHook', // 3
        'from google.cloud import bigquery', // 4
        'CLIENT = bigquery.Client()', // 5
        "with DAG('hooks', schedule='@daily') as dag:", // 6
        "    for (name,) in PostgresHook('etl').get_records('select name from etl.tables'):", // 7
        "        BashOperator(task_id=f'copy_{name}', bash_command='copy.sh')", // 8
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/hooks.py', line: 5 },
      { file: 'dags/hooks.py', line: 7 },
    ],
  },
  {
    name: 'opening a network path and sleeping at import, inside a @dag function body (parse time too)',
    head: {
      'dags/taskflow.py': [
        'import time', // 1
        'from airflow.decorators import dag, task', // 2
        "@dag(schedule='@daily')", // 3
        'def taskflow():', // 4
        "    cfg = open('//fileserver/share/config.json').read()", // 5
        '    time.sleep(2)', // 6
        '    @task', // 7
        '    def work():', // 8
        '        pass', // 9
        '    work()', // 10
        'taskflow()', // 11
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/taskflow.py', line: 5 },
      { file: 'dags/taskflow.py', line: 6 },
    ],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: the request inside a @task runs at task time',
    head: {
      'dags/ok.py': [
        'import requests',
        'from airflow.decorators import dag, task',
        "@dag(schedule='@daily')",
        'def ok():',
        '    @task',
        '    def fetch():',
        "        return requests.get('https://api.example.com/partners', timeout=10).json()",
        '    fetch()',
        'ok()',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: "under if __name__ == '__main__', and a local config file read",
    head: {
      'dags/local.py': [
        ...imports,
        'import json',
        'import requests',
        "SETTINGS = json.load(open('dags/config/settings.json'))",
        "with DAG('local', schedule='@daily') as dag:",
        '    pass',
        "if __name__ == '__main__':",
        "    requests.post('http://localhost:8080/api/v1/dags/local/dagRuns')",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a helper module (no DAG) may connect at import: not judged here',
    head: {
      'dags/common/db.py': ['import psycopg2', "CONN = psycopg2.connect(host='db')", ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'ordinary calls with .get() are not network requests',
    head: {
      'dags/plain.py': [...imports, 'import os', "ENV = os.environ.get('ENV', 'dev')", "CFG = {'a': 1}.get('a')", "with DAG('plain', schedule='@daily') as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
];
