/**
 * One batch of triaged files and every question the triage screen asks of it: the grouped
 * summary (by rule, agency, kind, service — shared/report), the rule × agency table, the worst
 * records, one group's issues page by page, and "every record where field = value". Files that
 * could not be read stay in the batch as a row with their reason (issue 6 §2), never dropped.
 */
import type { Localized } from '../i18n/localized';
import { formatPath, parsePath, type PathSegment, type Severity } from '../issues/issue';
import { fieldValues, findRecords, recordsOf } from './records';
import { issueRows, type IssueRow } from './rows';
import { summarize, type BatchSummary } from './summary';
import type { ReportEntry } from './types';
import type { BatchFileRow, BatchIssueRow, BatchView, IssueFilter, RecordHit, RuleAgencyMatrix, WorstRecord } from '../ipc/helpdesk';
import type { ValidationReport } from '../validate/report';

export type { BatchView };

/** Why a file of the batch could not be validated (read, decoded, or checked). */
export interface FileFailure {
  code: string;
  message: Localized;
}

/** One file of the batch. */
export interface BatchFile {
  id: number;
  /** How the host names the file (`files:read` path), or the uploaded file's name. */
  file: string;
  /** The path inside the batch (relative to the folder), as shown and reported. */
  name: string;
  size: number;
  /** Validation report: a real one, or a stand-in carrying the failure as its syntax problem. */
  report?: ValidationReport;
  /** The parsed document (left out for very large files: no record lookups there). */
  document?: unknown;
  failure?: FileFailure;
}

const MATRIX_CODES = 12;
const MATRIX_AGENCIES = 8;
const WORST = 20;

const keyOf = (record: Record<string, unknown>, name: string): unknown => {
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
};

/** The stand-in report of a file that could not be read: its reason is a syntax-level error row in every report. */
export function failureReport(failure: FileFailure, profile: { id: string; version: string }): ValidationReport {
  return {
    form: 'unknown',
    provisional: false,
    recordCount: 0,
    issues: [],
    counts: { error: 1, warning: 0, info: 0 },
    valid: false,
    syntax: { code: failure.code, message: failure.message, offset: 0, line: 1, column: 1 },
    repairs: [],
    profile,
  };
}

/** A batch's files and the queries over them. */
export class BatchSession {
  readonly files: BatchFile[] = [];
  private rowsCache?: { rows: IssueRow[]; owners: BatchFile[] };

  constructor(
    readonly batchId: string,
    readonly root: string,
  ) {}

  /** Adds a validated (or failed) file; rows are recomputed on the next query. */
  add(file: BatchFile): void {
    this.files.push(file);
    this.rowsCache = undefined;
  }

  /** The files with a report, as the shared report builders take them, in batch order. */
  entries(): ReportEntry[] {
    return this.checked().map((f) => ({ file: f.name, report: f.report!, ...(f.document !== undefined ? { document: f.document } : {}) }));
  }

  private checked(): BatchFile[] {
    return this.files.filter((f) => f.report).sort((a, b) => a.id - b.id);
  }

  /** Every issue row of the batch and the file each came from (cached until a file is added). */
  private rows(): { rows: IssueRow[]; owners: BatchFile[] } {
    if (this.rowsCache) return this.rowsCache;
    const rows: IssueRow[] = [];
    const owners: BatchFile[] = [];
    for (const f of this.checked()) {
      for (const r of issueRows([{ file: f.name, report: f.report!, document: f.document }])) {
        rows.push(r);
        owners.push(f);
      }
    }
    return (this.rowsCache = { rows, owners });
  }

  /** The grouped summary (shared/report `summarize`, the same as the command line's). */
  summary(): BatchSummary {
    return summarize(this.entries());
  }

  /** Top rules × top agencies, by number of issues. */
  matrix(): RuleAgencyMatrix {
    const s = this.summary();
    const codes = s.byCode.slice(0, MATRIX_CODES).map((g) => g.key);
    const agencies = s.byAgency.slice(0, MATRIX_AGENCIES).map((g) => g.key);
    const cells = codes.map(() => agencies.map(() => 0));
    for (const r of this.rows().rows) {
      const i = codes.indexOf(r.code);
      const j = agencies.indexOf(r.agency);
      if (i >= 0 && j >= 0) cells[i][j]++;
    }
    return { codes, agencies, cells };
  }

  /** Records with the most errors (then warnings) across the batch. */
  worst(limit = WORST): WorstRecord[] {
    const { rows, owners } = this.rows();
    const by = new Map<string, WorstRecord & { firstSeverity: Severity }>();
    rows.forEach((r, n) => {
      if (r.record === undefined) return;
      const f = owners[n];
      const key = `${f.id}:${r.record}`;
      let w = by.get(key);
      if (!w) {
        const rec = recordsOf(f.document)[r.record];
        const maHoSo = rec ? keyOf(rec.record, 'MaHoSo') : undefined;
        w = {
          fileId: f.id,
          name: f.name,
          record: r.record,
          path: rec ? formatPath(rec.prefix) : '',
          agency: r.agency,
          ...(typeof maHoSo === 'string' && maHoSo ? { maHoSo } : {}),
          errors: 0,
          warnings: 0,
          firstPath: r.path,
          firstSeverity: r.severity,
        };
        by.set(key, w);
      }
      if (r.severity === 'error') w.errors++;
      if (r.severity === 'warning') w.warnings++;
      // Open lands on the record's first error, else its first issue.
      if (r.severity === 'error' && w.firstSeverity !== 'error') {
        w.firstPath = r.path;
        w.firstSeverity = 'error';
      }
    });
    return [...by.values()]
      .filter((w) => w.errors + w.warnings > 0)
      .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.fileId - b.fileId || a.record - b.record)
      .slice(0, limit)
      .map(({ firstSeverity: _s, ...w }) => w);
  }

  /** One page of the issues matching a filter, in batch order. */
  issues(filter: IssueFilter, offset: number, limit: number): { total: number; rows: BatchIssueRow[] } {
    const { rows, owners } = this.rows();
    const hits: number[] = [];
    rows.forEach((r, n) => {
      if (filter.code !== undefined && r.code !== filter.code) return;
      if (filter.agency !== undefined && r.agency !== filter.agency) return;
      if (filter.kind !== undefined && r.kind !== filter.kind) return;
      if (filter.service !== undefined && r.service !== filter.service) return;
      if (filter.fileId !== undefined && owners[n].id !== filter.fileId) return;
      if (filter.severity !== undefined && r.severity !== filter.severity) return;
      hits.push(n);
    });
    return {
      total: hits.length,
      rows: hits.slice(offset, offset + limit).map((n) => {
        const r = rows[n];
        return {
          ...r,
          fileId: owners[n].id,
          name: owners[n].name,
          segments: safeSegments(r.path),
        };
      }),
    };
  }

  /** Every record of the batch where `field` = `value` (shared/report `findRecords`). */
  records(field: string, value: string, limit: number): { total: number; hits: RecordHit[] } {
    const byName = new Map(this.checked().map((f) => [f.name, f]));
    const matches = findRecords(this.entries(), field, value);
    const issuesOf = new Map<string, number>();
    const { rows, owners } = this.rows();
    rows.forEach((r, n) => {
      if (r.record !== undefined) issuesOf.set(`${owners[n].id}:${r.record}`, (issuesOf.get(`${owners[n].id}:${r.record}`) ?? 0) + 1);
    });
    return {
      total: matches.length,
      hits: matches.slice(0, limit).map((m) => {
        const f = byName.get(m.file)!;
        const maHoSo = keyOf(m.value, 'MaHoSo');
        const agencyField = keyOf(m.value, 'Madonvi');
        const envelope = f.document && typeof f.document === 'object' && !Array.isArray(f.document) ? (f.document as Record<string, unknown>).madonvi : undefined;
        const agency = typeof agencyField === 'string' ? agencyField : typeof envelope === 'string' ? envelope : '';
        return {
          fileId: f.id,
          name: f.name,
          record: m.record,
          path: m.path,
          agency,
          ...(typeof maHoSo === 'string' && maHoSo ? { maHoSo } : {}),
          issues: issuesOf.get(`${f.id}:${m.record}`) ?? 0,
        };
      }),
    };
  }

  /** The distinct values of a field across the batch, most frequent first (for the value picker). */
  values(field: string, limit: number): { value: string; count: number }[] {
    return fieldValues(this.entries(), field).slice(0, limit);
  }

  /** The file rows of the triage screen. */
  fileRows(): BatchFileRow[] {
    return [...this.files]
      .sort((a, b) => a.id - b.id)
      .map((f) => {
        const r = f.report;
        const doc = f.document;
        const agencyValue = doc && typeof doc === 'object' && !Array.isArray(doc) ? ((doc as Record<string, unknown>).madonvi ?? (doc as Record<string, unknown>).Madonvi) : undefined;
        const syntax = r?.syntax;
        return {
          id: f.id,
          file: f.file,
          name: f.name,
          size: f.size,
          ...(r?.kind ? { kind: r.kind } : {}),
          ...(r?.service ?? r?.packetId ? { service: r?.service ?? r?.packetId } : {}),
          agency: typeof agencyValue === 'string' ? agencyValue : '',
          records: r?.recordCount ?? 0,
          counts: r ? { ...r.counts } : { error: 0, warning: 0, info: 0 },
          valid: r?.valid ?? false,
          ...(syntax ? { problem: { code: syntax.code, message: syntax.message, ...(f.failure ? {} : { line: syntax.line, column: syntax.column }) } } : {}),
          ...(r && !syntax && doc === undefined ? { noLookup: true } : {}),
          ...(r?.masked ? { masked: true } : {}),
        };
      });
  }
}

function safeSegments(path: string): PathSegment[] {
  try {
    return parsePath(path);
  } catch {
    return [];
  }
}
