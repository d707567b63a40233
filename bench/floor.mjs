// The floor: read the changed files and parse them with the same parsers the product uses,
// nothing else (no rules, no git, no report). Run as a child process so its timing includes
// loading the parsers, like the review's does:  node bench/floor.mjs REPO_DIR < paths.json
// Prints { ms, parsed, failed } as JSON.
//
// Approximation: the product neutralises Jinja with its own scanner (src/analyzers/dbt/jinja.ts,
// not importable from plain Node); here a regex pass does the same rewriting for the shapes the
// corpus uses (ref/source → identifiers, other {{ }} → a placeholder, {% %} and {# #} → blanks,
// newlines kept). It costs a fraction of a millisecond per file, so the floor is not flattered.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vendor = (rel) => path.join(root, 'dist', 'vendor', rel);

function blank(text) {
  return text.replace(/[^\n]/g, ' ');
}

function neutralise(text) {
  return text
    .replace(/\{#[\s\S]*?#\}/g, blank)
    .replace(/\{%[\s\S]*?%\}/g, blank)
    .replace(/\{\{\s*ref\('([^']+)'\)\s*\}\}/g, (_, name) => `__ref_${name}`)
    .replace(/\{\{\s*source\('([^']+)',\s*'([^']+)'\)\s*\}\}/g, (_, s, t) => `__source_${s}__${t}`)
    .replace(/\{\{\s*config\([\s\S]*?\)\s*\}\}/g, blank)
    .replace(/\{\{[\s\S]*?\}\}/g, '__jinja__');
}

export async function floor(dir, files, dialect = 'snowflake') {
  const started = performance.now();
  const sql = await import(pathToFileURL(vendor('sqlparser-ts/dist/index.mjs')).href);
  await sql.init();
  const parser = new sql.Parser(sql.dialectFromString(dialect)).withOptions({ trailingCommas: true });
  const ts = await import(pathToFileURL(vendor('web-tree-sitter/web-tree-sitter.js')).href);
  await ts.Parser.init();
  const python = new ts.Parser();
  python.setLanguage(await ts.Language.load(vendor('tree-sitter-python/tree-sitter-python.wasm')));
  let parsed = 0;
  let failed = 0;
  for (const rel of files) {
    const text = readFileSync(path.join(dir, rel), 'utf8');
    try {
      if (rel.endsWith('.sql')) parser.parse(neutralise(text));
      else if (rel.endsWith('.yml') || rel.endsWith('.yaml')) parseDocument(text, { keepSourceTokens: true });
      else if (rel.endsWith('.py')) python.parse(text).delete();
      parsed++;
    } catch {
      failed++;
    }
  }
  return { ms: performance.now() - started, parsed, failed };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = JSON.parse(readFileSync(0, 'utf8'));
  const result = await floor(process.argv[2], files);
  process.stdout.write(JSON.stringify(result));
}
