/**
 * `--profile P`: a built-in profile (`strict`, `lenient`) or a user profile file, read and checked
 * by the core's loadProfile; a bad file is a usage error naming the file, path, line and column.
 */
import { builtinProfile, loadProfile, type Profile } from '../shared/index';
import { UsageError } from './args';
import type { CliIo } from './command';
import { readInput } from './readInput';

/** Resolves `--profile`; throws UsageError with every problem of a bad profile file. */
export async function resolveProfile(value: string | undefined, io: CliIo): Promise<{ profile?: Profile; warnings: string[][] }> {
  if (value === undefined) return { warnings: [] };
  const builtin = builtinProfile(value);
  if (builtin) return { profile: builtin, warnings: [] };
  const read = await readInput(value, io);
  if (!read.ok) {
    throw new UsageError(
      `Không đọc được hồ sơ cấu hình (không phải strict hay lenient): ${read.message.vi}`,
      `Cannot read the profile (neither strict nor lenient): ${read.message.en}`,
    );
  }
  const loaded = loadProfile(read.text, value);
  const where = (p: { path: string; line?: number; column?: number }) => `${value}${p.line ? `:${p.line}:${p.column}` : ''}${p.path ? ` ${p.path}` : ''}`;
  if (!loaded.ok) {
    throw new UsageError(
      `Hồ sơ cấu hình không hợp lệ:\n${loaded.errors.map((p) => `  ${where(p)}: ${p.message.vi}`).join('\n')}`,
      `Invalid profile:\n${loaded.errors.map((p) => `  ${where(p)}: ${p.message.en}`).join('\n')}`,
    );
  }
  return { profile: loaded.profile, warnings: loaded.warnings.map((p) => [`${where(p)}: ${p.message.vi}`, `${where(p)}: ${p.message.en}`]) };
}
