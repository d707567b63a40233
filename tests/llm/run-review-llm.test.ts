// The LLM section of runReview end to end (in-memory change, loopback Messages API): context
// reaches the prompt, a budget that cannot hold everything is named in the notices and the
// report, and a failed call never reads as a clean review.
import { describe, expect, it } from 'vitest';
import { loadAgentDefinition } from '../../src/agent/loader.js';
import { resolveSettings } from '../../src/config/settings.js';
import { DEFAULT_MODEL } from '../../src/llm/models.js';
import { renderMarkdownReport } from '../../src/report/markdown.js';
import { evaluateGate } from '../../src/review/gate.js';
import { runReview } from '../../src/run.js';
import { buildChange, type Tree } from '../analyzers/support/change.js';
import { apiError, pathsIn, startLoopback, toolAnswer } from './loopback.js';

const project = { 'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n" };
const base: Tree = {
  ...project,
  'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_orders\n    description: One row per order.\n',
  'models/marts/fct_orders.sql': "select order_id from {{ ref('stg_orders') }}\n",
};
const head: Tree = {
  ...base,
  'models/marts/fct_orders.sql': "{{ config(materialized='table') }}\nselect order_id, amount from {{ ref('stg_orders') }}\n",
  'sql/report_a.sql': 'select 1 as a\n',
  'sql/report_b.sql': 'select 2 as b\n',
};

const usage = { input_tokens: 500, output_tokens: 50, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };

async function review(baseURL: string, llm: { maxInputTokens?: number } = {}) {
  const { changeSet } = buildChange({ base, head });
  return runReview({
    changeSet,
    settings: resolveSettings({}, {}),
    agent: await loadAgentDefinition(),
    llm: { apiKey: 'sk-ant-test-run-review-0123', baseURL, model: DEFAULT_MODEL, ...llm },
  });
}

describe('runReview with the LLM pass', () => {
  it('sends the dbt model with its properties entry and resolved config, and reports usage, cost and coverage', async () => {
    const api = await startLoopback(() => toolAnswer({ findings: [], escalations: [] }, usage));
    const result = await review(api.baseURL);

    expect(api.requests).toHaveLength(1);
    const content = String(api.requests[0]!.body.messages[0].content);
    expect(content).toContain('Properties of model fct_orders in models/marts/_marts.yml');
    expect(content).toContain('- materialized = table (in-file, models/marts/fct_orders.sql:1)');
    // dbt first, then plain SQL.
    expect(pathsIn(api.requests[0]!.body)).toEqual(['models/marts/fct_orders.sql', 'sql/report_a.sql', 'sql/report_b.sql']);
    expect(result.llm).toMatchObject({ status: 'ok', calls: 1, inputTokens: 500, outputTokens: 50, estimatedCostUsd: (500 * 2 + 50 * 10) / 1e6 });
    expect(result.llm.coverage).toEqual({ reviewed: ['models/marts/fct_orders.sql', 'sql/report_a.sql', 'sql/report_b.sql'], skipped: [] });
    expect(result.notices.filter((n) => n.startsWith('LLM review'))).toEqual([]);
  });

  it('names what the budget left out in llm.coverage, listed once in the Markdown report', async () => {
    const api = await startLoopback(() => toolAnswer({ findings: [], escalations: [] }, usage));
    const result = await review(api.baseURL, { maxInputTokens: 5 });
    expect(api.requests).toHaveLength(0);
    expect(result.llm.status).toBe('skipped');
    expect(result.llm.coverage?.skipped.map((s) => s.path)).toEqual(['models/marts/fct_orders.sql', 'sql/report_a.sql', 'sql/report_b.sql']);
    expect(result.llm.coverage?.skipped).toContainEqual({ path: 'sql/report_b.sql', reason: "the run's input budget (max-input-tokens 5) was used up" });
    // Listed once in the Markdown report, by the summary's coverage list.
    const markdown = renderMarkdownReport(result, { local: true });
    expect(markdown.match(/sql\/report_b\.sql/g)).toHaveLength(1);
    expect(markdown).toContain("- `sql/report_b.sql`: the run's input budget (max-input-tokens 5) was used up");
  });

  it('keeps every rule finding when the call fails after the retries the run allows, and names the files it carried as not reviewed', async () => {
    const rulesOnly = await runReview({ changeSet: buildChange({ base, head }).changeSet, settings: resolveSettings({}, { llm: 'off' }), agent: await loadAgentDefinition() });
    const api = await startLoopback((body) => (pathsIn(body).includes('sql/report_b.sql') ? apiError(500, 'api_error', 'boom') : toolAnswer({ findings: [], escalations: [] }, usage)));
    const { changeSet } = buildChange({ base, head });
    const result = await runReview({
      changeSet,
      settings: resolveSettings({}, {}),
      agent: await loadAgentDefinition(),
      llm: { apiKey: 'sk-ant-test-run-review-0123', baseURL: api.baseURL, model: DEFAULT_MODEL, retry: { maxRetries: 2, initialDelayMs: 5 } },
    });
    expect(api.requests).toHaveLength(3);
    expect(result.llm.status).toBe('failed');
    expect(result.llm.error).toBe("the Anthropic API answered 500 api_error: boom (after 2 retries); not retried again: the run's retry budget of 2 retries is used up");
    expect(result.findings.map((f) => f.fingerprint)).toEqual(rulesOnly.findings.map((f) => f.fingerprint));
    expect(result.llm.coverage?.skipped.map((s) => s.path)).toEqual(['models/marts/fct_orders.sql', 'sql/report_a.sql', 'sql/report_b.sql']);
    expect(result.notices).toContain("LLM review: 2 request(s) were retried after rate limits, overload, server errors or timeouts, within the run's retry budget.");
    // The failure is stated once in the Markdown report: by the LLM line, not again as a note.
    const markdown = renderMarkdownReport(result, { local: true });
    expect(markdown.match(/The LLM review failed/g)).toHaveLength(1);
    expect(markdown).not.toContain('LLM review: failed');
    // Each file the failed call carried is listed once, with the reason.
    for (const path of ['models/marts/fct_orders.sql', 'sql/report_a.sql', 'sql/report_b.sql']) {
      expect(markdown.match(new RegExp(`- \`${path}\`: the call that carried it failed`, 'g'))).toHaveLength(1);
    }
    expect(evaluateGate(result, 'never', 'required').fail).toBe(true);
    expect(evaluateGate(result, 'never', 'optional').fail).toBe(false);
  });

  it.each([
    ['no key', undefined, {}, /no Anthropic API key/],
    ['off by configuration', { apiKey: 'sk-ant-test-run-review-0123', baseURL: 'http://127.0.0.1:9', model: DEFAULT_MODEL }, { llm: 'off' as const }, /turned off/],
  ])('says once, not twice, that the LLM did not run (%s)', async (_name, llm, config, reason) => {
    const { changeSet } = buildChange({ base, head });
    const result = await runReview({ changeSet, settings: resolveSettings({}, config), agent: await loadAgentDefinition(), ...(llm ? { llm } : {}) });
    const markdown = renderMarkdownReport(result, { local: true });
    expect(markdown.match(/did not run|not run\b/gi)).toHaveLength(1);
    expect(markdown).toMatch(reason);
    expect(result.notices.filter((n) => n.startsWith('LLM review'))).toEqual([]);
  });
});
