import type { RuleCase } from './case.js';

const dag = ["with DAG('d', schedule='@daily') as dag:", '    pass'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'import pandas at the top of a DAG file',
    head: {
      'dags/report.py': ['from airflow import DAG', 'import pandas as pd', '', ...dag, ''].join('\n'),
    },
    expect: [{ file: 'dags/report.py', line: 2 }],
    messageIncludes: '`pandas`',
  },
  {
    name: 'from sklearn... import, and one statement importing two heavy modules (one finding)',
    head: {
      'dags/ml.py': ['from airflow import DAG', 'from sklearn.linear_model import LinearRegression', 'import numpy, torch', '', ...dag, ''].join('\n'),
    },
    expect: [
      { file: 'dags/ml.py', line: 2 },
      { file: 'dags/ml.py', line: 3 },
    ],
  },
  {
    name: 'inside a module-level try block (still runs at import)',
    head: {
      'dags/optional.py': ['from airflow import DAG', 'try:', '    import pyspark', 'except ImportError:', '    pyspark = None', '', ...dag, ''].join('\n'),
    },
    expect: [{ file: 'dags/optional.py', line: 3 }],
  },
  {
    name: 'TaskFlow DAG importing polars at the top',
    head: {
      'dags/tf.py': ['import polars as pl', 'from airflow.decorators import dag, task', "@dag(schedule='@daily')", 'def tf():', '    pass', 'tf()', ''].join('\n'),
    },
    expect: [{ file: 'dags/tf.py', line: 1 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: the import inside the @task function that uses it',
    head: {
      'dags/lazy.py': [
        'from airflow.decorators import dag, task',
        "@dag(schedule='@daily')",
        'def lazy():',
        '    @task',
        '    def summarise(path):',
        '        import pandas as pd',
        '        return pd.read_parquet(path).shape[0]',
        "    summarise('x')",
        'lazy()',
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'if TYPE_CHECKING: imports never run',
    head: {
      'dags/typed.py': ['from typing import TYPE_CHECKING', 'from airflow import DAG', 'if TYPE_CHECKING:', '    import pandas as pd', '', ...dag, ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'light modules with heavy-sounding names (pandas_gbq is not pandas; pendulum, json)',
    head: {
      'dags/light.py': ['import json', 'import pendulum', 'import pandas_gbq_helpers', 'from airflow import DAG', '', ...dag, ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'a helper module without a DAG is not judged',
    head: {
      'dags/common/frames.py': ['import pandas as pd', '', 'def load(path):', '    return pd.read_csv(path)', ''].join('\n'),
    },
    expect: [],
  },
];
