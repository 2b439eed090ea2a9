/** JSON report: the same facts as the HTML one, for machines; both languages of every message. */
import { vietnamTime } from './format';
import { issueRows } from './rows';
import { summarize, type BatchSummary } from './summary';
import { DEFAULT_APP_NAME, type ReportEntry, type ReportOptions } from './types';
import type { IssueRow } from './rows';

export interface JsonReport {
  format: 'qcvn120-validation-report';
  formatVersion: 1;
  app: { name: string; version: string };
  specVersion: string;
  profiles: string[];
  generatedAt: string;
  /** dd/MM/yyyy HH:mm, Asia/Ho_Chi_Minh. */
  generatedAtVietnam: string;
  masked: boolean;
  summary: BatchSummary;
  files: {
    file: string;
    kind?: string;
    packetId?: string;
    service?: string;
    form: string;
    valid: boolean;
    provisional: boolean;
    recordCount: number;
    counts: Record<string, number>;
    profile: { id: string; version: string };
    issues: Omit<IssueRow, 'file' | 'kind' | 'service'>[];
  }[];
}

/** Builds the JSON report object. */
export function buildJsonReport(entries: readonly ReportEntry[], options: ReportOptions): JsonReport {
  const m = options.masker;
  return {
    format: 'qcvn120-validation-report',
    formatVersion: 1,
    app: { name: options.meta.appName ?? DEFAULT_APP_NAME, version: options.meta.appVersion },
    specVersion: options.meta.specVersion,
    profiles: [...new Set(entries.map((e) => `${e.report.profile.id}@${e.report.profile.version}`))],
    generatedAt: new Date(options.meta.generatedAt).toISOString(),
    generatedAtVietnam: vietnamTime(options.meta.generatedAt),
    masked: !!m,
    summary: summarize(entries, options),
    files: entries.map((e) => {
      const file = m ? m.scrub(e.file) : e.file;
      const r = e.report;
      return {
        file,
        ...(r.kind ? { kind: r.kind } : {}),
        ...(r.packetId ? { packetId: r.packetId } : {}),
        ...(r.service ? { service: r.service } : {}),
        form: r.form,
        valid: r.valid,
        provisional: r.provisional,
        recordCount: r.recordCount,
        counts: { ...r.counts },
        profile: r.profile,
        issues: issueRows([e], options).map(({ file: _f, kind: _k, service: _s, ...rest }) => rest),
      };
    }),
  };
}

/** The JSON report as text (2-space indentation). */
export function toJsonReport(entries: readonly ReportEntry[], options: ReportOptions): string {
  return JSON.stringify(buildJsonReport(entries, options), null, 2) + '\n';
}
