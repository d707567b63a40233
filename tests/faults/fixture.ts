// What every fault scenario shares: the repository (the bundled example, plus the same change on
// a base that holds a config with `llm: required`), the baseline (a clean rules-only run, computed
// once per test file), the runner-independent scenario loop, and the three checks each scenario
// ends with: (a) exit code and a message naming what failed, (b) no duplicate on GitHub,
// (c) no finding of the baseline lost (summary comment, inline comment, JSON report or SARIF).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { exampleRepo } from '../support/example.js';
import { startFakeApis, type FakeApis } from '../support/fakeApis.js';

export const PR_NUMBER = 31;
export const OWNER = 'acme';
export const REPO = 'shop';
export const API_KEY = 'sk-ant-faults-test-000000000000';

/** A run as both runners report it: in-process (tests/action/harness.ts) or the built bundle. */
export interface FaultRun {
  exitCode: number;
  stdout: string;
  outputs: Record<string, string>;
  /** The job summary. */
  summary: string;
}

export type FaultRunner = (options: {
  fake: FakeApis;
  pr: { number: number; base: string; head: string };
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}) => Promise<FaultRun>;

/**
 * Short waits so the whole suite stays fast: GitHub attempts time out after 1 s (the fake's slow
 * answers take 2.5 s), the retry plugin backs off 50·n² ms instead of 1000·n², and the LLM pass
 * backs off from 5 ms (doubling). Production keeps 30 s, 1 s and 1 s.
 */
export const FAST_ENV: Record<string, string> = {
  DATA_ENGINEER_REVIEW_HTTP_TIMEOUT_MS: '1000',
  DATA_ENGINEER_REVIEW_HTTP_RETRY_BASE_MS: '50',
  DATA_ENGINEER_REVIEW_LLM_TIMEOUT_MS: '1000',
  DATA_ENGINEER_REVIEW_LLM_RETRY_DELAY_MS: '5',
};
/** Longer than either timeout above. */
export const SLOW_ANSWER_MS = 2500;

const GIT_IDENTITY = ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false'];
const git = (dir: string, ...args: string[]) => execFileSync('git', [...GIT_IDENTITY, ...args], { cwd: dir, encoding: 'utf8' }).trim();

export interface FaultRepo {
  dir: string;
  /** The example's change: no config file at the base. */
  plain: { base: string; head: string };
  /** The same change on a base whose .github/data-engineer-review.yml says `llm: required`. */
  required: { base: string; head: string };
}

export function buildFaultRepo(): FaultRepo {
  const dir = exampleRepo();
  const plain = { base: git(dir, 'rev-parse', 'base'), head: git(dir, 'rev-parse', 'head') };
  git(dir, 'checkout', '-q', '-b', 'llm-required', plain.base);
  mkdirSync(path.join(dir, '.github'), { recursive: true });
  writeFileSync(path.join(dir, '.github', 'data-engineer-review.yml'), 'llm: required\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'require the LLM review');
  const requiredBase = git(dir, 'rev-parse', 'HEAD');
  const patch = execFileSync('git', ['diff', '--binary', plain.base, plain.head], { cwd: dir });
  execFileSync('git', ['apply', '--index'], { cwd: dir, input: patch });
  git(dir, 'commit', '-qm', 'the example change');
  return { dir, plain, required: { base: requiredBase, head: git(dir, 'rev-parse', 'HEAD') } };
}

export async function startFake(repo: FaultRepo, pair: 'plain' | 'required' = 'plain'): Promise<FakeApis> {
  const shas = repo[pair];
  return startFakeApis({ owner: OWNER, repo: REPO, git: { dir: repo.dir, ...shas }, pr: { number: PR_NUMBER, title: 'Incremental orders, payments feed' } });
}

// ---- the baseline --------------------------------------------------------------------------

export interface BaselineFinding {
  fingerprint: string;
  rule: string;
  file: string;
  line: number;
}

export interface Baseline {
  findings: BaselineFinding[];
  escalations: { fingerprint: string; trigger: string }[];
}

interface ReportShape {
  findings: BaselineFinding[];
  escalations: { fingerprint: string; trigger: string }[];
  llm: { status: string; error?: string };
}

export function readReport(run: FaultRun): ReportShape | undefined {
  const file = run.outputs['report-path'];
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReportShape) : undefined;
}

/** The fingerprints in the SARIF file, findings and escalations alike. */
export function sarifFingerprints(run: FaultRun): Set<string> {
  const file = run.outputs['sarif-path'];
  if (!file || !existsSync(file)) return new Set();
  const sarif = JSON.parse(readFileSync(file, 'utf8')) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
  return new Set(sarif.runs.flatMap((r) => r.results.map((result) => Object.values(result.partialFingerprints)[0] ?? '')));
}

/** A clean rules-only run of the plain change: what every scenario must still deliver. */
export async function computeBaseline(repo: FaultRepo, runner: FaultRunner): Promise<Baseline> {
  const fake = await startFake(repo);
  try {
    const run = await runner({ fake, pr: { number: PR_NUMBER, ...repo.plain }, inputs: { 'fail-on': 'never' }, env: FAST_ENV });
    expect(run.exitCode).toBe(0);
    const report = readReport(run);
    expect(report, 'the baseline wrote its report').toBeDefined();
    const findings = report!.findings.map(({ fingerprint, rule, file, line }) => ({ fingerprint, rule, file, line }));
    // The example is chosen for these: findings, inline-anchorable ones, and an escalation.
    expect(findings.length).toBeGreaterThan(5);
    expect(report!.escalations).toHaveLength(1);
    expect(fake.state.reviewComments.length).toBeGreaterThan(0);
    expect(fake.unexpected).toEqual([]);
    return { findings, escalations: report!.escalations.map(({ fingerprint, trigger }) => ({ fingerprint, trigger })) };
  } finally {
    await fake.close();
  }
}

// ---- (b) duplicates --------------------------------------------------------------------------

const SUMMARY_MARKER = '<!-- data-engineer-review:summary -->';
const FINDING_MARKER = /<!-- data-engineer-review:finding ([A-Za-z0-9._:%-]+) -->/g;
const ESCALATION_MARKER = /<!-- data-engineer-review:escalation ([A-Za-z0-9._:%-]+) -->/g;

function counted(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Every write that exists twice on the fake: a second summary, issue or inline comment for one thing. */
export function duplicatesOn(fake: FakeApis): string[] {
  const found: string[] = [];
  const summaries = fake.state.comments.filter((c) => c.issue_number === PR_NUMBER && c.body.includes(SUMMARY_MARKER));
  if (summaries.length > 1) found.push(`${summaries.length} summary comments`);
  const issueMarkers = fake.state.issues.flatMap((issue) => [...new Set([...(issue.body ?? '').matchAll(ESCALATION_MARKER)].map((m) => m[1]!))]);
  for (const [fingerprint, count] of counted(issueMarkers)) if (count > 1) found.push(`${count} issues for escalation ${fingerprint}`);
  const inlineMarkers = fake.state.reviewComments.filter((c) => c.in_reply_to_id === undefined).flatMap((c) => [...c.body.matchAll(FINDING_MARKER)].map((m) => m[1]!));
  for (const [fingerprint, count] of counted(inlineMarkers)) if (count > 1) found.push(`${count} inline comments for finding ${fingerprint}`);
  return found;
}

// ---- (c) lost findings -----------------------------------------------------------------------

export interface Delivery {
  /** Baseline findings in none of the channels (summary comment, inline comment, report, SARIF). */
  lost: string[];
  /** Baseline findings (and escalations) missing from GitHub: neither inline, nor in the summary comment or an issue. */
  notOnGitHub: string[];
  /** Baseline findings missing from the JSON report or the SARIF file. */
  notInFiles: string[];
}

export function summaryComment(fake: FakeApis): string | undefined {
  return fake.state.comments.find((c) => c.issue_number === PR_NUMBER && c.body.includes(SUMMARY_MARKER))?.body;
}

/** Where each finding of the baseline ended up. */
export function deliveryOf(baseline: Baseline, run: FaultRun, fake: FakeApis): Delivery {
  const inline = new Set(fake.state.reviewComments.flatMap((c) => [...c.body.matchAll(FINDING_MARKER)].map((m) => decodeURIComponent(m[1]!))));
  const summaryRows = (summaryComment(fake) ?? '').split('\n').filter((line) => line.startsWith('|'));
  const inSummary = (finding: BaselineFinding) => summaryRows.some((row) => row.includes(`\`${finding.rule}\``) && row.includes(`${finding.file}:${finding.line}`));
  const report = readReport(run);
  const reported = new Set([...(report?.findings ?? []).map((f) => f.fingerprint), ...(report?.escalations ?? []).map((e) => e.fingerprint)]);
  const sarif = sarifFingerprints(run);
  const summaryText = summaryComment(fake) ?? '';
  const issueText = fake.state.issues.map((issue) => issue.body ?? '').join('\n');

  const delivery: Delivery = { lost: [], notOnGitHub: [], notInFiles: [] };
  for (const finding of baseline.findings) {
    const onGitHub = inline.has(finding.fingerprint) || inSummary(finding);
    const inFiles = reported.has(finding.fingerprint) && sarif.has(finding.fingerprint);
    const id = `${finding.rule} ${finding.file}:${finding.line}`;
    if (!onGitHub) delivery.notOnGitHub.push(id);
    if (!inFiles) delivery.notInFiles.push(id);
    if (!onGitHub && !reported.has(finding.fingerprint) && !sarif.has(finding.fingerprint)) delivery.lost.push(id);
  }
  for (const escalation of baseline.escalations) {
    const onGitHub = issueText.includes(escalation.fingerprint) || summaryText.includes(escalation.trigger);
    const id = `escalation ${escalation.trigger}`;
    if (!onGitHub) delivery.notOnGitHub.push(id);
    if (!reported.has(escalation.fingerprint) || !sarif.has(escalation.fingerprint)) delivery.notInFiles.push(id);
    if (!onGitHub && !reported.has(escalation.fingerprint) && !sarif.has(escalation.fingerprint)) delivery.lost.push(id);
  }
  return delivery;
}

// ---- one scenario, start to end ------------------------------------------------------------

import type { FaultScenario } from './scenarios.js';
import type { FaultTally } from './counts.js';

const DAG_FINDING_GOOD = { checklist: 'MON-03', file: 'dags/payments_hourly.py', line: 8, severity: 'warning', title: 'No failure alerting', message: 'Nobody hears when the hourly refresh fails.' };

export interface ScenarioContext {
  repo: FaultRepo;
  baseline: Baseline;
  runner: FaultRunner;
  tally: FaultTally;
}

/** Runs a scenario and asserts (a), (b) and (c); records its lost findings and duplicates in the tally. */
export async function runFaultScenario(scenario: FaultScenario, context: ScenarioContext): Promise<void> {
  const { repo, baseline, runner } = context;
  const pair = scenario.llmRequired ? 'required' : 'plain';
  const fake = await startFake(repo, pair);
  const { anthropicToolUse } = await import('../support/fakeApis.js');
  try {
    const inputs: Record<string, string> = { 'fail-on': 'never', ...(scenario.llm ? { 'anthropic-api-key': API_KEY } : {}) };
    const env: Record<string, string> = { ...FAST_ENV, ...(scenario.llm ? { ANTHROPIC_BASE_URL: fake.url } : {}) };
    const run = (extraEnv: Record<string, string> = {}) => runner({ fake, pr: { number: PR_NUMBER, ...repo[pair] }, inputs, env: { ...env, ...extraEnv } });
    const scriptGoodAnswer = () => {
      if (scenario.llm) fake.pushAnthropic(anthropicToolUse('submit_review', { findings: [DAG_FINDING_GOOD], escalations: [] }));
    };

    if (scenario.afterCleanRun) {
      scriptGoodAnswer();
      const clean = await run();
      expect(clean.exitCode, `${scenario.id}: the clean first run`).toBe(0);
    }
    scenario.inject(fake);
    const before = fake.requests.length;
    const faulty = await run(scenario.env);
    const requests = fake.requests.slice(before);
    const said = `${faulty.stdout}\n${faulty.summary}\n${summaryComment(fake) ?? ''}`;

    // (a) a clear message and the right exit code.
    expect(said, `${scenario.id}: the message naming the fault`).toMatch(scenario.message);
    expect(faulty.exitCode, `${scenario.id}: exit code\n${faulty.stdout.split('\n').filter((l) => /^::error|error:|could not/i.test(l)).join('\n')}`).toBe(scenario.exitCode);
    if (scenario.llmStatus) {
      expect(faulty.outputs['llm-status']).toBe(scenario.llmStatus);
      if (scenario.llmStatus !== 'ok') {
        // The job summary and the summary comment say the LLM pass did not complete.
        expect(faulty.summary).toMatch(/LLM review/);
        expect(summaryComment(fake) ?? '').toMatch(/The LLM review (failed|returned an unusable answer)/);
      }
    }
    scenario.check?.({ fake, run: faulty, requests });

    // (b) nothing written twice, even after the client's retries.
    const duplicates = duplicatesOn(fake);
    // (c) every finding of the baseline still somewhere; on GitHub too unless the summary could not be written.
    let lost: string[] = [];
    if (!scenario.noReview) {
      const delivery = deliveryOf(baseline, faulty, fake);
      lost = delivery.lost;
      expect(delivery.notInFiles, `${scenario.id}: findings missing from the report or SARIF`).toEqual([]);
      if (scenario.allOnGitHub !== false) expect(delivery.notOnGitHub, `${scenario.id}: findings neither inline nor in the summary comment`).toEqual([]);
      if (scenario.llmStatus === 'ok') expect(readReport(faulty)?.findings.some((f) => f.rule === 'llm' || f.file === DAG_FINDING_GOOD.file)).toBe(true);
    } else {
      expect(readReport(faulty), `${scenario.id}: no review, so no report`).toBeUndefined();
    }

    if (scenario.rerun || scenario.noReview) {
      // The next run (a re-run of the job) recovers: everything published once.
      scriptGoodAnswer();
      const again = await run();
      expect(again.exitCode, `${scenario.id}: the clean re-run`).toBe(0);
      duplicates.push(...duplicatesOn(fake).filter((entry) => !duplicates.includes(entry)));
      const delivery = deliveryOf(baseline, again, fake);
      if (scenario.noReview) lost = delivery.lost;
      expect(delivery.notOnGitHub, `${scenario.id}: after the re-run`).toEqual([]);
    }
    context.tally.record(lost.length, duplicates.length);
    expect(duplicates, `${scenario.id}: duplicates`).toEqual([]);
    expect(lost, `${scenario.id}: lost findings`).toEqual([]);
    expect(fake.unexpected.map((r) => `${r.method} ${r.path}`), `${scenario.id}: requests the fake did not expect`).toEqual([]);
    expect(fake.pendingAnthropic, `${scenario.id}: scripted answers left`).toBe(0);
  } finally {
    await fake.close();
  }
}
