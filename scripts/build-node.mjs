/**
 * Bundles the Node-side entry points with esbuild. Keep this a list of entries: each engineer adds
 * theirs here (the CLI; the web host, its validation worker and the Electron main/preload).
 * An entry whose source does not exist yet is skipped with a note, so a partial checkout builds.
 *
 * `node scripts/build-node.mjs [name…]` builds all entries (or the named ones); bin/qcvn120.mjs
 * imports `buildEntries` to rebuild only the CLI when its bundle is missing or stale.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ESM bundles of CommonJS dependencies may call require(); give them one.
const requireShim = "import { createRequire as __qcvn120CreateRequire } from 'node:module'; const require = __qcvn120CreateRequire(import.meta.url);";

// jsonc-parser's "main" is a UMD build whose internal require() calls esbuild cannot follow:
// prefer the ESM build ("module") of every package.
const node = { platform: 'node', format: 'esm', target: 'node20', mainFields: ['module', 'main'], banner: { js: requireShim } };

/** The entries: source → bundle. */
export const ENTRIES = [
  { name: 'cli', entry: 'cli/main.ts', outfile: 'dist/node/cli.mjs', options: node },
  { name: 'bench', entry: 'scripts/bench.ts', outfile: 'dist/node/bench.mjs', options: node },
  { name: 'webhost', entry: 'electron/services/webhost/main.ts', outfile: 'dist/node/webhost.mjs', options: node },
  { name: 'validate-worker', entry: 'electron/services/validation/validateWorker.ts', outfile: 'dist/node/validate-worker.mjs', options: node },
  // Electron 45 embeds Node 22; 'electron' itself is provided at run time.
  { name: 'electron-main', entry: 'electron/glue/main.ts', outfile: 'dist/electron/main.mjs', options: { ...node, target: 'node22', external: ['electron'] } },
  // A sandboxed preload must be one CommonJS file: it can require only 'electron'.
  { name: 'electron-preload', entry: 'electron/glue/preload.ts', outfile: 'dist/electron/preload.cjs', options: { platform: 'node', format: 'cjs', target: 'node22', mainFields: ['module', 'main'], external: ['electron'] } },
];

/** Builds the named entries (all when `names` is empty); resolves to how many were built. */
export async function buildEntries(names = []) {
  const started = Date.now();
  const chosen = names.length ? ENTRIES.filter((e) => names.includes(e.name)) : ENTRIES;
  const results = await Promise.all(
    chosen.map(async ({ name, entry, outfile, options }) => {
      if (!existsSync(join(root, entry))) {
        console.error(`build-node: skipped ${name} (${entry} does not exist yet)`);
        return false;
      }
      const result = await build({
        entryPoints: [join(root, entry)],
        outfile: join(root, outfile),
        bundle: true,
        sourcemap: 'linked',
        legalComments: 'none',
        logLevel: 'warning',
        ...options,
        write: false,
      });
      // Written beside and renamed: a process starting the bundle meanwhile (bin/qcvn120.mjs rebuilds
      // a stale CLI on demand, tests spawn it in parallel) never reads a half-written file.
      for (const file of result.outputFiles) {
        mkdirSync(dirname(file.path), { recursive: true });
        const temp = `${file.path}.${process.pid}.tmp`;
        writeFileSync(temp, file.contents);
        renameSync(temp, file.path);
      }
      return true;
    }),
  );
  const built = results.filter(Boolean).length;
  console.error(`build-node: ${built} bundle(s) in ${Date.now() - started} ms`);
  return built;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildEntries(process.argv.slice(2));
}
