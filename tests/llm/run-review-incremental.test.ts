// The incremental-review hooks of runReview: an LLM scope (the rules still review everything)
// and LLM findings carried over from an earlier review of the files outside it.
import { describe, expect, it } from 'vitest';
import { loadAgentDefinition } from '../../src/agent/loader.js';
import { resolveSettings } from '../../src/config/settings.js';
import { DEFAULT_MODEL } from '../../src/llm/models.js';
import type { Finding } from '../../src/model.js';
import { REVIEWED_EARLIER_REASON, runReview, type RunInput } from '../../src/run.js';
import { buildChange, type Tree } from '../analyzers/support/change.js';
import { pathsIn, startLoopback, toolAnswer } from './loopback.js';

const base: Tree = {
  'dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\n",
  'models/marts/_marts.yml': 'version: 2\nmodels:\n  - name: fct_orders\n    description: One row per order.\n',
  'models/marts/fct_orders.sql': "select order_id from {{ ref('stg_orders') }}\n",
};
const head: Tree = {
  ...base,
  'models/marts/fct_orders.sql': "{{ config(materialized='table') }}\nselect * from {{ ref('stg_orders') }}\n",
  'sql/report_a.sql': 'select * from orders\n',
  'sql/report_b.sql': 'select * from payments\n',
};
const usage = { input_tokens: 500, output_tokens: 50, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };

function carriedFinding(file: string, fingerprint: string): Finding {
  return {
    fingerprint,
    rule: 'llm',
    checklist: ['DQ-02'],
    severity: 'warning',
    title: `Earlier finding on ${file}`,
    file,
    line: 1,
    endLine: 1,
    message: 'Reported at an earlier commit.',
    source: 'llm',
  };
}

async function review(extra: Partial<RunInput>, baseURL?: string) {
  const { changeSet } = buildChange({ base, head });
  return runReview({
    changeSet,
    settings: resolveSettings({}, {}),
    agent: await loadAgentDefinition(),
    ...(baseURL ? { llm: { apiKey: 'sk-ant-test-incremental-0123', baseURL, model: DEFAULT_MODEL } } : {}),
    ...extra,
  });
}

describe('runReview with an LLM scope', () => {
  it('sends only the scoped files to the model, runs the rules on everything, and lists the rest as reviewed earlier', async () => {
    const api = await startLoopback(() =>
      toolAnswer({ findings: [{ checklist: 'CODE-04', file: 'sql/report_a.sql', line: 1, severity: 'info', title: 'Document the report', message: 'm' }], escalations: [] }, usage),
    );
    const rulesOnly = await review({});
    const result = await review({ llmScope: new Set(['sql/report_a.sql']) }, api.baseURL);

    expect(api.requests).toHaveLength(1);
    expect(pathsIn(api.requests[0]!.body)).toEqual(['sql/report_a.sql']);
    const coverage = result.llm.coverage!;
    expect(coverage).toEqual({
      reviewed: ['sql/report_a.sql'],
      skipped: [],
      reviewedEarlier: [
        { path: 'models/marts/fct_orders.sql', reason: REVIEWED_EARLIER_REASON },
        { path: 'sql/report_b.sql', reason: REVIEWED_EARLIER_REASON },
      ],
    });
    expect(REVIEWED_EARLIER_REASON).toBe('unchanged since the last reviewed commit');
    expect(result.llm.status).toBe('ok');
    const ruleFingerprints = (r: typeof result) => r.findings.filter((f) => f.source === 'rule').map((f) => f.fingerprint);
    expect(ruleFingerprints(result)).toEqual(ruleFingerprints(rulesOnly));
    expect(ruleFingerprints(rulesOnly).length).toBeGreaterThan(0);
    expect(result.findings.filter((f) => f.source === 'llm').map((f) => f.file)).toEqual(['sql/report_a.sql']);
  });

  it('makes no call when nothing is in scope, and still accounts for every data file', async () => {
    const api = await startLoopback(() => toolAnswer({ findings: [], escalations: [] }, usage));
    const result = await review({ llmScope: new Set() }, api.baseURL);
    expect(api.requests).toHaveLength(0);
    expect(result.llm.status).toBe('ok');
    expect(result.llm.coverage!.reviewedEarlier!.map((f) => f.path)).toEqual(['models/marts/fct_orders.sql', 'sql/report_a.sql', 'sql/report_b.sql']);
  });

  it('has no reviewedEarlier list without a scope', async () => {
    const api = await startLoopback(() => toolAnswer({ findings: [], escalations: [] }, usage));
    const result = await review({}, api.baseURL);
    expect(Object.keys(result.llm.coverage ?? {}).sort()).toEqual(['reviewed', 'skipped']);
  });
});

describe('runReview with carried findings', () => {
  it('merges carried LLM findings unchanged, once per fingerprint, only for files outside the scope that are still in the change', async () => {
    const api = await startLoopback(() => toolAnswer({ findings: [], escalations: [] }, usage));
    const first = await review({}, api.baseURL);
    const existing = first.findings[0]!;
    const outside = carriedFinding('sql/report_b.sql', 'llm-carried-1');
    const result = await review(
      {
        llmScope: new Set(['sql/report_a.sql']),
        carriedFindings: [
          outside,
          { ...outside }, // the same fingerprint twice: kept once
          { ...carriedFinding('sql/report_b.sql', existing.fingerprint), title: 'a stale copy' }, // already in the review
          carriedFinding('sql/report_a.sql', 'llm-carried-in-scope'), // reviewed again now
          carriedFinding('sql/deleted.sql', 'llm-carried-gone'), // no longer in the change
        ],
      },
      api.baseURL,
    );
    expect(result.findings.filter((f) => f.fingerprint === 'llm-carried-1')).toEqual([outside]);
    expect(result.findings.filter((f) => f.fingerprint === existing.fingerprint)).toEqual([existing]);
    expect(result.findings.map((f) => f.fingerprint)).not.toContain('llm-carried-in-scope');
    expect(result.findings.map((f) => f.fingerprint)).not.toContain('llm-carried-gone');
    expect(result.findings).toHaveLength(first.findings.length + 1);
  });

  it('carries nothing when the LLM pass does not run', async () => {
    const result = await review({ llmScope: new Set(['sql/report_a.sql']), carriedFindings: [carriedFinding('sql/report_b.sql', 'llm-carried-1')] });
    expect(result.findings.map((f) => f.fingerprint)).not.toContain('llm-carried-1');
  });
});
