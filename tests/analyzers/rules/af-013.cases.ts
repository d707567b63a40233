import type { RuleCase } from './case.js';

const imports = ['from airflow import DAG', 'from airflow.operators.python import PythonOperator'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'password= keyword argument with a literal',
    head: {
      'dags/load.py': [
        ...imports, // 1-2
        'import psycopg2', // 3
        'def load():', // 4
        "    conn = psycopg2.connect(host='db', user='etl', password='Hunter2-prod')", // 5
        "with DAG('load', schedule='@daily') as dag:", // 6
        "    run = PythonOperator(task_id='run', python_callable=load)", // 7
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/load.py', line: 5 }],
    messageIncludes: 'a value for `password`',
  },
  {
    name: 'a connection URI with user:password@',
    head: {
      'dags/uri.py': [...imports, "DWH_URI = 'postgresql://etl:s3cr3tpw@dwh.internal:5432/analytics'", ''].join('\n'),
    },
    expect: [{ file: 'dags/uri.py', line: 3 }],
    messageIncludes: 'URI with an embedded password',
  },
  {
    name: 'an AWS access key id inside a dict of unrelated name, and an API token constant',
    head: {
      'dags/keys.py': [
        ...imports, // 1-2
        "AWS = {'id': 'AKIAIOSFODNN7EXAMPLE'}", // 3
        "PARTNER_API_TOKEN = 'tok_live_8f2a9c1e5b7d'", // 4
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/keys.py', line: 3 },
      { file: 'dags/keys.py', line: 4 },
    ],
  },
  {
    name: "'client_secret' in a dict, in a helper module under dags/",
    head: {
      'dags/common/oauth.py': ['OAUTH = {', "    'client_id': 'reporting-app',", "    'client_secret': 'q8Zr-4kLm-Vx2p',", '}', ''].join('\n'),
    },
    expect: [{ file: 'dags/common/oauth.py', line: 3 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: templates and references to where the secret lives',
    head: {
      'dags/ok.py': [
        ...imports,
        'import os',
        "PASSWORD = os.environ['DWH_PASSWORD']",
        "password_file = '/run/secrets/dwh_password'",
        "conn = {'password': '{{ conn.dwh.password }}', 'token': '${PARTNER_TOKEN}'}",
        "URI = 'postgresql://etl:{{ conn.dwh.password }}@dwh.internal/analytics'",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'names that only sound like secrets: token_url, max_tokens, secret_name, conn ids',
    head: {
      'dags/names.py': [
        ...imports,
        "token_url = 'https://auth.example.com/oauth/token'",
        "cfg = {'max_tokens': '512', 'secret_name': 'prod/dwh', 'postgres_conn_id': 'dwh'}",
        "URI = 'postgresql://etl@dwh.internal/analytics'",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'placeholders and empty values',
    head: {
      'dags/placeholders.py': [...imports, "password = ''", "api_key = '<your-api-key>'", "token = '********'", ''].join('\n'),
    },
    expect: [],
  },
];
