// Fuzzing the SQL path: the WASM parser directly, and SQL scripts through the whole rules
// engine (parse, token rules, governance lexer, suppressions). Random token soup, unbalanced
// quotes and parentheses, NUL bytes, invalid UTF-8 as a reader decodes it, and huge single
// lines must end in findings or a file marked partial with a reason, never in an exception.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSql } from '../../src/analyzers/sql/parser.js';
import type { SqlDialect } from '../../src/analyzers/sql/parser.js';
import { SuiteTally } from './counts.js';
import { analyse, expectSound } from './engine-support.js';
import { fuzzParams, invalidUtf8, longLine, mutated, tokenSoup } from './support.js';

const tally = new SuiteTally('sql');
afterAll(() => tally.flush());

const SQL_WORDS = [
  'select',
  'select *',
  'from',
  'where',
  'join',
  'left join',
  'cross join',
  'on',
  'using (id)',
  'group by',
  'order by',
  'having',
  'union all',
  'with cte as (',
  'insert into t',
  'merge into t using s on t.id = s.id when matched then update set a = 1',
  'delete from t',
  'update t set a = 1',
  'create table x as',
  'drop table x',
  'truncate table x',
  'grant select on t to role r',
  'distinct',
  'row_number() over (partition by a order by b)',
  'count(*)',
  'case when a then b else c end',
  'a.id = b.id',
  '1 = 1',
  'password',
  "'secret-abc123'",
  'email',
  '(',
  ')',
  "'",
  '"',
  '`',
  '[',
  ']',
  ';',
  ',',
  '.',
  '--',
  '/*',
  '*/',
  '$$',
  '{{',
  '{%',
  '\u0000',
  '\n',
  '-- data-review: ignore SQL-001 because',
  'limit 10',
  'qualify',
  'lateral flatten(input => x)',
];

const SEEDS = [
  'with orders as (\n  select * from raw.orders\n), paid as (\n  select o.id, sum(p.amount) as total\n  from orders o\n  left join raw.payments p on p.order_id = o.id\n  group by 1\n)\nselect * from paid order by total desc;\n',
  "select distinct email, password from users where name like '%a%' or 1=1;\ndelete from audit;\n",
  'insert into target select a, b from source;\nmerge into t using s on t.id = s.id when matched then update set v = s.v;\n',
];

const DIALECTS: SqlDialect[] = ['generic', 'snowflake', 'bigquery', 'postgres', 'mssql', 'duckdb'];

/** SQL text with damage a pull request can really carry. */
const badSql = fc.oneof(
  { weight: 3, arbitrary: tokenSoup(SQL_WORDS, 60) },
  { weight: 3, arbitrary: mutated(SEEDS, SQL_WORDS, 8) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SEEDS), invalidUtf8, fc.nat()).map(([seed, bad, at]) => seed.slice(0, at % seed.length) + bad + seed.slice(at % seed.length)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

describe('fuzz: SQL', () => {
  it('the parser never throws, and reports a failure with a message and an in-range line', async () => {
    await fc.assert(
      fc.asyncProperty(badSql, fc.constantFrom(...DIALECTS), async (text, dialect) => {
        tally.ran();
        const result = await parseSql(text, dialect);
        if (!result.ok) {
          expect(result.error.trim()).not.toBe('');
          if (result.line !== undefined) expect(result.line).toBeGreaterThanOrEqual(1);
        }
      }),
      fuzzParams(500),
    );
  });

  it('a damaged SQL script through the rules engine ends in findings or a partial file with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(badSql, fc.boolean(), async (text, modified) => {
        tally.ran();
        const analysed = await analyse({ ...(modified ? { base: { 'scripts/q.sql': SEEDS[0] as string } } : {}), head: { 'scripts/q.sql': text } }, {}, { detectors: [] });
        expectSound(analysed);
      }),
      fuzzParams(150),
    );
  });

  it('huge single lines and unbalanced input finish within the per-file budget', async () => {
    const cases = [
      `select ${longLine('a, ', 900_000)}b from t;`,
      `select '${longLine('x', 900_000)}`,
      `select ${longLine('(', 200_000)}1`,
      `select * from t where a in (${longLine('1,', 240_000)}1);`,
      longLine('\u0000', 900_000),
    ];
    for (const text of cases) {
      tally.ran();
      const started = performance.now();
      const analysed = await analyse({ head: { 'scripts/huge.sql': text } }, {}, { detectors: [] });
      expectSound(analysed);
      expect(performance.now() - started, text.slice(0, 30)).toBeLessThan(15_000);
    }
  }, 120_000);
});
