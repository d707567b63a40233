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
  return [...jsonReportChunks(review)].join('');
}

/**
 * The same text as renderJsonReport, one array element at a time: `JSON.stringify(report, null, 2)`
 * and a newline. Stringifying a 5,000-file report at once built a 17 MB string, which writing
 * then copied twice (flattened, then encoded): ~40 MB on top of the review at the moment its
 * memory peaks. Writers take these pieces and keep a few kilobytes at a time.
 */
export function* jsonReportChunks(review: Review): Generator<string> {
  yield* jsonObjectChunks(buildReport(review));
  yield '\n';
}

/** `JSON.stringify(value, null, 2)` of a plain object, its top-level arrays split by element. */
function* jsonObjectChunks(value: object): Generator<string> {
  // JSON.stringify leaves out keys whose value it cannot represent; so must the pieces.
  const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(item) && item.length > 0) {
      yield '[';
      for (const [position, element] of item.entries()) yield `${position === 0 ? '' : ','}\n    ${indented(element, '    ')}`;
      yield '\n  ]';
    } else {
      yield indented(item, '  ');
    }
  }
  yield '\n}';
}

/** A value stringified with two-space indentation, nested under `prefix`. */
function indented(value: unknown, prefix: string): string {
  // Array holes and undefined elements are `null` in JSON.stringify's output.
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return text.replaceAll('\n', `\n${prefix}`);
}
