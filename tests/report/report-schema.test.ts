// The report's JSON schema in docs/ must describe what the CLI really writes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exampleRepo, ROOT } from '../support/example.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'report.schema.json'), 'utf8')) as object;

describe('docs/report.schema.json', () => {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

  it('accepts the report of the bundled example and of an untriggered range', () => {
    const repo = exampleRepo();
    for (const head of ['head', 'base']) {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'review', '--repo', repo, '--base', 'base', '--head', head, '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, ANTHROPIC_API_KEY: '' },
      });
      const report = JSON.parse(run.stdout) as unknown;
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects a report with an unknown trigger or severity', () => {
    const bad = {
      version: '0', triggered: true, base: 'a', head: 'b', agent: { name: 'x', version: '1' },
      counts: { error: 0, warning: 0, info: 0, escalations: 1 }, files: [],
      findings: [{ fingerprint: 'f', rule: 'R', checklist: [], severity: 'fatal', title: 't', file: 'f', line: 1, endLine: 1, message: 'm', source: 'rule' }],
      escalations: [{ fingerprint: 'e', trigger: 'make-it-fast', subject: 's', title: 't', problem: 'p', evidence: [], options: [], source: 'rule' }],
      llm: { used: false, status: 'skipped', inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, calls: 0, rejected: [] },
      notices: [],
    };
    expect(validate(bad)).toBe(false);
    const paths = (validate.errors ?? []).map((error) => error.instancePath);
    expect(paths).toContain('/findings/0/severity');
    expect(paths).toContain('/escalations/0/trigger');
  });
});
