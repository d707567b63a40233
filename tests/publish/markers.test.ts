import { describe, expect, it } from 'vitest';
import {
  collectFindingFingerprints,
  escalationFingerprintsIn,
  escalationMarker,
  findEscalationItem,
  findingFingerprintsIn,
  findingMarker,
  findSummaryItem,
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
});
