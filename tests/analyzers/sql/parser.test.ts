import { describe, expect, it } from 'vitest';
import { unknownFinalWildcards, queryColumnSet } from '../../../src/analyzers/sql/columns.js';
import { loadSqlParser, MAX_SQL_PARSE_CHARS, parseSql, SQL_DIALECTS, toSqlDialect } from '../../../src/analyzers/sql/parser.js';
import type { SqlStatement } from '../../../src/analyzers/sql/ast.js';

async function statements(sql: string, dialect: Parameters<typeof parseSql>[1] = 'generic'): Promise<SqlStatement[]> {
  const result = await parseSql(sql, dialect);
  if (!result.ok) throw new Error(result.error);
  return result.statements;
}

describe('toSqlDialect', () => {
  it('maps dialect and dbt adapter names, case-insensitively', () => {
    expect(toSqlDialect('Snowflake')).toBe('snowflake');
    expect(toSqlDialect('postgresql')).toBe('postgres');
    expect(toSqlDialect('sqlserver')).toBe('mssql');
    expect(toSqlDialect('spark-sql')).toBe('spark');
    expect(toSqlDialect('trino')).toBe('generic');
    expect(toSqlDialect('materialize')).toBe('postgres');
    expect(toSqlDialect('not-a-warehouse')).toBeUndefined();
    for (const dialect of SQL_DIALECTS) expect(toSqlDialect(dialect)).toBe(dialect);
  });
});

describe('parseSql', () => {
  it('initialises the WASM parser once and reuses it', async () => {
    const first = await loadSqlParser();
    expect(await loadSqlParser()).toBe(first);
  });

  it('accepts every dialect name we expose', async () => {
    for (const dialect of SQL_DIALECTS) expect((await parseSql('select a from t', dialect)).ok).toBe(true);
  });

  it('reads dialect-specific syntax with the right dialect', async () => {
    expect((await parseSql('select a from t qualify row_number() over (partition by a order by b) = 1', 'snowflake')).ok).toBe(true);
    expect((await parseSql('select a from `project.dataset.table`', 'bigquery')).ok).toBe(true);
    expect((await parseSql('select a::int from t', 'postgres')).ok).toBe(true);
  });

  it('accepts trailing commas left behind by Jinja loops', async () => {
    expect((await parseSql('select a, b, from t', 'snowflake')).ok).toBe(true);
  });

  it('reports the error message with its line and column', async () => {
    const result = await parseSql('select a\nfrom t\nwhere (a = ', 'generic');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).not.toMatch(/^sql parser error/i);
    expect(result.error.length).toBeGreaterThan(5);
    const located = await parseSql('select a\nfrom t\nwhere a = = 1\n', 'generic');
    expect(located.ok === false && located.line).toBe(3);
    expect(located.ok === false && typeof located.column).toBe('number');
  });
});

describe('the typed AST', () => {
  it('lowers statements with their kind and first line', async () => {
    const [query, insert, create, view, other] = await statements(
      'select 1;\n\ninsert into a.b select * from c;\ncreate table t as select 1 as x;\ncreate view v as select 2 as y;\ndelete from t where x = 1;',
    );
    expect(query).toMatchObject({ kind: 'query', line: 1 });
    expect(insert).toMatchObject({ kind: 'insert', table: ['a', 'b'], line: 3 });
    expect(create).toMatchObject({ kind: 'create-table', name: ['t'] });
    expect(view).toMatchObject({ kind: 'create-view', name: ['v'] });
    expect(other).toMatchObject({ kind: 'other', type: 'Delete' });
  });

  it('keeps CTEs with their columns, select lines, wildcards and relations', async () => {
    const [statement] = await statements('with a (x) as (\n  select 1\n)\nselect\n  t.*,\n  *\nfrom a join db.s.t as t on true');
    expect(statement?.kind).toBe('query');
    if (statement?.kind !== 'query') return;
    expect(statement.query.ctes).toMatchObject([{ name: 'a', columns: ['x'], line: 1 }]);
    const body = statement.query.body;
    expect(body.kind).toBe('select');
    if (body.kind !== 'select') return;
    expect(body.select.line).toBe(4);
    expect(body.select.projection).toMatchObject([
      { kind: 'qualified-wildcard', qualifier: ['t'], line: 5 },
      { kind: 'wildcard', line: 6 },
    ]);
    expect(body.select.from).toMatchObject([
      { kind: 'table', name: ['a'] },
      { kind: 'table', name: ['db', 's', 't'], alias: 't', join: 'Join' },
    ]);
  });
});

describe('column-set resolution', () => {
  const wildcards = async (sql: string) => (await statements(sql)).flatMap(unknownFinalWildcards);

  it('resolves * through CTE chains and subqueries', async () => {
    expect(await wildcards('with a as (select x from t), b as (select * from a) select * from b')).toEqual([]);
    expect(await wildcards('select * from (select x, y from t) s')).toEqual([]);
    expect(await wildcards('with a as (select * from t), b as (select * from a) select * from b')).toMatchObject([{ via: ['b', 'a', 't'] }]);
  });

  it('finds the relation a qualified wildcard names, by alias or table name', async () => {
    expect(await wildcards('with a as (select x from t) select a.* , u.* from a join u on true')).toMatchObject([{ kind: 'qualified-wildcard', qualifier: 'u', via: ['u'] }]);
    expect(await wildcards('with a as (select x from t) select q.* from a as q')).toEqual([]);
  });

  it('does not let a CTE see CTEs defined after it, and survives recursion', async () => {
    // `b` inside `a` refers to a table named b, not the later CTE.
    expect(await wildcards('with a as (select * from b), b as (select 1 as x) select * from a')).toMatchObject([{ via: ['a', 'b'] }]);
    expect(await wildcards('with recursive r as (select 1 as n union all select * from r) select * from r')).toMatchObject([{ via: ['r', 'r'] }]);
  });

  it('computes whether a whole query fixes its columns', async () => {
    const [known] = await statements('select a, b from t');
    const [unknown] = await statements('select * from t');
    expect(known?.kind === 'query' && queryColumnSet(known.query)).toEqual({ known: true });
    expect(unknown?.kind === 'query' && queryColumnSet(unknown.query)).toEqual({ known: false, via: ['t'] });
  });
});

describe('parseSql on huge input (found by fuzzing)', () => {
  it('does not hand SQL over the size limit to the parser, whose time cannot be interrupted, and says why', async () => {
    const line = `select ${'a, '.repeat(Math.ceil(MAX_SQL_PARSE_CHARS / 3))}b from t`;
    const started = performance.now();
    const result = await parseSql(line, 'generic');
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toEqual({ ok: false, error: `the SQL is ${line.length} characters long, over the ${MAX_SQL_PARSE_CHARS}-character limit for parsing` });
    // Just under the limit still parses.
    const under = `select ${'a, '.repeat(1000)}b from t`;
    expect((await parseSql(under, 'generic')).ok).toBe(true);
  });
});
