// docs/rules.md is generated from the rules' metadata (`npm run docs:rules`); this fails when the
// committed file is stale, and checks that the generator covers every rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/analyzers/rules/index.js';
import { ruleList } from '../../src/cli/rule-list.js';
import { renderRulesDoc } from '../../src/cli/rules-doc.js';

const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md', () => {
  it('is up to date with the rules (run `npm run docs:rules` when this fails)', () => {
    expect(committed).toBe(renderRulesDoc());
  });

  it('has a section with rationale and both examples for every rule and review check', () => {
    const doc = renderRulesDoc();
    for (const entry of ruleList()) {
      const start = doc.indexOf(`### ${entry.id}: ${entry.title}\n`);
      expect(start, entry.id).toBeGreaterThan(0);
      const next = doc.indexOf('\n### ', start + 1);
      const section = doc.slice(start, next < 0 ? undefined : next);
      expect(section).toContain(entry.rationale);
      expect(section).toContain(entry.examples.bad);
      expect(section).toContain(entry.examples.good);
      expect(section).toContain(`Severity: **${entry.severity}**`);
    }
    expect(ruleList().filter((entry) => entry.domain !== 'review')).toHaveLength(rules.length);
  });

  it('links each row of the index to its section heading', () => {
    const doc = renderRulesDoc();
    const anchors = [...doc.matchAll(/^\| \[([A-Z]+-\d+)\]\(#([^)]+)\)/gm)].map((match) => match[2]);
    const headings = [...doc.matchAll(/^### (.+)$/gm)].map((match) =>
      (match[1] as string)
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    );
    expect(anchors).toEqual(headings);
  });

  it('fences examples that contain backticks safely', () => {
    const doc = renderRulesDoc([
      {
        id: 'X-001',
        title: 'x',
        domain: 'sql',
        severity: 'info',
        checklist: ['STD-01'],
        rationale: 'r',
        examples: { bad: 'a ``` b', good: 'ok' },
        options: {},
      },
    ]);
    expect(doc).toContain('````sql\na ``` b\n````');
  });
});
