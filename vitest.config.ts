import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Prints how many fuzz inputs ran and whether any lost a finding (tests/fuzz/counts.ts).
    globalSetup: ['tests/fuzz/global-setup.ts'],
    // The JSON report is what .ci/run turns into its "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
  },
});
