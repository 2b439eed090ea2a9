/**
 * CSV report for Excel: UTF-8 with a BOM (without it Excel reads Vietnamese as Windows-1258
 * mojibake), CRLF line ends, every field quoted when it holds a comma, quote or line break,
 * and cells that Excel would run as a formula neutralised with a leading apostrophe.
 */
import { L, tr } from './labels';
import { issueRows } from './rows';
import { specRefText } from './format';
import type { ReportEntry, ReportOptions } from './types';

/** Quotes one CSV field. */
export function csvField(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  // A cell starting with = + @ (or a tab/CR) is a formula to Excel: "CSV injection".
  if (/^[=+@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per issue: file, kind, service, agency, record, path, line, column, severity, code, message, spec ref. */
export function toCsv(entries: readonly ReportEntry[], options: Omit<ReportOptions, 'meta'> & Partial<Pick<ReportOptions, 'meta'>> = {}): string {
  const lang = options.lang ?? 'vi';
  const c = L.columns;
  const header = [c.file, c.kind, c.service, c.agency, c.record, c.path, c.line, c.column, c.severity, c.code, c.message, c.specRef].map((h) => csvField(tr(h, lang)));
  const lines = [header.join(',')];
  for (const r of issueRows(entries, options)) {
    lines.push(
      [r.file, r.kind, r.service, r.agency, r.record, r.path, r.line, r.column, tr(L.severity[r.severity], lang), r.code, tr(r.message, lang), specRefText(r.specRef, lang)]
        .map(csvField)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
