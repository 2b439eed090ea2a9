/**
 * "Builds if needed": the web host serves dist/renderer, so when a source file of the renderer
 * (or of the core it bundles) is newer than the last build, it runs the Vite build first.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether dist/renderer is missing or older than renderer/ or shared/ sources. */
export function rendererNeedsBuild(root: string): boolean {
  const built = join(root, 'dist', 'renderer', 'index.html');
  if (!existsSync(built)) return true;
  // Without sources (an installed copy), the build is all there is.
  if (!existsSync(join(root, 'renderer'))) return false;
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared')));
  return sources > statSync(built).mtimeMs;
}

/** Runs the renderer's Vite build; output goes to stderr so stdout keeps only the URL. */
export function buildRenderer(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const child = spawn(process.execPath, [vite, 'build', '--config', join(root, 'renderer', 'vite.config.ts')], {
      cwd: root,
      stdio: ['ignore', 2, 2],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with code ${code}`))));
  });
}
