// End to end: the GitHub token and the Anthropic key never leave the process except to the API
// they belong to. The BUILT action runs with debug logging on (RUNNER_DEBUG=1, as "Re-run with
// debug logging" sets it), one loopback server stands in for GitHub and a second one for
// Anthropic, and every byte the run wrote — stdout, stderr, the job summary, the outputs, every
// file under RUNNER_TEMP, every request either server received — is scanned for both secrets.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltAction } from '../support/action.js';
import { exampleRepo } from '../support/example.js';
import { anthropicToolUse, startFakeApis, type FakeApis, type RecordedRequest } from '../support/fakeApis.js';

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

const TOKEN = 'ghs_SecretTokenFor2eTest0123456789abcdef';
const KEY = 'sk-ant-api03-SecretKeyForE2eTest-0123456789abcdefABCDEF';

const fakes: FakeApis[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** A request as text, with one header left out: the header the secret is meant to travel in. */
function requestText(request: RecordedRequest, allowedHeader: string): string {
  const headers = Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== allowedHeader);
  return JSON.stringify({ ...request, headers });
}

describe('secrets with debug logging on', () => {
  it('go only to their own API, in their own header, and appear nowhere else', async () => {
    const repo = exampleRepo();
    const base = git(repo, 'rev-parse', 'base');
    const head = git(repo, 'rev-parse', 'head');
    const github = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 21 } });
    fakes.push(github);
    // A second server that answers only the Messages API: whatever reaches it is what the action
    // sent to "Anthropic".
    const anthropic = await startFakeApis({ owner: 'other', repo: 'none', git: { dir: repo, base, head }, pr: { number: 1 } });
    fakes.push(anthropic);
    anthropic.pushAnthropic(
      anthropicToolUse('submit_review', {
        findings: [{ checklist: 'MON-03', file: 'dags/payments_hourly.py', line: 8, severity: 'warning', title: 'No alerting', message: 'Failures of the hourly refresh go unnoticed.' }],
        escalations: [],
      }),
    );

    const run = await runBuiltAction({
      fake: github,
      pr: { number: 21, base, head },
      inputs: { 'github-token': TOKEN, 'anthropic-api-key': KEY, 'fail-on': 'never' },
      env: { ANTHROPIC_BASE_URL: anthropic.url, RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' },
    });
    expect(run.status).toBe(0);
    expect(github.unexpected).toEqual([]);
    expect(anthropic.requestsTo('POST', '/v1/messages')).toHaveLength(1);
    // Debug logging really was on: the run printed debug lines.
    expect(run.stdout).toMatch(/^::debug::/m);

    // The runner masks both: the only place they may appear in the log is its own mask command.
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(run.stdout).toContain(`::add-mask::${KEY}`);
    const log = (run.stdout + run.stderr).split('\n').filter((line) => !line.startsWith('::add-mask::'));
    const written = [log.join('\n'), run.summary, JSON.stringify(run.outputs)];
    const runnerTemp = path.dirname(path.dirname(run.reportPath));
    for (const file of filesUnder(runnerTemp)) written.push(readFileSync(file, 'latin1'));
    for (const text of written) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(KEY);
    }

    // GitHub saw the token in Authorization and nowhere else, and never saw the key.
    expect(github.requests.length).toBeGreaterThan(5);
    for (const request of github.requests) {
      expect(request.headers['authorization']).toContain(TOKEN);
      const rest = requestText(request, 'authorization');
      expect(rest).not.toContain(TOKEN);
      expect(rest).not.toContain(KEY);
    }
    // Anthropic saw the key in its auth header and nowhere else, and never saw the token. (The
    // SDK sends it as `x-api-key` to the Messages API and as a bearer token to count_tokens.)
    for (const request of anthropic.requests) {
      const { 'x-api-key': apiKey, authorization, ...otherHeaders } = request.headers;
      expect([apiKey, authorization?.replace(/^Bearer /, '')], `${request.method} ${request.path}`).toContain(KEY);
      const rest = JSON.stringify({ ...request, headers: otherHeaders });
      expect(rest).not.toContain(KEY);
      expect(rest).not.toContain(TOKEN);
    }
    // Nothing the action wrote to GitHub (comments, issues, review) carries either secret.
    const state = JSON.stringify(github.state);
    expect(state).not.toContain(TOKEN);
    expect(state).not.toContain(KEY);
  });
});
