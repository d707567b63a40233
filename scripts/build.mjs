// Builds the shipped action into dist/: two ncc bundles (the action and the CLI) that share
// one folder of WASM parsers. The parsers are not bundled by webpack: web-tree-sitter's
// `await import("module")` is rewritten by webpack into a shim without `createRequire`, and
// loading them at run time from dist/vendor keeps them out of the cold start of runs that
// do not need them. Every step is deterministic so that CI can compare dist/ byte for byte.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'der-build-'));

// The two bundles are built side by side (each type-checks; ncc's transpile-only mode loses
// the ESM output format, so it is not used).
async function bundle(entry, outDir) {
  const { stderr } = await promisify(execFile)(
    process.execPath,
    [ncc, 'build', entry, '-o', outDir, '-q', '--license', 'licenses.txt', '--target', 'es2022'],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  if (stderr.trim()) process.stderr.write(stderr);
}

try {
  await Promise.all([bundle('src/main.ts', path.join(work, 'action')), bundle('src/cli.ts', path.join(work, 'cli'))]);

  rmSync(dist, { recursive: true, force: true });
  renameSync(path.join(work, 'action'), dist);
  renameSync(path.join(work, 'cli'), path.join(dist, 'cli'));
  writeFileSync(path.join(dist, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js';\n");
  chmodSync(path.join(dist, 'cli.js'), 0o755);

  const vendor = path.join(dist, 'vendor');
  const nm = path.join(root, 'node_modules');
  mkdirSync(path.join(vendor, 'sqlparser-ts', 'dist'), { recursive: true });
  cpSync(path.join(nm, '@guanmingchiu/sqlparser-ts/dist/index.mjs'), path.join(vendor, 'sqlparser-ts/dist/index.mjs'));
  for (const f of ['sqlparser_rs_wasm.js', 'sqlparser_rs_wasm_bg.wasm', 'LICENSE']) {
    mkdirSync(path.join(vendor, 'sqlparser-ts', 'wasm'), { recursive: true });
    cpSync(path.join(nm, '@guanmingchiu/sqlparser-ts/wasm', f), path.join(vendor, 'sqlparser-ts/wasm', f));
  }
  cpSync(path.join(nm, '@guanmingchiu/sqlparser-ts/package.json'), path.join(vendor, 'sqlparser-ts/package.json'));
  mkdirSync(path.join(vendor, 'web-tree-sitter'), { recursive: true });
  for (const f of ['web-tree-sitter.js', 'web-tree-sitter.wasm', 'LICENSE', 'package.json']) {
    cpSync(path.join(nm, 'web-tree-sitter', f), path.join(vendor, 'web-tree-sitter', f));
  }
  mkdirSync(path.join(vendor, 'tree-sitter-python'), { recursive: true });
  for (const f of ['tree-sitter-python.wasm', 'LICENSE']) {
    cpSync(path.join(nm, 'tree-sitter-python', f), path.join(vendor, 'tree-sitter-python', f));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
