/**
 * The editor's document model, as every view sees it (README.md in this folder). The text is the
 * source of truth; everything else — the parsed value, the syntax tree, the issues by path, the
 * record layout — is derived from it, lazily and once per version.
 */
import type { IssueIndex } from '../../../../shared/document/issueIndex';
import type { RecordLayout } from '../../../../shared/document/records';
import type { EditSource } from '../../../../shared/document/history';
import type { Localized } from '../../../../shared/i18n/localized';
import type { Issue, PathSegment } from '../../../../shared/issues/issue';
import type { JsonTree } from '../../../../shared/parse/tree';
import type { KindId } from '../../../../shared/spec/types';
import type { DocumentForm, Repair, SyntaxProblem, ValidationReport } from '../../../../shared/validate/report';
import type { RecordSummary, RecordText } from '../../../workers/protocol';

export type { EditSource };

/** Where the document came from: decides what "Save" does. */
export type DocumentOrigin = 'host' | 'browser' | 'paste' | 'template' | 'recovery';

/** The file facts of a document. */
export interface DocumentFileInfo {
  name: string;
  /** The host's path (absolute in Electron, workspace-relative in the web host); absent for browser files, pastes and templates. */
  path?: string;
  origin: DocumentOrigin;
  /** Size in bytes when read (UTF-8 size for pastes and templates). */
  size: number;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
  lineEnding: 'lf' | 'crlf' | 'mixed' | 'none';
}

/** The parse of the current text. */
export type ParseState =
  | { state: 'ok'; value: unknown }
  | { state: 'syntax'; syntax: SyntaxProblem; repairs: Repair[] }
  /** Large-file mode: the value lives in the worker; ask `large.record(i)`. */
  | { state: 'large' };

/** Who moved the selection: the issues panel, the tree, the form or the JSON editor's cursor. */
export type SelectionSource = 'issues' | 'tree' | 'form' | 'json';

export interface Selection {
  path: PathSegment[];
  source: SelectionSource;
  /** The issue that was clicked, when the selection came from one. */
  issue?: Issue;
  /** Increases on every select(), so selecting the same path again still reveals it. */
  seq: number;
}

/**
 * Record-level access to a large document (issue 4 §7): the text and the value stay in the worker;
 * views ask for what they show. Everything here is read-only.
 */
export interface LargeDocumentAccess {
  layout: RecordLayout;
  /** Summaries of records [from, from + count) for a list or tree. */
  getRecordSummaries(from: number, count: number): Promise<RecordSummary[]>;
  /** Record `index` as written in the file, with its parsed value. */
  getRecord(index: number): Promise<RecordText | null>;
  /** The whole text (for Save as); slow for 100 MB, only on an explicit action. */
  getText(): Promise<string>;
  /** What large-file mode turned off, for the on-screen notice. */
  turnedOff: Localized[];
}

/** One open document. */
export interface EditorDocument {
  id: string;
  info: DocumentFileInfo;
  /** The source of truth ('' in large-file mode, where the text stays in the worker). */
  text: string;
  /** Increases with every change of the text. */
  version: number;
  /** The text as last saved or opened (dirty when different). */
  savedText: string;
  dirty: boolean;
  /** Parse of the current text (lazy, once per version). */
  readonly parse: ParseState;
  /** jsonc-parser's tolerant tree of the current text (lazy; undefined in large mode). */
  readonly tree: JsonTree | undefined;
  /** Where the records are (lazy). */
  readonly layout: RecordLayout;
  /** Latest validation report, and the version of the text it belongs to (-1: none yet). */
  report?: ValidationReport;
  reportVersion: number;
  /** Issues of `report` by path (rolled up to records). */
  issues: IssueIndex;
  /** A validation of a newer version is pending or running (its progress: `useProgress`). */
  validating: boolean;
  /** Large-file mode and its record-level access. */
  large?: LargeDocumentAccess;
  /** Detected by the latest report. */
  packetId?: string;
  kind?: KindId;
  form: DocumentForm;
  provisional: boolean;
  /** The document carries the masking mark (shared/mask). */
  masked: boolean;
  selection?: Selection;
  canUndo: boolean;
  canRedo: boolean;
  readOnly: boolean;
  /** Set while a large document's first validation runs: cancelling it cancels the opening. */
  opening?: { cancel(): void };
}

/** Why an action did nothing, for the user. */
export type EditResult = { ok: true } | { ok: false; reason: Localized };

/** A change of a document's text, for views that mirror the text (the JSON editor). */
export interface TextChangeEvent {
  docId: string;
  /** Edits relative to the text before this change. */
  edits: { offset: number; length: number; text: string }[];
  version: number;
  source: EditSource;
}

export interface EditorState {
  documents: EditorDocument[];
  activeId?: string;
  profileId: string;
}
