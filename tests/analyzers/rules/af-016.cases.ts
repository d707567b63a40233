import type { RuleCase } from './case.js';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'nothing: no owner, no tags, no docs',
    head: {
      'dags/orders.py': ['from airflow import DAG', "with DAG('orders', schedule='@daily') as dag:", '    pass', ''].join('\n'),
    },
    expect: [{ file: 'dags/orders.py', line: 2 }],
    messageIncludes: 'is missing an `owner` in default_args, `tags` and a `doc_md` or `description`',
  },
  {
    name: "the placeholder owner 'airflow' names nobody",
    head: {
      'dags/default_owner.py': [
        'from airflow import DAG',
        "with DAG('default_owner', schedule='@daily', default_args={'owner': 'airflow'}, tags=['sales'], description='Loads orders') as dag:",
        '    pass',
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/default_owner.py', line: 2 }],
    messageIncludes: "`'airflow'` is the default",
  },
  {
    name: '@dag without a docstring and with empty tags',
    head: {
      'dags/tf.py': ['from airflow.decorators import dag', "@dag(schedule='@daily', default_args={'owner': 'sales'}, tags=[])", 'def tf():', '    pass', 'tf()', ''].join('\n'),
    },
    expect: [{ file: 'dags/tf.py', line: 2 }],
    messageIncludes: '`tags` and a `doc_md`, `description` or docstring',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'owner in default_args, tags and doc_md',
    head: {
      'dags/ok.py': [
        'from airflow import DAG',
        "default_args = {'owner': 'sales-data', 'retries': 2}",
        "with DAG('ok', schedule='@daily', default_args=default_args, tags=['sales'], doc_md=__doc__) as dag:",
        '    pass',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'near miss: a TaskFlow DAG documented by its docstring',
    head: {
      'dags/tf_ok.py': [
        'from airflow.decorators import dag',
        "@dag(schedule='@daily', default_args={'owner': 'sales'}, tags=['sales'])",
        'def tf_ok():',
        '    """Loads orders from the shop database every night."""',
        'tf_ok()',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'values that cannot be read count as present',
    head: {
      'dags/shared.py': [
        'from airflow import DAG',
        'from common import DEFAULT_ARGS, TEAM_TAGS',
        "with DAG('shared', schedule='@daily', default_args=DEFAULT_ARGS, tags=TEAM_TAGS, description='Nightly load') as dag:",
        '    pass',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: an undocumented DAG whose tasks alone the change edits',
    base: {
      'dags/old.py': ['from airflow import DAG', 'from airflow.operators.bash import BashOperator', "with DAG('old', schedule='@daily') as dag:", "    a = BashOperator(task_id='a', bash_command='a.sh')", ''].join('\n'),
    },
    head: {
      'dags/old.py': ['from airflow import DAG', 'from airflow.operators.bash import BashOperator', "with DAG('old', schedule='@daily') as dag:", "    a = BashOperator(task_id='a', bash_command='b.sh')", ''].join('\n'),
    },
    expect: [],
  },
];
