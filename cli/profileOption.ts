/**
 * `--profile P`: a built-in profile (`strict`, `lenient`), the path of a profile file, or the id of
 * a profile imported in the app's data folder (`--data-dir`, `QCVN120_DATA_DIR`, else the folder
 * both hosts use). Files are read and checked by the core's loadProfile; a bad file or an unknown
 * name is a usage error (exit 2) naming the file, path, line and column.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { builtinProfile, loadProfile, type Profile } from '../shared/index';
import { describeProfileProblems } from '../shared/validate/profileRef';
import { resolveDataDir } from '../electron/services/dataDir';
import { ServiceError } from '../electron/services/errors';
import { createProfileStore } from '../electron/services/profiles/profileStore';
import { UsageError } from './args';
import type { CliIo } from './command';
import { readInput } from './readInput';

export interface ProfileOptionContext {
  /** `--data-dir`: where the app keeps imported profiles. */
  dataDir?: string;
  env?: Record<string, string | undefined>;
}

/** Whether the value can only be a path (a folder separator or a .json name). */
function looksLikePath(value: string): boolean {
  return /[\\/]/.test(value) || /\.json$/i.test(value) || value === '-';
}

async function isReadableFile(value: string, io: CliIo): Promise<boolean> {
  try {
    if (await io.isDirectory(value)) return false;
    await io.readFile(value);
    return true;
  } catch {
    return false;
  }
}

/** Loads a profile file's text; throws UsageError with every located problem. */
function fromFile(text: string, source: string): { profile: Profile; warnings: string[][] } {
  const loaded = loadProfile(text, source);
  if (!loaded.ok) {
    const list = describeProfileProblems(source, loaded.errors);
    throw new UsageError(`Hồ sơ cấu hình không hợp lệ:\n${indent(list.vi)}`, `Invalid profile:\n${indent(list.en)}`);
  }
  const warnings = describeProfileProblems(source, loaded.warnings);
  return { profile: loaded.profile, warnings: loaded.warnings.length ? zip(warnings.vi.split('\n'), warnings.en.split('\n')) : [] };
}

const indent = (s: string) => s.replace(/^/gm, '  ');
const zip = (a: string[], b: string[]) => a.map((x, i) => [x, b[i] ?? x]);

/** Resolves `--profile`; throws UsageError for an unknown name or a bad profile file. */
export async function resolveProfile(value: string | undefined, io: CliIo, context: ProfileOptionContext = {}): Promise<{ profile?: Profile; warnings: string[][] }> {
  if (value === undefined) return { warnings: [] };
  const builtin = builtinProfile(value);
  if (builtin) return { profile: builtin, warnings: [] };
  if (looksLikePath(value) || (await isReadableFile(value, io))) {
    const read = await readInput(value, io);
    if (!read.ok) {
      throw new UsageError(
        `Không đọc được hồ sơ cấu hình (không phải strict hay lenient): ${read.message.vi}`,
        `Cannot read the profile (neither strict nor lenient): ${read.message.en}`,
      );
    }
    return fromFile(read.text, value);
  }
  // An id: a profile imported in the app (the same folder the hosts use), read without changing it.
  const env = context.env ?? process.env;
  const dataDir = resolveDataDir({ explicit: context.dataDir, env, platform: process.platform, home: homedir() });
  const store = createProfileStore(dataDir, undefined, { readOnly: true });
  try {
    const ref = (await store.ref(value))!;
    return fromFile(String(ref.definition), join(dataDir, ref.source ?? `profiles/${ref.id}.json`));
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    const m = error.localized;
    throw new UsageError(
      `${m.vi}\n"${value}" không phải strict, lenient, một tệp, hay hồ sơ đã nhập trong ${join(dataDir, 'profiles')}.`,
      `${m.en}\n"${value}" is not strict, lenient, a file, or a profile imported in ${join(dataDir, 'profiles')}.`,
    );
  }
}
