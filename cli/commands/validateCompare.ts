/**
 * `qcvn120 validate --profile A --compare-profile B FILE|DIR…`: what a profile change would change
 * (PEERS.md §3 idea 10). Every file is validated under both profiles and the reports compared
 * (shared/validate/compareReports.ts). The exit code is that of `validate` under B, the profile
 * being adopted, so a CI script can gate on it: 2 when an input cannot be read, 1 when a file is
 * invalid under B, 0 otherwise.
 */
import { validateText, type KindId, type Profile } from '../../shared/index';
import type { Lang } from '../../shared/i18n/localized';
import { builtinProfile } from '../../shared/validate/profiles';
import { compareReports } from '../../shared/validate/compareReports';
import type { ValidateOptions } from '../../shared/validate/report';
import type { CliIo } from '../command';
import { renderCompareJson, renderCompareText, type ComparedFile } from '../compareOutput';
import { readInput } from '../readInput';
import { writeOutput } from './validateBatch';

export interface CompareRun {
  files: string[];
  /** Undefined: the core's default, strict. */
  a: Profile | undefined;
  b: Profile;
  options: Omit<ValidateOptions, 'profile'> & { kind?: KindId };
  format: 'text' | 'json';
  lang: Lang;
  out?: string;
  io: CliIo;
}

const nameOf = (p: Profile | undefined) => {
  const profile = p ?? builtinProfile('strict')!;
  return { id: profile.id, version: profile.version };
};

/** Validates every file under both profiles, prints the differences, returns the exit code. */
export async function runCompare(run: CompareRun): Promise<number> {
  const { io, lang } = run;
  const results: ComparedFile[] = [];
  for (const file of run.files) {
    const read = await readInput(file, io);
    if (!read.ok) {
      results.push({ file, error: read.message });
      continue;
    }
    const a = validateText(read.text, { ...run.options, profile: run.a });
    const b = validateText(read.text, { ...run.options, profile: run.b });
    results.push({ file, kind: b.kind, comparison: compareReports(a, b) });
  }
  const profiles = { a: nameOf(run.a), b: nameOf(run.b) };
  const output = run.format === 'json' ? renderCompareJson(profiles, results, lang) : renderCompareText(profiles, results, lang);
  if (await writeOutput(run.out, output)) {
    const invalid = results.filter((r) => r.comparison && !r.comparison.b.valid).length;
    io.stderr(lang === 'vi' ? `Đã ghi ${run.out} (${results.length} tệp, ${invalid} tệp không hợp lệ theo ${profiles.b.id}).\n` : `Wrote ${run.out} (${results.length} file(s), ${invalid} invalid under ${profiles.b.id}).\n`);
  } else io.stdout(output);
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.comparison && !r.comparison.b.valid) ? 1 : 0;
}
