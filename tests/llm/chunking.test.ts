// The LLM pass over a change larger than one call, against a loopback Messages API.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgentDefinition } from '../../src/agent/definition.js';
import { loadAgentDefinition } from '../../src/agent/loader.js';
import { estimateTokens } from '../../src/llm/budget.js';
import { runLlmReview, type LlmReviewOptions } from '../../src/llm/client.js';
import { DEFAULT_MODEL } from '../../src/llm/models.js';
import { buildSystemPrompt, buildUserPrompt, type LlmFileInput, type LlmReviewInput } from '../../src/llm/prompt.js';
import { buildSubmitReviewTool } from '../../src/llm/schema.js';
import { evaluateGate } from '../../src/review/gate.js';
import { makeReview, okLlm } from '../support/reviewFixtures.js';
import { hunk } from './fixtures.js';
import { apiError, pathsIn, startLoopback, toolAnswer, type Usage } from './loopback.js';

let agent: AgentDefinition;
beforeAll(async () => {
  agent = await loadAgentDefinition();
});

const API_KEY = 'sk-ant-test-chunking-0123456789';

function sqlFile(index: number): LlmFileInput {
  const rows = Array.from({ length: 30 }, (_, i) => ['+', `select ${i} as column_number_${i}, 'padding text' as p`] as ['+', string]);
  return { path: `sql/report_${String(index).padStart(2, '0')}.sql`, domain: 'sql', status: 'added', hunks: [hunk(0, 1, rows)] };
}

function input(files: LlmFileInput[]): LlmReviewInput {
  return { title: 'Reports', body: 'Many reports.', files, ruleFindings: [], ruleEscalations: [] };
}

/** Estimated tokens every call carries besides its files, as the planner counts them. */
function overhead(reviewInput: LlmReviewInput): number {
  return (
    estimateTokens(buildSystemPrompt(agent)) +
    estimateTokens(JSON.stringify(buildSubmitReviewTool(agent))) +
    estimateTokens(buildUserPrompt({ ...reviewInput, files: [], ruleFindings: [], ruleEscalations: [] }))
  );
}

const FIRST: Usage = { input_tokens: 900, output_tokens: 120, cache_read_input_tokens: 0, cache_creation_input_tokens: 8000 };
const LATER: Usage = { input_tokens: 900, output_tokens: 80, cache_read_input_tokens: 8000, cache_creation_input_tokens: 0 };

/** Answers every call with one finding on the first file it carries, line 1. */
function findingOnFirstFile(body: Record<string, unknown>, index: number) {
  const [first] = pathsIn(body);
  const finding = { checklist: 'PERF-03', file: first, line: 1, severity: 'info', title: `About ${first}`, message: 'Select only the columns used.' };
  return toolAnswer({ findings: [finding], escalations: [] }, index === 0 ? FIRST : LATER);
}

function options(baseURL: string, reviewInput: LlmReviewInput, overrides: Partial<LlmReviewOptions> = {}): LlmReviewOptions {
  return { apiKey: API_KEY, baseURL, model: DEFAULT_MODEL, agent, maxRetries: 0, timeoutMs: 5_000, input: reviewInput, ...overrides };
}

describe('runLlmReview over several calls', () => {
  it('sends N files in several budgeted calls with one identical, cached system prompt, and sums the usage', async () => {
    const files = Array.from({ length: 10 }, (_, i) => sqlFile(i));
    const reviewInput = input(files);
    const fileTokens = estimateTokens(buildUserPrompt({ ...reviewInput, files: [files[0]!] })) - estimateTokens(buildUserPrompt({ ...reviewInput, files: [] }));
    const api = await startLoopback(findingOnFirstFile);
    // Room for two files (and a little slack) per call.
    const result = await runLlmReview(options(api.baseURL, reviewInput, { perCallTokens: overhead(reviewInput) + fileTokens * 2 + 50 }));

    expect(api.requests).toHaveLength(5);
    const carried = api.requests.map((r) => pathsIn(r.body));
    expect(carried.every((paths) => paths.length === 2)).toBe(true);
    expect(carried.flat().sort()).toEqual(files.map((f) => f.path));

    const systems = api.requests.map((r) => JSON.stringify(r.body.system));
    expect(new Set(systems).size).toBe(1);
    expect(api.requests[0]!.body.system[0].cache_control).toEqual({ type: 'ephemeral' });
    expect(new Set(api.requests.map((r) => JSON.stringify(r.body.tools))).size).toBe(1);

    expect(result.report).toMatchObject({
      status: 'ok',
      calls: 5,
      inputTokens: 900 * 5,
      outputTokens: 120 + 80 * 4,
      cacheWriteTokens: 8000,
      cacheReadTokens: 8000 * 4,
      coverage: { reviewed: files.map((f) => f.path), skipped: [] },
    });
    // Sonnet 5.5 per million: $2 input, $10 output, $2.50 cache write, $0.10 cache read.
    expect(result.report.estimatedCostUsd).toBeCloseTo((4500 * 2 + 440 * 10 + 8000 * 2.5 + 32000 * 0.1) / 1e6, 10);
    expect(result.findings.map((f) => f.file).sort()).toEqual(carried.map((paths) => paths[0]).sort());
  });

  it('runs the first call alone, then at most two at a time', async () => {
    const files = Array.from({ length: 6 }, (_, i) => sqlFile(i));
    const reviewInput = input(files);
    const api = await startLoopback((body, index) => ({ ...findingOnFirstFile(body, index), delayMs: 30 }));
    await runLlmReview(options(api.baseURL, reviewInput, { perCallTokens: overhead(reviewInput) + 1000 }));

    expect(api.requests).toHaveLength(6);
    expect(api.maxInFlight).toBe(2);
    const [first, ...rest] = api.requests;
    expect(rest.every((r) => r.startedAt > first!.endedAt!)).toBe(true);
  });

  it('lists the files the run budget left out, by name, and reviews the rest', async () => {
    const files = Array.from({ length: 4 }, (_, i) => sqlFile(i));
    const reviewInput = input(files);
    const perCall = overhead(reviewInput) + 1000;
    const api = await startLoopback(findingOnFirstFile);
    const result = await runLlmReview(options(api.baseURL, reviewInput, { perCallTokens: perCall, maxInputTokens: perCall * 2 }));

    expect(api.requests).toHaveLength(2);
    expect(result.report.status).toBe('ok');
    expect(result.report.coverage).toEqual({
      reviewed: ['sql/report_00.sql', 'sql/report_01.sql'],
      skipped: [
        { path: 'sql/report_02.sql', reason: `the run's input budget (max-input-tokens ${perCall * 2}) was used up` },
        { path: 'sql/report_03.sql', reason: `the run's input budget (max-input-tokens ${perCall * 2}) was used up` },
      ],
    });
  });

  it("makes no call and says so when nothing fits, with status 'skipped'", async () => {
    const reviewInput = input([sqlFile(0)]);
    const api = await startLoopback(findingOnFirstFile);
    const result = await runLlmReview(options(api.baseURL, reviewInput, { maxInputTokens: 10 }));
    expect(api.requests).toHaveLength(0);
    expect(result.report.status).toBe('skipped');
    expect(result.report.error).toBe('no changed file fitted the LLM budget');
    expect(result.report.coverage?.skipped.map((s) => s.path)).toEqual(['sql/report_00.sql']);
    expect(result.report.estimatedCostUsd).toBe(0);
  });

  it('sends each call only the rule findings about its own files', async () => {
    const files = [sqlFile(0), sqlFile(1)];
    const ruleFinding = (file: string) => ({ rule: 'SQL-001', checklist: ['PERF-03'], severity: 'warning' as const, title: `select star in ${file}`, file, line: 1, endLine: 1, message: 'm', source: 'rule' as const });
    const reviewInput = { ...input(files), ruleFindings: files.map((f) => ruleFinding(f.path)) };
    const api = await startLoopback(findingOnFirstFile);
    await runLlmReview(options(api.baseURL, reviewInput, { perCallTokens: overhead(reviewInput) + 1000 }));
    expect(api.requests).toHaveLength(2);
    for (const request of api.requests) {
      const [own] = pathsIn(request.body);
      const other = files.map((f) => f.path).find((path) => path !== own)!;
      const content = String(request.body.messages[0].content);
      expect(content).toContain(`select star in ${own}`);
      expect(content).not.toContain(`select star in ${other}`);
    }
  });
});



describe('runLlmReview when some calls fail', () => {
  const files = Array.from({ length: 3 }, (_, i) => sqlFile(i));
  const reviewInput = input(files);
  const oneFilePerCall = () => ({ perCallTokens: overhead(reviewInput) + 1000 });

  it("reports 'partial' and lists the failed call's files as not reviewed, keeping the other calls' findings", async () => {
    const api = await startLoopback((body, index) =>
      pathsIn(body)[0] === 'sql/report_01.sql' ? apiError(500, 'api_error', 'Internal server error') : findingOnFirstFile(body, index),
    );
    const result = await runLlmReview(options(api.baseURL, reviewInput, oneFilePerCall()));

    expect(api.requests).toHaveLength(3);
    expect(result.report.status).toBe('partial');
    expect(result.report.error).toBe('1 of 3 calls did not complete: call 2: the Anthropic API answered 500 api_error: Internal server error');
    expect(result.report.coverage).toEqual({
      reviewed: ['sql/report_00.sql', 'sql/report_02.sql'],
      skipped: [{ path: 'sql/report_01.sql', reason: 'the call that carried it failed: the Anthropic API answered 500 api_error: Internal server error' }],
    });
    expect(result.findings.map((f) => f.file)).toEqual(['sql/report_00.sql', 'sql/report_02.sql']);
    expect(result.report.calls).toBe(3);
  });

  it("reports 'partial' when one call's answer is unusable", async () => {
    const api = await startLoopback((body, index) =>
      pathsIn(body)[0] === 'sql/report_02.sql'
        ? { status: 200, body: { ...(findingOnFirstFile(body, index).body as object), content: [{ type: 'text', text: 'LGTM' }], stop_reason: 'end_turn' } }
        : findingOnFirstFile(body, index),
    );
    const result = await runLlmReview(options(api.baseURL, reviewInput, { ...oneFilePerCall(), maxRepairs: 0 }));
    expect(result.report.status).toBe('partial');
    expect(result.report.coverage?.skipped).toEqual([
      { path: 'sql/report_02.sql', reason: 'the call that carried it returned an unusable answer: the model did not call submit_review (stop reason: end_turn)' },
    ]);
  });

  it("reports 'failed' with every file listed when every call fails", async () => {
    const api = await startLoopback(() => apiError(529, 'overloaded_error', 'Overloaded'));
    const result = await runLlmReview(options(api.baseURL, reviewInput, oneFilePerCall()));
    expect(result.report.status).toBe('failed');
    expect(result.report.coverage?.reviewed).toEqual([]);
    expect(result.report.coverage?.skipped.map((s) => s.path)).toEqual(files.map((f) => f.path));
    expect(result.findings).toEqual([]);
  });

  it('never passes a required LLM gate with a partial review', () => {
    const review = makeReview({ llm: okLlm({ status: 'partial', error: '1 of 3 calls did not complete' }) });
    expect(evaluateGate(review, 'never', 'required')).toEqual({
      fail: true,
      reason: 'the LLM review is required but did not complete (partial: 1 of 3 calls did not complete)',
    });
  });
});
