// How many generated inputs each fuzz suite ran, and how many of them lost a finding that had to
// survive. Each test file appends one JSON line per suite to a shared file; the global teardown
// (global-setup.ts) sums the lines and prints the figure the README quotes. A line per write with
// O_APPEND keeps parallel test workers from overwriting each other without any locking.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/fuzz/global-setup.ts: one counts file per test run, so parallel runs do not mix. */
    fuzzCountsFile: string;
  }
}

/** Where counts go when no global setup chose a file for this run. */
export const DEFAULT_COUNTS_FILE = path.join(tmpdir(), 'data-engineer-review-fuzz-counts.json');

export interface SuiteCount {
  suite: string;
  runs: number;
  lostFindings: number;
}

export function countsFile(): string {
  // inject() returns undefined when the global setup is not wired; that is a supported way to run.
  const provided = inject('fuzzCountsFile') as string | undefined;
  return provided ?? DEFAULT_COUNTS_FILE;
}

/** Counts the inputs one suite ran; `flush()` (in an afterAll) writes them down once. */
export class SuiteTally {
  runs = 0;
  lostFindings = 0;
  constructor(readonly suite: string) {}

  /** Call once per generated input, inside the property. */
  ran(): void {
    this.runs++;
  }

  lost(): void {
    this.lostFindings++;
  }

  flush(file = countsFile()): void {
    const line: SuiteCount = { suite: this.suite, runs: this.runs, lostFindings: this.lostFindings };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}

/** Reads every line written so far; a suite recorded twice (re-run in watch mode) keeps its last count. */
export function readCounts(file: string): SuiteCount[] {
  if (!existsSync(file)) return [];
  const bySuite = new Map<string, SuiteCount>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const parsed = JSON.parse(line) as SuiteCount;
    bySuite.set(parsed.suite, parsed);
  }
  return [...bySuite.values()];
}

/** The sentence for the README: "fuzz: N inputs over K suites, 0 lost findings". */
export function summarise(counts: readonly SuiteCount[]): string {
  const runs = counts.reduce((sum, count) => sum + count.runs, 0);
  const lost = counts.reduce((sum, count) => sum + count.lostFindings, 0);
  return `fuzz: ${runs} inputs over ${counts.length} suites, ${lost} lost findings`;
}
