import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewStateMarker, summaryMarker } from '../../../src/publish/markers.js';
import {
  decodeReviewState,
  encodeReviewState,
  LLM_MESSAGE_LIMIT,
  MAX_HEAD_COMMITS,
  nextHeadCommits,
  stateLlmFindingOf,
  type ReviewState,
} from '../../../src/publish/state/review-state.js';
import { makeFinding } from '../../support/reviewFixtures.js';

const SHA1 = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);

const sample: ReviewState = {
  headCommits: [SHA1, SHA2],
  findings: [
    { fingerprint: '0123456789abcdef0123', rule: 'SQL-001', file: 'models/orders.sql', line: 3, source: 'rule', firstSeen: SHA1 },
    { fingerprint: 'fedcba9876543210fedc', rule: 'llm', file: 'dags/load.py', line: 12, source: 'llm', firstSeen: SHA2 },
    { fingerprint: 'old', rule: 'SQL-009', file: 'models/orders.sql', line: 0, source: 'rule' },
  ],
  llmFindings: [
    { fingerprint: 'fedcba9876543210fedc', rule: 'llm', checklist: ['STD-05'], file: 'dags/load.py', line: 12, endLine: 14, severity: 'warning', title: 'No retries', message: 'Set retries.' },
  ],
  fixed: [{ fingerprint: 'gone', rule: 'DBT-001', file: 'models/x.sql', line: 4, source: 'rule' }],
  complete: true,
};

// Text deflate cannot shrink much, as real messages and fingerprints are to a degree.
const noise = (seed: number): string => Array.from({ length: 5 }, (_, part) => createHash('sha256').update(`${seed}:${part}`).digest('base64')).join(' ');

function payloadOf(wire: unknown): string {
  return reviewStateMarker(deflateRawSync(Buffer.from(JSON.stringify(wire))).toString('base64'));
}

describe('review state marker', () => {
  it('round-trips through a comment body, and its payload can never end the HTML comment', () => {
    const { marker, stored } = encodeReviewState(sample);
    expect(stored).toBe(sample);
    expect(marker).toMatch(/^<!-- data-engineer-review:state [A-Za-z0-9+/=]+ -->$/);
    expect(decodeReviewState(`${summaryMarker()}\n${marker}\n## Data Engineer Review`)).toEqual(sample);
  });

  it('round-trips any text in rules, paths, titles and messages', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ minLength: 1, maxLength: 60 }), fc.string({ maxLength: 120 }), (rule, file, message) => {
        const state: ReviewState = {
          headCommits: [SHA1],
          findings: [{ fingerprint: 'fp', rule, file, line: 1, source: 'llm', firstSeen: SHA1 }],
          llmFindings: [{ fingerprint: 'fp', rule, checklist: ['DQ-01'], file, line: 1, endLine: 1, severity: 'info', title: message, message }],
          fixed: [],
          complete: true,
        };
        const { marker } = encodeReviewState(state);
        expect(marker.slice(4, -3)).not.toContain('--');
        expect(decodeReviewState(marker)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });

  it('treats anything damaged or foreign as no state, never throwing', () => {
    const valid = encodeReviewState(sample).marker;
    const damaged = [
      undefined,
      null,
      '',
      'no marker here',
      reviewStateMarker(''),
      reviewStateMarker('bm90IGRlZmxhdGU='),
      valid.replace(/[A-Za-z](?=[A-Za-z0-9+/=]* -->)/, (char) => (char === 'A' ? 'B' : 'A')),
      `${valid}\n${valid}`,
      payloadOf({ v: 2, h: [], p: [], f: [], l: [], x: [], c: 1 }),
      payloadOf({ v: 1, h: [SHA1], p: ['a.sql'], f: [['fp', 'R', 7, 1, 'r', -1]], l: [], x: [], c: 1 }),
      payloadOf({ v: 1, h: [SHA1], p: ['a.sql'], f: [['fp', 'R', 0, -1, 'r', -1]], l: [], x: [], c: 1 }),
      payloadOf({ v: 1, h: [SHA1], p: ['a.sql'], f: [['fp', 'R', 0, 1, 'r', 5]], l: [], x: [], c: 1 }),
      payloadOf({ v: 1, h: [SHA1], p: ['a.sql'], f: [], l: [['fp', 'llm', ['X'], 0, 1, 1, 'fatal', '', '']], x: [], c: 1 }),
      payloadOf({ v: 1, h: 'abc', p: [], f: [], l: [], x: [], c: 1 }),
      payloadOf([1, 2, 3]),
      reviewStateMarker(Buffer.from('{"v":1}').toString('base64')),
    ];
    for (const body of damaged) expect(decodeReviewState(body)).toBeUndefined();
  });

  it('refuses a payload that inflates to megabytes', () => {
    const bomb = reviewStateMarker(deflateRawSync(Buffer.from(`{"v":1,"h":["${'a'.repeat(8 * 1024 * 1024)}"]}`)).toString('base64'));
    expect(bomb.length).toBeLessThan(60_000);
    expect(decodeReviewState(bomb)).toBeUndefined();
  });

  it('cuts the LLM copies first, then the fixed list, then identities, to fit its budget, and says it is incomplete', () => {
    const many = Array.from({ length: 3000 }, (_, index) => makeFinding({ fingerprint: `${index}`.padStart(20, 'f'), file: `models/m${index}.sql`, source: 'llm', rule: 'llm', message: noise(index) }));
    const state: ReviewState = {
      headCommits: [SHA1],
      findings: many.map((finding) => ({ fingerprint: finding.fingerprint, rule: finding.rule, file: finding.file, line: 1, source: 'llm' as const, firstSeen: SHA1 })),
      llmFindings: many.map(stateLlmFindingOf),
      fixed: [],
      complete: true,
    };
    const { marker, stored } = encodeReviewState(state, 16_000);
    expect(marker.length).toBeLessThanOrEqual(16_000);
    expect(stored.complete).toBe(false);
    expect(stored.llmFindings).toEqual([]);
    expect(stored.findings.length).toBeGreaterThan(100);
    expect(stored.findings.length).toBeLessThan(3000);
    expect(decodeReviewState(marker)).toEqual(stored);

    const small = encodeReviewState({ ...state, findings: state.findings.slice(0, 50), llmFindings: state.llmFindings.slice(0, 200) }, 16_000);
    expect(small.stored.findings).toHaveLength(50);
    expect(small.stored.llmFindings.length).toBeGreaterThan(0);
    expect(small.stored.llmFindings.length).toBeLessThan(200);
  });

  it('keeps the LLM copy compact: the message is cut to its limit', () => {
    const copy = stateLlmFindingOf(makeFinding({ fingerprint: 'x', source: 'llm', message: 'm'.repeat(5000), title: 't'.repeat(500) }));
    expect(copy.message.length).toBeLessThanOrEqual(LLM_MESSAGE_LIMIT);
    expect(copy.title.length).toBeLessThanOrEqual(120);
  });

  it('appends each head commit once, newest last, forgetting the oldest past the cap', () => {
    expect(nextHeadCommits([SHA1], SHA2)).toEqual([SHA1, SHA2]);
    expect(nextHeadCommits([SHA1, SHA2], SHA2)).toEqual([SHA1, SHA2]);
    const long = Array.from({ length: MAX_HEAD_COMMITS }, (_, index) => String(index).padStart(40, '0'));
    const next = nextHeadCommits(long, SHA1);
    expect(next).toHaveLength(MAX_HEAD_COMMITS);
    expect(next.at(-1)).toBe(SHA1);
    expect(next[0]).toBe(long[1]);
  });
});
