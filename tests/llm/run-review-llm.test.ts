// The LLM section of runReview end to end (in-memory change, loopback Messages API): context
// reaches the prompt, a budget that cannot hold everything is named in the notices and the
// report, and a failed call never reads as a clean review.
import { describe, expect, it } from 'vitest';
import { loadAgentDefinition } from '../../src/agent/loader.js';
import { resolveSettings } from '../../src/config/settings.js';
import { DEFAULT_MODEL } from '../../src/llm/models.js';
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

  it('names what the budget left out in a notice and in llm.coverage', async () => {
    const api = await startLoopback(() => toolAnswer({ findings: [], escalations: [] }, usage));
    const result = await review(api.baseURL, { maxInputTokens: 5 });
    expect(api.requests).toHaveLength(0);
    expect(result.llm.status).toBe('skipped');
    expect(result.llm.coverage?.skipped.map((s) => s.path)).toEqual(['models/marts/fct_orders.sql', 'sql/report_a.sql', 'sql/report_b.sql']);
    const notice = result.notices.find((n) => n.includes('not reviewed by the model'));
    expect(notice).toContain("sql/report_b.sql (the run's input budget (max-input-tokens 5) was used up)");
  });

  it('keeps every rule finding when the call fails, and names the files it carried as not reviewed', async () => {
    const rulesOnly = await runReview({ changeSet: buildChange({ base, head }).changeSet, settings: resolveSettings({}, { llm: 'off' }), agent: await loadAgentDefinition() });
    const api = await startLoopback((body) => (pathsIn(body).includes('sql/report_b.sql') ? apiError(500, 'api_error', 'boom') : toolAnswer({ findings: [], escalations: [] }, usage)));
    const { changeSet } = buildChange({ base, head });
    const result = await runReview({
      changeSet,
      settings: resolveSettings({}, {}),
      agent: await loadAgentDefinition(),
      llm: { apiKey: 'sk-ant-test-run-review-0123', baseURL: api.baseURL, model: DEFAULT_MODEL },
    });
    expect(result.llm.status).toBe('failed');
    expect(result.findings.map((f) => f.fingerprint)).toEqual(rulesOnly.findings.map((f) => f.fingerprint));
    expect(result.notices.some((n) => n.startsWith('LLM review: failed'))).toBe(true);
    expect(result.notices.some((n) => n.includes('sql/report_b.sql (the call that carried it failed'))).toBe(true);
  });
});
