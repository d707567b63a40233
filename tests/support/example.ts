// Builds the bundled example's git history in a temporary folder, for tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExampleRepo } from '../../scripts/example-repo.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES = path.join(ROOT, 'examples');

export function exampleRepo(name = 'shop', options: { bare?: boolean } = {}): string {
  const work = mkdtempSync(path.join(tmpdir(), `der-${name}-`));
  return buildExampleRepo(path.join(EXAMPLES, name), path.join(work, name), options);
}
