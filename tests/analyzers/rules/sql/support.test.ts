import { describe, expect, it } from 'vitest';
import { isOneOffMigration, sqlTokens, targetGuardedLines, unparsedSql } from '../../../../src/analyzers/rules/sql/support.js';
import type { RuleContext } from '../../../../src/analyzers/rule.js';

describe('isOneOffMigration', () => {
  it('knows versioned migrations, not repeatable ones or pipeline scripts', () => {
    expect(isOneOffMigration('db/migrations/V3__add_orders.sql')).toBe(true);
    expect(isOneOffMigration('V1_2__seed.sql')).toBe(true);
    expect(isOneOffMigration('migrations/0003_add_orders.up.sql')).toBe(true);
    expect(isOneOffMigration('db/migrations/R__refresh_views.sql')).toBe(false);
    expect(isOneOffMigration('scripts/load_orders.sql')).toBe(false);
    expect(isOneOffMigration('scripts/Validate__orders.sql')).toBe(false);
  });
});

describe('targetGuardedLines', () => {
  it('covers the lines of {% if %} branches that depend on target, nested blocks included', () => {
    const template = [
      'select 1', // 1
      "{% if target.name == 'dev' %}", // 2
      '{% if var("x") %}', // 3
      'limit 10', // 4
      '{% endif %}', // 5
      '{% endif %}', // 6
      '{% if is_incremental() %}', // 7
      'where 1 = 1', // 8
      '{%- elif target.name == "ci" -%}', // 9
      'limit 5', // 10
      '{% endif %}', // 11
      "{% if target.name == 'prod' %}", // 12
      'where true', // 13
      '{% else %}', // 14
      'limit 100', // 15
      '{% endif %}', // 16
    ].join('\n');
    const lines = targetGuardedLines(template);
    expect([...lines].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(targetGuardedLines('{% if is_incremental() %}\nlimit 1\n{% endif %}').size).toBe(0);
    expect(targetGuardedLines('{% if target %}unclosed').size).toBe(0);
  });
});

describe('sqlTokens and unparsedSql (a speed-up found by fuzzing)', () => {
  it('scan a file once for all the rules that read it, and again for another file', () => {
    const sqlOf = (text: string) => ({ text, dialect: 'generic' as const, result: { ok: false as const, error: 'x' } });
    const one = { sql: sqlOf('select 1; select 2') } as unknown as RuleContext;
    const sameFileOtherRule = { sql: one.sql } as unknown as RuleContext;
    const other = { sql: sqlOf('select 1; select 2') } as unknown as RuleContext;
    expect(sqlTokens(sameFileOtherRule)).toBe(sqlTokens(one));
    expect(unparsedSql(sameFileOtherRule)?.statements).toBe(unparsedSql(one)?.statements);
    expect(unparsedSql(one)?.statements).toHaveLength(2);
    expect(sqlTokens(other)).not.toBe(sqlTokens(one));
    expect(sqlTokens(other)).toEqual(sqlTokens(one));
  });
});
