import type { RuleCase } from './case.js';

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'a cron-scheduled DAG without catchup',
    head: {
      'dags/orders.py': ['import pendulum', 'from airflow import DAG', "with DAG('orders', schedule='0 3 * * *', start_date=pendulum.datetime(2024, 1, 1, tz='UTC')) as dag:", '    pass', ''].join('\n'),
    },
    expect: [{ file: 'dags/orders.py', line: 3 }],
    messageIncludes: 'DAG `orders` does not set `catchup`',
  },
  {
    name: 'TaskFlow @dag with a timedelta schedule',
    head: {
      'dags/tf.py': ['from datetime import timedelta', 'from airflow.decorators import dag', '@dag(schedule=timedelta(hours=1))', 'def tf():', '    pass', 'tf()', ''].join('\n'),
    },
    expect: [{ file: 'dags/tf.py', line: 3 }],
  },
  {
    name: 'no schedule at all is a schedule by default on Airflow 2, so catchup matters too',
    head: {
      'dags/implicit.py': ['from airflow import DAG', "dag = DAG('implicit')", ''].join('\n'),
    },
    expect: [{ file: 'dags/implicit.py', line: 2 }],
  },
  {
    name: 'catchup only in default_args still leaves the DAG implicit',
    head: {
      'dags/misplaced.py': ['from airflow import DAG', "with DAG('misplaced', schedule='@daily', default_args={'catchup': False}) as dag:", '    pass', ''].join('\n'),
    },
    expect: [{ file: 'dags/misplaced.py', line: 2 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'catchup=False explicit',
    head: {
      'dags/ok.py': ['from airflow import DAG', "with DAG('ok', schedule='@daily', catchup=False) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'near miss: schedule=None and @once have no intervals to catch up on',
    head: {
      'dags/manual.py': ['from airflow import DAG', "with DAG('manual', schedule=None) as dag:", '    pass', "with DAG('once', schedule='@once') as once:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'asset / dataset triggered DAGs',
    head: {
      'dags/assets.py': [
        'from airflow import DAG',
        'from airflow.datasets import Dataset',
        "with DAG('ds', schedule=[Dataset('s3://bucket/orders')]) as ds:",
        '    pass',
        "with DAG('asset', schedule=Dataset('s3://bucket/items')) as asset:",
        '    pass',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: '**kwargs may carry catchup',
    head: {
      'dags/kw.py': ['from airflow import DAG', 'from common import DAG_KWARGS', "with DAG('kw', schedule='@daily', **DAG_KWARGS) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
];
