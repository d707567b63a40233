// The JSON report is written in pieces (src/report/json.ts); the pieces must add up to exactly
// what JSON.stringify(report, null, 2) gives, whatever the review holds.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batched } from '../../src/report/batched.js';
import { buildReport, jsonReportChunks, renderJsonReport } from '../../src/report/json.js';
import type { Review } from '../../src/model.js';
import { exampleRepo, ROOT } from '../support/example.js';
import { makeEscalation, makeFinding, makeReview } from '../support/reviewFixtures.js';

const whole = (review: Review): string => `${JSON.stringify(buildReport(review), null, 2)}\n`;

describe('jsonReportChunks', () => {
  it('adds up to JSON.stringify of the report for a review with findings, escalations and notices', () => {
    const review = makeReview({
      findings: [
        makeFinding({ fingerprint: 'a', message: 'line one\nline two — “quoted” \u2028 and a tab\t', snippet: 'select *\nfrom x' }),
        makeFinding({ fingerprint: 'b' }),
      ],
      escalations: [makeEscalation({ fingerprint: 'e' })],
      notices: ['one', 'two with </script> and "quotes"'],
    });
    expect([...jsonReportChunks(review)].join('')).toBe(whole(review));
    expect(renderJsonReport(review)).toBe(whole(review));
    // One piece per array element at least: no piece holds the whole findings array.
    const pieces = [...jsonReportChunks(review)];
    expect(pieces.some((piece) => piece.includes('"fingerprint": "a"') && piece.includes('"fingerprint": "b"'))).toBe(false);
  });

  it('matches for empty arrays, keys whose value is undefined and nested objects', () => {
    const review = makeReview({ findings: [], escalations: [], notices: [] });
    const withUndefined = { ...review, extra: undefined, nested: { deep: [1, [2, { three: undefined }]], empty: {} } } as unknown as Review;
    expect([...jsonReportChunks(withUndefined)].join('')).toBe(whole(withUndefined));
  });

  it('matches JSON.stringify for arbitrary JSON values in any field', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }).filter((key) => key !== 'findings'), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 }), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), (extra, notices) => {
        // Findings are counted by severity, so they stay findings; any other field holds anything.
        const review = { ...makeReview({ findings: [makeFinding({ fingerprint: 'f' })] }), ...extra, notices } as unknown as Review;
        expect([...jsonReportChunks(review)].join('')).toBe(whole(review));
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it('is what the built CLI prints: its --format json output parses and equals the chunked text of itself', () => {
    const repo = exampleRepo();
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'review', '--repo', repo, '--base', 'base', '--head', 'head', '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, ANTHROPIC_API_KEY: '' },
    });
    const report = JSON.parse(run.stdout) as Review & { counts: unknown };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(run.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});

describe('batched', () => {
  it('joins pieces into batches of at least the size, keeping every character in order', () => {
    const pieces = Array.from({ length: 50 }, (_, i) => `piece-${i};`);
    const batches = [...batched(pieces, 40)];
    expect(batches.join('')).toBe(pieces.join(''));
    expect(batches.slice(0, -1).every((batch) => batch.length >= 40)).toBe(true);
    expect(batches.length).toBeLessThan(pieces.length);
    expect([...batched([], 40)]).toEqual([]);
  });
});
