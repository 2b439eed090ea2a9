/**
 * Files given on the command line ("Open with", a second launch, `npm start -- file.json`):
 * the arguments that are not options and not the app itself, made absolute.
 */
import { isAbsolute, resolve } from 'node:path';

/** Options of the app that take a value in the next argument (`--data-dir DIR`). */
const VALUE_OPTIONS = new Set(['--data-dir', '--workspace']);

/**
 * The document paths in a process's arguments. `skip` = how many leading entries are the
 * executable (and app); `exclude` = paths that are the app itself (an unpackaged run may get the
 * app's entry anywhere among Chromium's switches, e.g. when launched by a test driver).
 */
export function filesFromArgv(argv: readonly string[], cwd: string, skip: number, exclude: readonly string[] = []): string[] {
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const out: string[] = [];
  let optionsEnded = false;
  const args = argv.slice(skip);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!optionsEnded && arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (!optionsEnded && VALUE_OPTIONS.has(arg)) {
      i++;
      continue;
    }
    if (!optionsEnded && arg.startsWith('-')) continue;
    // Chromium appends its own switches; an app path like "." is not a document.
    if (arg === '.' || arg === '') continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (!excluded.has(resolve(path))) out.push(path);
  }
  return out;
}
