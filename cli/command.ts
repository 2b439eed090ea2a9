/**
 * The contract of a `qcvn120` command. Each command is one file in cli/commands/ and one line in
 * cli/commands/index.ts, so others can add `serve`, `sandbox`, `send`, `mask`… without touching
 * the dispatcher.
 */
import type { Lang, Localized } from '../shared/i18n/localized';
import type { OptionSpec } from './args';

/** What a command may do to the outside world (injectable for tests). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as bytes; throws (with a Node error code) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  /** Reads all of standard input as bytes. */
  readStdin(): Promise<Uint8Array>;
  /** Whether a path is a directory (directories are refused until batch triage adds them). */
  isDirectory(path: string): Promise<boolean>;
}

export interface CommandContext {
  argv: string[];
  lang: Lang;
  io: CliIo;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: Localized;
  /** e.g. `qcvn120 validate [--kind K] … FILE... | -`. */
  usage: string;
  /** The rest of `--help`: options and examples, in both languages. */
  help: Localized;
  options: OptionSpec[];
  /** Runs the command; resolves to the exit code. */
  run(ctx: CommandContext): Promise<number>;
}
