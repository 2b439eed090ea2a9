#!/usr/bin/env node
/**
 * The `qcvn120` command (package.json "bin"). Runs the bundled CLI, dist/node/cli.mjs; when the
 * bundle is missing or older than its sources (cli/, shared/, electron/services/), it is rebuilt
 * first with esbuild, so `npx qcvn120 …` works right after `npm ci` and after every edit.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'node', 'cli.mjs');
const SOURCES = ['cli', 'shared', 'electron/services', 'scripts/build-node.mjs', 'package.json'];

async function stale() {
  if (!existsSync(bundle)) return true;
  // A packaged install has no sources (nor scripts/) next to the bundle: never rebuild there.
  if (!existsSync(join(root, 'cli', 'main.ts'))) return false;
  const { isStale } = await import(pathToFileURL(join(root, 'scripts', 'freshness.mjs')).href);
  return isStale(root, ['dist/node/cli.mjs'], SOURCES);
}

if (await stale()) {
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
