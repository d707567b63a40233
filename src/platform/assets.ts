// Locates files that ship beside the bundle (WASM parsers, the bundled agent definition).
// The same code runs from src/ under vitest, from dist/index.js (the action) and from
// dist/cli/index.js (the CLI), so it searches upwards from this module's own folder instead
// of assuming one layout.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Finds `relative` in this module's folder or one of its first five ancestors. */
export function findUpwards(relative: string, from: string = here): string | undefined {
  let dir = from;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * Resolves a vendored runtime file: `dist/vendor/<vendorPath>` in a build, else the same
 * file inside node_modules during development and tests.
 */
export function vendorFile(vendorPath: string, nodeModulesPath: string): string {
  const found = findUpwards(path.join('vendor', vendorPath)) ?? findUpwards(path.join('node_modules', nodeModulesPath));
  if (!found) throw new Error(`Cannot find the bundled file ${vendorPath}; the installation is incomplete.`);
  return found;
}

/**
 * Imports an ES module by file path at run time, hidden from the bundler so that it is
 * loaded as the real file (see scripts/build.mjs for why).
 */
export async function importRuntime<T>(file: string): Promise<T> {
  const url = pathToFileURL(file).href;
  return (await import(/* webpackIgnore: true */ url)) as T;
}

/** The agent definition shipped with the product. */
export function bundledAgentPath(): string {
  const found = findUpwards(path.join('agents', 'data-engineer.md'));
  if (!found) throw new Error('Cannot find the bundled agent definition agents/data-engineer.md.');
  return found;
}
