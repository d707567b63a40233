// Workflow annotations for findings. GitHub shows at most 10 error, 10 warning and 10 notice
// annotations per step (and drops the rest silently), so the most severe findings get the
// places, the action's own messages keep theirs, and the rest are counted in the job summary.
import * as core from '@actions/core';
import type { Finding, Severity } from '../model.js';
import { SEVERITY_RANK } from '../model.js';
import { redactSecrets } from '../publish/render/neutralise.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** GitHub's per-step limit for each level. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL_OF: Readonly<Record<Severity, AnnotationLevel>> = { error: 'error', warning: 'warning', info: 'notice' };

export interface FindingAnnotation {
  level: AnnotationLevel;
  message: string;
  properties: { title: string; file: string; startLine: number; endLine: number };
}

export interface AnnotationPlan {
  annotations: FindingAnnotation[];
  /** Findings left without an annotation because their level's places were used up. */
  omitted: number;
}

/**
 * Counts the annotations of a step as they are made, so findings only take the places left.
 * Every annotation of the run goes through here (core.error/warning/notice directly would be
 * invisible to the budget).
 */
export class AnnotationBudget {
  private readonly used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };

  /** `reserved`: places kept back per level, e.g. one error for the final core.setFailed. */
  constructor(private readonly reserved: Partial<Record<AnnotationLevel, number>> = {}) {}

  left(level: AnnotationLevel): number {
    return Math.max(0, ANNOTATIONS_PER_LEVEL - this.used[level] - (this.reserved[level] ?? 0));
  }

  emit(level: AnnotationLevel, message: string, properties?: core.AnnotationProperties): void {
    this.used[level]++;
    if (level === 'error') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }

  /** The reserved place is taken (core.setFailed writes an error annotation). */
  release(level: AnnotationLevel): void {
    const reserved = this.reserved[level] ?? 0;
    if (reserved > 0) this.reserved[level] = reserved - 1;
  }
}

function bySeverityThenPlace(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line;
}

/** One line of plain text: annotations show no Markdown, and a secret must not be echoed. */
function plain(text: string, max: number): string {
  const line = redactSecrets(text).replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/** Which findings get an annotation, most severe first, within the places left per level. */
export function planFindingAnnotations(findings: readonly Finding[], left: (level: AnnotationLevel) => number): AnnotationPlan {
  const remaining: Record<AnnotationLevel, number> = { error: left('error'), warning: left('warning'), notice: left('notice') };
  const annotations: FindingAnnotation[] = [];
  let omitted = 0;
  for (const finding of [...findings].sort(bySeverityThenPlace)) {
    const level = LEVEL_OF[finding.severity];
    if (remaining[level] <= 0) {
      omitted++;
      continue;
    }
    remaining[level]--;
    const startLine = Number.isInteger(finding.line) && finding.line >= 1 ? finding.line : 1;
    const endLine = Number.isInteger(finding.endLine) && finding.endLine >= startLine ? finding.endLine : startLine;
    const source = finding.source === 'llm' ? ' (LLM)' : '';
    annotations.push({
      level,
      message: plain(finding.message || finding.title, 2000),
      properties: { title: plain(`${finding.rule}${source}: ${finding.title}`, 200), file: finding.file, startLine, endLine },
    });
  }
  return { annotations, omitted };
}

/** Annotates the findings within the budget; returns how many were left out. */
export function annotateFindings(findings: readonly Finding[], budget: AnnotationBudget): number {
  const plan = planFindingAnnotations(findings, (level) => budget.left(level));
  for (const annotation of plan.annotations) budget.emit(annotation.level, annotation.message, annotation.properties);
  return plan.omitted;
}
