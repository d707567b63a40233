// docs/examples/ holds what the product writes for the bundled example, generated from a real
// review (tests/docs/examples-render.ts). With UPDATE_DOCS=1 (`npm run docs:examples`) this
// writes the files; otherwise it fails when they are stale. It also checks that the rendering
// is byte-stable and that the files show what their index says they show.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeReviewState } from '../../src/publish/state/review-state.js';
import { EXAMPLE_FILES, EXAMPLE_PR, renderExampleDocs, type ExampleDocs } from './examples-render.js';

const DIR = new URL('../../docs/examples/', import.meta.url);
const HEAD_FILES = new URL('../../examples/shop/head/', import.meta.url);
const UPDATE = process.env['UPDATE_DOCS'] === '1';
const STATE_MARKER = /<!-- data-engineer-review:state (\S+) -->/;

let docs: ExampleDocs;
let again: ExampleDocs;

beforeAll(async () => {
  docs = await renderExampleDocs();
  again = await renderExampleDocs();
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    for (const [name, text] of docs) writeFileSync(new URL(name, DIR), text, 'utf8');
  }
}, 120_000);

const doc = (name: string): string => {
  const text = docs.get(name);
  expect(text, name).toBeDefined();
  return text!;
};

/**
 * The review state is deflated, and deflate's bytes may differ between zlib builds (Node
 * versions) for the same content: the staleness check compares what the marker holds.
 */
function comparable(text: string): string {
  return text.replace(STATE_MARKER, () => `<!-- state ${JSON.stringify(decodeReviewState(text) ?? 'undecodable')} -->`);
}

const headSha = (): string => {
  const match = /commit ([0-9a-f]{12})<\/sub>/.exec(doc('summary.md'));
  expect(match).not.toBeNull();
  return match![1]!;
};

describe('docs/examples', () => {
  it.each(EXAMPLE_FILES)('%s is up to date (run `npm run docs:examples` when this fails)', (name) => {
    const file = new URL(name, DIR);
    expect(existsSync(file), `docs/examples/${name} is missing`).toBe(true);
    expect(comparable(readFileSync(file, 'utf8'))).toBe(comparable(doc(name)));
  });

  it('renders the same bytes on a second run (fresh temporary repository, fresh fake GitHub)', () => {
    expect([...again.keys()]).toEqual([...EXAMPLE_FILES]);
    for (const name of EXAMPLE_FILES) expect(again.get(name), name).toBe(doc(name));
  });

  it('holds nothing that depends on the machine or the moment', () => {
    for (const [name, text] of docs) {
      expect(text, name).not.toMatch(/der-docs-examples-|\/tmp\/|\\Temp\\|127\.0\.0\.1|localhost/);
      expect(text, name).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:\d\d/);
    }
  });

  it('summary.md is the pull request summary comment: marker, valid state, counts and the issue link', () => {
    const summary = doc('summary.md');
    expect(summary.startsWith('<!-- data-engineer-review:summary -->\n')).toBe(true);
    const state = decodeReviewState(summary);
    expect(state, 'the state marker decodes').toBeDefined();
    expect(summary).toMatch(/\*\*Findings:\*\* \d+ errors · \d+ warnings · \d+ info · 1 escalation needing a human decision/);
    expect(summary).toContain(`[#${EXAMPLE_PR.number + 1}](https://github.com/acme/shop/issues/${EXAMPLE_PR.number + 1})`);
    expect(summary).toContain('**The LLM review did not run**');
  });

  it('inline-comment.md is a finding posted on a changed line of the example', () => {
    const inline = doc('inline-comment.md');
    expect(inline).toMatch(/^<!-- data-engineer-review:finding [0-9a-f]+ -->\n\*\*🔴 Error\*\* · `SQL-001` /);
    const anchor = /on `([^`]+)` line (\d+)\./.exec(doc('README.md'));
    expect(anchor).not.toBeNull();
    const line = readFileSync(new URL(anchor![1]!, HEAD_FILES), 'utf8').split('\n')[Number(anchor![2]) - 1];
    expect(line).toMatch(/select \*/i);
  });

  it('escalation-issue.md is the issue body, with evidence linked at the reviewed head commit', () => {
    const issue = doc('escalation-issue.md');
    expect(issue).toMatch(/^<!-- data-engineer-review:escalation [0-9a-f]+ -->\n<!-- data-engineer-review:pr 42 -->/);
    expect(issue).toContain('Trigger: `incremental-vs-full-refresh`');
    expect(issue).toContain(`at commit \`${headSha()}\``);
    expect(issue).toMatch(new RegExp(`https://github\\.com/acme/shop/blob/${headSha()}[0-9a-f]{28}/models/marts/fct_orders\\.sql#L2`));
    expect(doc('README.md')).toContain('titled *Needs human decision: Materialization of fct_orders changes from table to incremental*');
  });

  it('job-summary.md and cli.txt list every finding the summary counts', () => {
    const counted = /\*\*Findings:\*\* (\d+) errors · (\d+) warnings · (\d+) info/.exec(doc('summary.md'));
    const total = Number(counted![1]) + Number(counted![2]) + Number(counted![3]);
    expect(doc('job-summary.md')).toContain(`### Findings (${total})`);
    expect(doc('job-summary.md').match(/^\| (🔴 Error|🟠 Warning|🔵 Info) \|/gmu)).toHaveLength(total);
    expect(doc('cli.txt')).toContain(`### Findings (${total})`);
    expect(doc('README.md')).toContain(`One of the ${total} inline comments`);
  });

  it('cli.txt is a terminal transcript: command, log, report, verdict and exit status', () => {
    const cli = doc('cli.txt');
    const lines = cli.split('\n');
    expect(lines[0]).toBe('$ data-engineer-review review --repo shop --base base --head head');
    expect(lines[1]).toMatch(/^Analysing \d+ changed file\(s\) with the rules engine$/);
    expect(cli).toContain('_on a pull request, an issue is opened for it_');
    expect(cli).toMatch(/\nFAIL: \d+ error finding\(s\) \(fail-on: error\)\n\[exit status 1\]\n$/);
    expect(cli).not.toContain('<!--');
  });
});
