// End to end (the BUILT action against the loopback GitHub + Anthropic fake): issue #5's
// "done when" for the LLM pass. A 300-file pull request is reviewed in several budgeted calls
// whose system prompt is cached after the first; the report names exactly the files the budget
// left out; the cost output is the price table applied to the usage the fake reported; and a
// failed LLM stage with `llm: required` ends red.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/llm/models.js';
import { estimateCallCostUsd, roundUsd } from '../../src/llm/pricing.js';
import { runBuiltAction } from '../support/action.js';
import { anthropicError, anthropicToolUse, startFakeApis, type FakeApis } from '../support/fakeApis.js';
import { createTempGitRepo, type TempGitRepo } from '../support/gitRepo.js';
import { PROJECT, threeHundredFiles } from '../llm/three-hundred.js';

const KEY = 'sk-ant-test-e2e-300-files-0123456789';
const SYSTEM_TOKENS = 6_000;

let fake: FakeApis | undefined;
let repo: TempGitRepo | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  repo?.cleanup();
  repo = undefined;
});

/** The changed-file paths a Messages request carried, in order. */
function pathsIn(body: unknown): string[] {
  const content = String((body as { messages: { content: unknown }[] }).messages[0]?.content ?? '');
  return [...content.matchAll(/^### \d+\. "([^"]+)"/gm)].map((m) => m[1]!);
}

interface Report {
  llm: { status: string; calls: number; inputTokens: number; cacheReadTokens: number; cacheWriteTokens: number; estimatedCostUsd?: number; coverage: { reviewed: string[]; skipped: { path: string; reason: string }[] } };
}

describe('the built action and the LLM budget', () => {
  it('reviews a 300-file pull request in several cached calls and names exactly what the budget left out', { timeout: 180_000 }, async () => {
    repo = createTempGitRepo([PROJECT, threeHundredFiles()]);
    const [base, head] = repo.commits as [string, string];
    fake = await startFakeApis({ owner: 'acme', repo: 'big', git: { dir: repo.dir, base, head }, pr: { number: 30 } });
    const usages = Array.from({ length: 12 }, (_, i) => ({
      input_tokens: 20_000 + i,
      output_tokens: 150,
      cache_creation_input_tokens: i === 0 ? SYSTEM_TOKENS : 0,
      cache_read_input_tokens: i === 0 ? 0 : SYSTEM_TOKENS,
    }));
    fake.pushAnthropic(...usages.map((usage) => anthropicToolUse('submit_review', { findings: [], escalations: [] }, { model: DEFAULT_MODEL, usage })));

    const run = await runBuiltAction({
      fake,
      pr: { number: 30, base, head },
      inputs: { 'anthropic-api-key': KEY, 'max-input-tokens': '150000', 'fail-on': 'never' },
      env: { ANTHROPIC_BASE_URL: fake.url },
    });
    expect(fake.unexpected).toEqual([]);
    expect(run.status).toBe(0);

    const calls = fake.requestsTo('POST', '/v1/messages');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(12 - fake.pendingAnthropic).toBe(calls.length);
    const systems = calls.map((c) => JSON.stringify((c.body as { system: unknown }).system));
    expect(new Set(systems).size).toBe(1);
    for (const call of calls) expect((call.body as { system: { cache_control?: unknown }[] }).system[0]!.cache_control).toEqual({ type: 'ephemeral' });

    const report = JSON.parse(readFileSync(run.reportPath, 'utf8')) as Report;
    const used = usages.slice(0, calls.length);
    expect(report.llm).toMatchObject({
      status: 'ok',
      calls: calls.length,
      inputTokens: used.reduce((t, u) => t + u.input_tokens, 0),
      cacheWriteTokens: SYSTEM_TOKENS,
      cacheReadTokens: SYSTEM_TOKENS * (calls.length - 1),
    });
    const cost = roundUsd(
      used.reduce(
        (t, u) =>
          t + estimateCallCostUsd(DEFAULT_MODEL, { inputTokens: u.input_tokens, outputTokens: u.output_tokens, cacheReadTokens: u.cache_read_input_tokens, cacheWriteTokens: u.cache_creation_input_tokens })!,
        0,
      ),
    );
    expect(report.llm.estimatedCostUsd).toBe(cost);
    expect(run.outputs['llm-cost-usd']).toBe(String(cost));
    expect(run.outputs['llm-status']).toBe('ok');

    const sent = calls.flatMap((c) => pathsIn(c.body));
    const dataFiles = Object.keys(threeHundredFiles()).filter((path) => path !== 'dbt_project.yml');
    expect([...report.llm.coverage.reviewed].sort()).toEqual([...sent].sort());
    expect(report.llm.coverage.skipped.map((s) => s.path).sort()).toEqual(dataFiles.filter((path) => !sent.includes(path)).sort());
    expect(report.llm.coverage.skipped.length).toBeGreaterThan(0);
    for (const item of report.llm.coverage.skipped) expect(item.reason).toBe("the run's input budget (max-input-tokens 150000) was used up");
    expect(run.summary).toContain(`${report.llm.coverage.skipped.length} files not reviewed by the LLM`);
    expect(run.summary).toContain(`cache read`);
  });

  it('starts no call once the usage the API reports reaches max-cost-usd, and names the files not sent', { timeout: 180_000 }, async () => {
    repo = createTempGitRepo([PROJECT, threeHundredFiles()]);
    const [base, head] = repo.commits as [string, string];
    fake = await startFakeApis({ owner: 'acme', repo: 'big', git: { dir: repo.dir, base, head }, pr: { number: 32 } });
    // The first answer alone costs 300,000 × $2 per million = $0.60, past the $0.50 cap.
    const usage = { input_tokens: 300_000, output_tokens: 100, cache_creation_input_tokens: SYSTEM_TOKENS, cache_read_input_tokens: 0 };
    fake.pushAnthropic(...Array.from({ length: 5 }, () => anthropicToolUse('submit_review', { findings: [], escalations: [] }, { model: DEFAULT_MODEL, usage })));
    const run = await runBuiltAction({
      fake,
      pr: { number: 32, base, head },
      inputs: { 'anthropic-api-key': KEY, 'max-cost-usd': '0.50', 'fail-on': 'never' },
      env: { ANTHROPIC_BASE_URL: fake.url },
    });
    expect(run.status).toBe(0);
    expect(fake.requestsTo('POST', '/v1/messages')).toHaveLength(1);
    const report = JSON.parse(readFileSync(run.reportPath, 'utf8')) as Report;
    expect(report.llm.status).toBe('partial');
    expect(run.outputs['llm-status']).toBe('partial');
    const capped = report.llm.coverage.skipped.filter((s) => s.reason.startsWith('cost cap reached'));
    expect(capped.length).toBeGreaterThan(0);
    expect(capped[0]!.reason).toMatch(/^cost cap reached: \$0\.6\d+ actually spent after 1 answer, max-cost-usd is \$0\.5000$/);
    expect(run.summary).toContain('The LLM review covered only part of the change');
  });

  it('ends red, with llm-status failed, when the LLM stage fails and the configuration requires it', { timeout: 120_000 }, async () => {
    const base = { ...PROJECT, '.github/data-engineer-review.yml': 'llm: required\nfail-on: never\n', 'sql/a.sql': 'select 1 as a\n' };
    repo = createTempGitRepo([base, { 'sql/a.sql': 'select 2 as a\n' }]);
    const [baseSha, headSha] = repo.commits as [string, string];
    fake = await startFakeApis({ owner: 'acme', repo: 'big', git: { dir: repo.dir, base: baseSha, head: headSha }, pr: { number: 31 } });
    // A 401 is not retried: the stage fails at once.
    fake.pushAnthropic(anthropicError(401, 'authentication_error', 'invalid x-api-key'));
    const run = await runBuiltAction({ fake, pr: { number: 31, base: baseSha, head: headSha }, inputs: { 'anthropic-api-key': KEY }, env: { ANTHROPIC_BASE_URL: fake.url } });
    expect(run.status).toBe(1);
    expect(run.outputs['llm-status']).toBe('failed');
    expect(run.summary).toContain('The LLM review failed');
    // Said once: by the summary's LLM line, not again as a note.
    expect(run.summary.match(/The LLM review failed/g)).toHaveLength(1);
    expect(run.summary).not.toContain('LLM review: failed');
    expect(run.stdout + run.stderr).toContain('the LLM review is required but did not complete');
  });
});
