// Runs the BUILT CLI (dist/cli.js) as a real process on git repositories made in a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExampleRepo } from '../../scripts/example-repo.mjs';
import { exampleRepo, ROOT } from '../support/example.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const childEnv = { ...process.env, ...env };
  delete childEnv['ANTHROPIC_API_KEY'];
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: childEnv, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  triggered: boolean;
  files: { path: string; domain: string; analysed: string; reason?: string }[];
  findings: { rule: string; file: string; line: number; source: string; fingerprint: string }[];
  escalations: { trigger: string; evidence: { file: string; line: number }[] }[];
  llm: { used: boolean; status: string; error?: string };
  notices: string[];
}

describe('the built CLI', () => {
  const repo = exampleRepo();

  it('reviews the example as JSON with findings from every domain and an escalation, rules only', () => {
    const result = cli(['review', '--repo', repo, '--base', 'base', '--head', 'head', '--format', 'json']);
    expect(result.stderr).toContain('FAIL');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.triggered).toBe(true);
    expect(report.llm).toMatchObject({ used: false, status: 'skipped' });
    expect(report.llm.error).toMatch(/no Anthropic API key/);
    const rules = new Set(report.findings.map((f) => f.rule));
    // A finding from every domain: SQL, dbt, Airflow and governance.
    for (const rule of ['SQL-001', 'DBT-001', 'DBT-004', 'AF-006', 'AF-007', 'GOV-005']) expect(rules).toContain(rule);
    // Diff-aware: nothing on the files the change did not touch.
    for (const finding of report.findings) expect(['models/staging/stg_payments.sql', 'models/marts/fct_orders.sql', 'dags/payments_hourly.py']).toContain(finding.file);
    expect(report.findings.find((f) => f.rule === 'SQL-001')).toMatchObject({ file: 'models/staging/stg_payments.sql', line: 2, source: 'rule' });
    expect(report.findings.find((f) => f.rule === 'AF-006')).toMatchObject({ file: 'dags/payments_hourly.py' });
    expect(report.escalations).toHaveLength(1);
    expect(report.escalations[0]).toMatchObject({ trigger: 'incremental-vs-full-refresh' });
    expect(report.escalations[0]!.evidence[0]!.file).toBe('models/marts/fct_orders.sql');
    // The issue template's impact: what depends on fct_orders at head, from the model graph.
    expect(report.escalations[0]).toMatchObject({ downstream: { models: ['rpt_daily_revenue'], exposures: ['finance_dashboard'] } });
    const docs = report.files.find((f) => f.path === 'docs/airflow-notes.md');
    expect(docs).toMatchObject({ domain: 'other', analysed: 'skipped' });
  });

  it('gives the same review of a bare clone', () => {
    const bare = exampleRepo('shop', { bare: true });
    const fromBare = JSON.parse(cli(['review', '--repo', bare, '--base', 'base', '--head', 'head', '--format', 'json']).stdout) as JsonReport;
    const fromWorkTree = JSON.parse(cli(['review', '--repo', repo, '--base', 'base', '--head', 'head', '--format', 'json']).stdout) as JsonReport;
    expect(fromBare.findings.map((f) => f.fingerprint)).toEqual(fromWorkTree.findings.map((f) => f.fingerprint));
    expect(fromBare.escalations).toEqual(fromWorkTree.escalations);
  });

  it('prints a markdown review by default and writes SARIF to a file', () => {
    const markdown = cli(['review', '--repo', repo, '--base', 'base', '--head', 'head']);
    expect(markdown.stdout).toContain('incremental-vs-full-refresh');
    expect(markdown.stdout).toContain('SQL-001');
    expect(markdown.stdout).not.toMatch(/LGTM|approved/i);

    const out = path.join(mkdtempSync(path.join(tmpdir(), 'der-sarif-')), 'review.sarif');
    const sarif = cli(['review', '--repo', repo, '--base', 'base', '--head', 'head', '--format', 'sarif', '--output', out]);
    expect(sarif.stdout).toBe('');
    const log = JSON.parse(readFileSync(out, 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toContain('escalation/incremental-vs-full-refresh');
  });

  it('passes with fail-on never and ends untriggered on a docs-only range', () => {
    expect(cli(['review', '--repo', repo, '--base', 'base', '--head', 'head', '--fail-on', 'never', '--format', 'json']).status).toBe(0);
    const same = cli(['review', '--repo', repo, '--base', 'base', '--head', 'base', '--format', 'json']);
    expect(same.status).toBe(0);
    expect((JSON.parse(same.stdout) as JsonReport).triggered).toBe(false);
  });

  it.each([
    [['review', '--repo', '/nonexistent', '--base', 'a', '--head', 'b'], /nonexistent/],
    [['review', '--base', 'base', '--head', 'head'], /missing --repo/],
    [['review', '--repo', '.', '--base', 'base', '--head', 'head', '--format', 'xml'], /--format must be one of/],
    [['review', '--repo', '.', '--base', 'base', '--head', 'head', '--colour'], /Unknown option/i],
    [['explain'], /unknown command 'explain'/],
  ])('exits 2 with a clear message on a usage error: %j', (args, message) => {
    const result = cli(args.map((arg) => (arg === '.' ? repo : arg)));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 on an unknown revision, naming it', () => {
    const result = cli(['review', '--repo', repo, '--base', 'no-such-branch', '--head', 'head']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no-such-branch');
  });

  it('reports a file no parser accepts as partial, with the reason, while the other files are reviewed', () => {
    const trees = mkdtempSync(path.join(tmpdir(), 'der-partial-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(trees, file)), { recursive: true });
      writeFileSync(path.join(trees, file), text);
    };
    write('base/dbt_project.yml', "name: shop\nversion: '1.0'\nprofile: shop\n");
    write('base/scripts/keep.sql', 'select 1 as x\n');
    // Not SQL that any dialect accepts, with a credential-looking literal in the broken statement.
    write('head/scripts/broken.sql', "selec id,, from where 'Zq9-secret-literal';\ndelete from events;\n");
    write('head/scripts/cleanup.sql', 'delete from staging.events;\n');
    write('head/dags/broken_dag.py', 'from airflow import DAG\nwith DAG("d" as dag:\n');
    const repo = buildExampleRepo(trees, path.join(trees, 'repo'));

    const result = cli(['review', '--repo', repo, '--base', 'base', '--head', 'head', '--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    const broken = report.files.find((f) => f.path === 'scripts/broken.sql')!;
    expect(broken.analysed).toBe('partial');
    expect(broken.reason).toMatch(/Expected|parse/i);
    expect(result.stdout).not.toContain('Zq9-secret-literal');
    expect(report.files.find((f) => f.path === 'dags/broken_dag.py')).toMatchObject({ analysed: 'partial' });
    // The token fallback still sees the unscoped DELETE in the broken file, as an approximate warning …
    expect(report.findings.find((f) => f.file === 'scripts/broken.sql' && f.rule === 'SQL-005')).toMatchObject({ line: 2 });
    // … and the file that parses gets its full review.
    expect(report.findings.find((f) => f.file === 'scripts/cleanup.sql' && f.rule === 'SQL-005')).toMatchObject({ line: 1 });
    expect(report.files.find((f) => f.path === 'scripts/cleanup.sql')).toMatchObject({ analysed: 'full' });
  });
});
