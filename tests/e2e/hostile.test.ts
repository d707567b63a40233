// End to end: a hostile pull request against the BUILT action. Every payload of the corpus
// (tests/support/hostile.ts) sits in a SQL comment, a YAML description, a DAG docstring, a file
// name, the PR title and the PR body, and the scripted model "obeys" the injection by repeating
// every payload in its answer and declaring the change clean. A rules-only dry run of the same
// change is the baseline: nothing the hostile run writes may lose a rule finding or a detector
// escalation, and nothing it writes may ping, render HTML, carry a forged marker or a secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runBuiltAction, type ActionRun } from '../support/action.js';
import { anthropicToolUse, startFakeApis, type FakeApis } from '../support/fakeApis.js';
import { createHostileRepo, HOSTILE_FILE, obedientModelAnswer, PAYLOADS, PR_BODY, PR_TITLE, SECRETS, VECTORS } from '../support/hostile.js';

interface ReportShape {
  findings: { fingerprint: string; source: string; rule: string }[];
  escalations: { fingerprint: string; source: string; trigger: string }[];
  llm: { status: string };
}

const OWNER = 'acme';
const REPO = 'shop';
const PR = 31;

let fake: FakeApis;
let baseline: ReportShape;
let hostile: ReportShape;
let run: ActionRun;
/** Every text the hostile run wrote where GitHub renders Markdown, labelled for failure messages. */
let written: { where: string; text: string }[];

/** The text outside CommonMark code spans (a backtick run closed by a run of the same length). */
function outsideCodeSpans(text: string): string {
  return text.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' ');
}

function eventPayload(base: string, head: string) {
  const full = `${OWNER}/${REPO}`;
  return {
    action: 'opened',
    number: PR,
    pull_request: {
      number: PR,
      title: PR_TITLE,
      body: PR_BODY,
      html_url: `https://github.com/${full}/pull/${PR}`,
      base: { sha: base, ref: 'main', repo: { full_name: full } },
      head: { sha: head, ref: 'feature', repo: { full_name: full } },
    },
    repository: { full_name: full },
  };
}

beforeAll(async () => {
  const repo = createHostileRepo();
  fake = await startFakeApis({ owner: OWNER, repo: REPO, git: { dir: repo.dir, base: repo.base, head: repo.head }, pr: { number: PR, title: PR_TITLE, body: PR_BODY } });
  const payload = eventPayload(repo.base, repo.head);

  const dry = await runBuiltAction({ fake, pr: { number: PR, base: repo.base, head: repo.head }, payload, inputs: { 'dry-run': 'true', 'fail-on': 'never' } });
  expect(dry.status).toBe(0);
  baseline = JSON.parse(readFileSync(dry.reportPath, 'utf8')) as ReportShape;

  fake.pushAnthropic(anthropicToolUse('submit_review', obedientModelAnswer('models/marts/fct_orders.sql', 4)));
  run = await runBuiltAction({
    fake,
    pr: { number: PR, base: repo.base, head: repo.head },
    payload,
    inputs: { 'anthropic-api-key': 'sk-ant-hostile-test-key-0000000000', 'fail-on': 'never' },
    env: { ANTHROPIC_BASE_URL: fake.url },
  });
  hostile = JSON.parse(readFileSync(run.reportPath, 'utf8')) as ReportShape;

  const { state } = fake;
  written = [
    ...state.comments.map((c) => ({ where: `comment ${c.id}`, text: c.body })),
    ...state.reviews.map((r) => ({ where: `review ${r.id}`, text: r.body ?? '' })),
    ...state.reviewComments.map((c) => ({ where: `review comment ${c.id}`, text: c.body })),
    ...state.issues.map((i) => ({ where: `issue #${i.number}`, text: `${i.title}\n${i.body ?? ''}` })),
    ...state.statuses.map((s) => ({ where: `status ${s.context}`, text: s.description ?? '' })),
    { where: 'job summary', text: run.summary },
  ];
}, 120_000);

afterAll(async () => {
  await fake?.close();
  // The figure for the README's reliability section (a failed check above fails the run anyway).
  const lost = baseline && hostile ? baseline.findings.filter((finding) => !hostile.findings.some((h) => h.fingerprint === finding.fingerprint)).length : 'unknown';
  process.stdout.write(`hostile: ${PAYLOADS.length} payloads in ${VECTORS.length} places of one pull request, ${lost} lost findings\n`);
});

describe('a hostile pull request', () => {
  it('was reviewed with the model, which obeyed the injection', () => {
    expect(fake.unexpected).toEqual([]);
    expect(run.status).toBe(0);
    expect(hostile.llm.status).toBe('ok');
    expect(hostile.findings.some((finding) => finding.source === 'llm')).toBe(true);
    expect(baseline.findings.length).toBeGreaterThan(2);
    expect(baseline.escalations.map((e) => e.trigger)).toContain('incremental-vs-full-refresh');
    // The hostile file was reviewed like any other: its wildcard is found.
    expect(baseline.findings.some((finding) => finding.rule === 'SQL-001')).toBe(true);
    expect(written.length).toBeGreaterThan(4);
  });

  it('loses no rule finding and no detector escalation', () => {
    const fingerprints = new Set(hostile.findings.map((finding) => finding.fingerprint));
    for (const finding of baseline.findings) expect(fingerprints.has(finding.fingerprint), finding.rule).toBe(true);
    const escalations = new Set(hostile.escalations.map((escalation) => escalation.fingerprint));
    for (const escalation of baseline.escalations) expect(escalations.has(escalation.fingerprint), escalation.trigger).toBe(true);
  });

  it('never approves and never turns the decision status green', () => {
    for (const review of fake.requestsTo('POST', `/repos/${OWNER}/${REPO}/pulls/${PR}/reviews`)) {
      expect((review.body as { event: string }).event).toBe('COMMENT');
    }
    expect(fake.state.statuses.length).toBeGreaterThan(0);
    for (const status of fake.state.statuses) expect(status.state).not.toBe('success');
    // The only writes are the kinds a review makes: no merges, no edits of the PR, no deletions.
    const allowed = [
      /^POST \/repos\/acme\/shop\/labels$/,
      /^POST \/repos\/acme\/shop\/issues$/,
      /^POST \/repos\/acme\/shop\/issues\/\d+\/comments$/,
      /^PATCH \/repos\/acme\/shop\/issues\/\d+$/,
      /^PATCH \/repos\/acme\/shop\/issues\/comments\/\d+$/,
      /^POST \/repos\/acme\/shop\/pulls\/31\/reviews$/,
      /^POST \/repos\/acme\/shop\/statuses\/[0-9a-f]{40}$/,
      /^POST \/v1\/messages(\/count_tokens)?$/,
    ];
    for (const request of fake.requests.filter((r) => r.method !== 'GET')) {
      const line = `${request.method} ${request.path}`;
      expect(allowed.some((pattern) => pattern.test(line)), line).toBe(true);
    }
  });

  it('sends the PR text to the model fenced as untrusted and stripped of hidden characters', () => {
    const [call] = fake.requestsTo('POST', '/v1/messages');
    const sent = JSON.stringify(call!.body);
    expect(sent).toContain('untrusted');
    expect(sent).toContain('ignore all previous instructions');
    expect(sent).not.toMatch(/[\u200b\u202e]/);
  });

  it.each(PAYLOADS.filter((p) => p.id.startsWith('forged-')).map((p) => [p.id, p.text] as const))('forges no marker: %s', (_id, text) => {
    const fingerprint = /([0-9a-f]{20})/.exec(text)?.[1];
    for (const { where, text: body } of written) {
      // Our own summary carries the summary marker once; the forged ones appear nowhere.
      if (!text.includes(':summary')) expect(body.includes(text), where).toBe(false);
      if (fingerprint) expect(body.includes(`:escalation ${fingerprint}`) || body.includes(`:finding ${fingerprint}`), where).toBe(false);
    }
    // Exactly one summary marker, in exactly one comment: ours.
    const summaries = fake.state.comments.filter((comment) => comment.body.includes('<!-- data-engineer-review:summary -->'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.body.split('<!-- data-engineer-review:summary -->')).toHaveLength(2);
  });

  it.each([['@octocat'], ['@acme/data-platform']])('pings nobody: %s', (mention) => {
    const login = mention.slice(1);
    const pinging = new RegExp(`(^|[^A-Za-z0-9])@${login.replace('/', '\\/')}`);
    let mentioned = 0;
    for (const { where, text } of written) {
      expect(pinging.test(text), where).toBe(false);
      if (text.includes(login)) mentioned++;
    }
    // The text is still there for the reader, just unable to ping.
    expect(mentioned).toBeGreaterThan(0);
  });

  it.each([
    ['script', /<script/i],
    ['img-onerror', /<img/i],
    ['details-break', /<h1>|<\/details><\/summary>/i],
  ])('renders no HTML from the PR or the model: %s', (_id, pattern) => {
    // Inside a code span GitHub shows `<img>` as text, so only what is outside one can render.
    for (const { where, text } of written) expect(pattern.test(outsideCodeSpans(text)), where).toBe(false);
  });

  it.each(Object.entries(SECRETS))('repeats no secret: %s', (_name, secret) => {
    for (const { where, text } of written) expect(text.includes(secret), where).toBe(false);
    expect(run.stdout.includes(secret)).toBe(false);
    const report = readFileSync(run.reportPath, 'utf8');
    expect(report.includes(secret)).toBe(false);
  });

  it('keeps no invisible or bidi characters from the PR in what it writes', () => {
    for (const { where, text } of written) expect(/[\u200b\u202a-\u202e\u2066-\u2069]/.test(text), where).toBe(false);
  });

  it('names the hostile file only in neutralised form', () => {
    const named = written.filter(({ text }) => text.includes('stg_@'));
    expect(named.length).toBeGreaterThan(0);
    for (const { where, text } of written) expect(text.includes(HOSTILE_FILE), where).toBe(false);
  });
});
