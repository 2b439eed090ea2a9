/**
 * The batch half of `qcvn120 validate` (issue 6 §2–3): folders given on the command line are
 * walked recursively for `.json` files, and `--report html|csv|json|junit` writes the same report
 * the app's triage screen exports — the same grouping by rule, agency, kind and service
 * (shared/report), the app, spec and profile versions and the time, masked with `--mask`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, Localized } from '../../shared/i18n/localized';
import { allPackets } from '../../shared/index';
import { createMasker } from '../../shared/mask/index';
import { buildReport, type ReportEntry, type ReportFormat } from '../../shared/report/index';
import { SPEC_VERSION } from '../../shared/spec/version';
import type { ValidationReport } from '../../shared/validate/report';
import { failureReport } from '../../shared/report/batchSession';
import { walkFolder } from '../../electron/services/batch/walk';
import { writeFileAtomic } from '../../electron/services/files/atomicWrite';
import { UsageError } from '../args';
import type { CliIo } from '../command';
import { appVersion } from '../version';

/**
 * The inputs with every directory replaced by its `.json` files (recursively, in name order),
 * named `DIR/sub/file.json`. A directory without any is a usage error naming it.
 */
export async function expandInputs(positionals: readonly string[], io: CliIo): Promise<string[]> {
  const out: string[] = [];
  for (const p of positionals) {
    if (p === '-' || !(await io.isDirectory(p))) {
      out.push(p);
      continue;
    }
    const walk = await walkFolder(p);
    if (walk.files.length === 0) throw new UsageError(`Không có tệp .json nào trong thư mục ${p}.`, `There is no .json file in the folder ${p}.`);
    const base = p.replace(/[\\/]+$/, '');
    for (const f of walk.files) out.push(`${base}/${f.relative}`);
  }
  return out;
}

/** One input as validated: the report and the text, or why it could not be read. */
export interface BatchInput {
  file: string;
  text?: string;
  report?: ValidationReport;
  error?: Localized;
}

export interface BatchReportOptions {
  format: ReportFormat;
  lang: Lang;
  masked: boolean;
  keepStructure: boolean;
  profile: { id: string; version: string };
  now?: number;
}

function parsed(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** The batch report of the inputs (an unreadable one is a row with its reason, as in the app). */
export function batchReportText(inputs: readonly BatchInput[], o: BatchReportOptions): string {
  const entries: ReportEntry[] = inputs.map((i) => {
    if (!i.report) return { file: i.file, report: failureReport({ code: 'files.read', message: i.error ?? { vi: 'không đọc được', en: 'cannot be read' } }, o.profile) };
    const document = parsed(i.text);
    return { file: i.file, report: i.report, ...(document !== undefined ? { document } : {}) };
  });
  let masker;
  if (o.masked) {
    masker = createMasker({ packets: allPackets(), keepStructure: o.keepStructure, version: appVersion() });
    for (const e of entries) if (e.document !== undefined) masker.learn(e.document);
  }
  return buildReport(o.format, entries, {
    meta: { appVersion: appVersion(), specVersion: SPEC_VERSION, generatedAt: o.now ?? Date.now() },
    lang: o.lang,
    ...(masker ? { masker } : {}),
  }).text;
}

/** Writes the output to `-o FILE` atomically (or returns false to print it). */
export async function writeOutput(path: string | undefined, text: string): Promise<boolean> {
  if (!path) return false;
  try {
    await writeFileAtomic(path, text);
  } catch (e) {
    const code = (e as { code?: string })?.code ?? String(e);
    throw new UsageError(`Không ghi được ${path} (${code}).`, `Cannot write ${path} (${code}).`);
  }
  return true;
}
