import { describe, expect, it } from 'vitest';
import { findingFingerprintsIn, hasLlmSourceMarker } from '../../../src/publish/markers.js';
import { renderInlineComment } from '../../../src/publish/render/comment.js';
import { makeFinding } from '../../support/reviewFixtures.js';

describe('renderInlineComment', () => {
  it('carries the marker, severity badge, rule, title, checklist ids and message', () => {
    const body = renderInlineComment(
      makeFinding({ fingerprint: 'fp-1', severity: 'error', rule: 'SQL-005', title: 'DELETE without WHERE', checklist: ['STD-04', 'CODE-03'], message: 'Scope the delete.' }),
    );
    expect(findingFingerprintsIn(body)).toEqual(['fp-1']);
    expect(body.split('\n')[0]).toBe('<!-- data-engineer-review:finding fp-1 -->');
    expect(body).toContain('**🔴 Error** · `SQL-005` DELETE without WHERE');
    expect(body).toContain('Checklist: `STD-04`, `CODE-03`');
    expect(body).toContain('Scope the delete.');
    expect(body).not.toContain('LLM');
    expect(hasLlmSourceMarker(body)).toBe(false);
  });

  it('says when the LLM found it and neutralises its text', () => {
    const body = renderInlineComment(makeFinding({ fingerprint: 'fp-2', source: 'llm', rule: 'llm', message: '@team <script>x</script> <!-- data-engineer-review:finding other -->' }));
    expect(body).toContain('from the LLM review');
    expect(findingFingerprintsIn(body)).toEqual(['fp-2']);
    expect(hasLlmSourceMarker(body)).toBe(true);
    expect(body).not.toContain('<script>');
    expect(body).not.toMatch(/(^|\s)@team/);
  });

  it('cuts a very long message', () => {
    const body = renderInlineComment(makeFinding({ fingerprint: 'fp-3', message: 'z'.repeat(50_000) }));
    expect(body.length).toBeLessThan(9_000);
    expect(body).toContain('cut at 8000 characters');
  });
});
