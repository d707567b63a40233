import { describe, expect, it } from 'vitest';
import { commaItems, cteQueries, explicitJoins, yieldsOneRow } from '../../../src/analyzers/sql/joins.js';
import { parseSql } from '../../../src/analyzers/sql/parser.js';
import type { SqlDialect } from '../../../src/analyzers/sql/parser.js';
import { statementTree } from '../../../src/analyzers/sql/walk.js';

async function outerSelect(sql: string, dialect: SqlDialect = 'snowflake') {
  const result = await parseSql(sql, dialect);
  if (!result.ok) throw new Error(result.error);
  const raw = result.statements[0]?.raw;
  const tree = statementTree(raw);
  const select = tree.selects.find((candidate) => candidate.query === tree.queries[0]);
  if (!select) throw new Error('no select');
  return { select: select.raw, lookup: cteQueries(raw), tree };
}

describe('explicitJoins', () => {
  it('reads operators and constraints', async () => {
    const { select, lookup } = await outerSelect('select 1 from a join b on a.x = b.x left join c using (x) cross join d join e natural join f');
    expect(explicitJoins(select, lookup).map((join) => [join.label, join.operator, join.constraint])).toEqual([
      ['b', 'Join', 'on'],
      ['c', 'Left', 'using'],
      ['d', 'CrossJoin', 'none'],
      ['e', 'Join', 'none'],
      ['f', 'Join', 'natural'],
    ]);
  });

  it('marks correlated and one-row relations', async () => {
    const { select, lookup } = await outerSelect(
      'with p as (select max(d) as m from t) select 1 from a cross join lateral flatten(input => a.v) f cross join p cross join (select 1 as one) o cross join b',
    );
    expect(explicitJoins(select, lookup).map((join) => [join.label, join.correlated, join.singleRow])).toEqual([
      ['f', true, false],
      ['p', false, true],
      ['o', false, true],
      ['b', false, false],
    ]);
  });
});

describe('commaItems', () => {
  it('links comma items through qualified WHERE comparisons', async () => {
    const { select, lookup } = await outerSelect('select 1 from a, b, c where a.id = b.id and c.kind = 1');
    expect(commaItems(select, lookup).map((item) => [item.label, item.linked])).toEqual([
      ['b', true],
      ['c', false],
    ]);
  });

  it('cannot tell with bare column names, and knows BigQuery array paths', async () => {
    const bare = await outerSelect('select 1 from a, b where x = y');
    expect(commaItems(bare.select, bare.lookup)[0]?.linked).toBeUndefined();
    const paths = await outerSelect('select 1 from `d.orders` o, o.items i, unnest(o.tags) t', 'bigquery');
    expect(commaItems(paths.select, paths.lookup).map((item) => item.correlated)).toEqual([true, true]);
  });
});

describe('yieldsOneRow', () => {
  it('recognises aggregates without GROUP BY, no FROM, one VALUES row and LIMIT 1', async () => {
    const one = async (sql: string) => {
      const { tree, lookup } = await outerSelect(sql);
      return yieldsOneRow(tree.queries[0]?.raw ?? {}, lookup);
    };
    expect(await one('select max(a), count(*) from t')).toBe(true);
    expect(await one('select current_date as d')).toBe(true);
    expect(await one('select a from t limit 1')).toBe(true);
    expect(await one('select a, max(b) from t group by a')).toBe(false);
    expect(await one('select a from t')).toBe(false);
    expect(await one('select max(a) over () from t')).toBe(false);
  });
});
