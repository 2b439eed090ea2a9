/**
 * Messages between the renderer and its document Web Worker (renderer/workers/document.worker.ts).
 * One script serves three uses: opening a file (decode, parse, validate, with progress), validating
 * the text again as the user types, and — for a large document — keeping the text and the parsed
 * value on its side and answering record-level questions, so the UI thread never holds 100 MB.
 */
import type { Localized } from '../../shared/i18n/localized';
import type { PathSegment } from '../../shared/issues/issue';
import type { RecordLayout } from '../../shared/document/records';
import type { KindId } from '../../shared/spec/types';
import type { DocumentForm, ValidationReport } from '../../shared/validate/report';
import type { ProfileRef } from '../../shared/validate/profileRef';

export interface DecodedInfo {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
  lineEnding: 'lf' | 'crlf' | 'mixed' | 'none';
}

/** A record as a large document's worker describes it in a list (the tree's rows). */
export interface RecordSummary {
  index: number;
  /** The record's identifying value (MaHoSo, MATTHC… — the first required field of the record spec that is set). */
  key?: string;
  /** The wire name of that field. */
  keyField?: string;
}

/** One record of a large document, as written in the file. */
export interface RecordText {
  index: number;
  path: PathSegment[];
  /** The record's text exactly as in the file. */
  text: string;
  /** Where it starts in the file (UTF-16 offset, 1-based line). */
  offset: number;
  line: number;
  value: unknown;
}

export type WorkerRequest =
  | {
      type: 'open';
      id: number;
      source: { bytes: ArrayBuffer } | { text: string };
      kind?: KindId;
      /** The profile to validate with: a built-in by id, a user profile with its definition. */
      profile?: ProfileRef;
      /** Texts at least this long (UTF-16 code units) open in large-file mode. */
      largeThreshold: number;
    }
  | { type: 'validate'; id: number; text: string; kind?: KindId; profile?: ProfileRef }
  | { type: 'revalidate'; id: number; profile?: ProfileRef }
  | { type: 'record'; id: number; index: number }
  | { type: 'summaries'; id: number; from: number; count: number }
  | { type: 'text'; id: number };

export type WorkerReply =
  | { type: 'progress'; id: number; stage: 'reading' | 'parsing' | 'validating'; fraction: number | null }
  | {
      type: 'opened';
      id: number;
      decoded: DecodedInfo;
      /** The text (small documents only; a large one stays in the worker). */
      text?: string;
      large: boolean;
      /** UTF-16 length of the text. */
      length: number;
      /** Large documents: where the records are and how many, with the first summaries. */
      layout?: RecordLayout;
      summaries?: RecordSummary[];
      /** Large documents: the first record, so it shows before validation ends. */
      firstRecord?: RecordText | null;
      /** Large documents: the packet, its kind and the document's form, detected before validation finishes. */
      packetId?: string;
      kind?: KindId;
      form?: DocumentForm;
    }
  | { type: 'report'; id: number; report: ValidationReport }
  | { type: 'record'; id: number; record: RecordText | null }
  | { type: 'summaries'; id: number; summaries: RecordSummary[] }
  | { type: 'text'; id: number; text: string }
  | { type: 'error'; id: number; code: string; message: Localized };
