import { describe, expect, it } from 'vitest';
import { cteQueries } from '../../../src/analyzers/sql/joins.js';
import { parseSql } from '../../../src/analyzers/sql/parser.js';
import type { SqlDialect } from '../../../src/analyzers/sql/parser.js';
import { setChains, setExprWidth } from '../../../src/analyzers/sql/set-operations.js';

async function chains(sql: string, dialect: SqlDialect = 'snowflake') {
  const result = await parseSql(sql, dialect);
  if (!result.ok) throw new Error(result.error);
  const raw = result.statements[0]?.raw;
  const lookup = cteQueries(raw);
  return setChains(raw).map((chain) => ({
    widths: chain.branches.map((branch) => setExprWidth(branch.expr, lookup)),
    lines: chain.branches.map((branch) => branch.position?.line),
    operators: chain.operators.map((operator) => `${operator.op} ${operator.quantifier}`),
  }));
}

describe('setChains', () => {
  it('flattens a chain of set operations into its branches, with operators in order', async () => {
    const [chain] = await chains('select a, b from t\nunion\nselect a, b from u\nunion all\n(select a from v)\nexcept\nselect 1, 2');
    expect(chain).toEqual({ widths: [2, 2, 1, 2], lines: [1, 3, 5, 7], operators: ['Union None', 'Union All', 'Except None'] });
  });

  it('finds chains nested in subqueries separately', async () => {
    const found = await chains('select x from (select 1 as x union all select 2) s union all select 3');
    expect(found.map((chain) => chain.widths)).toEqual([[1, 1], [1, 1]]);
  });
});

describe('setExprWidth', () => {
  it('counts * over CTEs, aliased VALUES and qualified wildcards, not over tables', async () => {
    const [chain] = await chains(
      [
        'with c as (select 1 as a, 2 as b), d (x, y, z) as (select * from t)',
        'select * from c',
        'union all select * from d',
        "union all select * from (values (1, 'a')) v (n, s)",
        'union all select c.*, d.x from c join d on true',
        'union all select * from t',
        'union all select * exclude (a) from c',
      ].join('\n'),
    );
    expect(chain?.widths).toEqual([2, 3, 2, 3, undefined, undefined]);
  });

  it('does not add up * over a USING join (shared columns merge)', async () => {
    const [chain] = await chains('with a as (select 1 as id, 2 as x), b as (select 1 as id, 3 as y) select * from a join b using (id) union all select 1, 2, 3');
    expect(chain?.widths).toEqual([undefined, 3]);
  });
});
