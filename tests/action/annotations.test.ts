import { describe, expect, it } from 'vitest';
import { AnnotationBudget, planFindingAnnotations } from '../../src/action/annotations.js';
import type { Finding, Severity } from '../../src/model.js';

function finding(index: number, severity: Severity, extra: Partial<Finding> = {}): Finding {
  return {
    fingerprint: `f${index}`,
    rule: 'SQL-001',
    checklist: ['STD-08'],
    severity,
    title: `Finding ${index}`,
    file: `models/m${String(index).padStart(3, '0')}.sql`,
    line: index + 1,
    endLine: index + 2,
    message: `Message ${index}`,
    source: 'rule',
    ...extra,
  };
}

describe('planFindingAnnotations', () => {
  it('fills each level up to its places, most severe first, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 4 }, (_, i) => finding(i, 'info')),
      ...Array.from({ length: 13 }, (_, i) => finding(100 + i, 'error')),
      ...Array.from({ length: 12 }, (_, i) => finding(200 + i, 'warning')),
    ];
    const budget = new AnnotationBudget({ error: 1 });
    const plan = planFindingAnnotations(findings, (level) => budget.left(level));
    const byLevel = (level: string) => plan.annotations.filter((a) => a.level === level);
    expect(byLevel('error')).toHaveLength(9); // one place kept for core.setFailed
    expect(byLevel('warning')).toHaveLength(10);
    expect(byLevel('notice')).toHaveLength(4);
    expect(plan.omitted).toBe(13 - 9 + 12 - 10);
    expect(plan.annotations.map((a) => a.level)).toEqual([...Array(9).fill('error'), ...Array(10).fill('warning'), ...Array(4).fill('notice')]);
    // Within a level, in file order: the first errors are the first files.
    expect(byLevel('error')[0]!.properties.file).toBe('models/m100.sql');
  });

  it('leaves the places the run already used to its own messages', () => {
    const budget = new AnnotationBudget();
    budget.emit('notice', 'one notice of the run');
    expect(budget.left('notice')).toBe(9);
    const plan = planFindingAnnotations(Array.from({ length: 10 }, (_, i) => finding(i, 'info')), (level) => budget.left(level));
    expect(plan.annotations).toHaveLength(9);
    expect(plan.omitted).toBe(1);
  });

  it('gives valid lines, a title naming the rule, and never echoes a secret', () => {
    const plan = planFindingAnnotations(
      [finding(1, 'warning', { line: 0, endLine: -1, source: 'llm', rule: 'llm', title: 'Key\nleak', message: 'uses ghp_abcdefghijklmnopqrstuvwxyz0123456789 in\nthe DAG' })],
      () => 10,
    );
    const [annotation] = plan.annotations;
    expect(annotation!.properties).toMatchObject({ startLine: 1, endLine: 1, title: 'llm (LLM): Key leak' });
    expect(annotation!.message).toBe('uses [redacted secret] in the DAG');
  });
});
