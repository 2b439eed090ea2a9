/**
 * The `qcvn120` commands. To add one: a file in cli/commands/ exporting a `Command`, and one line
 * here.
 */
import type { Command } from '../command';
import { kindsCommand } from './kinds';
import { newCommand } from './new';
import { sandboxCommand } from './sandbox';
import { schemaCommand } from './schema';
import { sendCommand } from './send';
import { validateCommand } from './validate';
import { maskCommand } from './mask';
import { serveCommand } from './serve';

/** Every command, in the order `qcvn120 --help` lists them. */
export const COMMANDS: Command[] = [
  validateCommand,
  kindsCommand,
  newCommand,
  schemaCommand,
  sendCommand,
  sandboxCommand,
  maskCommand,
  serveCommand,
];
