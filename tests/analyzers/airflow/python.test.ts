import { afterEach, describe, expect, it } from 'vitest';
import {
  dagOfTask,
  enclosingWithCalls,
  findDags,
  findTasks,
  indexAssignments,
  keywordArguments,
  loadPythonParser,
  lookupDictKey,
  parsePython,
  pythonLiteral,
  stringLiteral,
} from '../../../src/analyzers/airflow/python.js';
import type { PythonTree } from '../../../src/analyzers/airflow/python.js';

const open: PythonTree[] = [];
async function parse(text: string): Promise<PythonTree> {
  const result = await parsePython(text);
  if (!result.ok) throw new Error(result.error);
  open.push(result.tree);
  return result.tree;
}
afterEach(() => {
  for (const tree of open.splice(0)) tree.dispose();
});

const SOURCE = [
  'import airflow', // 1
  'from airflow import DAG', // 2
  'from airflow.decorators import dag, task, task_group', // 3
  'from airflow.utils.task_group import TaskGroup', // 4
  '', // 5
  "BASE = {'owner': 'data', 'retries': 1}", // 6
  "default_args = {**BASE, 'retry_delay': 300}", // 7
  '', // 8
  "with DAG('first', default_args=default_args) as first:", // 9
  "    a = BashOperator(task_id='a', bash_command='echo')", // 10
  "    with TaskGroup('g', default_args={'retries': 0}):", // 11
  "        b = BashOperator(task_id='b', bash_command='echo')", // 12
  '', // 13
  "second = airflow.DAG(dag_id='second')", // 14
  "c = BashOperator(task_id='c', dag=second, retries=2)", // 15
  "mapped = BashOperator.partial(task_id='mapped').expand(bash_command=['a'])", // 16
  '', // 17
  "@dag(schedule='@daily')", // 18
  'def third():', // 19
  '    @task.bash', // 20
  '    def d():', // 21
  "        return 'echo'", // 22
  '    @task_group', // 23
  '    def group():', // 24
  '        pass', // 25
  '', // 26
  '@dag', // 27
  'def fourth():', // 28
  '    pass', // 29
  '',
].join('\n');

describe('parsePython', () => {
  it('loads the grammar once and reuses the parser', async () => {
    const first = await loadPythonParser();
    expect(await loadPythonParser()).toBe(first);
  });

  it('parses valid code without errors and flags broken code with a line', async () => {
    expect((await parse(SOURCE)).hasErrors).toBe(false);
    const broken = await parse('x = 1\n\ndef broken(:\n    pass\n');
    expect(broken.hasErrors).toBe(true);
    expect(broken.firstErrorLine).toBe(3);
  });
});

describe('DAG helpers', () => {
  it('finds DAG(...) in with-blocks and assignments, and @dag functions', async () => {
    const tree = await parse(SOURCE);
    const dags = findDags(tree.root);
    expect(dags.map((d) => [d.kind, d.dagId, d.variable, d.line])).toEqual([
      ['with', 'first', 'first', 9],
      ['call', 'second', 'second', 14],
      ['decorator', 'third', 'third', 18],
      ['decorator', 'fourth', 'fourth', 27],
    ]);
    expect(dags[0]?.body).toBeDefined();
    expect(dags[3]?.call).toBeUndefined();
  });

  it('finds tasks: operator calls with task_id (partial included) and @task functions, not @task_group', async () => {
    const tree = await parse(SOURCE);
    const tasks = findTasks(tree.root);
    expect(tasks.map((t) => [t.kind, t.taskId, t.operator, t.line])).toEqual([
      ['operator', 'a', 'BashOperator', 10],
      ['operator', 'b', 'BashOperator', 12],
      ['operator', 'c', 'BashOperator', 15],
      ['operator', 'mapped', 'BashOperator.partial', 16],
      ['taskflow', 'd', '@task.bash', 20],
    ]);
  });

  it('places tasks in their DAG: by dag=, by position, or not at all when ambiguous', async () => {
    const tree = await parse(SOURCE);
    const dags = findDags(tree.root);
    const tasks = findTasks(tree.root);
    const owner = (taskId: string) => {
      const task = tasks.find((t) => t.taskId === taskId);
      return task ? dagOfTask(task, dags)?.dagId : undefined;
    };
    expect(owner('a')).toBe('first');
    expect(owner('b')).toBe('first');
    expect(owner('c')).toBe('second');
    expect(owner('d')).toBe('third');
    // Module level, no dag= and several DAGs in the file: ambiguous.
    expect(owner('mapped')).toBeUndefined();
  });

  it('sees the TaskGroup around a task', async () => {
    const tree = await parse(SOURCE);
    const b = findTasks(tree.root).find((t) => t.taskId === 'b');
    const groups = b ? enclosingWithCalls(b.node) : [];
    expect(groups.map((g) => keywordArguments(g).has('default_args'))).toEqual([true]);
  });
});

describe('dict and literal helpers', () => {
  it('follows default_args through a variable and a spread', async () => {
    const tree = await parse(SOURCE);
    const assignments = indexAssignments(tree.root);
    const first = findDags(tree.root)[0];
    const defaultArgs = first?.call ? keywordArguments(first.call).get('default_args') : undefined;
    const retries = lookupDictKey(defaultArgs, 'retries', assignments);
    expect(retries.state === 'known' && retries.value).toEqual({ kind: 'number', value: 1 });
    expect(lookupDictKey(defaultArgs, 'email', assignments)).toEqual({ state: 'absent' });
  });

  it('applies later subscript writes, reads dict(...), and refuses to guess', async () => {
    const tree = await parse(
      [
        "a = {'retries': 1}",
        "a['retries'] = 3",
        'b = dict(retries=2, owner="x")',
        "c = {'owner': 'x'}",
        "c.update({'retries': 5})",
        'd = {}',
        'd = {"retries": 1}',
        'e = make_args()',
        "f = {**unknown_base, 'owner': 'x'}",
      ].join('\n'),
    );
    const assignments = indexAssignments(tree.root);
    const lookup = (name: string) => {
      const node = tree.root.descendantsOfType('identifier').find((n) => n?.text === name);
      return lookupDictKey(node, 'retries', assignments);
    };
    expect(lookup('a')).toMatchObject({ state: 'known', value: { kind: 'number', value: 3 } });
    expect(lookup('b')).toMatchObject({ state: 'known', value: { kind: 'number', value: 2 } });
    expect(lookup('c').state).toBe('unknown');
    expect(lookup('d').state).toBe('unknown');
    expect(lookup('e').state).toBe('unknown');
    expect(lookup('f').state).toBe('unknown');
  });

  it('reads Python literals and plain strings', async () => {
    const tree = await parse("x = {'a': [1, -2, 3.5], 'b': (True, False, None), 'c': 'text', 'd': f'{y}', 'e': timedelta(1)}");
    const dict = tree.root.descendantsOfType('dictionary')[0];
    const value = dict && pythonLiteral(dict);
    expect(value?.kind === 'dict' && value.entries['c']).toEqual({ kind: 'string', value: 'text' });
    // Values that need evaluation stay expressions, entry by entry.
    expect(value?.kind === 'dict' && value.entries['d']).toEqual({ kind: 'expr', text: "f'{y}'" });
    expect(value?.kind === 'dict' && value.entries['e']).toEqual({ kind: 'expr', text: 'timedelta(1)' });
    const list = tree.root.descendantsOfType('list')[0];
    expect(list && pythonLiteral(list)).toEqual({ kind: 'list', items: [{ kind: 'number', value: 1 }, { kind: 'number', value: -2 }, { kind: 'number', value: 3.5 }] });
    const tuple = tree.root.descendantsOfType('tuple')[0];
    expect(tuple && pythonLiteral(tuple)).toEqual({ kind: 'list', items: [{ kind: 'boolean', value: true }, { kind: 'boolean', value: false }, { kind: 'none' }] });
    const strings = tree.root.descendantsOfType('string');
    expect(strings.map((s) => (s ? stringLiteral(s) : undefined))).toEqual(['a', 'b', 'c', 'text', 'd', undefined, 'e']);
  });
});
