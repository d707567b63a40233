// `npm run docs:config`: writes docs/config.md from docs/config.schema.json (src/cli/config-doc.ts).
// The sources are TypeScript, so they are loaded through vite's module runner (the same
// transform vitest uses); nothing is built. tests/docs/config-doc.test.ts fails when the file
// is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false, watch: null }, optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const { renderConfigDoc } = await server.ssrLoadModule('/src/cli/config-doc.ts');
  const schema = JSON.parse(readFileSync(path.join(root, 'docs', 'config.schema.json'), 'utf8'));
  const target = path.join(root, 'docs', 'config.md');
  writeFileSync(target, renderConfigDoc(schema), 'utf8');
  console.log(`wrote ${path.relative(root, target)}`);
} finally {
  await server.close();
}
