/**
 * Test support: the `qcvn120` dispatcher run in this process on the real file system, its output
 * collected — for tests of commands over real files (the samples, a temporary data folder).
 * tests/cli.test.ts spawns the built bundle instead.
 */
import { readFile, stat } from 'node:fs/promises';
import type { CliIo } from './command';
import { runCli } from './run';

/** Runs `qcvn120 --lang LANG ARGS…` with no environment; resolves with its exit code and output. */
export async function runCliOnDisk(args: string[], lang: 'vi' | 'en' = 'en'): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: (p) => readFile(p),
    readStdin: async () => new Uint8Array(),
    isDirectory: async (p) => (await stat(p).catch(() => undefined))?.isDirectory() ?? false,
  };
  const code = await runCli(['--lang', lang, ...args], io, { version: 'test', env: {} });
  return { code, stdout, stderr };
}
