// Injected Anthropic faults, each through the whole action in process against the loopback fake on
// the bundled example's change. The scenarios and the rule they assert are in scenarios.ts.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runInProcess } from '../action/harness.js';
import { FaultTally } from './counts.js';
import { buildFaultRepo, computeBaseline, runFaultScenario, type Baseline, type FaultRepo, type FaultRunner } from './fixture.js';
import { ANTHROPIC_SCENARIOS } from './scenarios.js';

const runner: FaultRunner = (options) => runInProcess(options);
const tally = new FaultTally('anthropic');
let repo: FaultRepo;
let baseline: Baseline;

beforeAll(async () => {
  repo = buildFaultRepo();
  baseline = await computeBaseline(repo, runner);
});

afterAll(() => {
  tally.flush();
  process.stdout.write(`${tally.line()} (Anthropic)\n`);
});

describe('Anthropic faults', () => {
  for (const scenario of ANTHROPIC_SCENARIOS) {
    it(`${scenario.id}: ${scenario.fault}`, () => runFaultScenario(scenario, { repo, baseline, runner, tally }));
  }
});
