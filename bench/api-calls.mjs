// GitHub API calls made by the action for 1, 10 and 100 findings, against the loopback stand-in
// (bench/api-server.mjs). The change is one DAG file holding k DAGs that each miss only
// `dagrun_timeout`, so the file count stays fixed and only the number of findings grows.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiServer } from './api-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const git = (dir, args) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();

function dagFile(k) {
  const out = ['"""DAGs for the API-call bench."""', 'from datetime import datetime, timedelta', 'from airflow import DAG', 'from airflow.operators.bash import BashOperator', '', 'def alert(context):', '    print(context)', ''];
  for (let i = 0; i < k; i++) {
    out.push(`with DAG(dag_id="d${i}", schedule="0 5 * * *", start_date=datetime(2026, 1, 1), catchup=False, doc_md="Loads ${i}.", tags=["t"], default_args={"owner": "data", "retries": 2, "on_failure_callback": alert}) as dag${i}:`);
    out.push(`    BashOperator(task_id="t${i}", bash_command="echo ${i}", execution_timeout=timedelta(minutes=30))`, '');
  }
  return out.join('\n');
}

function buildRepo(k) {
  const dir = mkdtempSync(path.join(tmpdir(), `der-api-${k}-`));
  git(dir, ['init', '-q', '-b', 'main']);
  mkdirSync(path.join(dir, 'dags'));
  writeFileSync(path.join(dir, 'dags', 'pipelines.py'), '"""Placeholder."""\n');
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'base']);
  const base = git(dir, ['rev-parse', 'HEAD']);
  writeFileSync(path.join(dir, 'dags', 'pipelines.py'), dagFile(k));
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'head']);
  return { dir, base, head: git(dir, ['rev-parse', 'HEAD']) };
}

async function runAction(k) {
  const repo = buildRepo(k);
  const api = await startApiServer(repo);
  const work = mkdtempSync(path.join(tmpdir(), 'der-api-run-'));
  const full = `${api.owner}/${api.repo}`;
  const eventPath = path.join(work, 'event.json');
  writeFileSync(eventPath, JSON.stringify({
    action: 'synchronize', number: api.number,
    pull_request: { number: api.number, title: 'Bench PR', body: '', html_url: `https://github.com/${full}/pull/${api.number}`, base: { sha: repo.base, ref: 'main', repo: { full_name: full } }, head: { sha: repo.head, ref: 'feature', repo: { full_name: full } } },
    repository: { full_name: full },
  }));
  const output = path.join(work, 'output.txt');
  writeFileSync(output, '');
  writeFileSync(path.join(work, 'summary.md'), '');
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: full, GITHUB_API_URL: api.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'), RUNNER_TEMP: work, DATA_ENGINEER_REVIEW_THROTTLE: 'off',
    'INPUT_GITHUB-TOKEN': 'ghs_bench000000000000000000000000000000', 'INPUT_FAIL-ON': 'never',
  };
  const child = spawn(process.execPath, [path.join(root, 'dist', 'index.js')], { env, cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const status = await new Promise((resolve) => child.on('close', resolve));
  await api.close();
  const outputs = readFileSync(output, 'utf8');
  const findings = Number(/findings-count<<[^\n]*\n(\d+)/.exec(outputs)?.[1] ?? NaN);
  const byRoute = {};
  for (const r of api.requests) {
    const key = `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '').replace(/\/[0-9a-f]{40}/g, '/:sha').replace(/\/\d+/g, '/:n').replace(/\/contents\/.*/, '/contents/*').replace(/\/compare\/.*/, '/compare/*')}`;
    byRoute[key] = (byRoute[key] ?? 0) + 1;
  }
  rmSync(repo.dir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  return {
    dagsWithFinding: k, findings, status, calls: api.requests.length, unexpected: api.requests.filter((r) => r.unexpected).length,
    reviewComments: api.state.reviewComments.length, routes: Object.entries(byRoute).map(([r, n]) => `${r}×${n}`).join(', '),
    ...(status !== 0 ? { stderr: (stderr + stdout).slice(-1500) } : {}),
  };
}

export async function apiCallFigures() {
  const byFindings = [];
  for (const k of [1, 10, 100]) byFindings.push(await runAction(k));
  return { byFindings };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await apiCallFigures(), null, 2));
}
