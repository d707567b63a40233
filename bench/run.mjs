// npm run bench [-- --quick] [-- --runs N]
//
// Measures the built product (dist/) on generated corpora of N = 10, 100, 1,000, 5,000 files:
//   - the rules-only CLI review: wall time (median of runs), files/s, peak RSS;
//   - the floor: reading + parsing the same files with the same parsers (bench/floor.mjs);
//   - sqlfluff (Debian package) on the SQL models at N = 100 and 1,000, capped and extrapolated;
//   - the action bundle's cold start against `node -e 0`;
//   - GitHub API calls for 1, 10, 100 findings against a loopback stand-in (bench/api-calls.mjs);
//   - the LLM stage against a loopback Messages API stand-in (bench/llm-stage.mjs): calls, bytes and
//     tokens per changed line, share of the cached prompt prefix read from the cache after call 1.
// Prints a table and writes bench/out/results.json. Needs no network and no API key; targets are
// printed with pass/fail and never change the exit status.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, composition } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const SIZES = quick ? [10, 100, 1000] : [10, 100, 1000, 5000];
// Every size runs RUNS times, 5,000 included (~50 s per review on 2 cores; the bench takes about
// 8 minutes): its peak RSS varies by ±20 MB from run to run with the timing of garbage collections.
// sqlfluff takes ~1.5 s per model: lint at most this many models and extrapolate per file.
const SQLFLUFF_SAMPLE = Number(process.env.BENCH_SQLFLUFF_SAMPLE ?? 24);
const SQLFLUFF_SIZES = [100, 1000];
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cleanEnv = () => {
  const env = { ...process.env };
  delete env.ANTHROPIC_API_KEY; // rules only, whatever the caller's shell holds
  delete env.GITHUB_ACTIONS;
  return env;
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs a command, returning wall ms and peak RSS in MB (GNU time, else a resourceUsage wrapper). */
function measured(command, commandArgs, options = {}) {
  const started = performance.now();
  let result;
  let maxRssMb;
  // CPU seconds (user + system): steadier than wall time on a shared machine, and it shows work
  // done off the main thread (GC helpers, WASM compilation, git) that wall time hides.
  let cpuS;
  if (GNU_TIME) {
    result = spawnSync(GNU_TIME, ['-v', command, ...commandArgs], { ...options, maxBuffer: 512 * 1024 * 1024 });
    const report = result.stderr.toString();
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    maxRssMb = match ? Number(match[1]) / 1024 : undefined;
    const user = /User time \(seconds\): ([\d.]+)/.exec(report);
    const system = /System time \(seconds\): ([\d.]+)/.exec(report);
    cpuS = user && system ? Number(user[1]) + Number(system[1]) : undefined;
  } else {
    const wrapper = path.join(root, 'bench', 'rss-wrapper.mjs');
    result = spawnSync(process.execPath, [wrapper, command, ...commandArgs], { ...options, maxBuffer: 512 * 1024 * 1024 });
    const match = /BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr.toString());
    maxRssMb = match ? Number(match[1]) / 1024 : undefined;
    const cpu = /BENCH_CPU_US=(\d+)/.exec(result.stderr.toString());
    cpuS = cpu ? Number(cpu[1]) / 1e6 : undefined;
  }
  return { ms: performance.now() - started, maxRssMb, cpuS, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function review(corpus) {
  const run = measured(process.execPath, [path.join(root, 'dist', 'cli.js'), 'review', '--repo', corpus.dir, '--base', corpus.base, '--head', corpus.head, '--format', 'json', '--fail-on', 'never'], { env: cleanEnv() });
  if (run.status !== 0) throw new Error(`review failed (${run.status}): ${run.stderr.toString().slice(-2000)}`);
  const report = JSON.parse(run.stdout.toString());
  const analysed = report.files.filter((f) => f.analysed === 'full').length;
  return { ms: run.ms, cpuS: run.cpuS, maxRssMb: run.maxRssMb, findings: report.findings.length, analysed, reviewed: report.files.length };
}

function floorProcess(corpus) {
  const run = measured(process.execPath, [path.join(root, 'bench', 'floor.mjs'), corpus.dir], { input: JSON.stringify(corpus.files) });
  if (run.status !== 0) throw new Error(`floor failed: ${run.stderr.toString().slice(-2000)}`);
  const inner = JSON.parse(run.stdout.toString());
  return { ms: run.ms, cpuS: run.cpuS, innerMs: inner.ms, failed: inner.failed };
}

function sqlfluffAvailable() {
  const probe = spawnSync('sqlfluff', ['--version']);
  if (probe.status === 0) return { ok: true, version: probe.stdout.toString().trim() };
  // Try the Debian package once; without root or a mirror this fails and the figure is skipped.
  const install = spawnSync('sh', ['-c', 'command -v apt-get >/dev/null && (apt-get install -y sqlfluff || (apt-get update && apt-get install -y sqlfluff))'], { stdio: 'ignore', timeout: 300_000 });
  const again = spawnSync('sqlfluff', ['--version']);
  if (again.status === 0) return { ok: true, version: again.stdout.toString().trim(), installed: true };
  return { ok: false, reason: `sqlfluff is not installed and apt-get install -y sqlfluff failed (status ${install.status})` };
}

/** sqlfluff 1.4 (Debian bookworm) still uses L-codes; these are the ones overlapping our SQL rules. */
const SQLFLUFF_RULES = {
  // new code → 1.x code: AM04 select * unknown columns, ST03 unused CTE, AM07 set column count, AM02 bare UNION
  '1': 'L044,L045,L068,L033',
  // 2.x/3.x also have AM08 (implicit cross join) and AM09 (LIMIT without ORDER BY) where available
  new: 'AM04,ST03,AM07,AM02,AM08,AM09',
};

function sqlfluffLint(corpus, version) {
  const major = /(\d+)\./.exec(version)?.[1] ?? '1';
  const rules = major === '1' ? SQLFLUFF_RULES['1'] : SQLFLUFF_RULES.new;
  const sample = corpus.sqlFiles.slice(0, SQLFLUFF_SAMPLE);
  const started = performance.now();
  const run = spawnSync('sqlfluff', ['lint', '--dialect', 'snowflake', '--templater', 'jinja', '--rules', rules, '--nofail', '--format', 'json', '--processes', '1', ...sample], {
    cwd: corpus.dir,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  const ms = performance.now() - started;
  let violations;
  try {
    violations = JSON.parse(run.stdout.toString()).reduce((sum, f) => sum + f.violations.length, 0);
  } catch {
    violations = undefined;
  }
  const perFileMs = ms / sample.length;
  return { rules, sampled: sample.length, sqlFiles: corpus.sqlFiles.length, sampleMs: ms, perFileMs, extrapolatedMs: perFileMs * corpus.sqlFiles.length, violations, status: run.status };
}

function coldStart() {
  const work = mkdtempSync(path.join(tmpdir(), 'der-cold-'));
  const eventPath = path.join(work, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'bench/repo' } }));
  writeFileSync(path.join(work, 'output.txt'), '');
  writeFileSync(path.join(work, 'summary.md'), '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'bench/repo',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_OUTPUT: path.join(work, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
    RUNNER_TEMP: work,
    'INPUT_GITHUB-TOKEN': 'ghs_bench000000000000000000000000000000',
  };
  const time = (cmd) => {
    const started = performance.now();
    const r = spawnSync(process.execPath, cmd, { env, cwd: work });
    return { ms: performance.now() - started, status: r.status };
  };
  time(['-e', '0']); // warm the OS file cache for both
  time([path.join(root, 'dist', 'index.js')]);
  const bare = [];
  const action = [];
  let status;
  for (let i = 0; i < 7; i++) {
    bare.push(time(['-e', '0']).ms);
    const a = time([path.join(root, 'dist', 'index.js')]);
    action.push(a.ms);
    status = a.status;
  }
  rmSync(work, { recursive: true, force: true });
  return { nodeMs: median(bare), actionMs: median(action), overheadMs: median(action) - median(bare), exitStatus: status };
}

const fmt = (value, digits = 0) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
const verdict = (ok) => (ok === undefined ? 'n/a ' : ok ? 'PASS' : 'FAIL');

async function main() {
  const benchStarted = performance.now();
  const machine = {
    nproc: Number(execFileSync('nproc').toString().trim()),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    date: new Date().toISOString(),
  };
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build first');
  console.log(`Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}${quick ? ' — quick mode (no 5,000)' : ''}`);

  const fluff = sqlfluffAvailable();
  if (!fluff.ok) console.log(`sqlfluff: skipped — ${fluff.reason}`);

  const rows = [];
  for (const n of SIZES) {
    const corpus = buildCorpus(n);
    const runs = RUNS;
    const reviews = [];
    const floors = [];
    for (let i = 0; i < runs; i++) {
      reviews.push(review(corpus));
      floors.push(floorProcess(corpus));
    }
    const reviewMs = median(reviews.map((r) => r.ms));
    const floorMs = median(floors.map((f) => f.ms));
    const row = {
      n,
      composition: composition(n),
      runs,
      reviewMs,
      reviewRunsMs: reviews.map((r) => Math.round(r.ms)),
      filesPerSecond: n / (reviewMs / 1000),
      msPerFile: reviewMs / n,
      // The median run's peak, like the times; the highest peak of any run is kept beside it.
      peakRssMb: median(reviews.map((r) => r.maxRssMb ?? Number.NaN)),
      peakRssMaxMb: Math.max(...reviews.map((r) => r.maxRssMb ?? 0)) || undefined,
      peakRssRunsMb: reviews.map((r) => (r.maxRssMb === undefined ? undefined : Math.round(r.maxRssMb))),
      findings: reviews[0].findings,
      analysedFully: reviews[0].analysed,
      floorMs,
      floorParseMs: median(floors.map((f) => f.innerMs)),
      floorFailed: floors[0].failed,
      ratio: reviewMs / floorMs,
      reviewCpuS: median(reviews.map((r) => r.cpuS ?? Number.NaN)),
      floorCpuS: median(floors.map((f) => f.cpuS ?? Number.NaN)),
    };
    row.cpuRatio = row.reviewCpuS / row.floorCpuS;
    if (fluff.ok && SQLFLUFF_SIZES.includes(n)) {
      process.stdout.write(`  sqlfluff on ${Math.min(SQLFLUFF_SAMPLE, corpus.sqlFiles.length)} of ${corpus.sqlFiles.length} models at N=${n}…\n`);
      row.sqlfluff = sqlfluffLint(corpus, fluff.version);
      // Conservative: sqlfluff's time for the SQL models only against our time for ALL N files.
      row.sqlfluffRatio = row.sqlfluff.extrapolatedMs / reviewMs;
    }
    rows.push(row);
    console.log(`  N=${n}: review ${fmt(reviewMs)} ms (${runs} run${runs > 1 ? 's' : ''}), floor ${fmt(floorMs)} ms`);
    rmSync(corpus.dir, { recursive: true, force: true });
  }

  const cold = coldStart();
  let apiCalls;
  try {
    const { apiCallFigures } = await import('./api-calls.mjs');
    apiCalls = await apiCallFigures();
  } catch (error) {
    apiCalls = { skipped: `API-call figures not measured: ${error instanceof Error ? error.message : String(error)}` };
  }
  let llmStage;
  try {
    const { llmStageFigures } = await import('./llm-stage.mjs');
    llmStage = await llmStageFigures([10, 100]);
  } catch (error) {
    llmStage = { skipped: `LLM-stage figures not measured: ${error instanceof Error ? error.message : String(error)}` };
  }
  const llmCached = llmStage.rows?.filter((r) => r.cachedShareAfterFirst !== undefined) ?? [];
  const worstCached = llmCached.length > 0 ? Math.min(...llmCached.map((r) => r.cachedShareAfterFirst)) : undefined;

  const at = (n) => rows.find((r) => r.n === n);
  // ms/file at 100 is dominated by the ~3 s fixed start (WASM compile, bundle load), so the
  // linear-scaling target passes trivially; the marginal cost per added file shows the real slope.
  for (let i = 1; i < rows.length; i++) rows[i].marginalMsPerFile = (rows[i].reviewMs - rows[i - 1].reviewMs) / (rows[i].n - rows[i - 1].n);
  const worstRatio = Math.max(...rows.filter((r) => r.n >= 100).map((r) => r.ratio));
  const slope = at(5000) && at(1000)?.marginalMsPerFile && at(5000).marginalMsPerFile / at(1000).marginalMsPerFile;
  const targets = [
    { name: 'review / floor ≤ 2 (N ≥ 100, worst)', value: fmt(worstRatio, 2), ok: worstRatio <= 2 },
    {
      name: 'ms/file at 5,000 ≤ 1.5 × ms/file at 100',
      value: at(5000) ? `${fmt(at(5000).msPerFile, 1)} vs ${fmt(at(100).msPerFile, 1)} (${fmt(at(5000).msPerFile / at(100).msPerFile, 2)}×)` : 'not run (--quick)',
      ok: at(5000) ? at(5000).msPerFile <= 1.5 * at(100).msPerFile : undefined,
    },
    {
      name: '(informative) marginal ms/file 1,000→5,000 vs 100→1,000',
      value: slope ? `${fmt(at(5000).marginalMsPerFile, 1)} vs ${fmt(at(1000).marginalMsPerFile, 1)} (${fmt(slope, 2)}×)` : 'not run (--quick)',
      ok: slope ? slope <= 1.5 : undefined,
    },
    {
      name: 'peak memory at 5,000 ≤ 400 MB (median run; every run in brackets)',
      value: at(5000) ? `${fmt(at(5000).peakRssMb)} MB (${at(5000).peakRssRunsMb.join(', ')})` : 'not run (--quick)',
      ok: at(5000) ? at(5000).peakRssMb <= 400 : undefined,
    },
    {
      name: 'sqlfluff / ours ≥ 50 at 1,000',
      value: at(1000)?.sqlfluffRatio !== undefined ? fmt(at(1000).sqlfluffRatio, 1) : 'sqlfluff not run',
      ok: at(1000)?.sqlfluffRatio !== undefined ? at(1000).sqlfluffRatio >= 50 : undefined,
    },
    { name: 'action cold start ≤ 300 ms above node -e 0', value: `+${fmt(cold.overheadMs)} ms`, ok: cold.overheadMs <= 300 },
    {
      name: 'GitHub API calls constant in findings',
      value: apiCalls.byFindings ? apiCalls.byFindings.map((f) => `${f.findings}→${f.calls}`).join(', ') : 'not measured',
      ok: apiCalls.byFindings ? new Set(apiCalls.byFindings.map((f) => f.calls)).size === 1 : undefined,
    },
    {
      name: '≥ 80% of system-prompt tokens read from the cache on calls after the first',
      value: worstCached !== undefined ? `${fmt(worstCached * 100)}% (worst size with > 1 call)` : llmStage.rows ? 'only one call per size' : 'not measured',
      ok: worstCached !== undefined ? worstCached >= 0.8 : undefined,
    },
  ];

  console.log('');
  console.log('| N | models/yml/dags | runs | review ms | files/s | ms/file | marginal ms/file | peak RSS MB (median; max) | floor ms | review/floor | review / floor CPU s | findings | sqlfluff ms (extrap.) | sqlfluff/ours |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const c = r.composition;
    const sf = r.sqlfluff ? `${fmt(r.sqlfluff.extrapolatedMs)} (${r.sqlfluff.sampled}/${r.sqlfluff.sqlFiles} linted, ${fmt(r.sqlfluff.perFileMs)} ms/file)` : '–';
    console.log(`| ${r.n} | ${c.models}/${c.props}/${c.dags} | ${r.runs} | ${fmt(r.reviewMs)} | ${fmt(r.filesPerSecond, 1)} | ${fmt(r.msPerFile, 1)} | ${fmt(r.marginalMsPerFile, 1)} | ${fmt(r.peakRssMb)}; ${fmt(r.peakRssMaxMb)} | ${fmt(r.floorMs)} | ${fmt(r.ratio, 2)} | ${fmt(r.reviewCpuS, 1)} / ${fmt(r.floorCpuS, 1)} (${fmt(r.cpuRatio, 2)}) | ${r.findings} | ${sf} | ${r.sqlfluffRatio !== undefined ? fmt(r.sqlfluffRatio, 1) : '–'} |`);
  }
  console.log('');
  console.log(`Cold start: node -e 0 ${fmt(cold.nodeMs)} ms, node dist/index.js (non-PR event) ${fmt(cold.actionMs)} ms → +${fmt(cold.overheadMs)} ms (median of 7; exit ${cold.exitStatus})`);
  if (apiCalls.byFindings) {
    console.log(`GitHub API calls by findings: ${apiCalls.byFindings.map((f) => `${f.findings} findings (${f.reviewComments} inline) → ${f.calls} calls`).join('; ')}`);
    console.log(`  routes: ${apiCalls.byFindings.at(-1).routes}`);
  } else {
    console.log(apiCalls.skipped);
  }
  if (llmStage.rows) {
    console.log('LLM stage (CLI with a key, loopback Messages API stand-in; tokens estimated at 3.5 chars/token, bytes exact):');
    console.log('');
    console.log('| N | changed lines | calls | bytes sent | bytes/changed line | tokens sent | tokens/changed line | uncached tokens/changed line | prefix (system+tool) tokens | cache write / read tokens | prefix read from cache after call 1 | LLM status |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of llmStage.rows) {
      console.log(`| ${r.n} | ${r.changedLines} | ${r.calls} | ${r.bytes} | ${fmt(r.bytesPerChangedLine)} | ${r.tokens} | ${fmt(r.tokensPerChangedLine)} | ${fmt(r.uncachedTokensPerChangedLine)} | ${r.prefixTokens ?? '–'} | ${r.cacheWriteTokens} / ${r.cacheReadTokens} | ${r.cachedShareAfterFirst !== undefined ? `${fmt(r.cachedShareAfterFirst * 100)}%` : '– (1 call)'} | ${r.llmStatus}${r.skippedParts ? `, ${r.skippedParts} parts not reviewed` : ''} |`);
    }
  } else {
    console.log(llmStage.skipped);
  }
  console.log('');
  console.log('| target | value | result |');
  console.log('|---|---|---|');
  for (const t of targets) console.log(`| ${t.name} | ${t.value} | ${verdict(t.ok)} |`);
  const totalS = (performance.now() - benchStarted) / 1000;
  console.log('');
  console.log(`Bench took ${fmt(totalS)} s. Floor = child process reading + parsing the same files with the vendored parsers (includes parser load). sqlfluff time covers the SQL models only, ours all N files.`);

  mkdirSync(path.join(root, 'bench', 'out'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'out', 'results.json'), JSON.stringify({ machine, quick, sqlfluff: fluff, rows, coldStart: cold, apiCalls, llmStage, targets, benchSeconds: totalS }, null, 2));
  console.log(`Wrote bench/out/results.json`);
}

await main();
