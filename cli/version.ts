/**
 * The app's version, read from package.json: beside the bundle (dist/node/cli.mjs → ../../) or
 * beside the sources when the CLI runs from TypeScript under test (cli/… → ../ or ../../).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The version in package.json, or 0.0.0 when no package.json can be read. */
export function appVersion(): string {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [join(here, '..', '..', 'package.json'), join(here, '..', 'package.json')]) {
    try {
      return (cached = (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version);
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}
