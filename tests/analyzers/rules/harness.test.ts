/// <reference types="vite/client" />
// One harness for every rule's cases (tests as data, as sqlfluff keeps per-rule YAML cases):
// each case builds a change, runs the engine with that rule alone, and compares the findings.
// Case files are found by name (`<rule id in lower case>.cases.ts`), and every registered rule
// must have one.
import { describe, expect, it } from 'vitest';
import { analyseChange } from '../../../src/analyzers/engine.js';
import { rules } from '../../../src/analyzers/rules/index.js';
import type { Rule } from '../../../src/analyzers/rule.js';
import { buildChange, guessDomains } from '../support/change.js';
import type { RuleCase } from './case.js';

const caseFiles = import.meta.glob<{ cases: RuleCase[] }>('./*.cases.ts', { eager: true });
const casesById = new Map(
  Object.entries(caseFiles).map(([file, module]) => [file.replace(/^\.\//, '').replace(/\.cases\.ts$/, '').toUpperCase(), module.cases]),
);
const suites: [string, RuleCase[]][] = rules.map((rule) => [rule.meta.id, casesById.get(rule.meta.id) ?? []]);

it('every case file belongs to a registered rule, and rule ids are unique', () => {
  const ids = rules.map((rule) => rule.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of casesById.keys()) expect(ids).toContain(id);
});

function ruleById(id: string): Rule {
  const rule = rules.find((candidate) => candidate.meta.id === id);
  if (!rule) throw new Error(`rule ${id} is not registered`);
  return rule;
}

describe.each(suites)('%s', (id, cases) => {
  const rule = ruleById(id);

  it('has complete metadata and enough cases', () => {
    expect(rule.meta.title).not.toBe('');
    expect(rule.meta.checklist.length).toBeGreaterThan(0);
    expect(rule.meta.rationale.length).toBeGreaterThan(40);
    expect(rule.meta.examples.bad).not.toBe(rule.meta.examples.good);
    expect(cases.filter((c) => c.expect.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { changeSet } = buildChange({ ...(c.base ? { base: c.base } : {}), head: c.head, ...(c.renames ? { renames: c.renames } : {}) });
    const result = await analyseChange({
      changeSet,
      domains: guessDomains(changeSet),
      ...(c.dialect ? { dialect: c.dialect } : {}),
      ...(c.fullFileReview ? { fullFileReview: true } : {}),
      rules: [rule],
      detectors: [],
    });
    const found = result.findings.filter((f) => f.rule === id).map((f) => ({ file: f.file, line: f.line }));
    expect(found).toEqual(c.expect);
    for (const finding of result.findings) {
      expect(finding.severity).toBe(c.severity ?? rule.meta.severity);
      expect(finding.checklist).toEqual(rule.meta.checklist);
      expect(finding.source).toBe('rule');
      if (c.messageIncludes) expect(finding.message).toContain(c.messageIncludes);
    }
    expect(result.notices.filter((n) => n.includes('failed'))).toEqual([]);
  });
});
