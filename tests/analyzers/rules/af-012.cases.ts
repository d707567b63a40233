import type { RuleCase } from './case.js';

const imports = ['from airflow import DAG', 'from airflow.operators.bash import BashOperator', 'from airflow.utils.task_group import TaskGroup'];

export const cases: RuleCase[] = [
  // --- must report ---------------------------------------------------------------------------
  {
    name: 'two tasks with the same task_id in one DAG (copy-paste)',
    head: {
      'dags/orders.py': [
        ...imports, // 1-3
        "with DAG('orders', schedule='@daily') as dag:", // 4
        "    load_orders = BashOperator(task_id='load', bash_command='orders.sh')", // 5
        "    load_items = BashOperator(task_id='load', bash_command='items.sh')", // 6
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/orders.py', line: 6 }],
    messageIncludes: 'task_id `load` is also used on line 5',
  },
  {
    name: 'duplicates inside the same TaskGroup (same prefixed id)',
    head: {
      'dags/groups.py': [
        ...imports, // 1-3
        "with DAG('groups', schedule='@daily') as dag:", // 4
        "    with TaskGroup('extract'):", // 5
        "        a = BashOperator(task_id='pull', bash_command='a.sh')", // 6
        "        b = BashOperator(task_id='pull', bash_command='b.sh')", // 7
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/groups.py', line: 7 }],
    messageIncludes: '`extract.pull`',
  },
  {
    name: 'two DAGs of one file with the same dag_id',
    head: {
      'dags/pair.py': [
        ...imports, // 1-3
        "daily = DAG('reporting', schedule='@daily')", // 4
        "hourly = DAG(dag_id='reporting', schedule='@hourly')", // 5
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/pair.py', line: 5 }],
    messageIncludes: 'dag_id `reporting`',
  },
  {
    name: 'the change adds the earlier of the two: reported on the added one',
    base: {
      'dags/insert.py': [...imports, "with DAG('insert', schedule='@daily') as dag:", "    a = BashOperator(task_id='load', bash_command='a.sh')", ''].join('\n'),
    },
    head: {
      'dags/insert.py': [
        ...imports, // 1-3
        "with DAG('insert', schedule='@daily') as dag:", // 4
        "    z = BashOperator(task_id='load', bash_command='z.sh')", // 5
        "    a = BashOperator(task_id='load', bash_command='a.sh')", // 6
        '',
      ].join('\n'),
    },
    expect: [{ file: 'dags/insert.py', line: 5 }],
  },
  // --- must not report -----------------------------------------------------------------------
  {
    name: 'near miss: the same task_id in two different TaskGroups',
    head: {
      'dags/ok.py': [
        ...imports,
        "with DAG('ok', schedule='@daily') as dag:",
        "    with TaskGroup('orders'):",
        "        BashOperator(task_id='load', bash_command='orders.sh')",
        "    with TaskGroup('items'):",
        "        BashOperator(task_id='load', bash_command='items.sh')",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'if/else branches that never both run, and the same id in two DAGs',
    head: {
      'dags/branches.py': [
        ...imports,
        'import os',
        "with DAG('branches', schedule='@daily') as dag:",
        "    if os.environ.get('ENV') == 'prod':",
        "        BashOperator(task_id='load', bash_command='prod.sh')",
        '    else:',
        "        BashOperator(task_id='load', bash_command='dev.sh')",
        "with DAG('other', schedule='@daily') as other:",
        "    BashOperator(task_id='load', bash_command='other.sh')",
        '',
      ].join('\n'),
    },
    expect: [],
  },
  {
    name: 'TaskFlow: a @task function called twice gets suffixed ids; f-string ids are not compared',
    head: {
      'dags/tf.py': [
        'from airflow.decorators import dag, task',
        'from airflow.operators.bash import BashOperator',
        "@dag(schedule='@daily')",
        'def tf():',
        '    @task',
        '    def load(x):',
        '        return x',
        '    load(1) >> load(2)',
        "    for name in ['a', 'b']:",
        "        BashOperator(task_id=f'copy_{name}', bash_command='copy.sh')",
        'tf()',
        '',
      ].join('\n'),
    },
    expect: [],
  },
];
