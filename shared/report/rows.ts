/**
 * One flat row per issue, the common ground of the CSV, HTML, JSON and JUnit reports, with the
 * masking applied once here so no builder can forget it.
 */
import type { Localized } from '../i18n/localized';
import type { Severity } from '../issues/issue';
import type { SpecRef } from '../spec/types';
import { agencyOf } from './records';
import type { ReportEntry, ReportOptions } from './types';
import type { Masker } from '../mask/masker';

export interface IssueRow {
  file: string;
  kind: string;
  service: string;
  agency: string;
  /** Record index (0-based), or undefined for the whole document. */
  record?: number;
  path: string;
  line?: number;
  column?: number;
  severity: Severity;
  code: string;
  message: Localized;
  hint?: Localized;
  specRef?: SpecRef;
  provisional: boolean;
}

const scrubL = (m: Masker, l: Localized): Localized => ({ vi: m.scrub(l.vi), en: m.scrub(l.en) });

/** The issues of the batch as rows (a syntax error is a row too), masked when the options ask. */
export function issueRows(entries: readonly ReportEntry[], options: Pick<ReportOptions, 'masker'> = {}): IssueRow[] {
  const m = options.masker;
  const rows: IssueRow[] = [];
  for (const e of entries) {
    const r = e.report;
    const base = { file: e.file, kind: r.kind ?? '', service: r.service ?? r.packetId ?? '' };
    // The engine also lists a syntax error among its issues (with its hint): one row, not two.
    if (r.syntax && !r.issues.some((i) => i.code === r.syntax!.code && i.path === '')) {
      rows.push({
        ...base,
        agency: '',
        path: '',
        line: r.syntax.line,
        column: r.syntax.column,
        severity: 'error',
        code: r.syntax.code,
        message: r.syntax.message,
        provisional: false,
      });
    }
    for (const i of r.issues) {
      rows.push({
        ...base,
        agency: agencyOf(e.document, i.record),
        ...(i.record !== undefined ? { record: i.record } : {}),
        path: i.path,
        ...(i.range ? { line: i.range.line, column: i.range.column } : {}),
        severity: i.severity,
        code: i.code,
        message: i.message,
        ...(i.hint ? { hint: i.hint } : {}),
        ...(i.specRef ? { specRef: i.specRef } : {}),
        provisional: !!(i.provisional ?? r.provisional),
      });
    }
  }
  if (!m) return rows;
  return rows.map((row) => ({
    ...row,
    file: m.scrub(row.file),
    agency: m.scrubKnown(row.agency, true),
    path: m.scrub(row.path),
    message: scrubL(m, row.message),
    ...(row.hint ? { hint: scrubL(m, row.hint) } : {}),
  }));
}
