// Runs the fault suites alone with their global setup, so the figure prints without the main
// configuration being changed: `npx vitest run -c tests/faults/vitest.faults.config.ts`.
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/faults/**/*.test.ts'],
    globalSetup: ['tests/faults/global-setup.ts'],
    reporters: ['default'],
    // Each file waits on retries and timeouts much of the time: two at once even on two cores.
    maxWorkers: 2,
  },
});
