import { afterEach, describe, expect, it } from 'vitest';
import { indexAssignments, parsePython } from '../../../src/analyzers/airflow/python.js';
import type { PythonTree } from '../../../src/analyzers/airflow/python.js';
import { extractEmbeddedSql } from '../../../src/analyzers/airflow/sql-strings.js';
import { parseSql } from '../../../src/analyzers/sql/parser.js';

const open: PythonTree[] = [];
async function extract(source: string) {
  const result = await parsePython(source);
  if (!result.ok) throw new Error(result.error);
  open.push(result.tree);
  return extractEmbeddedSql(result.tree.root, source, indexAssignments(result.tree.root));
}
afterEach(() => {
  for (const tree of open.splice(0)) tree.dispose();
});

/** The 1-based (line, column) of `needle` in `text`. */
function positionOf(text: string, needle: string): [number, number] {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset);
  return [before.split('\n').length, offset - before.lastIndexOf('\n')];
}

describe('extractEmbeddedSql', () => {
  it('keeps the DAG file positions of a triple-quoted multi-line sql= string', async () => {
    const source = [
      'from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator', // 1
      "with DAG('d', schedule='@daily') as dag:", // 2
      '    purge = SQLExecuteQueryOperator(', // 3
      "        task_id='purge',", // 4
      '        sql="""delete from staging.orders', // 5
      '            where batch_id = 7;', // 6
      '            delete from staging.items;""",', // 7
      '    )', // 8
      '',
    ].join('\n');
    const [found] = await extract(source);
    expect(found).toMatchObject({ line: 5, endLine: 7, column: positionOf(source, 'delete from staging.orders')[1], operator: 'SQLExecuteQueryOperator', taskId: 'purge', templated: false });
    expect(found?.dialect).toBeUndefined();
    // Every SQL token sits at the same line and column as in the DAG file.
    const text = found?.text ?? '';
    for (const token of ['delete from staging.orders', 'where batch_id', 'delete from staging.items']) expect(positionOf(text, token)).toEqual(positionOf(source, token));
    // And the parser reports those positions.
    const parsed = await parseSql(text, 'generic');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.statements.map((s) => s.line)).toEqual([5, 7]);
  });

  it('replaces escape sequences with same-width text so later columns hold', async () => {
    const source = "op = PostgresOperator(task_id='t', sql='select \\'a\\' as x,\\tb from t')\n";
    const [found] = await extract(source);
    expect(found?.dialect).toBe('postgres');
    const text = found?.text ?? '';
    expect(text.length).toBe(source.indexOf("')\n"));
    expect(positionOf(text, 'from t')).toEqual(positionOf(source, 'from t'));
    expect(text).toContain("select  'a ' as x,  b from t");
  });

  it('follows a module constant, reads lists, and finds the BigQuery job query', async () => {
    const source = [
      'LOAD = """', // 1
      'insert into dw.orders select * from staging.orders', // 2
      '"""', // 3
      "a = SnowflakeOperator(task_id='a', sql=LOAD)", // 4
      "b = RedshiftSQLOperator(task_id='b', sql=['delete from t where d = 1', 'vacuum t'])", // 5
      'c = BigQueryInsertJobOperator(', // 6
      "    task_id='c',", // 7
      "    configuration={'query': {'query': 'select 1 as x', 'useLegacySql': False}},", // 8
      ')', // 9
      '',
    ].join('\n');
    const found = await extract(source);
    const columnOf = (needle: string): number => positionOf(source, needle)[1];
    expect(found.map((f) => [f.operator, f.dialect, f.line, f.column])).toEqual([
      // The constant's text starts right after its opening quotes (with the newline).
      ['SnowflakeOperator', 'snowflake', 1, 'LOAD = """'.length + 1],
      ['RedshiftSQLOperator', 'redshift', 5, columnOf('delete from t where d = 1')],
      ['RedshiftSQLOperator', 'redshift', 5, columnOf('vacuum t')],
      ['BigQueryInsertJobOperator', 'bigquery', 8, columnOf('select 1 as x')],
    ]);
    expect(found[0]?.text.split('\n')[1]).toBe('insert into dw.orders select * from staging.orders');
  });

  it('marks Jinja-templated SQL, and skips file paths, f-strings, legacy SQL and non-SQL operators', async () => {
    const source = [
      "a = SQLExecuteQueryOperator(task_id='a', sql='delete from t where day = {{ ds }}')",
      "b = SQLExecuteQueryOperator(task_id='b', sql='sql/load_orders.sql')",
      "c = SQLExecuteQueryOperator(task_id='c', sql=f'delete from {TABLE}')",
      "d = BigQueryInsertJobOperator(task_id='d', configuration={'query': {'query': 'select 1', 'useLegacySql': True}})",
      "e = BashOperator(task_id='e', bash_command='psql -c \"delete from t\"')",
      "f = PythonOperator(task_id='f', python_callable=print, op_kwargs={'sql': 'delete from t'})",
      '',
    ].join('\n');
    const found = await extract(source);
    expect(found.map((f) => [f.taskId, f.templated])).toEqual([['a', true]]);
  });
});
