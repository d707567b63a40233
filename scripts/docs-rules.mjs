// `npm run docs:rules`: writes docs/rules.md from the rules' metadata (src/cli/rules-doc.ts).
// The sources are TypeScript, so they are loaded through vite's module runner (the same
// transform vitest uses); nothing is built. tests/docs/rules-doc.test.ts fails when the file
// is stale.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false, watch: null }, optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const { renderRulesDoc } = await server.ssrLoadModule('/src/cli/rules-doc.ts');
  const target = path.join(root, 'docs', 'rules.md');
  writeFileSync(target, renderRulesDoc(), 'utf8');
  console.log(`wrote ${path.relative(root, target)}`);
} finally {
  await server.close();
}
