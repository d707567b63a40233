// How many fault scenarios ran, and how many findings they lost or writes they duplicated: the
// figure README's reliability section quotes. Modelled on the fuzz suites' counts
// (tests/fuzz/counts.ts), which count inputs and lost findings but not duplicates, so it is not
// reused as is. Each test file appends one JSON line per file with O_APPEND (no locking needed
// between parallel workers); the global setup (global-setup.ts) sums the lines and prints
// "faults: N scenarios, 0 lost findings, 0 duplicates".
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/faults/global-setup.ts: one counts file per test run. */
    faultCountsFile: string;
  }
}

/** Where counts go when no global setup chose a file for this run. */
export const DEFAULT_FAULT_COUNTS_FILE = path.join(tmpdir(), 'data-engineer-review-fault-counts.json');

export interface FaultCount {
  suite: string;
  scenarios: number;
  lostFindings: number;
  duplicates: number;
}

export function faultCountsFile(): string {
  // undefined when the global setup is not wired (a plain `npx vitest run tests/faults`).
  const provided = inject('faultCountsFile') as string | undefined;
  return provided ?? DEFAULT_FAULT_COUNTS_FILE;
}

export class FaultTally {
  scenarios = 0;
  lostFindings = 0;
  duplicates = 0;
  constructor(readonly suite: string) {}

  /** One scenario ran to its checks, with what it lost and what it duplicated. */
  record(lost: number, duplicates: number): void {
    this.scenarios++;
    this.lostFindings += lost;
    this.duplicates += duplicates;
  }

  line(): string {
    return summariseFaults([this]);
  }

  flush(file = faultCountsFile()): void {
    const line: FaultCount = { suite: this.suite, scenarios: this.scenarios, lostFindings: this.lostFindings, duplicates: this.duplicates };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}

/** Every line written so far; a suite written twice (watch mode) keeps its last count. */
export function readFaultCounts(file: string): FaultCount[] {
  if (!existsSync(file)) return [];
  const bySuite = new Map<string, FaultCount>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const parsed = JSON.parse(line) as FaultCount;
    bySuite.set(parsed.suite, parsed);
  }
  return [...bySuite.values()];
}

/** "faults: N scenarios, 0 lost findings, 0 duplicates". */
export function summariseFaults(counts: readonly Pick<FaultCount, 'scenarios' | 'lostFindings' | 'duplicates'>[]): string {
  const sum = (pick: (count: (typeof counts)[number]) => number) => counts.reduce((total, count) => total + pick(count), 0);
  return `faults: ${sum((c) => c.scenarios)} scenarios, ${sum((c) => c.lostFindings)} lost findings, ${sum((c) => c.duplicates)} duplicates`;
}
