import { describe, expect, it } from 'vitest';
import { parseSql } from '../../../src/analyzers/sql/parser.js';
import { columnRefs, comparisons, functionCalls, isAlwaysTrue, isConstantExpression, relationName } from '../../../src/analyzers/sql/expr.js';
import { statementTree } from '../../../src/analyzers/sql/walk.js';

async function where(condition: string): Promise<unknown> {
  const result = await parseSql(`select 1 from t where ${condition}`, 'snowflake');
  if (!result.ok) throw new Error(result.error);
  return statementTree(result.statements[0]?.raw).selects[0]?.raw['selection'];
}

describe('expressions', () => {
  it('lists the columns an expression reads, not function names nor subquery columns', async () => {
    const refs = columnRefs(await where('o.amount > 0 and upper(status) = \'X\' and id in (select id from u where u.flag)'));
    expect(refs.map((ref) => `${ref.qualifier ?? ''}.${ref.name}`)).toEqual(['o.amount', '.status', '.id']);
    expect(refs[0]?.position).toEqual({ line: 1, column: 23 });
  });

  it('lists function calls with their arity and bare form', async () => {
    const calls = functionCalls(await where('d >= current_date and e < dateadd(day, -1, current_timestamp())'));
    expect(calls.map((call) => [call.name, call.bare, call.argCount])).toEqual([
      ['current_date', true, 0],
      ['dateadd', false, 3],
      ['current_timestamp', false, 0],
    ]);
  });

  it('tells constant and always-true conditions', async () => {
    expect(isAlwaysTrue(await where('1 = 1'))).toBe(true);
    expect(isAlwaysTrue(await where('true'))).toBe(true);
    expect(isAlwaysTrue(await where("'a' = 'a' and (2 = 2)"))).toBe(true);
    expect(isAlwaysTrue(await where('t.id = t.id'))).toBe(true);
    expect(isAlwaysTrue(await where('1 = 1 or x = 2'))).toBe(true);
    expect(isAlwaysTrue(await where('1 = 1 and x = 2'))).toBe(false);
    expect(isAlwaysTrue(await where('1 = 0'))).toBe(false);
    expect(isAlwaysTrue(await where('a.id = b.id'))).toBe(false);
    expect(isConstantExpression(await where('1 = 1'))).toBe(true);
    expect(isConstantExpression(await where('current_date > 1'))).toBe(true);
    expect(isConstantExpression(await where('x = 1'))).toBe(false);
    expect(isConstantExpression(await where('exists (select 1 from u)'))).toBe(false);
  });

  it('lists comparisons, not inside subqueries', async () => {
    const found = comparisons(await where('a.x = b.x and c between 1 and 2 and d in (select e from f where g = h)'));
    expect(found.map((comparison) => comparison.op)).toEqual(['Eq', 'Between']);
  });

  it('names relations by alias, else by last name part', () => {
    expect(relationName({ Table: { name: [{ Identifier: { value: 'db' } }, { Identifier: { value: 'orders' } }] } })).toBe('orders');
    expect(relationName({ Table: { name: [{ Identifier: { value: 'orders' } }], alias: { name: { value: 'o' } } } })).toBe('o');
    expect(relationName({ Derived: { subquery: {} } })).toBeUndefined();
  });
});
