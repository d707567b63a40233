import { describe, expect, it } from 'vitest';
import { approximateTableReferences, maskCommentsAndStrings, relationsInStatements } from '../../../src/analyzers/dbt/relations.js';
import { parseSql } from '../../../src/analyzers/sql/parser.js';
import type { SqlDialect } from '../../../src/analyzers/sql/parser.js';

async function relations(sql: string, dialect: SqlDialect = 'generic') {
  const parsed = await parseSql(sql, dialect);
  if (!parsed.ok) throw new Error(parsed.error);
  return relationsInStatements(parsed.statements);
}

const names = (found: { tables: { parts: string[] }[] }): string[] => found.tables.map((table) => table.parts.join('.'));

describe('relationsInStatements', () => {
  it('finds tables in FROM, JOIN, CTE bodies and WHERE subqueries, with positions', async () => {
    const found = await relations('with a as (\n  select * from raw.x\n)\nselect *\nfrom a\njoin db.s.t on t.id = a.id\nwhere a.id in (select id from raw.z)\n');
    expect(names(found)).toEqual(['raw.x', 'a', 'db.s.t', 'raw.z']);
    expect(found.tables.map((table) => table.line)).toEqual([2, 5, 6, 7]);
    expect(found.tables[1]?.column).toBe(6);
    expect([...found.cteNames]).toEqual(['a']);
  });

  it('leaves table functions out and records aliases of every relation kind', async () => {
    const found = await relations('select * from orders o, lateral flatten(input => o.v) f, generate_series(1, 2) g', 'snowflake');
    expect(names(found)).toEqual(['orders']);
    expect([...found.aliases].sort()).toEqual(['f', 'g', 'o']);
  });

  it('marks quoted names', async () => {
    const found = await relations('select * from "Raw"."Orders"', 'postgres');
    expect(found.tables).toEqual([{ parts: ['Raw', 'Orders'], quoted: true, line: 1, column: 15 }]);
  });
});

describe('approximateTableReferences', () => {
  it('finds names after FROM and JOIN, with CTE names and aliases', () => {
    const found = approximateTableReferences('with base as (select * from raw.orders)\nselect * from base b\njoin "db"."s"."t" t on t.id = b.id,,\n');
    expect(names(found)).toEqual(['raw.orders', 'base', 'db.s.t']);
    expect(found.tables[2]).toMatchObject({ quoted: true, line: 3, column: 6 });
    expect(found.cteNames.has('base')).toBe(true);
    expect(found.aliases.has('b')).toBe(true);
  });

  it('skips FROM inside function calls, after IS DISTINCT, in comments and strings, and before a parenthesis', () => {
    const found = approximateTableReferences(
      "select extract(year from d), trim(both 'x' from s), a is distinct from b, 'from raw.x' as t -- from raw.y\nfrom (select 1) q\njoin unnest(arr) u\n",
    );
    expect(names(found)).toEqual([]);
  });
});

describe('maskCommentsAndStrings', () => {
  it('blanks comments and strings, keeping line breaks and length', () => {
    const text = "select 'a;b', x -- c;\n/* d\n; */ y";
    const masked = maskCommentsAndStrings(text);
    expect(masked.length).toBe(text.length);
    expect(masked.split('\n')).toHaveLength(3);
    expect(masked).not.toContain(';');
    expect(masked).toContain('select');
    expect(masked.endsWith(' y')).toBe(true);
  });

  it("handles doubled quotes inside strings", () => {
    expect(maskCommentsAndStrings("select 'it''s', z")).toBe('select        , z');
  });
});
