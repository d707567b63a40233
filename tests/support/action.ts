// Runs the BUILT action bundle (dist/index.js) as a real process against the loopback APIs,
// the way the Actions runner does: inputs as INPUT_* variables, the event as a JSON file,
// outputs and the job summary as files.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './example.js';
import type { FakeApis } from './fakeApis.js';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  reportPath: string;
}

export interface ActionRunOptions {
  fake: FakeApis;
  pr: { number: number; title?: string; base: string; head: string; fork?: boolean };
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  eventName?: string;
  /** A payload other than the pull request event (e.g. issue_comment); `pr` is then unused. */
  payload?: unknown;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER` … `DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

export interface RunnerFiles {
  /** RUNNER_TEMP of the run. */
  work: string;
  outputPath: string;
  summaryPath: string;
  /** The runner's variables and the INPUT_* ones, as the Actions runner sets them. */
  env: Record<string, string>;
}

/**
 * What the Actions runner prepares before a step: the event file, empty output and job summary
 * files, GITHUB_* variables pointing the API at the loopback fake, and the inputs as INPUT_*.
 * Shared by the built-bundle runner here and the in-process one (tests/action/harness.ts).
 */
export function prepareRunnerFiles(options: Omit<ActionRunOptions, 'pr'> & { pr?: ActionRunOptions['pr']; summaryPath?: string }): RunnerFiles {
  const work = mkdtempSync(path.join(tmpdir(), 'der-action-'));
  const eventPath = path.join(work, 'event.json');
  const outputPath = path.join(work, 'output.txt');
  const summaryPath = options.summaryPath ?? path.join(work, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const full = `${options.fake.owner}/${options.fake.repo}`;
  const pr = options.pr ?? { number: 0, base: '', head: '' };
  writeFileSync(
    eventPath,
    JSON.stringify(options.payload ?? {
      action: 'synchronize',
      number: pr.number,
      pull_request: {
        number: pr.number,
        title: pr.title ?? 'Change the shop models',
        body: '',
        html_url: `https://github.com/${full}/pull/${pr.number}`,
        base: { sha: pr.base, ref: 'main', repo: { full_name: full } },
        head: { sha: pr.head, ref: 'feature', repo: { full_name: pr.fork ? `someone/${options.fake.repo}` : full } },
      },
      repository: { full_name: full },
    }),
  );
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: full,
    GITHUB_API_URL: options.fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: work,
    DATA_ENGINEER_REVIEW_THROTTLE: 'off',
    ...options.env,
  };
  const inputs = { 'github-token': 'ghs_testtoken000000000000000000000000', ...options.inputs };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { work, outputPath, summaryPath, env };
}

export async function runBuiltAction(options: ActionRunOptions): Promise<ActionRun> {
  const { work, outputPath, summaryPath, env: runnerEnv } = prepareRunnerFiles(options);
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], ...runnerEnv };

  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { env, cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
  const reportPath = outputs['report-path'] ?? '';
  return {
    status,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryPath, 'utf8'),
    reportPath: reportPath && existsSync(reportPath) ? reportPath : '',
  };
}
