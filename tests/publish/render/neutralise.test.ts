import { describe, expect, it } from 'vitest';
import { codeSpan } from '../../../src/publish/render/format.js';
import { neutralise, neutraliseInline, neutraliseTitle, redactSecrets, safeId } from '../../../src/publish/render/neutralise.js';
import { findingFingerprintsIn, hasSummaryMarker } from '../../../src/publish/markers.js';

const ZWJ = '\u200D';

describe('neutralise', () => {
  it('stops @mentions and team mentions from pinging, leaving e-mail addresses alone', () => {
    const text = neutralise('cc @octocat and @acme/data-team, mail ops@example.com');
    expect(text).toBe(`cc @${ZWJ}octocat and @${ZWJ}acme/data-team, mail ops@example.com`);
    expect(text).not.toMatch(/(^|[^A-Za-z0-9])@[A-Za-z0-9]/);
  });

  it('breaks a mention at the start of the text and after punctuation', () => {
    expect(neutralise('@admin please')).toBe(`@${ZWJ}admin please`);
    expect(neutralise('(@admin)')).toBe(`(@${ZWJ}admin)`);
  });

  it('escapes HTML tags but keeps comparisons readable', () => {
    const text = neutralise('<img src=x onerror=alert(1)> <details><summary>hi</summary> </b> where a < 3 and b <= 4');
    expect(text).not.toMatch(/<[A-Za-z/!?]/);
    expect(text).toContain('&lt;img src=x');
    expect(text).toContain('&lt;/b>');
    expect(text).toContain('a < 3 and b <= 4');
  });

  it('neutralises forged markers so detection cannot see them', () => {
    const forged = '<!-- data-engineer-review:summary --> <!-- data-engineer-review:finding abc -->';
    const text = neutralise(forged);
    expect(text).not.toContain('<!--');
    expect(hasSummaryMarker(text)).toBe(false);
    expect(findingFingerprintsIn(text)).toEqual([]);
  });

  it('redacts GitHub, Anthropic and AWS credentials', () => {
    const secrets = [
      'ghp_' + 'a'.repeat(36),
      'ghs_' + 'B1'.repeat(18),
      'github_pat_' + '11ABC_'.repeat(8),
      'sk-ant-api03-' + 'x_Y-'.repeat(10),
      'AKIA' + 'ABCDEFGHIJKLMNOP',
    ];
    for (const secret of secrets) {
      const text = neutralise(`token=${secret} end`);
      expect(text).not.toContain(secret);
      expect(text).toContain('[redacted secret]');
      expect(text).toMatch(/end$/);
    }
  });

  it('redacts a secret split by invisible characters and drops bidi overrides', () => {
    const hidden = 'ghp_' + 'a'.repeat(10) + '\u200B' + 'a'.repeat(26);
    expect(neutralise(hidden)).toBe('[redacted secret]');
    expect(neutralise('abc\u202Edef\u2066')).toBe('abcdef');
  });

  it('does not redact ordinary words that share a prefix', () => {
    expect(redactSecrets('ghp_short and sk-ant- and AKIA123')).toBe('ghp_short and sk-ant- and AKIA123');
  });

  it('is idempotent', () => {
    const once = neutralise('@user <b>x</b> ghp_' + 'z'.repeat(30));
    expect(neutralise(once)).toBe(once);
  });
});

describe('neutraliseInline, neutraliseTitle, safeId, codeSpan', () => {
  it('keeps a table cell on one line and escapes pipes', () => {
    expect(neutraliseInline('a | b\nc')).toBe('a \\| b c');
  });

  it('cuts long text with an ellipsis without splitting an escape', () => {
    const cut = neutraliseInline('x'.repeat(8) + '<b>', 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/&l?t?$/);
  });

  it('leaves HTML alone in titles (plain text at GitHub) but breaks mentions and secrets', () => {
    const title = neutraliseTitle('Use <TABLE> for @ops  with\nAKIAABCDEFGHIJKLMNOP', 256);
    expect(title).toBe(`Use <TABLE> for @${ZWJ}ops with [redacted secret]`);
    expect(neutraliseTitle('y'.repeat(300), 256)).toHaveLength(256);
  });

  it('strips anything that could end a code span from ids', () => {
    expect(safeId('SQL-001')).toBe('SQL-001');
    expect(safeId('x`y <b>')).toBe('xyb');
    expect(safeId('```')).toBe('unknown');
  });

  it('fences code spans longer than any backtick run inside', () => {
    expect(codeSpan('select 1', 100)).toBe('`select 1`');
    expect(codeSpan('a `b` c', 100)).toBe('`` a `b` c ``');
  });
});

describe('code spans', () => {
  it('leaves HTML-looking text inside a code span as it is, and escapes it outside', () => {
    expect(neutralise("add `cluster_by=['<filter column>']` <b>now</b>")).toBe("add `cluster_by=['<filter column>']` &lt;b>now&lt;/b>");
    expect(neutralise('``a ` <b> `` then <i>')).toBe('``a ` <b> `` then &lt;i>');
  });

  it('treats doubtful spans as plain text: escaped backticks, unclosed runs, spans across lines', () => {
    expect(neutralise('\\`<img src=x>\\`')).toBe('\\`&lt;img src=x>\\`');
    expect(neutralise('`<!-- data-engineer-review:summary -->')).toBe('`&lt;!-- data-engineer-review:summary -->');
    expect(neutralise('`a\n\n<b>x</b>`')).toBe('`a\n\n&lt;b>x&lt;/b>`');
    expect(neutralise('``<b>`')).toBe('``&lt;b>`');
  });

  it('still redacts secrets and breaks mentions inside code spans', () => {
    const text = neutralise('`ghp_abcdefghijklmnopqrstuvwxyz0123456789 @octocat`');
    expect(text).toContain('[redacted secret]');
    expect(text).toContain('@\u200Doctocat');
  });
});
