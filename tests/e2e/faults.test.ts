// Injected faults on the BUILT bundle (dist/index.js, a real process) against the loopback fake:
// a handful of the scenarios of tests/faults, run with the same scenario code and checks, so the
// bundle is shown to carry the timeout, the retry and the reconcile behaviour the sources have.
import { beforeAll, describe, it } from 'vitest';
import { runBuiltAction } from '../support/action.js';
import { FaultTally } from '../faults/counts.js';
import { buildFaultRepo, computeBaseline, runFaultScenario, type Baseline, type FaultRepo, type FaultRunner } from '../faults/fixture.js';
import { ANTHROPIC_SCENARIOS, GITHUB_SCENARIOS } from '../faults/scenarios.js';

const REPRESENTATIVE = [
  'github-502-review-post-applied',
  'github-500-summary-post-applied',
  'github-timeout-listing-once',
  'github-truncated-json-review-comments',
  'anthropic-529-persistent',
  'anthropic-empty-answer-optional',
];

const runner: FaultRunner = async (options) => {
  const run = await runBuiltAction(options);
  return { exitCode: run.status ?? -1, stdout: run.stdout, outputs: run.outputs, summary: run.summary };
};
// Not flushed: the figure counts the in-process suites; this file proves the bundle agrees.
const tally = new FaultTally('e2e');
let repo: FaultRepo;
let baseline: Baseline;

beforeAll(async () => {
  repo = buildFaultRepo();
  baseline = await computeBaseline(repo, runner);
});

describe('the built action under injected faults', () => {
  for (const scenario of [...GITHUB_SCENARIOS, ...ANTHROPIC_SCENARIOS].filter((entry) => REPRESENTATIVE.includes(entry.id))) {
    it(`${scenario.id}: ${scenario.fault}`, () => runFaultScenario(scenario, { repo, baseline, runner, tally }), 60_000);
  }
});
