/**
 * What the report builders take: one entry per validated file, the versions a report must state,
 * and the options (language, masking).
 */
import type { Lang } from '../i18n/localized';
import type { Masker } from '../mask/masker';
import type { ValidationReport } from '../validate/report';

/** One validated file of a batch. */
export interface ReportEntry {
  /** File name or path as the user knows it. */
  file: string;
  report: ValidationReport;
  /** The parsed document, when available: gives the agency and the record lookups. */
  document?: unknown;
}

/** The versions and time every report states (issue 6 "Reports"). */
export interface ReportMeta {
  appName?: string;
  appVersion: string;
  /** Version of the packet reference the spec data was built from. */
  specVersion: string;
  /** When the report was made, epoch milliseconds; shown as dd/MM/yyyy HH:mm, Asia/Ho_Chi_Minh. */
  generatedAt: number;
}

export interface ReportOptions {
  meta: ReportMeta;
  /** Language of the report text (default Vietnamese); the HTML report shows both when `bilingual`. */
  lang?: Lang;
  /**
   * Mask everything that leaves through the report (file names, messages, paths, agencies):
   * the batch's masker, which should have learnt every document first.
   */
  masker?: Masker;
}

export const DEFAULT_APP_NAME = 'QCVN 120 Packet Studio';
