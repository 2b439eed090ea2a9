/**
 * Entry point of `npm run web` (bundled to dist/node/webhost.mjs).
 */
import { findLayout, runWebHost } from './run';

const started = await runWebHost(process.argv.slice(2), findLayout(import.meta.dirname), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
if (typeof started === 'number') {
  process.exitCode = started;
} else {
  const stop = () => {
    started.stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
