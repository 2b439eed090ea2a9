/**
 * The contract of the core's main entry point, `validateText` / `validateValue` in
 * `shared/validate/validate.ts` (re-exported by `shared/index.ts`). The CLI, the web host,
 * Electron, the worker and the renderer all consume this shape.
 */
import type { Localized } from '../i18n/localized';
import type { Issue, Severity } from '../issues/issue';
import type { KindId } from '../spec/types';
import type { Profile } from './profileTypes';

/** How the document is laid out (spec/README.md "Documents a user opens"). */
export type DocumentForm = 'envelope' | 'array' | 'record' | 'reply' | 'unknown';

/** A suggested repair of a paste fault; shown to the user, never applied silently. */
export interface Repair {
  /** e.g. `repair.trailing-comma`, `repair.equals-for-colon`, `repair.smart-quotes`, `repair.comments`. */
  code: string;
  title: Localized;
  description: Localized;
  /** Text edits, in document offsets, that make the text parse (non-overlapping, ascending). */
  edits: { offset: number; length: number; text: string }[];
  /** How many places the repair touches. */
  count: number;
}

/** A JSON syntax error, located. */
export interface SyntaxProblem {
  code: string;
  message: Localized;
  offset: number;
  line: number;
  column: number;
}

export interface ValidateOptions {
  /** Force the kind (CLI `--kind`); detection otherwise. */
  kind?: KindId;
  /** Force the packet (e.g. `LayThuTuc.response`). */
  packetId?: string;
  /** The profile to apply; default the built-in `strict`. */
  profile?: Profile;
  /** The paired request of a reply (for rules such as c.4-1). */
  request?: unknown;
  /** Compute line/column/range of every issue (default true for validateText). */
  locate?: boolean;
  /** Called with a fraction 0..1 during long runs; return false to cancel. */
  onProgress?: (fraction: number) => boolean | void;
}

export interface ValidationReport {
  kind?: KindId;
  packetId?: string;
  service?: string;
  form: DocumentForm;
  /** The definition behind the kind is a reconstruction (PAKN): say so wherever shown. */
  provisional: boolean;
  recordCount: number;
  issues: Issue[];
  counts: Record<Severity, number>;
  /** No issue of severity `error` (syntax errors included). */
  valid: boolean;
  /** Present when the text is not JSON. */
  syntax?: SyntaxProblem;
  /** Suggested repairs of paste faults (trailing commas, comments, smart quotes, `=` for `:`). */
  repairs: Repair[];
  profile: { id: string; version: string };
  /** The document carries the masking mark (shared/mask): show it, never send it to production. */
  masked?: boolean;
  /** Set when validation was cancelled through onProgress. */
  cancelled?: boolean;
}
