import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, hasOwnGrowingFactor, limitHeapGrowth } from '../../src/platform/heap.js';

describe('limitHeapGrowth', () => {
  it('sets the growing factor when node was started without one', () => {
    const set: string[] = [];
    expect(limitHeapGrowth(['--enable-source-maps'], (flags) => set.push(flags))).toBe(true);
    expect(set).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
  });

  it("keeps the user's own factor, in either spelling", () => {
    for (const argv of [['--heap-growing-percent=50'], ['--heap_growing_percent=50'], ['--heap-growing-percent', '50']]) {
      const set: string[] = [];
      expect(hasOwnGrowingFactor(argv)).toBe(true);
      expect(limitHeapGrowth(argv, (flags) => set.push(flags))).toBe(false);
      expect(set).toEqual([]);
    }
    expect(hasOwnGrowingFactor(['--heap-growing-percentile=3', '--max-old-space-size=512'])).toBe(false);
  });

  it('is a flag this V8 accepts at run time: a process that sets it and then collects keeps running', () => {
    // V8 prints an error for an unknown flag name and ignores it; a typo here would show up as output.
    const script = [
      "const v8 = require('node:v8');",
      `v8.setFlagsFromString('--heap-growing-percent=${HEAP_GROWING_PERCENT}');`,
      'const kept = []; for (let i = 0; i < 200; i++) kept.push(new Array(10000).fill(i));',
      "process.stdout.write(String(kept.length));",
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('200');
    expect(run.stderr).toBe('');
    const typo = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--heap-growing-percentt=20')"], { encoding: 'utf8' });
    expect(typo.stderr).toMatch(/unrecognized flag|Error/i);
  });
});
