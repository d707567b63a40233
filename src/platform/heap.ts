// How far V8 lets the heap grow past the live data before a full collection.
//
// V8 picks that factor itself (up to 4x when collections look cheap). A 5,000-file review keeps
// ~110-150 MB live, yet let the old space reach ~460 MB before collecting, for a peak RSS of
// 520-830 MB from run to run. Capping the growth at 20 % held the same review at 380-390 MB
// with no measurable CPU cost (BENCHMARKS.md, "peak memory"). A hard --max-old-space-size
// would do the same but fail a larger change instead of collecting more often.
//
// The flag is set at run time because `node` cannot take it from NODE_OPTIONS and the action's
// runner starts `node dist/index.js` without flags. V8 reads it at every major collection, so a
// change after start-up takes effect from the next one. Someone who starts node with their own
// value keeps it.
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 20;

const FLAG = '--heap-growing-percent';

/** Whether node was started with its own heap growing factor. */
export function hasOwnGrowingFactor(execArgv: readonly string[]): boolean {
  return execArgv.some((arg) => arg === FLAG || arg.startsWith(`${FLAG}=`) || arg === '--heap_growing_percent' || arg.startsWith('--heap_growing_percent='));
}

/** Caps the heap's growth between full collections, unless node was started with a factor. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setFlagsFromString): boolean {
  if (hasOwnGrowingFactor(execArgv)) return false;
  setFlags(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}
