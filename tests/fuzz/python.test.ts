// Fuzzing Airflow DAG files: the tree-sitter parse and every Airflow rule over random and
// mutated Python, binary bytes and 1 MB lines. Each must end in findings or a partial file with
// a reason, never an exception or a review held past the per-file budget.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePython } from '../../src/analyzers/airflow/python.js';
import { SuiteTally } from './counts.js';
import { analyse, expectSound } from './engine-support.js';
import { ONE_MB, binaryText, fuzzParams, longLine, mutated, tokenSoup } from './support.js';

const tally = new SuiteTally('python');
afterAll(() => tally.flush());

const PY_WORDS = [
  'from airflow import DAG',
  'from airflow.decorators import dag, task',
  'import pendulum',
  'with DAG(',
  'DAG(',
  "dag_id='d',",
  'schedule=None,',
  'start_date=datetime.now(),',
  'catchup=False,',
  'default_args=default_args,',
  "default_args = {'retries': 0, 'owner': 'a'}",
  ') as dag:',
  '@dag(',
  '@task',
  'def f():',
  '    return 1',
  "BashOperator(task_id='t', bash_command='echo {{ ds }}')",
  "SQLExecuteQueryOperator(task_id='q', sql='select * from t')",
  "password='hunter2'",
  "'postgres://u:p@h/db'",
  'Variable.get("x")',
  'requests.get("http://x")',
  't1 >> t2',
  '**kwargs',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  '"""',
  "'''",
  '"',
  "'",
  '\\',
  '#',
  '    ',
  '\t',
  '\n',
  '\u0000',
  'lambda: 0',
  'async def',
  'match x:',
];

const SEEDS = [
  [
    'from datetime import datetime',
    'from airflow import DAG',
    'from airflow.operators.bash import BashOperator',
    '',
    "default_args = {'owner': 'data', 'retries': 2}",
    '',
    "with DAG('orders', start_date=datetime(2024, 1, 1), schedule='@daily', catchup=False, default_args=default_args) as dag:",
    "    extract = BashOperator(task_id='extract', bash_command='extract.sh {{ ds }}')",
    "    load = BashOperator(task_id='load', bash_command='load.sh', retries=0)",
    '    extract >> load',
    '',
  ].join('\n'),
  "from airflow.decorators import dag, task\nimport pendulum\n\n@dag(schedule=None, start_date=pendulum.now())\ndef pipeline():\n    @task\n    def step():\n        return 1\n    step()\n\npipeline()\n",
];

const badPython = fc.oneof(
  { weight: 3, arbitrary: mutated(SEEDS, PY_WORDS, 8) },
  { weight: 2, arbitrary: tokenSoup(PY_WORDS, 50) },
  { weight: 1, arbitrary: binaryText },
);

describe('fuzz: Python DAG files', () => {
  it('the parser returns a tree (maybe with errors) or a reason, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(badPython, async (text) => {
        tally.ran();
        const result = await parsePython(text);
        if (result.ok) {
          if (result.tree.hasErrors && result.tree.firstErrorLine !== undefined) expect(result.tree.firstErrorLine).toBeGreaterThanOrEqual(1);
          result.tree.dispose();
        } else expect(result.error.trim()).not.toBe('');
      }),
      fuzzParams(600),
    );
  });

  it('a damaged DAG file through the rules engine ends in findings or a partial file with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(badPython, fc.boolean(), async (text, modified) => {
        tally.ran();
        const analysed = await analyse({ ...(modified ? { base: { 'dags/d.py': SEEDS[0] as string } } : {}), head: { 'dags/d.py': text } }, {}, { detectors: [] });
        expectSound(analysed);
      }),
      fuzzParams(200),
    );
  });

  it('1 MB lines, binary bytes and deep nesting end within the per-file budget', async () => {
    const dag = (extra: string): string => `${SEEDS[0] as string}${extra}\n`;
    const cases = [
      dag(`blob = "${longLine('a', ONE_MB - 2_000)}"`),
      dag(`uri = "${longLine('a.', ONE_MB - 2_000)}"`),
      dag(`x = ${longLine('1+', 100_000)}1`),
      dag(`default_args = ${'['.repeat(3000)}${']'.repeat(3000)}`),
      dag(`x = a${'.b'.repeat(20_000)}`),
      dag(longLine('f(password="abcdefgh")\n', 100_000)),
      Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
    ];
    for (const text of cases) {
      tally.ran();
      const started = performance.now();
      const analysed = await analyse({ head: { 'dags/d.py': text } }, {}, { detectors: [] });
      expectSound(analysed);
      // The per-file limit (5 s) is checked between rules; one rule may run past it.
      expect(performance.now() - started, text.slice(-40)).toBeLessThan(20_000);
    }
  }, 120_000);
});
