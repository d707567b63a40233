import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseChange } from '../../../src/analyzers/engine.js';
import { findUriWithPassword, isPlaceholder, isSecretKey, secretPairsIn, uriWithPassword } from '../../../src/analyzers/governance/secrets.js';
import { credentialInCode } from '../../../src/analyzers/rules/governance/gov-003.js';
import { buildChange, guessDomains } from '../support/change.js';

describe('secret detection helpers', () => {
  it('reads secret-named keys on whole tokens', () => {
    for (const key of ['password', 'db_password', 'PASSWORD', 'token', 'api_token', 'apiKey', 'private_key', 'client_secret', 'aws_secret_access_key', 'private_key_passphrase', 'SAS_TOKEN', 'MasterKey', 'DbPwd', 'SigningKey'])
      expect(isSecretKey(key), key).toBe(true);
    for (const key of ['secret', 'token_uri', 'private_key_path', 'password_env', 'passport', 'key', 'sort_key', 'tokens_used_count', 'pass'])
      expect(isSecretKey(key), key).toBe(false);
  });

  it('tells placeholders and references from literals', () => {
    for (const value of ['', "{{ env_var('X') }}", '${DB_PASSWORD}', '$DB_PASSWORD', '<password>', '****', 'xxxx']) expect(isPlaceholder(value), value).toBe(true);
    for (const value of ['hunter2', 'S3cret!', 'xoxb-1234']) expect(isPlaceholder(value), value).toBe(false);
  });

  it('finds passwords in URIs and key=value credential strings', () => {
    expect(uriWithPassword('postgresql://app:pa55@db:5432/x')).toBe('postgresql');
    expect(uriWithPassword('postgresql://app@db:5432/x')).toBeUndefined();
    expect(uriWithPassword('https://user:${PASSWORD}@host/')).toBeUndefined();
    expect(secretPairsIn('aws_access_key_id=AKIA;aws_secret_access_key=abc')).toEqual(['aws_secret_access_key']);
    expect(secretPairsIn('aws_iam_role=arn:aws:iam::1:role/x')).toEqual([]);
  });
});

describe('GOV-003 never puts the secret in the finding', () => {
  it('redacts the message and the snippet', async () => {
    const secret = 'Zq9-very-secret-Value';
    const { changeSet } = buildChange({
      base: { 'dbt_project.yml': 'name: shop\n' },
      head: {
        'dbt_project.yml': 'name: shop\n',
        'profiles.yml': `shop:\n  outputs:\n    prod:\n      password: ${secret}\n      url: "postgres://u:${secret}@h/db"\n`,
        'sql/setup.sql': `create user x password '${secret}';\n`,
      },
    });
    const result = await analyseChange({ changeSet, domains: guessDomains(changeSet), rules: [credentialInCode], detectors: [] });
    expect(result.findings.map((f) => [f.file, f.line])).toEqual([
      ['profiles.yml', 4],
      ['profiles.yml', 5],
      ['sql/setup.sql', 1],
    ]);
    // The findings only: the engine's parse-failure reason for the SQL file is not this rule's output.
    expect(JSON.stringify(result.findings)).not.toContain(secret);
  });
});

describe('findUriWithPassword (rewritten after fuzzing found the regular expression quadratic)', () => {
  const withBoundary = /\b([a-z][a-z0-9+.-]*):\/\/[^\s:/@]+:([^\s@/]+)@/i;
  const without = /([a-z][a-z0-9+.-]*):\/\/[^\s:/@]+:([^\s@/]+)@/i;
  const expected = (pattern: RegExp, text: string) => {
    const match = pattern.exec(text);
    return match ? { index: match.index, scheme: match[1], password: match[2] } : undefined;
  };

  it('finds what the regular expressions found, at the same place', () => {
    expect(findUriWithPassword('conn = postgres://etl:hunter2@db/x', { wordBoundary: true })).toEqual({ index: 7, scheme: 'postgres', password: 'hunter2' });
    expect(findUriWithPassword('1a.b://u:p@h', { wordBoundary: true })).toEqual(expected(withBoundary, '1a.b://u:p@h'));
    expect(findUriWithPassword('1a.b://u:p@h', { wordBoundary: false })).toEqual(expected(without, '1a.b://u:p@h'));
    const alphabet = fc.constantFrom('a', 'B', '1', '+', '.', '-', '_', ':', '/', '@', ' ', 'x', '://', 'u:p@', 'h');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        expect(findUriWithPassword(text, { wordBoundary: true })).toEqual(expected(withBoundary, text));
        expect(findUriWithPassword(text, { wordBoundary: false })).toEqual(expected(without, text));
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('stays linear on long runs of scheme characters', () => {
    for (const text of ['a'.repeat(1_000_000), 'a.'.repeat(500_000), `${'a'.repeat(500_000)}://${'b:'.repeat(200_000)}`]) {
      const started = performance.now();
      findUriWithPassword(text, { wordBoundary: true });
      findUriWithPassword(text, { wordBoundary: false });
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
