// Vitest global setup for the fault suites (wired by tests/faults/vitest.faults.config.ts, or by
// the lead in vitest.config.ts): gives the run its own counts file and, once every file has
// finished, prints "faults: N scenarios, 0 lost findings, 0 duplicates" with a line per suite.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { readFaultCounts, summariseFaults } from './counts.js';

export default function setup(project: TestProject): () => void {
  const file = path.join(tmpdir(), `data-engineer-review-fault-counts-${process.pid}-${Date.now()}.json`);
  rmSync(file, { force: true });
  project.provide('faultCountsFile', file);
  return () => {
    const counts = readFaultCounts(file).sort((a, b) => a.suite.localeCompare(b.suite));
    rmSync(file, { force: true });
    if (counts.length === 0) return;
    const lines = counts.map((count) => `  ${count.suite}: ${count.scenarios} scenarios, ${count.lostFindings} lost findings, ${count.duplicates} duplicates`);
    process.stdout.write(`\n${summariseFaults(counts)}\n${lines.join('\n')}\n`);
  };
}
