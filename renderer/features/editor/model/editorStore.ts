/**
 * The editor's store: every open document, the active one, and the actions every view uses.
 * Each action becomes a minimal text edit recorded in the document's one undo history
 * (shared/document/history.ts), so the Form, the Tree and the JSON editor never disagree and
 * Ctrl+Z undoes whatever happened last, wherever it happened. Validation runs after each change,
 * debounced, off the UI thread; a result older than the one shown is discarded.
 */
import { EditHistory, type EditSource, type FileFormat } from '../../../../shared/document/history';
import { EMPTY_ISSUE_INDEX, IssueIndex } from '../../../../shared/document/issueIndex';
import { fixChange } from '../../../../shared/document/fixPreview';
import { applyChange, duplicateItemEdit, insertItemEdit, moveItemEdit, sortedEdits, withoutNoOps, type TextEdit } from '../../../../shared/document/textEdits';
import type { Localized } from '../../../../shared/i18n/localized';
import { formatPath, type Issue, type PathSegment, type QuickFix } from '../../../../shared/issues/issue';
import { removeValueEdit } from '../../../../shared/parse/edits';
import { setValueEditInJson } from '../../../../shared/parse/validJsonEdits';
import type { Repair, ValidationReport } from '../../../../shared/validate/report';
import { localize } from '../../../i18n/dictionary';
import { Derived } from './derived';
import { ProgressBoard } from './progressBoard';
import type { LargeHandle, OpenInput, StoreDeps } from './storeInputs';
import { validationDelay } from './storeInputs';

export type { LargeHandle, OpenInput, StoreDeps } from './storeInputs';
export { validationDelay } from './storeInputs';
export { PROGRESS_MS } from './progressBoard';
import { changeSnapshot, makeSnapshot } from './snapshot';
import type { DocumentFileInfo, EditResult, EditorDocument, EditorState, LargeDocumentAccess, Selection, SelectionSource, TextChangeEvent } from './types';

interface Entry {
  doc: EditorDocument;
  history: EditHistory;
  /** The encoding and BOM the file has on disk (dirty when the document's differ). */
  savedFormat: FileFormat;
  large?: LargeHandle;
  timer?: unknown;
  running: boolean;
  rerun: boolean;
  closed: boolean;
  /** The report shown was made with another profile than the current one (the next run replaces it, same text or not). */
  profileStale?: boolean;
}

const fail = (reason: Localized): EditResult => ({ ok: false, reason });
const OK: EditResult = { ok: true };

let selectionSeq = 0;

/** The store of open documents. */
export class EditorStore {
  private entries = new Map<string, Entry>();
  private order: string[] = [];
  private activeId?: string;
  private state: EditorState;
  private listeners = new Set<() => void>();
  private textListeners = new Set<(e: TextChangeEvent) => void>();
  private nextId = 1;
  private readonly progress: ProgressBoard;
  private heavy = false;

  constructor(
    private readonly deps: StoreDeps,
    private profileId = 'strict',
  ) {
    this.state = { documents: [], profileId };
    this.progress = new ProgressBoard(deps);
  }

  // ----- observation -----

  getState = (): EditorState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Text changes with their edits, for views that mirror the text (Monaco). Called synchronously. */
  onTextChange(listener: (e: TextChangeEvent) => void): () => void {
    this.textListeners.add(listener);
    return () => this.textListeners.delete(listener);
  }

  private publish(changed?: Entry): void {
    this.state = { documents: this.order.map((id) => this.entries.get(id)!.doc), activeId: this.activeId, profileId: this.profileId };
    this.heavy = Boolean(changed?.large);
    for (const l of [...this.listeners]) l();
    this.heavy = false;
  }

  /**
   * While listeners are told of a change: whether it is a change of a large document (a report of
   * thousands of issues, a selection in another record), which views should render in React's
   * interruptible time rather than at once.
   */
  get changeIsHeavy(): boolean {
    return this.heavy;
  }

  /** A document by id (the active one by default). */
  document(id = this.activeId): EditorDocument | undefined {
    return id ? this.entries.get(id)?.doc : undefined;
  }

  // ----- documents -----

  /** Adds a document and makes it active; returns its id. */
  open(input: OpenInput): string {
    const id = `doc-${this.nextId++}`;
    const report = input.report;
    const derived = new Derived(input.text, input.large?.layout);
    const savedText = input.savedText ?? input.text;
    const doc = makeSnapshot(
      {
        id,
        info: input.info,
        text: input.text,
        version: 0,
        savedText,
        dirty: savedText !== input.text,
        report,
        reportVersion: report ? 0 : -1,
        issues: report ? new IssueIndex(report.issues) : EMPTY_ISSUE_INDEX,
        validating: input.validating ?? !report,
        large: input.large,
        packetId: report ? report.packetId : input.detected?.packetId,
        kind: report ? report.kind : input.detected?.kind,
        form: report?.form ?? input.detected?.form ?? 'unknown',
        provisional: report?.provisional ?? false,
        masked: report?.masked ?? false,
        canUndo: false,
        canRedo: false,
        readOnly: Boolean(input.large),
        opening: input.opening,
      },
      derived,
    );
    const savedFormat = { encoding: input.info.encoding, bom: input.info.bom };
    const entry: Entry = { doc, history: new EditHistory(), savedFormat, large: input.large, running: false, rerun: false, closed: false };
    this.entries.set(id, entry);
    this.order.push(id);
    this.activeId = id;
    if (!report && !input.large) this.schedule(entry, 0);
    this.publish();
    return id;
  }

  /** Closes a document (the caller asked about unsaved changes first). */
  close(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.closed = true;
    if (entry.timer !== undefined) this.deps.clearTimer(entry.timer);
    entry.large?.dispose();
    this.progress.set(id, undefined);
    this.entries.delete(id);
    const at = this.order.indexOf(id);
    this.order.splice(at, 1);
    if (this.activeId === id) this.activeId = this.order[Math.min(at, this.order.length - 1)];
    this.publish();
  }

  activate(id: string): void {
    if (!this.entries.has(id) || this.activeId === id) return;
    this.activeId = id;
    this.publish();
  }

  /** Moves a tab to another position. */
  reorder(id: string, to: number): void {
    const from = this.order.indexOf(id);
    if (from < 0 || to < 0 || to >= this.order.length || from === to) return;
    this.order.splice(from, 1);
    this.order.splice(to, 0, id);
    this.publish();
  }

  /** After a save: new identity (name, path, origin) and the saved text; the next typing starts a new undo step. */
  markSaved(id: string, info: Partial<DocumentFileInfo>, savedText: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.history.seal();
    const saved = { ...entry.doc.info, ...info };
    entry.savedFormat = { encoding: saved.encoding, bom: saved.bom };
    this.update(entry, { info: saved, savedText, dirty: entry.doc.text !== savedText });
  }

  /**
   * Changes how the document is written at the next save (a UTF-16 file converted to UTF-8 on
   * request, issue 6 §5): the text stays as it is, the document becomes unsaved, and Undo returns
   * to the former encoding like any other change.
   */
  setEncoding(id: string, encoding: DocumentFileInfo['encoding'], bom: boolean): EditResult {
    const entry = this.entries.get(id);
    if (!entry) return fail(localize('edit.noDocument'));
    const { info } = entry.doc;
    if (info.encoding === encoding && info.bom === bom) return OK;
    // Large-file mode has no undo (read-only text); the change still applies to the next "Save as".
    if (!entry.doc.readOnly) entry.history.recordFormat({ encoding: info.encoding, bom: info.bom }, { encoding, bom }, { source: 'encoding', label: localize('edit.encoding', { encoding: encoding.toUpperCase() }), at: this.deps.now() });
    this.applyFormat(entry, { encoding, bom });
    return OK;
  }

  /** A large document's report arrived (or progressed). */
  setReport(id: string, report: ValidationReport, version = this.entries.get(id)?.doc.version ?? 0): void {
    const entry = this.entries.get(id);
    if (!entry || version < entry.doc.reportVersion) return;
    this.acceptReport(entry, report, version);
  }

  /** The first report of a document opened before its validation finished; the opening is over. */
  opened(id: string, report: ValidationReport): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.setProgress(id, undefined);
    this.acceptReport(entry, report, entry.doc.version);
    this.update(entry, { opening: undefined });
  }

  /** Progress of a long validation (0..1, null when unknown; undefined: none runs), kept apart from the snapshots (progressBoard.ts). */
  setProgress(id: string, progress: number | null | undefined): void {
    this.progress.set(id, progress);
  }

  /** The progress of a document's long validation, if one runs. */
  progressOf(id: string): number | null | undefined {
    return this.progress.get(id);
  }

  /** Listens to progress changes (throttled). */
  subscribeProgress = (listener: () => void): (() => void) => this.progress.subscribe(listener);

  /**
   * Validation profile for every document; each is validated again. `again`: also when the id is
   * the same, because its definition changed (a user profile listed late or imported anew).
   */
  setProfile(profileId: string, again = false): void {
    if (profileId === this.profileId && !again) return;
    this.profileId = profileId;
    for (const entry of this.entries.values()) {
      if (entry.large) this.revalidateLarge(entry);
      else {
        entry.profileStale = true;
        this.schedule(entry, 0);
      }
    }
    this.publish();
  }

  get profile(): string {
    return this.profileId;
  }

  // ----- edits -----

  /** Sets the value at a path (creating the key when absent): form fields, tree edits, quick fixes. */
  setValue(path: readonly PathSegment[], value: unknown, source: EditSource, id?: string): EditResult {
    // structural() runs it only on text that parsed: the fast scanner finds the value (no syntax tree of a 1.2 MB batch).
    return this.structural(id, (text) => setValueEditInJson(text, path, value), source, path, localize('edit.set', { path: formatPath(path) }));
  }

  /** Removes the key or array item at a path. */
  remove(path: readonly PathSegment[], source: EditSource, id?: string): EditResult {
    return this.structural(id, (text) => removeValueEdit(text, path), source, path, localize('edit.remove', { path: formatPath(path) }));
  }

  /** Inserts `value` into the array at `arrayPath` before `index` (index = length appends). */
  insert(arrayPath: readonly PathSegment[], index: number, value: unknown, source: EditSource, id?: string): EditResult {
    const at = [...arrayPath, index];
    return this.structural(id, (text) => insertItemEdit(text, arrayPath, index, value), source, at, localize('edit.insert', { path: formatPath(at) }));
  }

  /** Moves item `from` of the array at `arrayPath` to position `to`, as written. */
  move(arrayPath: readonly PathSegment[], from: number, to: number, source: EditSource, id?: string): EditResult {
    const at = [...arrayPath, from];
    return this.structural(id, (text) => moveItemEdit(text, arrayPath, from, to), source, at, localize('edit.move', { path: formatPath(at), to }));
  }

  /** Inserts a copy of item `index` right after it, as written. */
  duplicate(arrayPath: readonly PathSegment[], index: number, source: EditSource, id?: string): EditResult {
    const at = [...arrayPath, index];
    return this.structural(id, (text) => duplicateItemEdit(text, arrayPath, index), source, at, localize('edit.duplicate', { path: formatPath(at) }));
  }

  /** Applies a quick fix of an issue (after the user saw its preview). */
  applyFix(fix: QuickFix, id?: string): EditResult {
    const entry = this.editable(id);
    if ('reason' in entry) return entry;
    const change = fixChange(entry.doc.text, fix.edits);
    if (!change) return fail(localize('edit.fixStale'));
    return this.commit(entry, change, 'fix', fix.title);
  }

  /** Applies a suggested repair of a paste fault (edits relative to the current text). */
  applyRepair(repair: Pick<Repair, 'edits' | 'title'>, id?: string): EditResult {
    const entry = this.editable(id);
    if ('reason' in entry) return entry;
    if (!sortedEdits(entry.doc.text, repair.edits)) return fail(localize('edit.fixStale'));
    return this.commit(entry, repair.edits, 'repair', repair.title);
  }

  /** Text edits from the JSON editor (relative to the current text); typing bursts coalesce into one undo step. */
  applyTextEdits(edits: readonly TextEdit[], source: EditSource = 'json', id?: string): EditResult {
    const entry = this.editable(id);
    if ('reason' in entry) return entry;
    if (!sortedEdits(entry.doc.text, edits)) return fail(localize('edit.outOfRange'));
    return this.commit(entry, edits, source, undefined, source === 'json');
  }

  /** Replaces the whole text (restore, line-ending normalisation) as one undoable change. */
  replaceText(text: string, source: EditSource, label?: Localized, id?: string): EditResult {
    const entry = this.editable(id);
    if ('reason' in entry) return entry;
    return this.commit(entry, [{ offset: 0, length: entry.doc.text.length, text }], source, label);
  }

  undo(id?: string): EditResult {
    return this.travel(id, 'undo');
  }

  redo(id?: string): EditResult {
    return this.travel(id, 'redo');
  }

  // ----- selection -----

  /** Selects a path; every view follows (the source view does not react to its own selection). */
  select(path: readonly PathSegment[], source: SelectionSource, issue?: Issue, id?: string): void {
    const entry = this.entries.get(id ?? this.activeId ?? '');
    if (!entry) return;
    const selection: Selection = { path: [...path], source, issue, seq: ++selectionSeq };
    // Moving elsewhere ends a typing burst, as in any editor.
    if (source !== 'json') entry.history.seal();
    this.update(entry, { selection });
  }

  // ----- internals -----

  private editable(id: string | undefined): Entry | EditResult & { ok: false } {
    const entry = this.entries.get(id ?? this.activeId ?? '');
    if (!entry) return { ok: false, reason: localize('edit.noDocument') };
    if (entry.doc.readOnly) return { ok: false, reason: localize('edit.readOnly') };
    return entry;
  }

  private structural(id: string | undefined, make: (text: string) => TextEdit | undefined, source: EditSource, path: readonly PathSegment[], label: Localized): EditResult {
    const entry = this.editable(id);
    if ('reason' in entry) return entry;
    if (entry.doc.parse.state !== 'ok') return fail(localize('edit.notJson'));
    const edit = make(entry.doc.text);
    if (!edit) return fail(localize('edit.impossible', { path: formatPath(path) || '""' }));
    return this.commit(entry, [edit], source, label);
  }

  private commit(entry: Entry, rawEdits: readonly TextEdit[], source: EditSource, label?: Localized, coalesce = false): EditResult {
    const before = entry.doc.text;
    const edits = withoutNoOps(before, rawEdits);
    if (edits.length === 0) return OK;
    entry.history.record(before, edits, { source, label, coalesce, at: this.deps.now() });
    const text = applyChange(before, edits);
    this.changeText(entry, text, edits, source);
    return OK;
  }

  private changeText(entry: Entry, text: string, edits: TextEdit[], source: EditSource): void {
    const version = entry.doc.version + 1;
    this.update(entry, { text, version, dirty: this.isDirty(entry, text, entry.doc.info), canUndo: entry.history.canUndo, canRedo: entry.history.canRedo, validating: true }, false);
    for (const l of [...this.textListeners]) l({ docId: entry.doc.id, edits, version, source });
    this.schedule(entry, validationDelay(text.length));
    this.publish();
  }

  private travel(id: string | undefined, way: 'undo' | 'redo'): EditResult {
    const entry = this.editable(id);
    if ('reason' in entry) return entry;
    const step = way === 'undo' ? entry.history.undo() : entry.history.redo();
    if (!step) return fail(localize(way === 'undo' ? 'edit.nothingToUndo' : 'edit.nothingToRedo'));
    if (step.format) this.applyFormat(entry, step.format);
    let text = entry.doc.text;
    for (const change of step.changes) {
      const next = applyChange(text, change);
      this.changeText(entry, next, change, 'history');
      text = next;
    }
    return OK;
  }

  /** Unsaved: the text or the file format differ from what is on disk. */
  private isDirty(entry: Entry, text: string, info: DocumentFileInfo): boolean {
    return text !== entry.doc.savedText || info.encoding !== entry.savedFormat.encoding || info.bom !== entry.savedFormat.bom;
  }

  private applyFormat(entry: Entry, format: FileFormat): void {
    const info = { ...entry.doc.info, encoding: format.encoding as DocumentFileInfo['encoding'], bom: format.bom };
    this.update(entry, { info, dirty: this.isDirty(entry, entry.doc.text, info), canUndo: entry.history.canUndo, canRedo: entry.history.canRedo });
  }

  private update(entry: Entry, patch: Parameters<typeof changeSnapshot>[1], publish = true): void {
    entry.doc = changeSnapshot(entry.doc, patch);
    if (publish) this.publish(entry);
  }

  private acceptReport(entry: Entry, report: ValidationReport, version: number): void {
    const current = version === entry.doc.version;
    this.update(entry, {
      report,
      reportVersion: version,
      issues: new IssueIndex(report.issues),
      validating: !current || entry.running || entry.timer !== undefined,
      packetId: report.packetId,
      kind: report.kind,
      form: report.form,
      provisional: report.provisional,
      masked: report.masked ?? false,
    });
  }

  private schedule(entry: Entry, delay: number): void {
    if (entry.large || entry.closed) return;
    if (entry.timer !== undefined) this.deps.clearTimer(entry.timer);
    entry.timer = this.deps.setTimer(() => {
      entry.timer = undefined;
      this.runValidation(entry);
    }, delay);
  }

  private runValidation(entry: Entry): void {
    if (entry.closed) return;
    if (entry.running) {
      entry.rerun = true;
      return;
    }
    entry.running = true;
    const { text, version } = entry.doc;
    const profileId = this.profileId;
    const done = () => {
      entry.running = false;
      if (entry.rerun && !entry.closed) {
        entry.rerun = false;
        this.runValidation(entry);
      }
    };
    this.deps.validate(text, this.profileId).then(
      (report) => {
        done();
        // A result older than the one shown is discarded; a newer one is shown even if the text moved on.
        // The same text checked with a newly chosen profile replaces the report too.
        const newProfile = entry.profileStale && version === entry.doc.reportVersion && profileId === this.profileId;
        if (!entry.closed && (version > entry.doc.reportVersion || newProfile)) {
          if (profileId === this.profileId) entry.profileStale = false;
          this.acceptReport(entry, report, version);
        } else if (!entry.closed && version === entry.doc.version) this.update(entry, { validating: entry.running });
      },
      () => {
        done();
        if (!entry.closed) this.update(entry, { validating: entry.running || entry.timer !== undefined });
      },
    );
  }

  private revalidateLarge(entry: Entry): void {
    const large = entry.large!;
    const version = entry.doc.version;
    this.update(entry, { validating: true }, false);
    this.setProgress(entry.doc.id, 0);
    const done = () => this.setProgress(entry.doc.id, undefined);
    large.revalidate(this.profileId, (f) => !entry.closed && this.setProgress(entry.doc.id, f)).then(
      (report) => {
        done();
        if (!entry.closed) this.acceptReport(entry, report, version);
      },
      () => {
        done();
        if (!entry.closed) this.update(entry, { validating: false });
      },
    );
  }
}
