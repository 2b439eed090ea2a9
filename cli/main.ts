/**
 * Entry point of the `qcvn120` command (bundled to dist/node/cli.mjs by scripts/build-node.mjs and
 * started by bin/qcvn120.mjs): wires the dispatcher to the real process, files and stdin, and
 * switches on the Node-only validation accelerator.
 */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCodegen } from '../shared/index';
import type { CliIo } from './command';
import { runCli } from './run';
import { appVersion } from './version';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Writes and waits for the stream to drain, so a large report is complete before exit. */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  return (text) => {
    stream.write(text);
  };
}

const io: CliIo = {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  readFile: (path) => readFile(path),
  readStdin,
  isDirectory: async (path) => {
    try {
      return (await stat(path)).isDirectory();
    } catch {
      return false;
    }
  },
};

// The CLI runs in plain Node, where generated code is allowed: validation of big files is faster.
enableCodegen();
process.exitCode = await runCli(process.argv.slice(2), io, { version: appVersion(), env: process.env });
