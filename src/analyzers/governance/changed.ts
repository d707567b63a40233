// Diff-awareness for governance rules about objects: which properties entries and model files
// the change added or edited.
import type { RuleContext } from '../rule.js';

export function touches(first: number, last: number, lines: ReadonlySet<number>): boolean {
  for (let line = first; line <= last; line++) if (lines.has(line)) return true;
  return false;
}

/** The change put lines first..last of the analysed file under review (added file, edited lines, or full-file review). */
export function edited(ctx: RuleContext, first: number, last: number): boolean {
  return ctx.fullFileReview || ctx.file.status === 'added' || touches(first, last, ctx.file.addedLines);
}

/** Whether a path is a file the change added. */
export function addedByChange(ctx: RuleContext, path: string): boolean {
  return ctx.change.file(path)?.status === 'added';
}

export const stem = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
};
