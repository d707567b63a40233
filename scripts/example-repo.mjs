// Builds a git repository from two folders: `base/` is committed and tagged `base`, then
// `head/` is laid over it (files listed in `head/.removed` are deleted) and committed and
// tagged `head`. Used by `npm run example` and by the tests, so both review the same history.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const IDENTITY = ['-c', 'user.name=Data Engineer Review', '-c', 'user.email=example@invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];

function git(cwd, args) {
  return execFileSync('git', [...IDENTITY, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }).trim();
}

/**
 * @param {string} exampleDir folder holding base/ and head/
 * @param {string} target empty or missing folder for the repository
 * @param {{ bare?: boolean }} [options] bare: also make `<target>.git`, a bare clone, and return it
 * @returns {string} the repository path to review
 */
export function buildExampleRepo(exampleDir, target, options = {}) {
  mkdirSync(target, { recursive: true });
  git(target, ['init', '-q']);
  cpSync(path.join(exampleDir, 'base'), target, { recursive: true });
  git(target, ['add', '-A']);
  git(target, ['commit', '-q', '-m', 'base']);
  git(target, ['tag', 'base']);

  const head = path.join(exampleDir, 'head');
  const removedList = path.join(head, '.removed');
  cpSync(head, target, { recursive: true, filter: (source) => source !== removedList });
  if (existsSync(removedList)) {
    for (const line of readFileSync(removedList, 'utf8').split('\n')) {
      const file = line.trim();
      if (file) rmSync(path.join(target, file), { force: true });
    }
  }
  git(target, ['add', '-A']);
  git(target, ['commit', '-q', '-m', 'head']);
  git(target, ['tag', 'head']);

  if (!options.bare) return target;
  const bare = `${target}.git`;
  execFileSync('git', ['clone', '-q', '--bare', target, bare], { stdio: 'ignore' });
  return bare;
}
