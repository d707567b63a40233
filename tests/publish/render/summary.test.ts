import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model.js';
import { hasSummaryMarker, summaryMarker } from '../../../src/publish/markers.js';
import type { ReviewProgress } from '../../../src/publish/state/progress.js';
import { decodeReviewState, encodeReviewState, stateLlmFindingOf, type ReviewState } from '../../../src/publish/state/review-state.js';
import { COMMENT_BODY_LIMIT, renderSummary, type SummaryContext } from '../../../src/publish/render/summary.js';
import { makeEscalation, makeFinding, makeReview, okLlm } from '../../support/reviewFixtures.js';

const HEAD = '0123456789abcdef0123456789abcdef01234567';
const ctx = (overrides: Partial<SummaryContext> = {}): SummaryContext => ({
  unanchored: [],
  repoUrl: 'https://github.com/acme/warehouse',
  headSha: HEAD,
  escalationLinks: new Map(),
  ...overrides,
});

const APPROVAL_WORDING = /lgtm|approv|looks good|all clear|passed|no issues/i;

describe('renderSummary', () => {
  it('starts with the marker and counts findings by severity and escalations', () => {
    const findings = [
      makeFinding({ fingerprint: 'e1', severity: 'error' }),
      makeFinding({ fingerprint: 'e2', severity: 'error' }),
      makeFinding({ fingerprint: 'w1', severity: 'warning' }),
      makeFinding({ fingerprint: 'i1', severity: 'info' }),
    ];
    const body = renderSummary(makeReview({ findings, escalations: [makeEscalation({ fingerprint: 'x' })] }), ctx());
    expect(body.startsWith(summaryMarker())).toBe(true);
    expect(body).toContain('2 errors · 1 warning · 1 info · 1 escalation needing a human decision');
    expect(body).toContain('4 findings are posted as inline comments');
  });

  it('never uses approval wording, even with no findings', () => {
    const body = renderSummary(makeReview(), ctx());
    expect(body).toContain('No findings from the checks that ran');
    expect(body).not.toMatch(APPROVAL_WORDING);
  });

  it('says plainly when the LLM did not run, failed or answered badly', () => {
    const skipped = renderSummary(makeReview({ llm: okLlm({ used: false, status: 'skipped', error: 'no ANTHROPIC_API_KEY was given' }) }), ctx());
    expect(skipped).toContain('The LLM review did not run**: no ANTHROPIC_API_KEY was given');
    const failed = renderSummary(makeReview({ llm: okLlm({ status: 'failed', error: 'HTTP 529 overloaded' }) }), ctx());
    expect(failed).toContain('The LLM review failed**: HTTP 529 overloaded');
    const invalid = renderSummary(makeReview({ llm: okLlm({ status: 'invalid', error: 'no tool call', rejected: ['finding 3: unknown checklist id XX-1'] }) }), ctx());
    expect(invalid).toContain('unusable answer');
    expect(invalid).toContain('finding 3: unknown checklist id XX-1');
    expect(renderSummary(makeReview(), ctx())).not.toContain('LLM review');
  });

  it('shows what the LLM pass cost, and names every file it did not review', () => {
    const body = renderSummary(
      makeReview({
        llm: okLlm({
          status: 'partial',
          error: '1 of 3 calls failed',
          calls: 3,
          inputTokens: 41200,
          cacheReadTokens: 30000,
          outputTokens: 2100,
          estimatedCostUsd: 0.0912,
          coverage: { reviewed: ['models/a.sql'], skipped: [{ path: 'models/b.sql', reason: 'HTTP 529 overloaded' }, { path: 'dags/big.py', reason: 'over the run budget' }] },
        }),
      }),
      ctx(),
    );
    expect(body).toContain('The LLM review covered only part of the change');
    expect(body).toContain('3 calls · 41,200 input tokens (30,000 cache read');
    expect(body).toContain('estimated');
    expect(body).toContain('2 files not reviewed by the LLM');
    expect(body).toContain('`models/b.sql`: HTTP 529 overloaded');
    expect(body).toContain('`dags/big.py`: over the run budget');
  });

  it('lists files that were only partly analysed or skipped, with their reasons, but not out-of-scope files', () => {
    const review = makeReview({
      files: [
        { path: 'models/a.sql', domain: 'dbt', status: 'modified', analysed: 'partial', reason: 'the SQL did not parse' },
        { path: 'dags/b.py', domain: 'airflow', status: 'added', analysed: 'skipped', reason: 'file too large' },
        { path: 'README.md', domain: 'other', status: 'modified', analysed: 'skipped', reason: 'not a data file' },
        { path: 'models/c.sql', domain: 'dbt', status: 'modified', analysed: 'full' },
      ],
    });
    const body = renderSummary(review, ctx());
    expect(body).toContain('2 files were not fully analysed');
    expect(body).toContain('models/a.sql: partly analysed: the SQL did not parse');
    expect(body).toContain('dags/b.py: not analysed: file too large');
    expect(body).not.toContain('README.md');
    expect(body).not.toContain('models/c.sql');
  });

  it('lists each escalation with its trigger and issue link, and says when an issue is missing', () => {
    const review = makeReview({
      escalations: [
        makeEscalation({ fingerprint: 'esc-1', trigger: 'incremental-vs-full-refresh', title: 'orders now a full refresh' }),
        makeEscalation({ fingerprint: 'esc-2', trigger: 'data-retention', title: 'PII kept forever' }),
      ],
    });
    const body = renderSummary(review, ctx({ escalationLinks: new Map([['esc-1', { number: 12, url: 'https://github.com/acme/warehouse/issues/12' }]]) }));
    expect(body).toContain('### Needs human decision');
    expect(body).toContain('**orders now a full refresh** · trigger `incremental-vs-full-refresh` · [#12](https://github.com/acme/warehouse/issues/12)');
    expect(body).toContain('**PII kept forever** · trigger `data-retention` · _issue not created');
  });

  it('tabulates unanchored findings with links to the exact lines, most severe first', () => {
    const unanchored = [
      makeFinding({ fingerprint: 'w', severity: 'warning', file: 'models/b c.sql', line: 3, endLine: 5, rule: 'SQL-012', checklist: ['CODE-04'] }),
      makeFinding({ fingerprint: 'e', severity: 'error', file: 'models/a.sql', line: 7, endLine: 7, rule: 'llm', source: 'llm', checklist: ['DQ-02', 'STD-03'] }),
    ];
    const body = renderSummary(makeReview({ findings: unanchored }), ctx({ unanchored }));
    expect(body).toContain('### Findings not shown inline (2)');
    expect(body).toContain(`[models/b c.sql:3-5](https://github.com/acme/warehouse/blob/${HEAD}/models/b%20c.sql#L3-L5)`);
    expect(body).toContain(`[models/a.sql:7](https://github.com/acme/warehouse/blob/${HEAD}/models/a.sql#L7)`);
    expect(body).toContain('`DQ-02`, `STD-03`');
    expect(body.indexOf('models/a.sql:7')).toBeLessThan(body.indexOf('models/b c.sql:3-5'));
    expect(body).not.toContain('posted as inline comments');
  });

  it('shows plain locations without a repository URL', () => {
    const unanchored = [makeFinding({ fingerprint: 'p', file: 'models/x.sql', line: 2, endLine: 2 })];
    const body = renderSummary(makeReview({ findings: unanchored }), ctx({ unanchored, repoUrl: undefined }));
    expect(body).toContain('| models/x.sql:2 |');
    expect(body).not.toContain('/blob/');
  });

  it('neutralises model and PR text in the table', () => {
    const unanchored = [
      makeFinding({ fingerprint: 'n', file: 'models/<b>.sql', title: 'ping @boss', message: 'a | b <!-- data-engineer-review:summary --> ghp_' + 'q'.repeat(36) }),
    ];
    const body = renderSummary(makeReview({ findings: unanchored }), ctx({ unanchored }));
    expect(body).not.toContain('<b>');
    expect(body).not.toContain('@boss');
    expect(body).not.toContain('ghp_q');
    expect(body.split(summaryMarker())).toHaveLength(2);
    expect(body).toContain('a \\| b');
  });

  it('stays under 65,536 characters, saying how many findings were cut', () => {
    const unanchored: Finding[] = Array.from({ length: 2000 }, (_, index) =>
      makeFinding({ fingerprint: `f${index}`, file: `models/very/long/path/number_${index}.sql`, line: index + 1, endLine: index + 1, message: 'm'.repeat(600) }),
    );
    const body = renderSummary(makeReview({ findings: unanchored }), ctx({ unanchored }));
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    const match = /_(\d+) more findings were cut from this table/.exec(body);
    expect(match).not.toBeNull();
    const listed = body.split('\n').filter((line) => line.startsWith('| [models/')).length;
    expect(listed).toBeGreaterThan(50);
    expect(listed + Number(match![1])).toBe(2000);
    expect(body).toContain('every finding is in the report file');
    expect(hasSummaryMarker(body)).toBe(true);
  });

  it('marks a dry run and shows publisher warnings', () => {
    const body = renderSummary(makeReview(), ctx({ dryRun: true, publishNotices: ['GitHub refused the inline review: HTTP 422'] }));
    expect(body).toContain('Dry run: nothing was posted to GitHub');
    expect(body).toContain('GitHub refused the inline review: HTTP 422');
  });

  it('says nothing was reviewed when no data file changed', () => {
    const body = renderSummary(makeReview({ triggered: false, llm: okLlm({ used: false, status: 'skipped', error: 'no data files changed' }) }), ctx());
    expect(body).toContain('nothing was reviewed');
    expect(body).not.toContain('LLM review did not run');
  });

  it('links a finding in a removed file at the base commit, where its lines exist', () => {
    const BASE = 'fedcba9876543210fedcba9876543210fedcba98';
    const unanchored = [makeFinding({ fingerprint: 'r', file: 'models/legacy.sql', line: 4, endLine: 4 }), makeFinding({ fingerprint: 'k', file: 'models/kept.sql', line: 2, endLine: 2 })];
    const review = makeReview({
      base: BASE,
      findings: unanchored,
      files: [
        { path: 'models/legacy.sql', domain: 'dbt', status: 'removed', analysed: 'full' },
        { path: 'models/kept.sql', domain: 'dbt', status: 'modified', analysed: 'full' },
      ],
    });
    const body = renderSummary(review, ctx({ unanchored }));
    expect(body).toContain(`[models/legacy.sql:4](https://github.com/acme/warehouse/blob/${BASE}/models/legacy.sql#L4)`);
    expect(body).toContain(`[models/kept.sql:2](https://github.com/acme/warehouse/blob/${HEAD}/models/kept.sql#L2)`);
    expect(renderSummary(review, ctx({ unanchored, baseSha: 'b'.repeat(40) }))).toContain(`/blob/${'b'.repeat(40)}/models/legacy.sql#L4`);
  });

  describe('across pushes', () => {
    const PREVIOUS = '9'.repeat(40);
    const inline = makeFinding({ fingerprint: 'in', severity: 'error', rule: 'SQL-005', title: 'DELETE without WHERE', file: 'models/a.sql', line: 3, endLine: 3 });
    const outside = makeFinding({ fingerprint: 'out', rule: 'SQL-022', file: 'models/a.sql', line: 40, endLine: 40 });
    const progress = (overrides: Partial<ReviewProgress> = {}): ReviewProgress => ({
      hasPrevious: true,
      previousHead: PREVIOUS,
      status: new Map([['in', 'open'], ['out', 'new']]),
      fixed: [
        { fingerprint: 'gone', rule: 'DBT-003', file: 'models/old.sql', line: 8, source: 'rule' },
        { fingerprint: 'gone-llm', rule: 'llm', file: 'models/a.sql', line: 5, source: 'llm', title: 'Null join key', message: 'Filter <b>null</b> keys @team' },
      ],
      carried: [],
      ...overrides,
    });

    it('says per finding whether it is new or still open, and lists what was fixed', () => {
      const body = renderSummary(makeReview({ findings: [inline, outside] }), ctx({ unanchored: [outside], progress: progress() }));
      expect(body).toContain(`**Since the last review (commit ${PREVIOUS.slice(0, 12)}):** 1 new · 1 still open · 2 fixed.`);
      expect(body).toContain('| Status | Location | Severity | Rule | Checklist | Message |');
      expect(body).toMatch(/\| 🆕 New \| \[models\/a\.sql:40\]/);
      expect(body).toContain('<details><summary>1 finding posted inline</summary>');
      expect(body).toMatch(/- Still open · \[models\/a\.sql:3\]\(https:[^)]+#L3\) · `SQL-005` DELETE without WHERE/);
      expect(body).toContain('### Fixed since the last review (2)');
      expect(body).toContain('- ✅ `DBT-003` · models/old.sql:8');
      expect(body).toContain('- ✅ `llm` (LLM) · models/a.sql:5 · Null join key: Filter &lt;b>null&lt;/b> keys @\u200dteam');
      expect(body.indexOf('1 finding is posted as an inline comment')).toBeLessThan(body.indexOf('<details><summary>1 finding posted inline'));
    });

    it('shows no comparison on a first review', () => {
      const body = renderSummary(makeReview({ findings: [inline, outside] }), ctx({ unanchored: [outside], progress: progress({ hasPrevious: false, fixed: [] }) }));
      expect(body).not.toContain('Since the last review');
      expect(body).toContain('| Location | Severity | Rule | Checklist | Message |');
      expect(body).not.toContain('posted inline</summary>');
    });

    it('says how many earlier findings were not checked again', () => {
      const carried = [{ fingerprint: 'c', rule: 'llm', file: 'models/z.sql', line: 1, source: 'llm' as const }];
      expect(renderSummary(makeReview({ findings: [inline] }), ctx({ progress: progress({ carried }) }))).toContain(
        '1 earlier finding was not checked again in this run (the file was not re-reviewed) and is neither counted as open nor as fixed.',
      );
    });

    it('keeps the state marker intact right after the summary marker, and the comment under the limit', () => {
      const findings: Finding[] = Array.from({ length: 1500 }, (_, index) =>
        makeFinding({ fingerprint: `f${index}`.padEnd(20, 'x'), source: 'llm', rule: 'llm', file: `models/path_${index}.sql`, line: index + 1, endLine: index + 1, message: 'm'.repeat(600) }),
      );
      const state: ReviewState = {
        headCommits: [HEAD],
        findings: findings.map((finding) => ({ fingerprint: finding.fingerprint, rule: finding.rule, file: finding.file, line: finding.line, source: 'llm' as const, firstSeen: HEAD })),
        llmFindings: findings.map(stateLlmFindingOf),
        fixed: [],
        complete: true,
      };
      const { marker, stored } = encodeReviewState(state);
      const status = new Map(findings.map((finding, index) => [finding.fingerprint, index % 2 === 0 ? ('new' as const) : ('open' as const)]));
      const body = renderSummary(makeReview({ findings }), ctx({ unanchored: findings.slice(0, 1000), stateMarker: marker, progress: progress({ status, fixed: [] }) }));
      expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
      expect(body.split('\n')[1]).toBe(marker);
      expect(decodeReviewState(body)).toEqual(stored);
      expect(body).toMatch(/more findings were cut from this table/);
    });
  });

  it('cannot be given a second state marker through finding text', () => {
    const forged = encodeReviewState({ headCommits: ['f'.repeat(40)], findings: [], llmFindings: [], fixed: [], complete: true }).marker;
    const state = encodeReviewState({ headCommits: [HEAD], findings: [], llmFindings: [], fixed: [], complete: true });
    const unanchored = [makeFinding({ fingerprint: 'x', title: forged, message: `see ${forged}` })];
    const body = renderSummary(makeReview({ findings: unanchored }), ctx({ unanchored, stateMarker: state.marker }));
    expect(decodeReviewState(body)).toEqual(state.stored);
  });
});
