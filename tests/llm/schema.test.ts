import { beforeAll, describe, expect, it } from 'vitest';
import type { AgentDefinition } from '../../src/agent/definition.js';
import { loadAgentDefinition } from '../../src/agent/loader.js';
import { SUBMIT_REVIEW_TOOL_NAME, buildSubmitReviewTool, validateToolInput, type ValidationContext } from '../../src/llm/schema.js';

const FILE = 'models/marts/fct_orders.sql';
let agent: AgentDefinition;
let ctx: ValidationContext;
beforeAll(async () => {
  agent = await loadAgentDefinition();
  ctx = { agent, files: new Map([[FILE, { lineCount: 40 }], ['dags/orders.py', { lineCount: 12 }]]) };
});

const finding = (overrides: Record<string, unknown> = {}) => ({
  checklist: 'GOV-03',
  file: FILE,
  line: 12,
  severity: 'warning',
  title: 'Email exposed in a mart',
  message: 'c.email reaches a public mart unmasked; hash or drop it.',
  ...overrides,
});

const escalation = (overrides: Record<string, unknown> = {}) => ({
  trigger: 'incremental-vs-full-refresh',
  title: 'fct_orders switched to incremental',
  problem: 'The model now builds incrementally; decide on the lookback window.',
  evidence: [{ file: FILE, line: 3, text: "materialized='incremental'" }],
  options: ['Keep full refresh — simple, costly'],
  ...overrides,
});

describe('the submit_review tool', () => {
  it('offers the agent ids as enums and requires both lists', () => {
    const tool = buildSubmitReviewTool(agent);
    expect(tool.name).toBe(SUBMIT_REVIEW_TOOL_NAME);
    const schema = tool.input_schema as { required: string[]; properties: Record<string, { items: { properties: Record<string, { enum?: string[] }> } }> };
    expect(schema.required).toEqual(['findings', 'escalations']);
    expect(schema.properties.findings!.items.properties.checklist!.enum).toEqual(agent.checklist.map((c) => c.id));
    expect(schema.properties.findings!.items.properties.severity!.enum).toEqual(['error', 'warning', 'info']);
    expect(schema.properties.escalations!.items.properties.trigger!.enum).toHaveLength(14);
  });
});

describe('validateToolInput', () => {
  it('turns a valid finding into an LLM draft finding', () => {
    const result = validateToolInput({ findings: [finding({ endLine: 14 })], escalations: [] }, ctx);
    expect(result.rejected).toEqual([]);
    expect(result.findings).toEqual([
      {
        rule: 'llm',
        source: 'llm',
        checklist: ['GOV-03'],
        severity: 'warning',
        title: 'Email exposed in a mart',
        message: 'c.email reaches a public mart unmasked; hash or drop it.',
        file: FILE,
        line: 12,
        endLine: 14,
      },
    ]);
  });

  it('defaults endLine to line and accepts a lower-case checklist id', () => {
    const [f] = validateToolInput({ findings: [finding({ checklist: ' gov-03 ' })], escalations: [] }, ctx).findings;
    expect(f?.checklist).toEqual(['GOV-03']);
    expect(f?.endLine).toBe(12);
  });

  it('drops findings it cannot trust, one reason each', () => {
    const result = validateToolInput(
      {
        findings: [
          finding({ checklist: 'SEC-01' }),
          finding({ file: 'models/other.sql' }),
          finding({ line: 41 }),
          finding({ line: 0 }),
          finding({ line: '12' }),
          finding({ endLine: 11 }),
          finding({ endLine: 99 }),
          finding({ severity: 'critical' }),
          finding({ title: 5 }),
          finding({ message: '   ' }),
          'not an object',
          finding(),
        ],
        escalations: [],
      },
      ctx,
    );
    expect(result.findings).toHaveLength(1);
    expect(result.rejected).toEqual([
      'finding 1: unknown checklist id "SEC-01"',
      'finding 2: file "models/other.sql" is not part of this change',
      `finding 3: line 41 is outside "${FILE}" (40 lines)`,
      'finding 4: line: expected a positive whole number, got number 0',
      'finding 5: line: expected a positive whole number, got the text "12"',
      'finding 6: endLine 11 is before line 12',
      `finding 7: endLine 99 is outside "${FILE}" (40 lines)`,
      'finding 8: severity: expected one of error, warning, info, got the text "critical"',
      'finding 9: title: expected non-empty text, got number 5',
      'finding 10: message: expected non-empty text, got the text "   "',
      'finding 11: expected an object, got the text "not an object"',
    ]);
  });

  it('reports lists of the wrong type and a non-object answer', () => {
    expect(validateToolInput({ findings: 'none', escalations: {} }, ctx).rejected).toEqual([
      'findings: expected a list, got the text "none"',
      'escalations: expected a list, got an object',
    ]);
    expect(validateToolInput([], ctx).rejected).toEqual(['the answer is a list, not an object with findings and escalations']);
    expect(validateToolInput({}, ctx)).toEqual({ findings: [], escalations: [], rejected: [] });
  });

  it('strips hidden content from what the model wrote', () => {
    const [f] = validateToolInput({ findings: [finding({ title: 'Email\u200B exposed<!-- x -->' })], escalations: [] }, ctx).findings;
    expect(f?.title).toBe('Email exposed');
  });

  it('turns a valid escalation into a draft with the first evidence file as subject', () => {
    const result = validateToolInput(
      { findings: [], escalations: [escalation({ evidence: [{ file: 'dags/orders.py', line: 4, text: 'schedule="*/5 * * * *"' }, { file: FILE, line: 3, text: 'x' }] })] },
      ctx,
    );
    expect(result.rejected).toEqual([]);
    expect(result.escalations).toEqual([
      {
        trigger: 'incremental-vs-full-refresh',
        title: 'fct_orders switched to incremental',
        problem: 'The model now builds incrementally; decide on the lookback window.',
        evidence: [
          { file: 'dags/orders.py', line: 4, text: 'schedule="*/5 * * * *"' },
          { file: FILE, line: 3, text: 'x' },
        ],
        options: ['Keep full refresh — simple, costly'],
        source: 'llm',
        subject: 'dags/orders.py',
      },
    ]);
  });

  it("uses the trigger's default options when the model gives none", () => {
    const [e] = validateToolInput({ findings: [], escalations: [escalation({ options: [] })] }, ctx).escalations;
    const trigger = agent.triggers.find((t) => t.id === 'incremental-vs-full-refresh')!;
    expect(e?.options).toEqual(trigger.options);
  });

  it('drops unknown triggers and escalations without evidence in the change, keeping good evidence', () => {
    const result = validateToolInput(
      {
        findings: [],
        escalations: [
          escalation({ trigger: 'cloud-provider' }),
          escalation({ evidence: [{ file: 'README.md', line: 1, text: 'x' }] }),
          escalation({ evidence: [{ file: FILE, line: 400, text: 'x' }, { file: FILE, line: 2, text: 'kept' }] }),
        ],
      },
      ctx,
    );
    expect(result.escalations).toHaveLength(1);
    expect(result.escalations[0]?.evidence).toEqual([{ file: FILE, line: 2, text: 'kept' }]);
    expect(result.rejected).toEqual([
      'escalation 1: unknown trigger id "cloud-provider"',
      'escalation 2: evidence 1: file "README.md" is not part of this change',
      'escalation 2: no evidence in the changed files',
      `escalation 3: evidence 1: line 400 is outside "${FILE}" (40 lines)`,
    ]);
  });
});
