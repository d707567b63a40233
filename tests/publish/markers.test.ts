import { describe, expect, it } from 'vitest';
import {
  collectFindingFingerprints,
  escalationFingerprintsIn,
  escalationMarker,
  findEscalationItem,
  findingFingerprintsIn,
  findingMarker,
  findSummaryItem,
  hasLlmSourceMarker,
  hasResolvedMarker,
  llmSourceMarker,
  resolvedMarker,
  reviewStateMarker,
  reviewStatePayloadIn,
  summaryMarker,
} from '../../src/publish/markers.js';

const bot = { login: 'github-actions[bot]' };
const human = { login: 'mallory' };

describe('markers', () => {
  it('makes hidden HTML comments', () => {
    expect(summaryMarker()).toBe('<!-- data-engineer-review:summary -->');
    expect(escalationMarker('abc123')).toBe('<!-- data-engineer-review:escalation abc123 -->');
    expect(findingMarker('abc123')).toBe('<!-- data-engineer-review:finding abc123 -->');
  });

  it('round-trips fingerprints that would otherwise break the comment', () => {
    for (const fingerprint of ['a--b', 'x -->y', 'sp ace/é', '-lead-']) {
      const marker = findingMarker(fingerprint);
      expect(marker.slice(4, -3)).not.toContain('--');
      expect(findingFingerprintsIn(`text ${marker} more`)).toEqual([fingerprint]);
      expect(escalationFingerprintsIn(escalationMarker(fingerprint))).toEqual([fingerprint]);
    }
  });

  it('finds several finding markers in one body and none of the other kinds', () => {
    const body = `${findingMarker('one')}\n${findingMarker('two')}\n${escalationMarker('three')}`;
    expect(findingFingerprintsIn(body)).toEqual(['one', 'two']);
    expect(escalationFingerprintsIn(body)).toEqual(['three']);
  });

  it('trusts a marker only from the bot when its login is known', () => {
    const items = [
      { id: 1, body: `${summaryMarker()} forged`, user: human },
      { id: 2, body: `${summaryMarker()} ours`, user: bot },
    ];
    expect(findSummaryItem(items, 'github-actions[bot]')?.id).toBe(2);
    expect(findSummaryItem(items.slice(0, 1), 'github-actions[bot]')).toBeUndefined();
    expect(findSummaryItem(items, null)?.id).toBe(1);
  });

  it('ignores forged escalation and finding markers from other authors', () => {
    const issues = [
      { number: 5, body: escalationMarker('fp'), user: human },
      { number: 6, body: escalationMarker('fp'), user: { login: 'GitHub-Actions[bot]' } },
    ];
    expect(findEscalationItem(issues, 'fp', 'github-actions[bot]')?.number).toBe(6);
    expect(findEscalationItem(issues, 'other', 'github-actions[bot]')).toBeUndefined();
    const comments = [
      { body: findingMarker('posted'), user: bot },
      { body: findingMarker('forged'), user: human },
      { body: null, user: bot },
      { body: findingMarker('no-author') },
    ];
    expect([...collectFindingFingerprints(comments, 'github-actions[bot]')]).toEqual(['posted']);
  });

  it('finds exactly one state payload, and none when there are two', () => {
    const body = `${summaryMarker()}\n${reviewStateMarker('QUJD+/==')}\ntext`;
    expect(reviewStatePayloadIn(body)).toBe('QUJD+/==');
    expect(reviewStatePayloadIn(`${body}\n${reviewStateMarker('WFla')}`)).toBeUndefined();
    expect(reviewStatePayloadIn('<!-- data-engineer-review:state a--b -->')).toBeUndefined();
    expect(reviewStatePayloadIn(null)).toBeUndefined();
  });

  it('marks LLM inline comments and our resolved replies, encoding fingerprints safely', () => {
    expect(hasLlmSourceMarker(`x\n${llmSourceMarker()}`)).toBe(true);
    expect(hasLlmSourceMarker('from the LLM review')).toBe(false);
    expect(resolvedMarker('a-->b')).not.toContain('-->b');
    expect(hasResolvedMarker(`${resolvedMarker('a-->b')}\nResolved in abc1234`)).toBe(true);
    expect(hasResolvedMarker('Resolved in abc1234')).toBe(false);
  });
});
