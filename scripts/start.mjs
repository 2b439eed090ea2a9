/**
 * `npm start [-- files…]`: builds what is stale, then starts the Electron app. The Electron binary
 * is fetched by the electron package on first use (it needs internet access once); when that is
 * impossible, this says so and points to `npm run web`, which needs no binary.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEntries } from './build-node.mjs';
import { isStale } from './freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (isStale(root, ['dist/electron/main.mjs', 'dist/electron/preload.cjs', 'dist/node/validate-worker.mjs'], ['shared', 'electron', 'package.json'])) {
  await buildEntries(['electron-main', 'electron-preload', 'validate-worker']);
}
if (isStale(root, ['dist/renderer/index.html'], ['renderer', 'shared'])) {
  const vite = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(root, 'renderer', 'vite.config.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  const code = await new Promise((resolve) => vite.once('exit', resolve));
  if (code !== 0) process.exit(typeof code === 'number' ? code : 1);
}

const cli = join(root, 'node_modules', 'electron', 'cli.js');
if (!existsSync(cli)) {
  console.error('Thiếu gói electron; hãy chạy "npm ci". / The electron package is missing; run "npm ci".');
  process.exit(2);
}
const child = spawn(process.execPath, [cli, root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.once('exit', (code, signal) => {
  if (code !== 0 && code !== null) {
    console.error(
      '\nKhông khởi động được Electron (máy này có thể không tải được tệp chạy Electron). Dùng "npm run web" để chạy ứng dụng trong trình duyệt.\n' +
        'Electron did not start (this machine may be unable to download the Electron binary). Use "npm run web" to run the app in a browser.',
    );
  }
  process.exit(code ?? (signal ? 1 : 0));
});
