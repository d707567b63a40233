import { describe, expect, it } from 'vitest';
import { emptyLlmReport, type Finding, type Review } from '../../src/model.js';
import { renderJobSummary } from '../../src/report/markdown.js';

function review(findings: Finding[]): Review {
  return {
    version: '0.1.0',
    triggered: true,
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    agent: { name: 'data-engineer', version: '1.0.0' },
    files: [],
    findings,
    escalations: [
      { fingerprint: 'e1', trigger: 'data-retention', subject: 'events', title: 'Retention of @org/team <b>events</b>', problem: 'p', evidence: [{ file: 'models/e.yml', line: 5, text: 'ttl' }], options: [], source: 'rule' },
    ],
    llm: emptyLlmReport('skipped', false),
    notices: ['LLM review: not run (no Anthropic API key); this review comes from the deterministic rules alone.'],
  };
}

const findings: Finding[] = [
  { fingerprint: 'f1', rule: 'SQL-001', checklist: ['STD-08'], severity: 'warning', title: 'Final select', file: 'models/a.sql', line: 3, endLine: 4, message: 'Ping @alice <img src=x onerror=alert(1)> | pipe', source: 'rule' },
  { fingerprint: 'f2', rule: 'llm', checklist: ['MON-03'], severity: 'error', title: 'Alerting', file: 'dags/d.py', line: 9, endLine: 9, message: 'n', source: 'llm' },
];

describe('renderJobSummary', () => {
  const text = renderJobSummary(review(findings), {
    repoUrl: 'https://github.com/acme/shop',
    channelNotices: ['this run is reduced: it cannot write'],
    annotationsOmitted: 3,
    noIssueReason: 'not opened: the token cannot write',
  });

  it('lists every finding in a table, most severe first, with a link to its lines', () => {
    const rows = text.split('\n').filter((line) => /^\| (?:🔴|🟠|🔵) /.test(line));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('`llm` (LLM)');
    expect(rows[1]).toContain(`[models/a.sql:3-4](https://github.com/acme/shop/blob/${'b'.repeat(40)}/models/a.sql#L3-L4)`);
    expect(text).toContain('**Findings:** 1 error · 1 warning · 0 info · 1 escalation needing a human decision');
  });

  it('neutralises text from the change like the pull request summary', () => {
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img');
    expect(text).not.toMatch(/(^|[^A-Za-z0-9])@alice/);
    expect(text).not.toContain('<b>');
    expect(text).toContain('\\| pipe'); // a pipe cannot end the table cell
  });

  it('tables the escalations, says why no issue exists, counts findings without annotations, and shows the notices once', () => {
    expect(text).toContain('### Needs human decision (1)');
    expect(text).toMatch(/\| `data-retention` \| Retention of .+ \| pending \| \[models\/e\.yml:5\]\(.+#L5\) \| _not opened: the token cannot write_ \|/);
    expect(text).toContain('_3 more findings are not shown as annotations');
    expect(text).toContain('> [!NOTE]\n> this run is reduced: it cannot write');
    expect(text.match(/Anthropic API key/g)).toHaveLength(1);
  });

  it('says nothing was reviewed when no data path changed', () => {
    const untriggered = { ...review([]), triggered: false, escalations: [], notices: [] };
    const body = renderJobSummary(untriggered);
    expect(body).toContain('nothing was reviewed');
    expect(body).not.toContain('### Findings');
  });
});
