/**
 * What the status bar and the progress panel know about a document (the editor's full model is
 * renderer/features/editor/model).
 */
import type { ValidationReport } from '../../../shared/validate/report';
import type { DocumentFileInfo } from '../editor/model/types';

/** The file facts of a document (the editor model's) with its text. */
export interface DocumentInfo extends DocumentFileInfo {
  text: string;
}

export interface LoadedDocument {
  doc: DocumentInfo;
  /** Absent while the first validation of a large document runs. */
  report?: ValidationReport;
}

/** A document being read or validated; `progress` null while the size of the work is unknown. */
export interface BusyState {
  name: string;
  stage: 'reading' | 'validating';
  progress: number | null;
  cancel(): void;
}

/** A job id for `documents:validate` (letters, digits, - and _). */
export function newJobId(): string {
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** UTF-8 size of a text (for pasted text and templates). */
export function utf8Size(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}
