/**
 * A small argument parser for the `qcvn120` commands: `--name value`, `--name=value`, boolean
 * flags, positionals (`-` is stdin), and `--` to end options. Unknown options are usage errors
 * (exit 2), reported by the caller in Vietnamese and English.
 */

/** An option a command accepts. */
export interface OptionSpec {
  name: string;
  /** Takes a value (`--kind dossier`); otherwise a boolean flag. */
  value?: boolean;
  /** The option may be given several times (values collected in order). */
  repeat?: boolean;
  /** Allowed values, when closed. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  options: Record<string, string | boolean | string[]>;
  positionals: string[];
}

/** A usage error: names the offending option. */
export class UsageError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Parses argv against the options of a command. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`Không có tùy chọn "${arg}".`, `Unknown option "${arg}".`);
    if (!spec.value) {
      if (eq >= 0) throw new UsageError(`Tùy chọn --${name} không nhận giá trị.`, `Option --${name} takes no value.`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(`Tùy chọn --${name} cần một giá trị.`, `Option --${name} needs a value.`);
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`--${name} phải là một trong: ${spec.choices.join(', ')} (nhận được "${value}").`, `--${name} must be one of: ${spec.choices.join(', ')} (got "${value}").`);
    }
    if (spec.repeat) options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else options[name] = value;
  }
  return { options, positionals };
}
