// Injected GitHub faults on reads, each through the whole action in process against the loopback fake on
// the bundled example's change. The scenarios and the rule they assert are in scenarios.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../action/harness.js';
import { FaultTally } from './counts.js';
import { buildFaultRepo, computeBaseline, runFaultScenario, type Baseline, type FaultRepo, type FaultRunner } from './fixture.js';
import { GITHUB_SCENARIOS } from './scenarios.js';

const runner: FaultRunner = (options) => runInProcess(options);
const tally = new FaultTally('github-reads');
let repo: FaultRepo;
let baseline: Baseline;

beforeAll(async () => {
  repo = buildFaultRepo();
  baseline = await computeBaseline(repo, runner);
});

afterAll(() => {
  tally.flush();
  process.stdout.write(`${tally.line()} (GitHub faults on reads)\n`);
});

describe('GitHub faults on reads', () => {
  for (const scenario of GITHUB_SCENARIOS.filter((entry) => entry.target === 'read')) {
    it(`${scenario.id}: ${scenario.fault}`, () => runFaultScenario(scenario, { repo, baseline, runner, tally }));
  }
});

it('splits every GitHub scenario into the reads or the writes suite', () => {
  expect(GITHUB_SCENARIOS.filter((entry) => entry.target !== 'read' && entry.target !== 'write').map((entry) => entry.id)).toEqual([]);
});
