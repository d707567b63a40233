// Issue #5's "done when" in-process: a 300-file change reviewed through runReview against a
// loopback Messages API in several budgeted calls, the system prompt cached after the first,
// exactly the files not reviewed named with the reason, and a cost line equal to the price
// table applied to the usage the API reported.
import { describe, expect, it } from 'vitest';
import { loadAgentDefinition } from '../../src/agent/loader.js';
import { resolveSettings } from '../../src/config/settings.js';
import { DEFAULT_MODEL } from '../../src/llm/models.js';
import { estimateCallCostUsd, roundUsd } from '../../src/llm/pricing.js';
import { describeLlmUsage } from '../../src/llm/usage-line.js';
import { renderMarkdownReport } from '../../src/report/markdown.js';
import { runReview } from '../../src/run.js';
import { buildChange } from '../analyzers/support/change.js';
import { pathsIn, startLoopback, type Usage } from './loopback.js';
import { PROJECT, threeHundredFiles } from './three-hundred.js';

const SYSTEM_TOKENS = 6_000;

/** What the API reports: the system prompt written to the cache by the first call, read by the others. */
function usageFor(index: number, files: number): Usage {
  return {
    input_tokens: 300 * files + 400,
    output_tokens: 40 * files,
    cache_creation_input_tokens: index === 0 ? SYSTEM_TOKENS : 0,
    cache_read_input_tokens: index === 0 ? 0 : SYSTEM_TOKENS,
  };
}

describe('a 300-file change', () => {
  it('is reviewed in several budgeted calls with a cached system prompt, names what was left out, and costs what the usage says', { timeout: 120_000 }, async () => {
    const head = threeHundredFiles();
    const { changeSet } = buildChange({ base: PROJECT, head });
    expect(changeSet.files).toHaveLength(300);
    const answered: Usage[] = [];
    const api = await startLoopback((body, index) => {
      const paths = pathsIn(body);
      const usage = usageFor(index, paths.length);
      answered.push(usage);
      const finding = { checklist: 'BI-08', file: paths[0], line: 1, severity: 'info', title: `Monitor the use of ${paths[0]}`, message: 'Nobody will know whether this is read.' };
      return {
        status: 200,
        body: { id: `msg_300_${index}`, type: 'message', role: 'assistant', model: DEFAULT_MODEL, content: [{ type: 'tool_use', id: `toolu_${index}`, name: 'submit_review', input: { findings: [finding], escalations: [] } }], stop_reason: 'tool_use', stop_sequence: null, usage },
      };
    });

    const review = await runReview({
      changeSet,
      settings: resolveSettings({}, {}),
      agent: await loadAgentDefinition(),
      llm: { apiKey: 'sk-ant-test-300-files-0123456789', baseURL: api.baseURL, model: DEFAULT_MODEL, perCallTokens: 40_000, maxInputTokens: 150_000 },
    });

    // Several calls, the first alone, each with the same cached system prompt.
    expect(api.requests.length).toBeGreaterThanOrEqual(3);
    expect(review.llm.calls).toBe(api.requests.length);
    expect(new Set(api.requests.map((r) => JSON.stringify(r.body.system))).size).toBe(1);
    for (const request of api.requests) expect(request.body.system[0].cache_control).toEqual({ type: 'ephemeral' });
    expect(api.requests.slice(1).every((r) => r.startedAt > api.requests[0]!.endedAt!)).toBe(true);
    expect(review.llm.cacheWriteTokens).toBe(SYSTEM_TOKENS);
    expect(review.llm.cacheReadTokens).toBe(SYSTEM_TOKENS * (api.requests.length - 1));

    // Decision-heavy first: YAML, then models; plain SQL is what the cap leaves out.
    const sent = api.requests.flatMap((r) => pathsIn(r.body));
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent.slice(0, 50).every((path) => path.endsWith('.yml'))).toBe(true);
    const dataFiles = changeSet.files.map((f) => f.path).filter((path) => path !== 'dbt_project.yml');
    const skipped = review.llm.coverage?.skipped ?? [];
    // Exactly the files not sent are named, each with the reason.
    expect(review.llm.status).toBe('ok');
    expect([...review.llm.coverage!.reviewed].sort()).toEqual([...sent].sort());
    expect(skipped.map((s) => s.path).sort()).toEqual(dataFiles.filter((path) => !sent.includes(path)).sort());
    expect(skipped.length).toBeGreaterThan(20);
    for (const item of skipped) expect(item.reason).toBe("the run's input budget (max-input-tokens 150000) was used up");
    expect(skipped.some((s) => s.path.startsWith('sql/reports/'))).toBe(true);
    expect(skipped.some((s) => s.path.endsWith('.yml'))).toBe(false);

    // The cost is the price table applied to the usage the API reported.
    const expected = answered.reduce(
      (total, u) =>
        total +
        estimateCallCostUsd(DEFAULT_MODEL, { inputTokens: u.input_tokens, outputTokens: u.output_tokens, cacheReadTokens: u.cache_read_input_tokens, cacheWriteTokens: u.cache_creation_input_tokens })!,
      0,
    );
    expect(review.llm.estimatedCostUsd).toBe(roundUsd(expected));
    const markdown = renderMarkdownReport(review, { local: true });
    expect(markdown).toContain(`LLM: ${describeLlmUsage(review.llm)}`);
    expect(markdown).toContain(`${skipped.length} files not reviewed by the LLM`);
    expect(markdown).toContain(`…and ${skipped.length - 30} more (see the report file)`);
    // The model's findings are in the review, one per call.
    expect(review.findings.filter((f) => f.source === 'llm')).toHaveLength(api.requests.length);
  });

  it('starts no call once the usage the API reports reaches max-cost-usd (the caps the action passes, default per-call budget)', { timeout: 120_000 }, async () => {
    const { changeSet } = buildChange({ base: PROJECT, head: threeHundredFiles() });
    // $0.60 for the first answer alone, past the $0.50 cap; the plan's estimate allowed more calls.
    const usage: Usage = { input_tokens: 300_000, output_tokens: 100, cache_creation_input_tokens: SYSTEM_TOKENS, cache_read_input_tokens: 0 };
    const api = await startLoopback((_body, index) => ({
      status: 200,
      body: { id: `msg_cap_${index}`, type: 'message', role: 'assistant', model: DEFAULT_MODEL, content: [{ type: 'tool_use', id: 't', name: 'submit_review', input: { findings: [], escalations: [] } }], stop_reason: 'tool_use', stop_sequence: null, usage },
    }));
    const review = await runReview({
      changeSet,
      settings: resolveSettings({}, {}),
      agent: await loadAgentDefinition(),
      llm: { apiKey: 'sk-ant-test-300-files-0123456789', baseURL: api.baseURL, model: DEFAULT_MODEL, maxCostUsd: 0.5 },
    });
    expect(api.requests).toHaveLength(1);
    expect(review.llm.status).toBe('partial');
    const sent = pathsIn(api.requests[0]!.body);
    expect(review.llm.coverage?.reviewed.sort()).toEqual([...sent].sort());
    const capped = review.llm.coverage!.skipped.filter((s) => s.reason.startsWith('cost cap reached'));
    expect(capped.length).toBeGreaterThan(0);
    expect(capped[0]!.reason).toBe('cost cap reached: $0.6160 actually spent after 1 answer, max-cost-usd is $0.5000');
    // Every data file is accounted for: sent, cut by the plan, or not started because of the cap.
    expect(review.llm.coverage!.reviewed.length + review.llm.coverage!.skipped.length).toBe(300);
    const markdown = renderMarkdownReport(review, { local: true });
    expect(markdown).toContain('The LLM review covered only part of the change');
    expect(markdown).toContain('cost cap reached');
  });
});
