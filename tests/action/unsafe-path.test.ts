// A change listing that names paths git cannot hold (`../../etc/passwd`, absolute paths): the
// action reads none of them — no file on the runner, and no API request outside the
// repository's own routes — says so, and reviews the rest of the change as usual.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { unsafePathReason } from '../../src/changes/safe-path.js';
import { exampleRepo } from '../support/example.js';
import { startFakeApis, type FakeApis } from '../support/fakeApis.js';
import { runInProcess } from './harness.js';

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
let fake: FakeApis | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('unsafePathReason', () => {
  it.each([
    ['../../etc/passwd', '".." segment'],
    ['models/../../../.ssh/id_rsa.sql', '".." segment'],
    ['/etc/passwd', 'absolute'],
    ['C:\\Windows\\win.ini', 'absolute'],
    ['models/./x.sql', '"." or ".." segment'],
    ['models//x.sql', 'empty segment'],
    ['models/x\u0000.sql', 'control character'],
    ['', 'empty'],
  ])('refuses %j', (path, reason) => {
    expect(unsafePathReason(path)).toContain(reason);
  });

  it.each([['models/staging/stg_orders.sql'], ['dags/..hidden/x.py'], ['models/stg_@octocat_<img>.sql'], ['a b/c.sql']])('accepts %j', (path) => {
    expect(unsafePathReason(path)).toBeUndefined();
  });
});

describe('a change listing with paths outside the repository', () => {
  it('reads none of them, says so, and reviews the rest', async () => {
    const repo = exampleRepo();
    const base = git(repo, 'rev-parse', 'base');
    const head = git(repo, 'rev-parse', 'head');
    const hostile = ['../../../../etc/passwd', 'models/../../../../../etc/hostname.sql', '/etc/passwd.sql'];
    fake = await startFakeApis({
      owner: 'acme',
      repo: 'shop',
      git: { dir: repo, base, head },
      pr: { number: 61 },
      extraPullFiles: hostile.map((filename) => ({ filename, patch: '@@ -0,0 +1,1 @@\n+select * from secrets' })),
    });
    const baseline = await runInProcess({ fake, pr: { number: 61, base, head }, inputs: { 'dry-run': 'true', 'fail-on': 'never' } });
    const run = await runInProcess({ fake, pr: { number: 61, base, head }, inputs: { 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    expect(fake.unexpected).toEqual([]);

    // Every request stayed on the repository's own routes; none named a hostile path.
    for (const request of fake.requests) {
      expect(request.path, request.path).toMatch(/^\/(repos\/acme\/shop\/|graphql$)/);
      expect(request.path).not.toMatch(/(^|\/)\.\.(\/|$)/);
      expect(decodeURIComponent(request.path)).not.toMatch(/etc\/(passwd|hostname)/);
    }
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as { files: { path: string }[]; findings: { fingerprint: string }[]; notices: string[] };
    for (const path of hostile) {
      expect(report.files.map((file) => file.path)).toContain(path);
      expect(report.notices.some((notice) => notice.startsWith(`${path}: not read`))).toBe(true);
    }
    // Nothing from the runner's disk made it anywhere.
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
    expect(JSON.stringify(fake.state)).not.toContain(passwd);
    expect(JSON.stringify(report)).not.toContain(passwd);
    // The rest of the change was reviewed as without the hostile entries.
    const before = JSON.parse(readFileSync(baseline.outputs['report-path']!, 'utf8')) as { findings: { fingerprint: string }[] };
    const found = new Set(report.findings.map((finding) => finding.fingerprint));
    expect(before.findings.length).toBeGreaterThan(5);
    for (const finding of before.findings) expect(found.has(finding.fingerprint)).toBe(true);
  }, 60_000);
});
