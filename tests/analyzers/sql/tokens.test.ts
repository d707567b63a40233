import { describe, expect, it } from 'vitest';
import { isKeyword, scanOptionsFor, scanSql, splitStatements } from '../../../src/analyzers/sql/tokens.js';
import type { SqlToken } from '../../../src/analyzers/sql/tokens.js';

const words = (tokens: SqlToken[]): string[] => tokens.filter((token) => token.kind === 'word').map((token) => token.upper);

describe('scanSql', () => {
  it('gives words, strings, numbers and symbols with line, column and depth', () => {
    const tokens = scanSql("select a,\n  count(*) from t where b = 'x'", scanOptionsFor('generic'));
    expect(tokens.map((token) => token.text)).toEqual(['select', 'a', ',', 'count', '(', '*', ')', 'from', 't', 'where', 'b', '=', "'x'"]);
    const count = tokens.find((token) => token.text === 'count');
    expect(count).toMatchObject({ kind: 'word', upper: 'COUNT', line: 2, column: 3, depth: 0 });
    expect(tokens.find((token) => token.text === '*')?.depth).toBe(1);
    expect(tokens.find((token) => token.text === '(')?.depth).toBe(0);
    expect(tokens.find((token) => token.text === ')')?.depth).toBe(0);
    expect(tokens.at(-1)).toMatchObject({ kind: 'string', line: 2 });
  });

  it('skips comments, strings and quoted identifiers, keeping line numbers right after them', () => {
    const text = ["-- delete from t;", "/* update t\n set a = 1; */ select 'delete; from' as \"update\"", 'from t'].join('\n');
    const tokens = scanSql(text, scanOptionsFor('generic'));
    expect(words(tokens)).toEqual(['SELECT', 'AS', 'FROM', 'T']);
    expect(tokens.find((token) => token.kind === 'quoted')).toMatchObject({ text: '"update"', line: 3 });
    expect(tokens.find((token) => token.upper === 'FROM')?.line).toBe(4);
  });

  it('reads doubled quotes and, where the dialect has them, backslash escapes', () => {
    expect(words(scanSql("select 'it''s; delete' x", scanOptionsFor('postgres')))).toEqual(['SELECT', 'X']);
    expect(words(scanSql("select 'it\\'s; delete' x", scanOptionsFor('bigquery')))).toEqual(['SELECT', 'X']);
    // Postgres standard strings: a backslash is a character, the quote closes the string.
    expect(words(scanSql("select 'C:\\' as path, e'\\'' as q", scanOptionsFor('postgres')))).toEqual(['SELECT', 'AS', 'PATH', 'AS', 'Q']);
  });

  it('skips dollar-quoted bodies (Postgres, Snowflake) but reads $1 as a parameter', () => {
    const tokens = scanSql('create function f() as $body$ delete from t; $body$; select $1 from @stage', scanOptionsFor('snowflake'));
    expect(words(tokens)).toEqual(['CREATE', 'FUNCTION', 'F', 'AS', 'SELECT', 'FROM', 'STAGE']);
    expect(splitStatements(tokens)).toHaveLength(2);
  });

  it('knows dialect comments: # in BigQuery, // in Snowflake (not in a file:// URL)', () => {
    expect(words(scanSql('select 1 # delete from t\nfrom x', scanOptionsFor('bigquery')))).toEqual(['SELECT', 'FROM', 'X']);
    expect(words(scanSql('select 1 // delete from t\nfrom x', scanOptionsFor('snowflake')))).toEqual(['SELECT', 'FROM', 'X']);
    const put = scanSql('put file:///data/a.csv @stage; delete from t', scanOptionsFor('snowflake'));
    expect(splitStatements(put).map((statement) => statement[0]?.upper)).toEqual(['PUT', 'DELETE']);
    // In Postgres `#` is an operator, not a comment.
    expect(words(scanSql('select a # b from t', scanOptionsFor('postgres')))).toEqual(['SELECT', 'A', 'B', 'FROM', 'T']);
  });

  it('reads BigQuery triple-quoted and raw strings, and backtick identifiers', () => {
    const tokens = scanSql("select '''a\n'; delete''' as x, r'\\d+' as y from `p.d.t`", scanOptionsFor('bigquery'));
    expect(words(tokens)).toEqual(['SELECT', 'AS', 'X', 'AS', 'Y', 'FROM']);
    expect(tokens.at(-1)).toMatchObject({ kind: 'quoted', text: '`p.d.t`', line: 2 });
  });

  it('nests block comments where the dialect does', () => {
    expect(words(scanSql('/* a /* b */ delete */ select 1', scanOptionsFor('postgres')))).toEqual(['SELECT']);
    expect(words(scanSql('/* a /* b */ delete */ select 1', scanOptionsFor('mysql')))).toEqual(['DELETE', 'SELECT']);
  });

  it('never throws on unterminated input', () => {
    expect(() => scanSql("select 'open", scanOptionsFor('generic'))).not.toThrow();
    expect(() => scanSql('select /* open', scanOptionsFor('generic'))).not.toThrow();
    expect(() => scanSql('select $$ open', scanOptionsFor('snowflake'))).not.toThrow();
    expect(scanSql(')))(', scanOptionsFor('generic')).every((token) => token.depth >= 0)).toBe(true);
  });
});

describe('splitStatements and isKeyword', () => {
  it('splits at top-level semicolons and drops empty statements', () => {
    const statements = splitStatements(scanSql('select 1;; select 2;\n', scanOptionsFor('generic')));
    expect(statements.map((statement) => statement.map((token) => token.text).join(' '))).toEqual(['select 1', 'select 2']);
  });

  it('matches unquoted words only', () => {
    const [quoted, word] = scanSql('"limit" limit', scanOptionsFor('generic'));
    expect(isKeyword(quoted, 'LIMIT')).toBe(false);
    expect(isKeyword(word, 'LIMIT')).toBe(true);
    expect(isKeyword(undefined, 'LIMIT')).toBe(false);
  });
});
