import { describe, expect, it } from 'vitest';
import { cteUsage } from '../../../src/analyzers/sql/ctes.js';
import { parseSql } from '../../../src/analyzers/sql/parser.js';

async function usage(sql: string) {
  const result = await parseSql(sql, 'snowflake');
  if (!result.ok) throw new Error(result.error);
  return cteUsage(result.statements[0]?.raw).map((cte) => ({ name: cte.name, references: cte.references, readBy: cte.readBy, reachable: cte.reachable, line: cte.position.line }));
}

describe('cteUsage', () => {
  it('follows CTE chains from the statement body', async () => {
    expect(await usage('with a as (select 1 as x),\nb as (select x from a),\nc as (select x from a)\nselect x from b')).toEqual([
      { name: 'a', references: 2, readBy: ['b', 'c'], reachable: true, line: 1 },
      { name: 'b', references: 1, readBy: [], reachable: true, line: 2 },
      { name: 'c', references: 0, readBy: [], reachable: false, line: 3 },
    ]);
  });

  it('a CTE read only by a dead CTE is not reachable', async () => {
    const result = await usage('with a as (select 1 as x), b as (select x from a) select 1 as y');
    expect(result.map((cte) => [cte.name, cte.references, cte.reachable])).toEqual([
      ['a', 1, false],
      ['b', 0, false],
    ]);
  });

  it('respects scoping: a later CTE is not visible to an earlier one, a nested WITH shadows', async () => {
    // `a` reads the table `b`, not the CTE defined after it.
    expect((await usage('with a as (select * from b), b as (select 1 as x) select * from a')).map((cte) => cte.reachable)).toEqual([true, false]);
    const shadowed = await usage('with a as (select 1 as x) select * from (with a as (select 2 as x) select * from a) s');
    expect(shadowed.map((cte) => [cte.name, cte.reachable])).toEqual([
      ['a', false],
      ['a', true],
    ]);
  });

  it('counts references in subqueries of expressions and ignores a recursive self-reference', async () => {
    const result = await usage(
      'with recursive t as (select 1 as n union all select n + 1 from t where n < 5), v as (select 1 as id) select n from t where n in (select id from v)',
    );
    expect(result.map((cte) => [cte.name, cte.references, cte.reachable])).toEqual([
      ['t', 1, true],
      ['v', 1, true],
    ]);
  });

  it('does not take qualified names for CTEs', async () => {
    expect((await usage('with orders as (select 1 as x) select * from raw.orders'))[0]?.reachable).toBe(false);
  });
});
