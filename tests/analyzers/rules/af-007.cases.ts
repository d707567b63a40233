import type { RuleCase } from './case.js';

const imports = ['from airflow import DAG', 'from airflow.operators.bash import BashOperator', 'from alerts import notify_slack'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'a DAG with retries but no alerting anywhere',
    head: {
      'dags/orders.py': [
        ...imports, // 1-3
        "default_args = {'owner': 'sales', 'retries': 2}", // 4
        "with DAG('orders', schedule='@daily', default_args=default_args) as dag:", // 5
        "    load = BashOperator(task_id='load', bash_command='load.sh')", // 6
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/orders.py', line: 5 }],
    messageIncludes: 'DAG `orders` has no failure alerting',
  },
  {
    name: 'an email address with email_on_failure switched off',
    head: {
      'dags/quiet.py': [
        ...imports, // 1-3
        "default_args = {'email': ['data@example.com'], 'email_on_failure': False}", // 4
        "with DAG('quiet', schedule='@daily', default_args=default_args) as dag:", // 5
        '    pass', // 6
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/quiet.py', line: 5 }],
  },
  {
    name: 'TaskFlow @dag with default_args but no callback',
    head: {
      'dags/tf.py': ['from airflow.decorators import dag', "@dag(schedule='@daily', default_args={'retries': 1})", 'def tf():', '    pass', 'tf()', ''].join('\n'),
    },
    expect: [{ file: 'dags/tf.py', line: 2 }],
  },
  {
    name: 'only some tasks alert; the change edits the default_args variable (the DAG counts as edited)',
    base: {
      'dags/partial.py': [...imports, "default_args = {'retries': 2, 'on_failure_callback': notify_slack}", "with DAG('partial', schedule='@daily', default_args=default_args) as dag:", "    a = BashOperator(task_id='a', bash_command='a.sh', on_failure_callback=notify_slack)", "    b = BashOperator(task_id='b', bash_command='b.sh')", ''].join('\n'),
    },
    head: {
      'dags/partial.py': [...imports, "default_args = {'retries': 2}", "with DAG('partial', schedule='@daily', default_args=default_args) as dag:", "    a = BashOperator(task_id='a', bash_command='a.sh', on_failure_callback=notify_slack)", "    b = BashOperator(task_id='b', bash_command='b.sh')", ''].join('\n'),
    },
    expect: [{ file: 'dags/partial.py', line: 5 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'on_failure_callback in a default_args variable',
    head: {
      'dags/ok.py': [...imports, "default_args = {'retries': 2, 'on_failure_callback': notify_slack}", "with DAG('ok', schedule='@daily', default_args=default_args) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'on_failure_callback on the DAG itself (a list of notifiers)',
    head: {
      'dags/dagcb.py': [...imports, "with DAG('dagcb', schedule='@daily', on_failure_callback=[notify_slack]) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'near miss: an email address alone (email_on_failure defaults to True)',
    head: {
      'dags/email.py': [...imports, "with DAG('email', schedule='@daily', default_args={'email': 'data@example.com'}) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'default_args imported from a shared module cannot be read: not reported',
    head: {
      'dags/shared.py': [...imports, 'from common.defaults import DEFAULT_ARGS', "with DAG('shared', schedule='@daily', default_args=DEFAULT_ARGS) as dag:", '    pass', ''].join('\n'),
    },
    expect: [],
  },
  {
    name: 'diff-aware: only a task line changes in a DAG without alerting',
    base: {
      'dags/old.py': [...imports, "with DAG('old', schedule='@daily') as dag:", "    a = BashOperator(task_id='a', bash_command='a.sh')", ''].join('\n'),
    },
    head: {
      'dags/old.py': [...imports, "with DAG('old', schedule='@daily') as dag:", "    a = BashOperator(task_id='a', bash_command='a2.sh')", ''].join('\n'),
    },
    expect: [],
  },
];
