/**
 * Opens a URL in the user's default browser (unless `--no-open`). Failure is not fatal: the
 * address is printed anyway.
 */
import { spawn } from 'node:child_process';

/** Starts the platform's opener, detached; resolves false when it could not be started. */
export function openBrowser(url: string, platform: string = process.platform): Promise<boolean> {
  const [command, args] =
    platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
