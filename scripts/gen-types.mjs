/**
 * Writes shared/schema/generated-types.ts: TypeScript types of every packet, rendered from the spec
 * by shared/schema/tsTypes.ts. `node scripts/gen-types.mjs --check` exits 1 when the file is stale
 * (shared/schema/generatedTypes.test.ts does the same check in the test suite).
 */
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'shared', 'schema', 'generated-types.ts');

const bundled = await build({
  stdin: {
    contents: "export { renderTypes } from './shared/schema/tsTypes'; export { KIND_MODULES } from './shared/spec/registry';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const text = mod.renderTypes(mod.KIND_MODULES);

let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // missing: written below, or reported as stale with --check
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('gen-types: shared/schema/generated-types.ts is stale; run: node scripts/gen-types.mjs');
    process.exit(1);
  }
  console.error('gen-types: shared/schema/generated-types.ts is up to date');
} else if (current !== text) {
  writeFileSync(target, text);
  console.error(`gen-types: wrote shared/schema/generated-types.ts (${text.split('\n').length} lines)`);
} else {
  console.error('gen-types: shared/schema/generated-types.ts unchanged');
}
