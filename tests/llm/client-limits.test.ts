// runLlmReview against a loopback Messages API: one retry budget for the whole run, caps on the
// usage the API reports, per-path instructions, and what the validation keeps and notes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgentDefinition } from '../../src/agent/definition.js';
import { loadAgentDefinition } from '../../src/agent/loader.js';
import { estimateTokens } from '../../src/llm/budget.js';
import { runLlmReview, type LlmReviewOptions } from '../../src/llm/client.js';
import { DEFAULT_MODEL } from '../../src/llm/models.js';
import { estimateCallCostUsd } from '../../src/llm/pricing.js';
import { buildSystemPrompt, buildUserPrompt, renderPathInstructions, type LlmFileInput, type LlmReviewInput, type PathInstructions } from '../../src/llm/prompt.js';
import { buildSubmitReviewTool } from '../../src/llm/schema.js';
import { hunk } from './fixtures.js';
import { apiError, pathsIn, startLoopback, toolAnswer, type Usage } from './loopback.js';

let agent: AgentDefinition;
beforeAll(async () => {
  agent = await loadAgentDefinition();
});

const API_KEY = 'sk-ant-test-limits-0123456789';
const USAGE: Usage = { input_tokens: 1_000, output_tokens: 100, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };
const EMPTY = { findings: [], escalations: [] };
// Back-off in milliseconds so that the tests do not wait seconds.
const FAST = { initialDelayMs: 5, maxDelayMs: 20 };

function sqlFile(index: number, dir = 'sql'): LlmFileInput {
  const rows = Array.from({ length: 20 }, (_, i) => ['+', `select ${i} as c${i}`] as ['+', string]);
  return { path: `${dir}/report_${index}.sql`, domain: 'sql', status: 'added', hunks: [hunk(0, 1, rows)], lineCount: 40 };
}

function input(files: LlmFileInput[]): LlmReviewInput {
  return { title: 'Reports', body: '', files, ruleFindings: [], ruleEscalations: [] };
}

/** A per-call budget that holds exactly one of these files (all of a size), with a little slack. */
function oneFilePerCall(reviewInput: LlmReviewInput, slack = 20): number {
  const overhead =
    estimateTokens(buildSystemPrompt(agent)) +
    estimateTokens(JSON.stringify(buildSubmitReviewTool(agent))) +
    estimateTokens(buildUserPrompt({ ...reviewInput, files: [], ruleFindings: [], ruleEscalations: [] }));
  const fileTokens = estimateTokens(buildUserPrompt({ ...reviewInput, files: reviewInput.files.slice(0, 1) })) - estimateTokens(buildUserPrompt({ ...reviewInput, files: [] }));
  return overhead + fileTokens + slack;
}

function options(baseURL: string, reviewInput: LlmReviewInput, overrides: Partial<LlmReviewOptions> = {}): LlmReviewOptions {
  return { apiKey: API_KEY, baseURL, model: DEFAULT_MODEL, agent, timeoutMs: 5_000, input: reviewInput, concurrency: 1, retry: FAST, ...overrides };
}

describe('retries share one budget per run', () => {
  it('retries 529, 5xx and 429 and succeeds, counting every retry against the run', async () => {
    const failures = [apiError(529, 'overloaded_error', 'Overloaded'), apiError(503, 'api_error', 'unavailable'), apiError(429, 'rate_limit_error', 'slow down')];
    const api = await startLoopback((body, index) => failures[index] ?? toolAnswer(EMPTY, USAGE));
    const result = await runLlmReview(options(api.baseURL, input([sqlFile(0)])));
    expect(api.requests).toHaveLength(4);
    expect(result.report.status).toBe('ok');
    expect(result.retries).toBe(3);
    expect(result.report.calls).toBe(1);
  });

  it('stops retrying when the budget of the whole run is used up: the later calls fail at once', async () => {
    const reviewInput = input([0, 1, 2].map((i) => sqlFile(i)));
    const api = await startLoopback(() => apiError(529, 'overloaded_error', 'Overloaded'));
    const result = await runLlmReview(options(api.baseURL, reviewInput, { perCallTokens: oneFilePerCall(reviewInput), retry: { ...FAST, maxRetries: 2 } }));
    // 3 calls + 2 retries in all: not 3 × (1 + 2).
    expect(api.requests).toHaveLength(5);
    expect(result.retries).toBe(2);
    expect(result.report.status).toBe('failed');
    expect(result.report.error).toContain("call 3: the Anthropic API answered 529 overloaded_error: Overloaded; not retried again: the run's retry budget of 2 retries is used up");
    expect(result.report.coverage?.skipped.map((s) => s.path)).toEqual(reviewInput.files.map((f) => f.path));
  });

  it('honours retry-after (seconds) before retrying a 429', async () => {
    const api = await startLoopback((body, index) =>
      index === 0 ? { ...apiError(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'), headers: { 'retry-after': '1' } } : toolAnswer(EMPTY, USAGE),
    );
    const result = await runLlmReview(options(api.baseURL, input([sqlFile(0)])));
    expect(result.report.status).toBe('ok');
    expect(api.requests).toHaveLength(2);
    expect(api.requests[1]!.arrivedAtMs - api.requests[0]!.arrivedAtMs).toBeGreaterThanOrEqual(950);
  });

  it('does not wait for a retry-after longer than a run allows: the call fails and says why', async () => {
    const api = await startLoopback(() => ({ ...apiError(429, 'rate_limit_error', 'slow down'), headers: { 'retry-after': '600' } }));
    const result = await runLlmReview(options(api.baseURL, input([sqlFile(0)])));
    expect(api.requests).toHaveLength(1);
    expect(result.report.status).toBe('failed');
    expect(result.report.error).toBe(
      'the Anthropic API answered 429 rate_limit_error: slow down; rate limited; not retried again: the API asked to wait 600 s before retrying, longer than the 60 s a run waits',
    );
  });

  it('retries a timed-out request', async () => {
    const api = await startLoopback((body, index) => (index === 0 ? { ...toolAnswer(EMPTY, USAGE), delayMs: 2_000 } : toolAnswer(EMPTY, USAGE)));
    const result = await runLlmReview(options(api.baseURL, input([sqlFile(0)]), { timeoutMs: 300 }));
    expect(api.requests).toHaveLength(2);
    expect(result.report.status).toBe('ok');
    expect(result.retries).toBe(1);
    // Only the answer that arrived is billed.
    expect(result.report.inputTokens).toBe(1_000);
  });

  it('does not retry a 400', async () => {
    const api = await startLoopback(() => apiError(400, 'invalid_request_error', 'bad'));
    const result = await runLlmReview(options(api.baseURL, input([sqlFile(0)])));
    expect(api.requests).toHaveLength(1);
    expect(result.retries).toBe(0);
  });
});

describe('caps on actual usage', () => {
  const files = [0, 1, 2, 3].map((i) => sqlFile(i));
  const reviewInput = input(files);

  it('starts no call once the reported cost reaches max-cost-usd; the files not sent are in coverage', async () => {
    // Each answer costs 30,000 × $2 + 1,000 × $10 per million = $0.07; the plan's estimate is far lower.
    const costly: Usage = { input_tokens: 30_000, output_tokens: 1_000, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };
    const api = await startLoopback(() => toolAnswer(EMPTY, costly));
    const result = await runLlmReview(options(api.baseURL, reviewInput, { perCallTokens: oneFilePerCall(reviewInput), maxCostUsd: 0.1, maxOutputTokens: 1_000 }));

    expect(api.requests).toHaveLength(2);
    expect(result.report.status).toBe('partial');
    expect(result.report.estimatedCostUsd).toBeCloseTo(2 * estimateCallCostUsd(DEFAULT_MODEL, { inputTokens: 30_000, outputTokens: 1_000, cacheReadTokens: 0, cacheWriteTokens: 0 })!, 10);
    expect(result.report.coverage?.reviewed).toEqual(['sql/report_0.sql', 'sql/report_1.sql']);
    const skipped = result.report.coverage?.skipped ?? [];
    expect(skipped.map((s) => s.path)).toEqual(['sql/report_2.sql', 'sql/report_3.sql']);
    for (const item of skipped) expect(item.reason).toBe('cost cap reached: $0.1400 actually spent after 2 answers, max-cost-usd is $0.1000');
    expect(result.report.error).toBe('2 of 4 calls did not complete: calls 3, 4 were not started: cost cap reached: $0.1400 actually spent after 2 answers, max-cost-usd is $0.1000');
  });

  it('starts no call once the reported input tokens (cache included) reach max-input-tokens', async () => {
    const perCall = oneFilePerCall(reviewInput);
    // The plan fits all four calls; the API reports more than the whole cap for the first one.
    const big: Usage = { input_tokens: 2_000, output_tokens: 10, cache_read_input_tokens: 0, cache_creation_input_tokens: perCall * 4 };
    const api = await startLoopback(() => toolAnswer(EMPTY, big));
    const result = await runLlmReview(options(api.baseURL, reviewInput, { perCallTokens: perCall, maxInputTokens: perCall * 4 }));
    expect(api.requests).toHaveLength(1);
    expect(result.report.status).toBe('partial');
    expect(result.report.coverage?.skipped.map((s) => s.reason.split(':')[0])).toEqual(['input token cap reached', 'input token cap reached', 'input token cap reached']);
  });

  it('makes no repair request once the cap is reached', async () => {
    const api = await startLoopback(() => ({
      status: 200,
      body: { ...(toolAnswer(EMPTY, { ...USAGE, input_tokens: 60_000 }).body as object), content: [{ type: 'text', text: 'Looks fine.' }], stop_reason: 'end_turn' },
    }));
    const result = await runLlmReview(options(api.baseURL, input([sqlFile(0)]), { maxCostUsd: 0.05, maxOutputTokens: 1_000 }));
    expect(api.requests).toHaveLength(1);
    expect(result.report.status).toBe('invalid');
    expect(result.report.error).toMatch(/^the model did not call submit_review \(stop reason: end_turn\); no repair request was made: cost cap reached/);
  });
});

describe('per-path instructions', () => {
  const finance: PathInstructions = {
    source: 'overrides[0]',
    paths: ['finance/**'],
    text: 'Amounts are in cents: flag any division that is not explicitly rounded.',
    appliesTo: (path) => path.startsWith('finance/'),
  };

  it('go in a second system block, after the cached one, only in calls that carry a matching file', async () => {
    const files = [sqlFile(0, 'finance'), sqlFile(1, 'marketing')];
    const reviewInput = input(files);
    const api = await startLoopback(() => toolAnswer(EMPTY, USAGE));
    // Room for one file and its instructions, not for two files.
    const perCall =
      oneFilePerCall(reviewInput) +
      estimateTokens(buildSystemPrompt(agent, 'We use BigQuery.')) -
      estimateTokens(buildSystemPrompt(agent)) +
      estimateTokens(renderPathInstructions([finance])!);
    await runLlmReview(options(api.baseURL, reviewInput, { perCallTokens: perCall, extraInstructions: 'We use BigQuery.', pathInstructions: [finance] }));
    expect(api.requests).toHaveLength(2);
    const byPath = new Map(api.requests.map((r) => [pathsIn(r.body)[0], r.body]));
    const financeCall = byPath.get('finance/report_0.sql')!;
    const marketingCall = byPath.get('marketing/report_1.sql')!;

    // The cached block is the same in both calls and holds the global instructions.
    expect(financeCall.system[0]).toEqual(marketingCall.system[0]);
    expect(financeCall.system[0].cache_control).toEqual({ type: 'ephemeral' });
    expect(financeCall.system[0].text).toContain('We use BigQuery.');
    expect(financeCall.system[0].text).not.toContain('Amounts are in cents');

    expect(financeCall.system).toHaveLength(2);
    expect(financeCall.system[1].cache_control).toBeUndefined();
    expect(financeCall.system[1].text).toBe(
      [
        '## Path-specific instructions from the repository configuration',
        "These come from the repository's configuration at the base branch, like the additional instructions above, and apply only to the files of this request that their paths match.",
        '',
        '### overrides[0] — files matching "finance/**"',
        '```repository-instructions "overrides[0]"',
        'Amounts are in cents: flag any division that is not explicitly rounded.',
        '```',
      ].join('\n'),
    );
    expect(marketingCall.system).toHaveLength(1);
    // Never in the untrusted user prompt.
    expect(String(financeCall.messages[0].content)).not.toContain('Amounts are in cents');
  });

  it('cannot be closed early by backticks in their own text', async () => {
    const api = await startLoopback(() => toolAnswer(EMPTY, USAGE));
    await runLlmReview(options(api.baseURL, input([sqlFile(0, 'finance')]), { pathInstructions: [{ ...finance, text: 'Use ```sql fences``` in messages.' }] }));
    expect(api.requests[0]!.body.system[1].text).toContain('````repository-instructions "overrides[0]"\nUse ```sql fences``` in messages.\n````');
  });
});

describe('what the validation keeps', () => {
  it('keeps a finding inside the file but outside the diff, with a note; rejects lines outside the file and files not in the change', async () => {
    const file = { ...sqlFile(0), hunks: [hunk(10, 10, [[' ', 'select a'], ['+', '  , b'], [' ', 'from t']])], lineCount: 40 };
    const answer = {
      findings: [
        { checklist: 'PERF-03', file: file.path, line: 11, severity: 'info', title: 'In the diff', message: 'm1' },
        { checklist: 'PERF-03', file: file.path, line: 30, severity: 'warning', title: 'Outside the diff', message: 'm2' },
        { checklist: 'PERF-03', file: file.path, line: 41, severity: 'warning', title: 'Outside the file', message: 'm3' },
        { checklist: 'PERF-03', file: 'sql/other.sql', line: 1, severity: 'warning', title: 'Not in the change', message: 'm4' },
      ],
      escalations: [],
      approve: true,
      remove: ['SQL-001'],
    };
    const api = await startLoopback(() => toolAnswer(answer, USAGE));
    const result = await runLlmReview(options(api.baseURL, input([file])));
    expect(result.findings.map((f) => [f.title, f.message])).toEqual([
      ['In the diff', 'm1'],
      ['Outside the diff', 'm2\n\n_Line 30 is outside the lines this pull request changes; reported from the surrounding file._'],
    ]);
    expect(result.report.rejected).toEqual([
      'the field "approve" is not part of the answer (only findings and escalations are) and was ignored',
      'the field "remove" is not part of the answer (only findings and escalations are) and was ignored',
      `finding 3: line 41 is outside "${file.path}" (40 lines)`,
      'finding 4: file "sql/other.sql" is not part of this change',
    ]);
  });
});

describe("the API's token counter", () => {
  const reviewInput = input([sqlFile(0)]);
  const fileTokens = estimateTokens(buildUserPrompt({ ...reviewInput, files: reviewInput.files })) - estimateTokens(buildUserPrompt({ ...reviewInput, files: [] }));
  // Far below the estimate of the system prompt and tool, which alone exceed it.
  const perCall = 1_000 + fileTokens + 50;

  it('counts what every call repeats once, and plans with that count', async () => {
    const api = await startLoopback(() => toolAnswer(EMPTY, USAGE), () => 1_000);
    const result = await runLlmReview(options(api.baseURL, reviewInput, { perCallTokens: perCall }));
    expect(api.countRequests).toHaveLength(1);
    const counted = api.countRequests[0]!;
    expect(counted.model).toBe(DEFAULT_MODEL);
    expect(counted.system).toEqual([{ type: 'text', text: buildSystemPrompt(agent) }]);
    expect(counted.tools.map((t: { name: string }) => t.name)).toEqual(['submit_review']);
    expect(String(counted.messages[0].content)).toContain('## Changed files (0)');
    expect(api.requests).toHaveLength(1);
    expect(result.report.status).toBe('ok');
  });

  it('falls back to the conservative estimate where the endpoint is missing, and can be turned off', async () => {
    const missing = await startLoopback(() => toolAnswer(EMPTY, USAGE));
    const fallback = await runLlmReview(options(missing.baseURL, reviewInput, { perCallTokens: perCall }));
    expect(missing.countRequests).toHaveLength(1);
    expect(missing.requests).toHaveLength(0);
    expect(fallback.report.status).toBe('skipped');
    expect(fallback.report.coverage?.skipped[0]?.reason).toBe(`the per-call budget of ${perCall} tokens does not even hold the instructions`);

    const off = await startLoopback(() => toolAnswer(EMPTY, USAGE), () => 1_000);
    await runLlmReview(options(off.baseURL, reviewInput, { perCallTokens: perCall, countTokens: false }));
    expect(off.countRequests).toHaveLength(0);
    expect(off.requests).toHaveLength(0);
  });
});
