import { describe, expect, it } from 'vitest';
import { findSecrets, isSecretName, redactedLine } from '../../../src/analyzers/airflow/secrets.js';
import { analyseChange } from '../../../src/analyzers/engine.js';
import { hardCodedSecrets } from '../../../src/analyzers/rules/airflow/af-013.js';
import { buildChange, guessDomains } from '../support/change.js';
import { parse } from './support.js';

describe('secret names', () => {
  it('judges a name on its last word', () => {
    for (const name of ['password', 'db_password', 'DB_PASSWORD', 'apiKey', 'aws_secret_access_key', 'client_secret', 'authToken', 'private_key']) expect(isSecretName(name)).toBe(true);
    for (const name of ['password_file', 'token_url', 'max_tokens', 'secret_name', 'key', 'partition_key', 'aws_access_key_id']) expect(isSecretName(name)).toBe(false);
  });
});

describe('findSecrets and redaction', () => {
  it('finds secrets by name and by shape, on the right line of a multi-line literal', async () => {
    const source = ['token = "abc123def456"', 'DOC = """', 'connect with', 'postgresql://etl:pw123456@db/dw', '"""', ''].join('\n');
    const tree = await parse(source);
    expect(findSecrets(tree.root).map((hit) => [hit.line, hit.what])).toEqual([
      [1, 'a value for `token`'],
      [4, 'a URI with an embedded password'],
    ]);
  });

  it('redacts every literal on the line but dict keys, and gives no snippet for a multi-line literal', async () => {
    const source = ["conn = connect(user='etl', password='Hunter2-prod')", 'DOC = """', "postgresql://etl:pw123456@db/dw", '"""', ''].join('\n');
    const tree = await parse(source);
    expect(redactedLine(source, tree.root, 1)).toBe("conn = connect(user='***', password='***')");
    expect(redactedLine(source, tree.root, 3)).toBeUndefined();
  });

  it('never puts the secret in the finding (message or snippet)', async () => {
    const secret = 'Hunter2-prod';
    const { changeSet } = buildChange({ head: { 'dags/load.py': `from airflow import DAG\nPG = {'host': 'db', 'password': '${secret}'}\nURI = 'mysql://etl:${secret}@db/x'\n` } });
    const result = await analyseChange({ changeSet, domains: guessDomains(changeSet), rules: [hardCodedSecrets], detectors: [] });
    expect(result.findings.map((f) => f.line)).toEqual([2, 3]);
    for (const finding of result.findings) expect(JSON.stringify(finding)).not.toContain(secret);
    expect(result.findings[0]?.snippet).toBe("PG = {'host': '***', 'password': '***'}");
  });
});

describe('findSecrets on a huge literal (found by fuzzing)', () => {
  it('reads a 500 KB string literal in linear time and still finds a URI password after it', async () => {
    const tree = await parse(`blob = "${'a'.repeat(500_000)}"\nuri = "postgres://etl:hunter2@db/x"\n`);
    const started = performance.now();
    const hits = findSecrets(tree.root);
    // The URI regular expression retried from each of the 500,000 letters: minutes.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(hits.map((hit) => [hit.line, hit.what])).toEqual([[2, 'a URI with an embedded password']]);
  });
});

describe('redactedLine for many secrets (found by fuzzing)', () => {
  it('redacts 20,000 secret lines in linear time', async () => {
    const text = 'f(password="abcdefgh", other="x")\n'.repeat(20_000);
    const tree = await parse(text);
    const started = performance.now();
    const snippets = findSecrets(tree.root).map((hit) => redactedLine(text, tree.root, hit.line));
    // Each snippet walked every string of the file: quadratic, minutes for a 1 MB file.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(snippets).toHaveLength(20_000);
    expect(new Set(snippets)).toEqual(new Set(["f(password='***', other='***')"]));
  });
});
