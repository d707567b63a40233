import { describe, expect, it } from 'vitest';
import { isDeduplicated } from '../../../src/analyzers/sql/dedup.js';
import { cteQueries } from '../../../src/analyzers/sql/joins.js';
import { parseSql } from '../../../src/analyzers/sql/parser.js';
import { statementTree } from '../../../src/analyzers/sql/walk.js';
import { orderIsConstant, windowCalls } from '../../../src/analyzers/sql/windows.js';

async function dedup(sql: string, keys: string[]): Promise<boolean> {
  const result = await parseSql(sql, 'snowflake');
  if (!result.ok) throw new Error(result.error);
  const raw = result.statements[0]?.raw;
  return isDeduplicated(statementTree(raw).queries[0]?.raw ?? {}, new Set(keys), cteQueries(raw));
}

describe('isDeduplicated', () => {
  it('accepts the usual dedup shapes on the key', async () => {
    expect(await dedup('select distinct id, a from t', ['id'])).toBe(true);
    expect(await dedup('select id, max(a) from t group by id', ['id'])).toBe(true);
    expect(await dedup('select * from t qualify row_number() over (partition by id order by ts desc) = 1', ['id'])).toBe(true);
    expect(await dedup('select id from (select id, row_number() over (partition by id order by ts) as rn from t) where rn = 1', ['id'])).toBe(true);
    expect(await dedup('with d as (select distinct id from t) select * from d', ['id'])).toBe(true);
    expect(await dedup('select max(ts) as ts from t', ['ts'])).toBe(true);
  });

  it('rejects sources unique on more columns than the key, or not at all', async () => {
    expect(await dedup('select id, ts from t group by id, ts', ['id'])).toBe(false);
    expect(await dedup('select * from t qualify row_number() over (partition by id, line order by ts) = 1', ['id'])).toBe(false);
    expect(await dedup('select * from t qualify rank() over (partition by id order by ts) = 1', ['id'])).toBe(false);
    expect(await dedup('select * from t where d = 1', ['id'])).toBe(false);
    expect(await dedup('with d as (select distinct id from t) select d.id from d join u on u.id = d.id', ['id'])).toBe(false);
  });

  it('gives unknown keys the benefit of the doubt for GROUP BY', async () => {
    expect(await dedup('select id, ts from t group by id, ts', [])).toBe(true);
  });
});

describe('windowCalls', () => {
  it('resolves named windows and window refinements', async () => {
    const result = await parseSql('select row_number() over w, rank() over (w2 order by b), dense_rank() over (partition by a) from t window w as (partition by a order by b), w2 as (partition by a)', 'generic');
    if (!result.ok) throw new Error(result.error);
    const select = statementTree(result.statements[0]?.raw).selects[0]?.raw ?? {};
    expect(windowCalls(select).map((call) => [call.name, call.partitionBy.length, call.orderBy.length, call.unresolved])).toEqual([
      ['row_number', 1, 1, false],
      ['rank', 1, 1, false],
      ['dense_rank', 1, 0, false],
    ]);
  });

  it('tells an ORDER BY of constants', () => {
    expect(orderIsConstant([{ expr: { Value: { value: 'Null' } } }])).toBe(true);
    expect(orderIsConstant([{ expr: { Identifier: { value: 'ts' } } }])).toBe(false);
    expect(orderIsConstant([])).toBe(false);
  });
});
