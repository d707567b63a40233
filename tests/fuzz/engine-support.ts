// Runs the whole deterministic analysis (analyseChange) on an in-memory change and checks the
// invariants every fuzz suite shares: it returns (never throws), every changed file has one
// report in order, each report is full, partial with a reason, or skipped with a reason, and
// every finding points at a line of a changed file.
import { expect } from 'vitest';
import { analyseChange } from '../../src/analyzers/engine.js';
import type { AnalyseChangeInput, AnalysisResult } from '../../src/analyzers/engine.js';
import type { ChangeSet, FileContent } from '../../src/model.js';
import { buildChange, guessDomains } from '../analyzers/support/change.js';
import type { ChangeSpec } from '../analyzers/support/change.js';

export interface Analysed {
  result: AnalysisResult;
  changeSet: ChangeSet;
}

export async function analyse(spec: ChangeSpec, overrides: Record<string, FileContent> = {}, options: Partial<AnalyseChangeInput> = {}): Promise<Analysed> {
  const { changeSet } = buildChange(spec, overrides);
  const result = await analyseChange({ changeSet, domains: guessDomains(changeSet), ...options });
  return { result, changeSet };
}

/** Invariant violations of one analysis, as readable strings (empty when all hold). */
export function violations({ result, changeSet }: Analysed): string[] {
  const out: string[] = [];
  const paths = changeSet.files.map((file) => file.path);
  const reported = result.files.map((file) => file.path);
  if (JSON.stringify(reported) !== JSON.stringify(paths)) out.push(`file reports ${JSON.stringify(reported)} do not match the change ${JSON.stringify(paths)}`);
  for (const report of result.files) {
    if (report.analysed === 'full') continue;
    if (report.analysed !== 'partial' && report.analysed !== 'skipped') out.push(`${report.path}: analysed is ${String(report.analysed)}`);
    else if (typeof report.reason !== 'string' || report.reason.trim() === '') out.push(`${report.path}: ${report.analysed} without a reason`);
  }
  const known = new Set(paths);
  for (const finding of result.findings) {
    const where = `${finding.rule} at ${finding.file}:${finding.line}`;
    if (!known.has(finding.file)) out.push(`${where}: not a changed file`);
    if (!Number.isInteger(finding.line) || finding.line < 1 || finding.endLine < finding.line) out.push(`${where}: bad line range ${finding.line}-${finding.endLine}`);
    if (finding.message.trim() === '') out.push(`${where}: empty message`);
  }
  for (const notice of result.notices) if (notice.trim() === '') out.push('an empty notice');
  return out;
}

export function expectSound(analysed: Analysed): void {
  expect(violations(analysed)).toEqual([]);
}
