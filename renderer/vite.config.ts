/**
 * Builds the renderer into dist/renderer for both hosts (Electron's app:// and the web host).
 * `base: './'` keeps asset URLs relative; workers are ES modules (Monaco's and the validator's).
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { rendererCspMeta } from '../shared/ipc/csp';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Writes the CSP into index.html as a meta tag (the hosts also send it as a header). */
function cspMeta(): Plugin {
  return {
    name: 'qcvn120-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: rendererCspMeta() }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMeta()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
    // A module preload polyfill would be an inline script, which the CSP forbids.
    modulePreload: { polyfill: false },
  },
});
