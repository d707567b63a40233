// Runs the fuzz suites alone with their global setup, so the summary line prints without the
// main configuration being changed: `npx vitest run -c tests/fuzz/vitest.fuzz.config.ts`.
// The main config's JSON reporter is left out so this run does not overwrite the CI report.
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/fuzz/**/*.test.ts'],
    globalSetup: ['tests/fuzz/global-setup.ts'],
    reporters: ['default'],
  },
});
