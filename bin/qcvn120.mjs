#!/usr/bin/env node
/**
 * The `qcvn120` command (package.json "bin"). Runs the bundled CLI, dist/node/cli.mjs; when the
 * bundle is missing or older than its sources (cli/, shared/, electron/services/), it is rebuilt
 * first with esbuild, so `npx qcvn120 …` works right after `npm ci` and after every edit.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'node', 'cli.mjs');
const SOURCES = ['cli', 'shared', 'electron/services', 'scripts/build-node.mjs', 'package.json'];

/** The newest modification time under the given paths (source files only). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) visit(join(p, name));
    } else if (/\.(ts|mjs|json)$/.test(p) && !/\.test\.ts$/.test(p)) {
      latest = Math.max(latest, st.mtimeMs);
    }
  };
  for (const p of paths) visit(join(root, p));
  return latest;
}

function stale() {
  if (!existsSync(bundle)) return true;
  // A packaged install has no sources next to the bundle: never rebuild there.
  if (!existsSync(join(root, 'cli', 'main.ts'))) return false;
  return newest(SOURCES) > statSync(bundle).mtimeMs;
}

if (stale()) {
  try {
    const { buildEntries } = await import(pathToFileURL(join(root, 'scripts', 'build-node.mjs')).href);
    await buildEntries(['cli']);
  } catch (e) {
    console.error(
      `qcvn120: không dựng được dist/node/cli.mjs / could not build dist/node/cli.mjs: ${e instanceof Error ? e.message : e}\n` +
        'Chạy / run: npm ci && node scripts/build-node.mjs',
    );
    process.exit(2);
  }
}

await import(pathToFileURL(bundle).href);
