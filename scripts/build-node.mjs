/**
 * Bundles the Node-side entry points with esbuild. Keep this a list of entries: each engineer adds
 * theirs here (the CLI; the web host, its validation worker and the Electron main/preload).
 * An entry whose source does not exist yet is skipped with a note, so a partial checkout builds.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ESM bundles of CommonJS dependencies may call require(); give them one.
const requireShim = "import { createRequire as __qcvn120CreateRequire } from 'node:module'; const require = __qcvn120CreateRequire(import.meta.url);";

const node = { platform: 'node', format: 'esm', target: 'node20', banner: { js: requireShim } };

/** The entries: source → bundle. */
export const ENTRIES = [
  { name: 'cli', entry: 'cli/main.ts', outfile: 'dist/node/cli.mjs', options: node },
  { name: 'webhost', entry: 'electron/services/webhost/main.ts', outfile: 'dist/node/webhost.mjs', options: node },
  { name: 'validate-worker', entry: 'electron/services/validation/validateWorker.ts', outfile: 'dist/node/validate-worker.mjs', options: node },
  // Electron 45 embeds Node 22; 'electron' itself is provided at run time.
  { name: 'electron-main', entry: 'electron/glue/main.ts', outfile: 'dist/electron/main.mjs', options: { ...node, target: 'node22', external: ['electron'] } },
  // A sandboxed preload must be one CommonJS file: it can require only 'electron'.
  { name: 'electron-preload', entry: 'electron/glue/preload.ts', outfile: 'dist/electron/preload.cjs', options: { platform: 'node', format: 'cjs', target: 'node22', external: ['electron'] } },
];

const started = Date.now();
const results = await Promise.all(
  ENTRIES.map(async ({ name, entry, outfile, options }) => {
    if (!existsSync(join(root, entry))) {
      console.error(`build-node: skipped ${name} (${entry} does not exist yet)`);
      return false;
    }
    await build({
      entryPoints: [join(root, entry)],
      outfile: join(root, outfile),
      bundle: true,
      sourcemap: 'linked',
      legalComments: 'none',
      logLevel: 'warning',
      ...options,
    });
    return true;
  }),
);
console.error(`build-node: ${results.filter(Boolean).length} bundle(s) in ${Date.now() - started} ms`);
