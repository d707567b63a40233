// `npm run example [-- <review options>]`: reviews the bundled example with the built CLI,
// with no API key and no network. Extra arguments go to `review` (e.g. --format json).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExampleRepo } from './example-repo.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'der-example-'));
try {
  const repo = buildExampleRepo(path.join(root, 'examples', 'shop'), path.join(work, 'shop'));
  const env = { ...process.env };
  // The example shows the rules engine on its own; set the key yourself to try the LLM pass.
  if (!process.argv.includes('--with-llm')) delete env.ANTHROPIC_API_KEY;
  const args = process.argv.slice(2).filter((arg) => arg !== '--with-llm');
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'review', '--repo', repo, '--base', 'base', '--head', 'head', ...args], {
    stdio: 'inherit',
    env,
  });
  // The example is expected to find problems (exit 1); only a failure to run is an error here.
  process.exitCode = result.status === 0 || result.status === 1 ? 0 : (result.status ?? 3);
} finally {
  rmSync(work, { recursive: true, force: true });
}
