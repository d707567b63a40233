import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Print how many fuzz inputs and fault scenarios ran and that none lost a finding.
    globalSetup: ['tests/fuzz/global-setup.ts', 'tests/faults/global-setup.ts'],
    // The JSON report is what .ci/run turns into its "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
  },
});
