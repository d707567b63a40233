import { describe, expect, it } from 'vitest';
import { parseSql } from '../../../src/analyzers/sql/parser.js';
import type { SqlDialect } from '../../../src/analyzers/sql/parser.js';
import { sameTable, scriptStatements, tableLabel, tablesRead } from '../../../src/analyzers/sql/statements.js';

async function script(sql: string, dialect: SqlDialect = 'snowflake') {
  const result = await parseSql(sql, dialect);
  if (!result.ok) throw new Error(result.error);
  return scriptStatements(result.statements);
}

describe('scriptStatements', () => {
  it('describes DML and DDL with their targets, in order, with lines', async () => {
    const statements = await script(
      [
        'delete from a.t where d = 1;',
        'update a.t set x = 1;',
        'truncate table a.u;',
        'insert into a.t select * from s;',
        'insert overwrite into a.t select * from s;',
        'merge into a.t t using s on t.id = s.id when matched then delete;',
        'create or replace temporary table w as select 1 as x;',
        'drop table if exists a.t, b;',
        'begin transaction;',
        'commit;',
        'select 1;',
      ].join('\n'),
    );
    expect(statements.map((statement) => statement.action.kind)).toEqual([
      'delete', 'update', 'truncate', 'insert', 'insert', 'merge', 'create-table', 'drop-table', 'begin', 'commit', 'query',
    ]);
    expect(statements.map((statement) => statement.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 11]);
    const [del, update, truncate, insert, overwrite, merge, create, drop] = statements.map((statement) => statement.action);
    expect(del).toMatchObject({ table: ['a', 't'] });
    expect(del && 'where' in del).toBe(true);
    expect(update && 'where' in update).toBe(false);
    expect(truncate).toMatchObject({ tables: [['a', 'u']] });
    expect(insert).toMatchObject({ table: ['a', 't'], overwrite: false, upsert: false });
    expect(overwrite).toMatchObject({ overwrite: true });
    expect(merge).toMatchObject({ table: ['a', 't'] });
    expect(create).toMatchObject({ table: ['w'], orReplace: true, temporary: true, ifNotExists: false });
    expect(drop).toMatchObject({ tables: [['a', 't'], ['b']], ifExists: true });
  });

  it('recognises upserts', async () => {
    const [statement] = await script('insert into t (a) values (1) on conflict (a) do nothing', 'postgres');
    expect(statement?.action).toMatchObject({ kind: 'insert', upsert: true });
  });
});

describe('table names', () => {
  it('compares names case-insensitively, a shorter name matching a qualified one', () => {
    expect(sameTable(['analytics', 'Orders'], ['orders'])).toBe(true);
    expect(sameTable(['db', 'analytics', 'orders'], ['analytics', 'orders'])).toBe(true);
    expect(sameTable(['analytics', 'orders'], ['staging', 'orders'])).toBe(false);
    expect(sameTable([], ['orders'])).toBe(false);
    expect(tableLabel(['a', 'b'])).toBe('a.b');
  });

  it('lists the tables a node reads', async () => {
    const [statement] = await script('insert into t select * from s join u on s.id = u.id where not exists (select 1 from t x where x.id = s.id)');
    const insert = statement?.action;
    expect(insert?.kind === 'insert' && tablesRead(insert.source).map(tableLabel)).toEqual(['s', 'u', 't']);
  });
});
