// The publishing scenarios of tests/e2e/publishing-across-pushes.test.ts, run in-process on the
// sources through runAction (tests/action/harness.ts), against the same loopback fake.
import { afterEach, describe, it } from 'vitest';
import { runInProcess } from '../action/harness.js';
import { acrossPushes, closeScenarioFake, refusedFile } from './scenarios/across-pushes.js';

afterEach(closeScenarioFake);

describe('the action, in-process, across pushes', () => {
  it('keeps one summary, repeats no inline comment, and answers and resolves the threads of fixed findings once', () => acrossPushes(runInProcess));
  it('loses no finding when GitHub refuses the comments on one file: the others are posted, those go to the summary with links', () => refusedFile(runInProcess));
});
