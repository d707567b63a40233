import { describe, expect, it } from 'vitest';
import { parseSql } from '../../../src/analyzers/sql/parser.js';

describe('parse errors', () => {
  it('never repeat a string literal of the file (it may be a secret)', async () => {
    const result = await parseSql("select * from t t2 'Zq9-very-secret-Value'", 'snowflake');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).not.toContain('Zq9-very-secret-Value');
      expect(result.error.length).toBeGreaterThan(10);
    }
  });
});
