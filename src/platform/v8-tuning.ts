// Two V8 settings that keep a large review's memory down, set when the CLI or the action starts.
//
// Heap growth. V8 picks how far the heap may grow past the live data before a full collection
// (up to 4x when collections look cheap). A 5,000-file review keeps ~110-150 MB live, yet let
// the old space reach ~460 MB: peak RSS 520-830 MB from run to run. At 20 % the same review
// peaked at 383-414 MB with no measurable CPU cost (BENCHMARKS.md, "peak memory"). A hard
// --max-old-space-size would do the same but fail a larger change instead of collecting more.
//
// Lazy WASM compilation. The SQL parser is 3.5 MB of WASM; compiled eagerly, every function's
// machine code stays resident although a review calls a fraction of them. Compiling each
// function on its first call took ~17-20 MB off the peak RSS of a 1,000-file review.
//
// Both are set at run time because node takes neither from NODE_OPTIONS and the action's runner
// starts `node dist/index.js` without flags. V8 reads the first at every major collection and the
// second when a module is compiled (the parsers load later, on first use). Whoever starts node
// with their own value of either keeps it.
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 20;

interface V8Setting {
  /** The flag's name as V8 spells it on the command line. */
  name: string;
  /** What to pass to V8. */
  flag: string;
}

export const V8_SETTINGS: readonly V8Setting[] = [
  { name: 'heap-growing-percent', flag: `--heap-growing-percent=${HEAP_GROWING_PERCENT}` },
  { name: 'wasm-lazy-compilation', flag: '--wasm-lazy-compilation' },
];

/** Whether node was started with its own value for a flag (`--x`, `--x=v`, `--no-x`, `_` or `-` spelling). */
export function startedWith(execArgv: readonly string[], name: string): boolean {
  const spellings = [name, name.replaceAll('-', '_')];
  return execArgv.some((arg) => spellings.some((spelled) => arg === `--${spelled}` || arg.startsWith(`--${spelled}=`) || arg === `--no-${spelled}` || arg === `--no_${spelled}`));
}

/** Applies the settings node was not started with; returns the flags it set. */
export function tuneV8(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setFlagsFromString): string[] {
  const applied: string[] = [];
  for (const setting of V8_SETTINGS) {
    if (startedWith(execArgv, setting.name)) continue;
    setFlags(setting.flag);
    applied.push(setting.flag);
  }
  return applied;
}
