// The detector catalogue as a whole: the options copied from the agent definition have not
// drifted from it, every detector raises only real trigger ids, and docs/triggers.md covers every
// trigger and every registered detector.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isTriggerId, TRIGGER_IDS } from '../../../src/agent/definition.js';
import { loadAgentDefinition } from '../../../src/agent/loader.js';
import { detectors } from '../../../src/escalation/detectors/index.js';
import { DEFAULT_OPTIONS } from '../../../src/escalation/detectors/support/trigger-options.js';
import { buildChange, guessDomains } from '../../analyzers/support/change.js';

describe('detector catalogue', () => {
  it('copies each trigger\'s default options exactly from the bundled agent definition', async () => {
    const agent = await loadAgentDefinition();
    expect(Object.keys(DEFAULT_OPTIONS).sort()).toEqual([...TRIGGER_IDS].sort());
    for (const trigger of agent.triggers) expect(DEFAULT_OPTIONS[trigger.id], trigger.id).toEqual(trigger.options);
  });

  it('has unique detector ids and raises only trigger ids of the agent definition', () => {
    const ids = detectors.map((detector) => detector.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const detector of detectors) {
      expect(detector.triggers.length, detector.id).toBeGreaterThan(0);
      for (const trigger of detector.triggers) expect(isTriggerId(trigger), `${detector.id}: ${trigger}`).toBe(true);
    }
  });

  it('documents every trigger and every detector in docs/triggers.md', async () => {
    const doc = await readFile(new URL('../../../docs/triggers.md', import.meta.url), 'utf8');
    for (const trigger of TRIGGER_IDS) expect(doc, trigger).toContain(`## \`${trigger}\``);
    for (const detector of detectors) expect(doc, detector.id).toContain(`\`${detector.id}\``);
    // The table row of each trigger names every detector that declares it.
    for (const trigger of TRIGGER_IDS) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${trigger}\` |`)) ?? '';
      for (const detector of detectors.filter((d) => d.triggers.includes(trigger))) expect(row, `${trigger} row names ${detector.id}`).toContain(`\`${detector.id}\``);
    }
  });

  it('raises nothing on a change that touches no decision, and never throws on odd input', async () => {
    const { changeSet } = buildChange({
      base: { 'README.md': 'hello\n', 'dags/a.py': 'def broken(:\n', 'models/x.yml': ': : :\n', 'requirements.txt': '\u0000\n' },
      head: { 'README.md': 'hello world\n', 'dags/a.py': 'def broken(:\n  pass\n', 'models/x.yml': ': : : :\n', 'requirements.txt': '\u0000\u0000\n' },
    });
    const domains = guessDomains(changeSet);
    for (const detector of detectors) expect(await detector.detect({ changeSet, domains }), detector.id).toEqual([]);
  });
});
