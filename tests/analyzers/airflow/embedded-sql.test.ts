// AF-015: SQL passed to SQL operators in DAG files goes through the SQL rules, with findings on
// the DAG file's own lines.
import { describe, expect, it } from 'vitest';
import { readsEmbeddedSql } from '../../../src/analyzers/airflow/embedded-sql.js';
import { analyseChange } from '../../../src/analyzers/engine.js';
import type { Rule } from '../../../src/analyzers/rule.js';
import { noRetries } from '../../../src/analyzers/rules/airflow/af-006.js';
import { finalSelectUnknownColumns } from '../../../src/analyzers/rules/sql/sql-001.js';
import { deleteUpdateWithoutWhere } from '../../../src/analyzers/rules/sql/sql-005.js';
import { buildChange, guessDomains } from '../support/change.js';
import type { ChangeSpec } from '../support/change.js';

async function run(spec: ChangeSpec, rules: readonly Rule[], fullFileReview = false) {
  const { changeSet } = buildChange(spec);
  return analyseChange({ changeSet, domains: guessDomains(changeSet), rules, detectors: [], fullFileReview });
}

const DAG = [
  'from airflow import DAG', // 1
  'from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator', // 2
  '', // 3
  "with DAG('purge', schedule='@daily') as dag:", // 4
  '    purge = SQLExecuteQueryOperator(', // 5
  "        task_id='purge',", // 6
  "        conn_id='dwh',", // 7
  '        sql="""', // 8
  '            -- clear the staging table before the reload', // 9
  '            DELETE FROM t;', // 10
  "            insert into t select * from staging.t where day = '{{ ds }}'", // 11
  '        """,', // 12
  '    )', // 13
  '',
].join('\n');

describe('SQL strings of DAG files through the SQL rules (AF-015)', () => {
  it('reports DELETE without WHERE (SQL-005) on the DAG file line of the DELETE', async () => {
    const result = await run({ head: { 'dags/purge.py': DAG } }, [deleteUpdateWithoutWhere]);
    expect(result.findings.map((f) => [f.rule, f.file, f.line, f.severity])).toEqual([['SQL-005', 'dags/purge.py', 10, 'error']]);
    expect(result.findings[0]?.message).toMatch(/^In the SQL of task `purge` \(SQLExecuteQueryOperator\): DELETE on `t` has no WHERE/);
    expect(result.findings[0]?.snippet).toBe('DELETE FROM t;');
    expect(result.files[0]).toMatchObject({ path: 'dags/purge.py', analysed: 'full' });
  });

  it('routes to every SQL rule, and the Airflow rules still run on the same file', async () => {
    const result = await run({ head: { 'dags/purge.py': DAG } }, [deleteUpdateWithoutWhere, finalSelectUnknownColumns, noRetries]);
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([
      ['AF-006', 5],
      ['SQL-005', 10],
      // `insert into t select * from staging.t`: the wildcard reaches a table (SQL-001).
      ['SQL-001', 11],
    ]);
  });

  it('is diff-aware: a DELETE the change did not touch is not reported, an edited one is', async () => {
    const edited = DAG.replace("'{{ ds }}'", "'{{ ds }}' and region = 'eu'");
    const untouched = await run({ base: { 'dags/purge.py': DAG }, head: { 'dags/purge.py': edited } }, [deleteUpdateWithoutWhere]);
    expect(untouched.findings).toEqual([]);
    const touched = await run({ base: { 'dags/purge.py': DAG.replace('DELETE FROM t;', 'DELETE FROM t WHERE day = 1;') }, head: { 'dags/purge.py': DAG } }, [deleteUpdateWithoutWhere]);
    expect(touched.findings.map((f) => f.line)).toEqual([10]);
  });

  it('uses the dialect the operator implies and reports SQL that does not parse as partial', async () => {
    const head = {
      'dags/pg.py': [
        'from airflow import DAG', // 1
        "with DAG('pg', schedule='@daily') as dag:", // 2
        "    a = PostgresOperator(task_id='a', sql='update dw.customers set active = false')", // 3
        "    b = PostgresOperator(task_id='b', sql='delete from t where a = = 1')", // 4
        '',
      ].join('\n'),
    };
    const result = await run({ head }, [deleteUpdateWithoutWhere]);
    expect(result.findings.map((f) => [f.rule, f.line, f.severity])).toEqual([['SQL-005', 3, 'error']]);
    const file = result.files.find((f) => f.path === 'dags/pg.py');
    expect(file?.analysed).toBe('partial');
    expect(file?.reason).toContain('the SQL of task `b` (PostgresOperator) (line 4) did not parse');
  });

  it('leaves a DAG file alone when no rule reads SQL scripts', () => {
    expect(readsEmbeddedSql('airflow-python', [noRetries])).toBe(false);
    expect(readsEmbeddedSql('airflow-python', [deleteUpdateWithoutWhere])).toBe(true);
    expect(readsEmbeddedSql('sql-script', [deleteUpdateWithoutWhere])).toBe(false);
  });
});
