/**
 * The `qcvn120` commands. To add one: a file in cli/commands/ exporting a `Command`, and one line
 * here.
 */
import type { Command } from '../command';
import { kindsCommand } from './kinds';
import { newCommand } from './new';
import { schemaCommand } from './schema';
import { validateCommand } from './validate';

export const COMMANDS: Command[] = [
  validateCommand,
  kindsCommand,
  newCommand,
  schemaCommand,
];
