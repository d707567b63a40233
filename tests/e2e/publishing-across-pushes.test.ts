// End to end on the BUILT bundle (run `node scripts/build.mjs` first): the same pull request
// across pushes, and a review GitHub refuses in part. The scenarios are shared with the
// in-process run in tests/publish/action-scenarios.test.ts.
import { afterEach, describe, it } from 'vitest';
import { runBuiltAction } from '../support/action.js';
import { acrossPushes, closeScenarioFake, refusedFile } from '../publish/scenarios/across-pushes.js';

afterEach(closeScenarioFake);

describe('the built action across pushes', () => {
  it('keeps one summary, repeats no inline comment, and answers and resolves the threads of fixed findings once', () => acrossPushes(runBuiltAction));
  it('loses no finding when GitHub refuses the comments on one file: the others are posted, those go to the summary with links', () => refusedFile(runBuiltAction));
});
