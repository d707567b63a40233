// Hand-built Review pieces for publisher and rendering tests. Fingerprints are any stable
// string here; the product computes them in src/review/fingerprint.ts.
import type { Escalation, Finding, LlmReport, Review } from '../../src/model.js';

export function makeFinding(overrides: Partial<Finding> & Pick<Finding, 'fingerprint'>): Finding {
  return {
    rule: 'SQL-001',
    checklist: ['PERF-03'],
    severity: 'warning',
    title: 'Wildcard in the final SELECT',
    file: 'models/orders.sql',
    line: 1,
    endLine: 1,
    message: 'List the columns explicitly so that schema changes upstream do not leak downstream.',
    source: 'rule',
    ...overrides,
  };
}

export function makeEscalation(overrides: Partial<Escalation> & Pick<Escalation, 'fingerprint'>): Escalation {
  return {
    trigger: 'incremental-vs-full-refresh',
    subject: 'models/orders.sql',
    title: 'orders switched from incremental to table',
    problem: 'The model was incremental and is now rebuilt in full on every run.',
    evidence: [{ file: 'models/orders.sql', line: 1, text: "{{ config(materialized='table') }}" }],
    options: ['Keep a full refresh (simple, rescans all data)', 'Stay incremental with a reliable watermark'],
    source: 'rule',
    detector: 'dbt-materialization-change',
    ...overrides,
  };
}

export function okLlm(overrides: Partial<LlmReport> = {}): LlmReport {
  return {
    used: true,
    status: 'ok',
    model: 'claude-sonnet-5',
    inputTokens: 1000,
    outputTokens: 200,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    calls: 1,
    rejected: [],
    ...overrides,
  };
}

export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    version: '0.1.0',
    triggered: true,
    base: 'base-sha',
    head: 'head-sha',
    agent: { name: 'data-engineer', version: '1.0.0' },
    files: [{ path: 'models/orders.sql', domain: 'dbt', status: 'modified', analysed: 'full' }],
    findings: [],
    escalations: [],
    llm: okLlm(),
    notices: [],
    ...overrides,
  };
}
