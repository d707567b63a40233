// The machine-readable report (the file at `report-path`, the CLI's `--format json`).
// docs/report.schema.json describes it; a test validates real reports against that schema.
import type { Review, Severity } from '../model.js';

export interface ReportCounts {
  error: number;
  warning: number;
  info: number;
  escalations: number;
}

export type Report = Review & { counts: ReportCounts };

export function countFindings(review: Review): ReportCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of review.findings) counts[finding.severity]++;
  return { ...counts, escalations: review.escalations.length };
}

export function buildReport(review: Review): Report {
  return { ...review, counts: countFindings(review) };
}

export function renderJsonReport(review: Review): string {
  return `${JSON.stringify(buildReport(review), null, 2)}\n`;
}
