// The incremental review across pushes, run through the whole action: by the e2e test on the
// BUILT bundle (tests/e2e/incremental.test.ts) and in-process on the sources
// (tests/action/incremental-scenario.test.ts), so both prove the same behaviour.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { exampleRepo } from '../../support/example.js';
import { anthropicToolUse, startFakeApis, type FakeApis, type RecordedRequest } from '../../support/fakeApis.js';

export type ActionRunner = (options: {
  fake: FakeApis;
  pr: { number: number; base: string; head: string };
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}) => Promise<{ stdout: string; outputs: Record<string, string> }>;

const GIT_IDENTITY = ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false'];
const git = (dir: string, ...args: string[]) => execFileSync('git', [...GIT_IDENTITY, ...args], { cwd: dir, encoding: 'utf8' }).trim();

let fake: FakeApis | undefined;
export async function closeIncrementalFake(): Promise<void> {
  await fake?.close();
  fake = undefined;
}

/** The files a Messages API request carried (the prompt numbers each file with its path). */
function filesSent(request: RecordedRequest): string[] {
  const body = request.body as { messages?: { content?: unknown }[] };
  const content = JSON.stringify(body.messages?.[0]?.content ?? '');
  return [...content.matchAll(/### \d+\. \\"([^"\\]+)\\"/g)].map((m) => m[1]!).sort();
}

interface ReportShape {
  findings: { fingerprint: string; source: string; file: string; checklist: string[] }[];
  llm: { status: string; coverage?: { reviewed: string[]; skipped: unknown[]; reviewedEarlier?: { path: string }[] } };
}

const DAG = 'dags/payments_hourly.py';
const MODEL = 'models/marts/fct_orders.sql';

/**
 * Push 1 is reviewed in full; push 2 changes one model, so the model reads only that file and
 * its earlier finding on the DAG is carried (same fingerprint, still open, not posted again, not
 * "resolved"); push 3 rewrites history, so the model reads everything again.
 */
export async function incrementalAcrossPushes(runAction: ActionRunner, readReport: (run: { outputs: Record<string, string> }) => ReportShape): Promise<void> {
  const repo = exampleRepo();
  const base = git(repo, 'rev-parse', 'base');
  const head = git(repo, 'rev-parse', 'head');
  fake = await startFakeApis({ owner: 'acme', repo: 'shop', git: { dir: repo, base, head }, pr: { number: 41 } });
  const options = { inputs: { 'anthropic-api-key': 'sk-ant-incremental-test-0000', 'fail-on': 'never' }, env: { ANTHROPIC_BASE_URL: fake.url } };
  const dagFinding = { checklist: 'MON-03', file: DAG, line: 8, severity: 'warning', title: 'No failure alerting', message: 'Nobody hears when the hourly refresh fails.' };

  // Push 1: everything goes to the model.
  fake.pushAnthropic(anthropicToolUse('submit_review', { findings: [dagFinding], escalations: [] }));
  const first = await runAction({ fake, pr: { number: 41, base, head }, ...options });
  expect(fake.unexpected).toEqual([]);
  const firstCalls = fake.requestsTo('POST', '/v1/messages');
  expect(firstCalls).toHaveLength(1);
  const allDataFiles = filesSent(firstCalls[0]!);
  expect(allDataFiles).toContain(DAG);
  expect(allDataFiles).toContain(MODEL);
  const firstReport = readReport(first);
  expect(firstReport.llm.status).toBe('ok');
  const carried = firstReport.findings.find((f) => f.source === 'llm' && f.file === DAG);
  expect(carried).toBeDefined();
  const postedFor = (fingerprint: string) => fake!.state.reviewComments.filter((c) => c.body.includes(`finding ${fingerprint}`) && c.in_reply_to_id === undefined);
  expect(postedFor(carried!.fingerprint)).toHaveLength(1);

  // Push 2: one model changes; the model reads only it.
  git(repo, 'checkout', '-q', head);
  execFileSync('sh', ['-c', `printf '\\n-- reviewed in push 2\\n' >> ${MODEL}`], { cwd: repo });
  git(repo, 'commit', '-qam', 'push 2');
  const head2 = git(repo, 'rev-parse', 'HEAD');
  fake.push(head2);
  fake.pushAnthropic(anthropicToolUse('submit_review', { findings: [], escalations: [] }));
  const second = await runAction({ fake, pr: { number: 41, base, head: head2 }, ...options });
  expect(fake.unexpected).toEqual([]);
  const secondCalls = fake.requestsTo('POST', '/v1/messages').slice(firstCalls.length);
  expect(secondCalls).toHaveLength(1);
  expect(filesSent(secondCalls[0]!)).toEqual([MODEL]);
  const secondReport = readReport(second);
  expect(secondReport.llm.status).toBe('ok');
  expect(secondReport.llm.coverage?.reviewed).toEqual([MODEL]);
  expect(secondReport.llm.coverage?.reviewedEarlier?.map((f) => f.path)).toContain(DAG);
  // The DAG finding is still part of the review, with the same identity, not posted again, not "resolved".
  expect(secondReport.findings.map((f) => f.fingerprint)).toContain(carried!.fingerprint);
  expect(postedFor(carried!.fingerprint)).toHaveLength(1);
  const replies = fake.state.reviewComments.filter((c) => c.in_reply_to_id !== undefined);
  expect(replies.filter((reply) => postedFor(carried!.fingerprint).some((c) => c.id === reply.in_reply_to_id))).toEqual([]);
  const summary = fake.state.comments.find((c) => c.body.includes('<!-- data-engineer-review:summary -->'))!;
  expect(summary.body).toContain('Incremental review');

  // Push 3: history rewritten (push 2 amended away): the model reads everything again.
  git(repo, 'commit', '-q', '--amend', '-m', 'push 2, rewritten');
  const head3 = git(repo, 'rev-parse', 'HEAD');
  fake.push(head3);
  fake.pushAnthropic(anthropicToolUse('submit_review', { findings: [dagFinding], escalations: [] }));
  const third = await runAction({ fake, pr: { number: 41, base, head: head3 }, ...options });
  expect(fake.unexpected).toEqual([]);
  const thirdCalls = fake.requestsTo('POST', '/v1/messages').slice(firstCalls.length + secondCalls.length);
  expect(thirdCalls).toHaveLength(1);
  expect(filesSent(thirdCalls[0]!)).toEqual(allDataFiles);
  expect(third.stdout).toContain('full review: the last reviewed commit');
  const thirdReport = readReport(third);
  expect(thirdReport.llm.coverage?.reviewedEarlier ?? []).toEqual([]);
  expect(postedFor(carried!.fingerprint)).toHaveLength(1);
  expect(fake.state.comments.filter((c) => c.body.includes('<!-- data-engineer-review:summary -->'))).toHaveLength(1);
}

export function reportFromOutputs(run: { outputs: Record<string, string> }): ReportShape {
  return JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as ReportShape;
}
