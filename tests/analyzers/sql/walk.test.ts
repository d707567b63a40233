import { describe, expect, it } from 'vitest';
import { parseSql } from '../../../src/analyzers/sql/parser.js';
import type { SqlDialect } from '../../../src/analyzers/sql/parser.js';
import { flattenStatements, queryLimit, queryOrderBy, rangeOf, startOf, statementTree, statementVariant } from '../../../src/analyzers/sql/walk.js';

async function raws(sql: string, dialect: SqlDialect = 'generic'): Promise<unknown[]> {
  const result = await parseSql(sql, dialect);
  if (!result.ok) throw new Error(result.error);
  return result.statements.map((statement) => statement.raw);
}

describe('positions', () => {
  it('rangeOf covers every span of a statement, startOf is the earliest', async () => {
    const [statement] = await raws('delete from t\nwhere a = 1\n  and b = 2');
    expect(rangeOf(statement)).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 3 } });
    expect(startOf(statement)).toEqual({ line: 1, column: 1 });
    expect(rangeOf({ no: 'spans' })).toBeUndefined();
  });
});

describe('statementTree', () => {
  it('gives each query its role and parent', async () => {
    const [statement] = await raws(
      [
        'with a as (select x from t1)',
        'select (select max(y) from t2) as m',
        'from (select x from a) d',
        'where exists (select 1 from t3) and x in (select x from t4)',
      ].join('\n'),
    );
    const tree = statementTree(statement);
    expect(tree.queries.map((query) => query.role)).toEqual(['statement', 'cte', 'scalar', 'derived', 'exists', 'in']);
    const cte = tree.queries[1];
    expect(cte?.cteName).toBe('a');
    expect(cte?.parent).toBe(tree.queries[0]);
    expect(tree.selects).toHaveLength(6);
    expect(tree.selects.every((select) => select.query !== undefined)).toBe(true);
  });

  it('knows INSERT, CREATE TABLE AS, MERGE and ARRAY(subquery) sources', async () => {
    const [insert, create, merge] = await raws(
      'insert into t select a from s; create table u as select 1 as b; merge into t using (select a from s) s on t.a = s.a when matched then delete',
    );
    expect(statementTree(insert).queries[0]?.role).toBe('insert-source');
    expect(statementTree(create).queries[0]?.role).toBe('create-source');
    expect(statementTree(merge).queries[0]?.role).toBe('merge-source');
    const [array] = await raws('select array(select x from unnest(a) as x order by x) as xs from t', 'bigquery');
    expect(statementTree(array).queries.map((query) => query.role)).toEqual(['statement', 'array']);
  });

  it('flattens the statements of a Snowflake BEGIN … END block', async () => {
    const statements = flattenStatements(await raws('begin delete from t; update u set a = 1; end', 'snowflake'));
    expect(statements.map((raw) => statementVariant(raw)?.tag)).toEqual(['StartTransaction', 'Delete', 'Update']);
  });
});

describe('queryLimit and queryOrderBy', () => {
  it('reads LIMIT, OFFSET, FETCH and TOP', async () => {
    const query = async (sql: string, dialect: SqlDialect = 'generic') => {
      const tree = statementTree((await raws(sql, dialect))[0]);
      return tree.queries[0]?.raw ?? {};
    };
    expect(queryLimit(await query('select a from t limit 10'))).toMatchObject({ kind: 'limit', zero: false });
    expect(queryLimit(await query('select a from t limit 0'))).toMatchObject({ kind: 'limit', zero: true });
    expect(queryLimit(await query('select a from t offset 5'))).toMatchObject({ kind: 'offset' });
    expect(queryLimit(await query('select a from t fetch first 5 rows only', 'postgres'))).toMatchObject({ kind: 'fetch' });
    expect(queryLimit(await query('select top 5 a from t', 'mssql'))).toMatchObject({ kind: 'top' });
    expect(queryLimit(await query('select a from t order by a'))).toBeUndefined();
    expect(queryOrderBy(await query('select a from t order by a, b'))).toHaveLength(2);
    expect(queryOrderBy(await query('select a from t'))).toEqual([]);
  });
});
