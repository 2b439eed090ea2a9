/**
 * `npm run web [-- options]`: builds what is stale (the web host and its worker here, the
 * renderer inside the host), then runs the local web host. Options: see `npm run web -- --help`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildEntries } from './build-node.mjs';
import { isStale } from './freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (isStale(root, ['dist/node/webhost.mjs', 'dist/node/validate-worker.mjs'], ['shared', 'electron/services', 'package.json'])) {
  console.error('Đang dựng máy chủ web cục bộ… / Building the local web host…');
  await buildEntries(['webhost', 'validate-worker']);
}
// The host reads its options from process.argv, exactly as given after `npm run web --`.
await import(pathToFileURL(join(root, 'dist', 'node', 'webhost.mjs')).href);
