import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, V8_SETTINGS, startedWith, tuneV8 } from '../../src/platform/v8-tuning.js';

describe('tuneV8', () => {
  it('sets the heap growing factor and lazy WASM compilation when node was started with neither', () => {
    const set: string[] = [];
    expect(tuneV8(['--enable-source-maps'], (flags) => set.push(flags))).toEqual(set);
    expect(set).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--wasm-lazy-compilation']);
  });

  it("keeps the user's own value of each flag, in every spelling", () => {
    for (const argv of [['--heap-growing-percent=50'], ['--heap_growing_percent=50'], ['--heap-growing-percent', '50']]) {
      const set: string[] = [];
      tuneV8(argv, (flags) => set.push(flags));
      expect(set, argv.join(' ')).toEqual(['--wasm-lazy-compilation']);
    }
    for (const argv of [['--no-wasm-lazy-compilation'], ['--wasm-lazy-compilation'], ['--no_wasm_lazy_compilation']]) {
      const set: string[] = [];
      tuneV8(argv, (flags) => set.push(flags));
      expect(set, argv.join(' ')).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
    }
    expect(startedWith(['--heap-growing-percentile=3', '--max-old-space-size=512'], 'heap-growing-percent')).toBe(false);
  });

  it('passes only flags this V8 knows: a process that sets them, allocates and compiles WASM runs clean', () => {
    // V8 prints "unrecognized flag" on stderr for a misspelt flag and ignores it.
    const script = [
      "const v8 = require('node:v8');",
      `for (const flag of ${JSON.stringify(V8_SETTINGS.map((setting) => setting.flag))}) v8.setFlagsFromString(flag);`,
      'const kept = []; for (let i = 0; i < 200; i++) kept.push(new Array(10000).fill(i));',
      // The smallest valid module: magic number and version.
      'new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));',
      'process.stdout.write(String(kept.length));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('200');
    expect(run.stderr).toBe('');
    const typo = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--heap-growing-percentt=20')"], { encoding: 'utf8' });
    expect(typo.stderr).toMatch(/unrecognized flag/i);
  });
});
