/// <reference types="vite/client" />
// The SQL rules' cases name the dialect they are written in (Snowflake, BigQuery, Postgres…).
// The engine falls back to the generic grammar when a dialect rejects a file, which would let a
// case pass without ever exercising its dialect; this checks that every SQL file of every case
// parses in the dialect the case claims — except the cases about files that do not parse.
import { describe, expect, it } from 'vitest';
import { neutraliseJinja } from '../../../../src/analyzers/dbt/jinja.js';
import { parseSql, toSqlDialect } from '../../../../src/analyzers/sql/parser.js';
import type { RuleCase } from '../case.js';

const caseFiles = import.meta.glob<{ cases: RuleCase[] }>('../sql-*.cases.ts', { eager: true });

const sqlFiles = (c: RuleCase): [string, string][] => Object.entries(c.head).filter(([path]) => path.endsWith('.sql'));

describe.each(Object.entries(caseFiles))('%s', (_file, module) => {
  const claimed = module.cases.filter((c) => c.dialect !== undefined);

  it('names a dialect for its cases', () => {
    expect(claimed.length).toBeGreaterThan(0);
  });

  it.each(claimed.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dialect = toSqlDialect(c.dialect as string);
    expect(dialect).toBeDefined();
    const expectParse = !c.name.startsWith('fallback:');
    for (const [path, text] of sqlFiles(c)) {
      const templated = text.includes('{{') || text.includes('{%');
      const sql = templated ? neutraliseJinja(text).sql : text;
      const result = await parseSql(sql, dialect ?? 'generic');
      if (expectParse) expect(result.ok ? 'parsed' : `${path}: ${result.error}`).toBe('parsed');
      else expect(result.ok, `${path} should not parse`).toBe(false);
    }
  });
});

it('the SQL cases cover Snowflake and BigQuery for most rules', () => {
  const dialectsByFile = Object.entries(caseFiles).map(([file, module]) => [file, new Set(module.cases.map((c) => c.dialect))] as const);
  const both = dialectsByFile.filter(([, dialects]) => dialects.has('snowflake') && dialects.has('bigquery'));
  expect(both.length).toBeGreaterThanOrEqual(dialectsByFile.length - 3);
});
