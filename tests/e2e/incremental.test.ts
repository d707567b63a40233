// End to end on the BUILT bundle: the incremental review across pushes (scenario shared with
// tests/action/incremental-scenario.test.ts).
import { afterEach, describe, it } from 'vitest';
import { runBuiltAction } from '../support/action.js';
import { closeIncrementalFake, incrementalAcrossPushes, reportFromOutputs } from '../action/scenarios/incremental.js';

afterEach(closeIncrementalFake);

describe('the built action across pushes with the LLM pass', () => {
  it('sends the model only what changed since its last complete pass, carries its earlier findings, and reads everything after a force-push', () =>
    incrementalAcrossPushes(runBuiltAction, reportFromOutputs), 60_000);
});
