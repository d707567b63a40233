// The incremental review scenario (tests/action/scenarios/incremental.ts) in-process on the sources.
import { afterEach, describe, it } from 'vitest';
import { runInProcess } from './harness.js';
import { closeIncrementalFake, incrementalAcrossPushes, reportFromOutputs } from './scenarios/incremental.js';

afterEach(closeIncrementalFake);

describe('the action across pushes with the LLM pass', () => {
  it('sends the model only what changed since its last complete pass, carries its earlier findings, and reads everything after a force-push', () =>
    incrementalAcrossPushes(runInProcess, reportFromOutputs), 60_000);
});
