/**
 * One entry point for every report the app and the command line write (issue 6 §3): the format
 * chosen by name, the file's MIME type and extension, and — for CSV, whose table has no room for
 * them — a preamble stating the app, spec and profile versions, the time and whether personal data
 * was masked, so every format says under which rules and when it was made.
 */
import { csvField, toCsv } from './csv';
import { vietnamTime } from './format';
import { toHtml } from './html';
import { toJsonReport } from './json';
import { toJUnit } from './junit';
import { L, tr } from './labels';
import { DEFAULT_APP_NAME, type ReportEntry, type ReportOptions } from './types';

export const REPORT_FORMATS = ['html', 'csv', 'json', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A report ready to be written: its text and how to name and serve it. */
export interface BuiltReport {
  text: string;
  mime: string;
  extension: string;
}

const KINDS: Record<ReportFormat, { mime: string; extension: string }> = {
  html: { mime: 'text/html;charset=utf-8', extension: '.html' },
  csv: { mime: 'text/csv;charset=utf-8', extension: '.csv' },
  json: { mime: 'application/json', extension: '.json' },
  junit: { mime: 'application/xml', extension: '.xml' },
};

/** The CSV report with its versions preamble (UTF-8 BOM first, so Excel reads Vietnamese right). */
export function toCsvWithMeta(entries: readonly ReportEntry[], options: ReportOptions): string {
  const lang = options.lang ?? 'vi';
  const m = options.meta;
  const profiles = [...new Set(entries.map((e) => `${e.report.profile.id}@${e.report.profile.version}`))].join(', ');
  const pre = [
    [tr(L.title, lang)],
    [tr(L.app, lang), `${m.appName ?? DEFAULT_APP_NAME} ${m.appVersion}`],
    [tr(L.spec, lang), m.specVersion],
    [tr(L.profile, lang), profiles || '—'],
    [tr(L.generated, lang), `${vietnamTime(m.generatedAt)} (Asia/Ho_Chi_Minh)`],
    [tr(options.masker ? L.masked : L.notMasked, lang)],
    [],
  ].map((cells) => cells.map((c) => csvField(c)).join(','));
  // toCsv starts with the BOM: it goes before the preamble instead.
  return '\uFEFF' + pre.join('\r\n') + '\r\n' + toCsv(entries, options).replace(/^\uFEFF/, '');
}

/** Builds a report of `entries` in `format` (masked when the options carry a masker). */
export function buildReport(format: ReportFormat, entries: readonly ReportEntry[], options: ReportOptions): BuiltReport {
  const text =
    format === 'html'
      ? toHtml(entries, options)
      : format === 'csv'
        ? toCsvWithMeta(entries, options)
        : format === 'json'
          ? toJsonReport(entries, options)
          : toJUnit(entries, options);
  return { text, ...KINDS[format] };
}
