import type { RuleCase } from './case.js';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: "'catchup' inside a default_args variable, reported on the entry",
    head: {
      'dags/orders.py': [
        'from airflow import DAG', // 1
        'default_args = {', // 2
        "    'owner': 'sales',", // 3
        "    'catchup': False,", // 4
        '}', // 5
        "with DAG('orders', schedule='@daily', default_args=default_args) as dag:", // 6
        '    pass', // 7
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/orders.py', line: 4 }],
    messageIncludes: 'follows the deployment default',
  },
  {
    name: 'inline default_args in the DAG call',
    head: {
      'dags/inline.py': ['from airflow import DAG', "with DAG('inline', schedule='@daily', default_args={'retries': 1, 'catchup': True}) as dag:", '    pass', ''].join('\n'),
    },
    expect: [{ file: 'dags/inline.py', line: 2 }],
  },
  {
    name: 'dict(catchup=False) and a subscript write',
    head: {
      'dags/dict.py': [
        'from airflow.decorators import dag', // 1
        'DEFAULTS = dict(owner="data", catchup=False)', // 2
        'default_args = {"retries": 1}', // 3
        'default_args["catchup"] = False', // 4
        "@dag(schedule='@daily', default_args=DEFAULTS)", // 5
        'def one():', // 6
        '    pass', // 7
        '',
      ].join('\n'),
    },
    expect: [
      { file: 'dags/dict.py', line: 2 },
      { file: 'dags/dict.py', line: 4 },
    ],
  },
  {
    name: 'even with catchup also on the DAG, the default_args entry is dead config',
    head: {
      'dags/both.py': ['from airflow import DAG', "args = {'catchup': True}", "with DAG('both', schedule='@daily', catchup=False, default_args=args) as dag:", '    pass', ''].join('\n'),
    },
    expect: [{ file: 'dags/both.py', line: 2 }],
    messageIncludes: 'only misleads',
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: catchup=False on the DAG, where it belongs',
    head: {
      'dags/ok.py': ['from airflow import DAG', "default_args = {'retries': 2}", "with DAG('ok', schedule='@daily', catchup=False, default_args=default_args) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: "a 'catchup' key in params is not default_args",
    head: {
      'dags/params.py': ['from airflow import DAG', "with DAG('params', schedule='@daily', catchup=False, params={'catchup': False}) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: an existing catchup entry on a line the change did not touch',
    base: {
      'dags/old.py': ['from airflow import DAG', "default_args = {'catchup': False}", "with DAG('old', schedule='@daily', default_args=default_args) as dag:", '    pass', ''].join('\n'),
    },
    head: {
      'dags/old.py': ['from airflow import DAG', "default_args = {'catchup': False}", "with DAG('old', schedule='@hourly', default_args=default_args) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
];
