// `npm run docs:examples`: writes docs/examples/ from a real review of examples/shop. The review
// runs the TypeScript sources in process (the action against the loopback fake GitHub of the
// tests, and the CLI), so the work is done by tests/docs/examples.test.ts with UPDATE_DOCS=1;
// without it, the same test fails when the files are stale. Nothing is built.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(
  process.execPath,
  // The default reporter only: the configured JSON report belongs to full test runs.
  [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/docs/examples.test.ts', '--reporter=default'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, UPDATE_DOCS: '1' } },
);
if (result.status === 0) console.log('wrote docs/examples/');
process.exitCode = result.status ?? 1;
