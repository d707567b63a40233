import { describe, expect, it } from 'vitest';
import { dottedName, findAtLevel, statementVerb, tokenTableAction } from '../../../src/analyzers/sql/token-statements.js';
import { scanOptionsFor, scanSql, splitStatements } from '../../../src/analyzers/sql/tokens.js';

const statement = (text: string) => splitStatements(scanSql(text, scanOptionsFor('snowflake')))[0] ?? [];

describe('statementVerb', () => {
  it('finds the verb past a WITH list and a BEGIN block opener', () => {
    expect(statementVerb(statement('with a as (select 1), b as (select 2) delete from t where x in (select * from a)'))?.verb).toBe('DELETE');
    expect(statementVerb(statement('begin update t set a = 1'))?.verb).toBe('UPDATE');
    expect(statementVerb(statement('(select 1)'))).toBeUndefined();
  });
});

describe('findAtLevel and dottedName', () => {
  it('ignores keywords inside parentheses', () => {
    const tokens = statement('delete from t where id in (select id from u where x = 1)');
    const where = findAtLevel(tokens, 0, 'WHERE');
    expect(tokens[where]?.column).toBe(15);
    expect(findAtLevel(statement('delete from t using (select 1 where true) s'), 0, 'WHERE')).toBe(-1);
  });

  it('reads dotted, quoted names', () => {
    const tokens = statement('delete from "raw"."Orders" where 1 = 1');
    expect(dottedName(tokens, 2).name).toBe('"raw"."Orders"');
  });
});

describe('tokenTableAction', () => {
  it('reads what a statement does to which table', () => {
    expect(tokenTableAction(statement('delete from analytics.orders where d = 1'))).toMatchObject({ verb: 'DELETE', table: ['analytics', 'orders'] });
    expect(tokenTableAction(statement('truncate table if exists "raw"."Orders"'))).toMatchObject({ verb: 'TRUNCATE', table: ['raw', 'Orders'] });
    expect(tokenTableAction(statement('insert overwrite into t select 1'))).toMatchObject({ verb: 'INSERT', table: ['t'], overwrite: true });
    expect(tokenTableAction(statement('insert into t select 1'))).toMatchObject({ verb: 'INSERT', overwrite: false });
    expect(tokenTableAction(statement('create or replace transient table a.b as select 1'))).toMatchObject({ verb: 'CREATE TABLE', table: ['a', 'b'], orReplace: true });
    expect(tokenTableAction(statement('create table if not exists a.b (x int)'))).toMatchObject({ verb: 'CREATE TABLE', ifNotExists: true });
    expect(tokenTableAction(statement('drop table if exists a.b'))).toMatchObject({ verb: 'DROP TABLE', table: ['a', 'b'] });
    expect(tokenTableAction(statement('merge into a.b t using s on t.id = s.id'))).toMatchObject({ verb: 'MERGE', table: ['a', 'b'] });
    expect(tokenTableAction(statement('create view v as select 1'))).toBeUndefined();
    expect(tokenTableAction(statement('drop view v'))).toBeUndefined();
  });
});
