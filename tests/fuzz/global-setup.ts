// Vitest global setup for the fuzz suites (wired by the lead in vitest.config.ts:
// `globalSetup: ['tests/fuzz/global-setup.ts']`). It gives this run its own counts file, and
// after every test file has finished prints the figure: "fuzz: N inputs over K suites, 0 lost
// findings", with one line per suite. Without it the suites still run and write to the default
// file in the temporary directory.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { readCounts, summarise } from './counts.js';

export default function setup(project: TestProject): () => void {
  const file = path.join(tmpdir(), `data-engineer-review-fuzz-counts-${process.pid}-${Date.now()}.json`);
  rmSync(file, { force: true });
  project.provide('fuzzCountsFile', file);
  return () => {
    const counts = readCounts(file).sort((a, b) => a.suite.localeCompare(b.suite));
    rmSync(file, { force: true });
    // A run that selected no fuzz suite has nothing to report.
    if (counts.length === 0) return;
    const lines = counts.map((count) => `  ${count.suite}: ${count.runs} inputs, ${count.lostFindings} lost findings`);
    process.stdout.write(`\n${summarise(counts)}\n${lines.join('\n')}\n`);
  };
}
