/**
 * What every part of the form needs, given once by the Form view: the spec under the active
 * profile, the issue index, the edit actions (all with source 'form', each one undo step), the
 * shared selection and where to say that an edit was refused.
 */
import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import type { IssueIndex } from '../../../../shared/document/issueIndex';
import type { Localized } from '../../../../shared/i18n/localized';
import type { Issue, PathSegment, QuickFix } from '../../../../shared/issues/issue';
import type { RecordSpec } from '../model/recordSpec';
import type { Selection } from '../model/types';

/** The form's actions: stable for the life of the view (they read the document through refs). */
export interface FormActions {
  /** The current document text (for quick-fix previews; read when shown, so the API stays stable while typing). */
  text(): string;
  set(path: readonly PathSegment[], value: unknown): boolean;
  remove(path: readonly PathSegment[]): boolean;
  insert(arrayPath: readonly PathSegment[], index: number, value: unknown): boolean;
  move(arrayPath: readonly PathSegment[], from: number, to: number): boolean;
  duplicate(arrayPath: readonly PathSegment[], index: number): boolean;
  applyFix(fix: QuickFix): boolean;
  /** A field got the focus: select it for the other views (unless the form moved the focus itself). */
  focused(path: readonly PathSegment[]): void;
  /** Says why an edit did nothing. */
  problem(reason: Localized): void;
  /** Shows a path (opens what hides it, scrolls to it, focuses its input) and selects it for the other views. */
  reveal(path: readonly PathSegment[]): void;
}

/** The actions and what they act with: the spec under the active profile, read-only. */
export interface FormApi extends FormActions {
  spec: RecordSpec;
  readOnly: boolean;
}

/**
 * The issues of the latest report, as a small store: a new report redraws only the fields whose
 * own issues changed (a dossier record is some seventy inputs; redrawing all of them after each
 * check would be felt while typing).
 */
export class IssueSource {
  private listeners = new Set<() => void>();
  constructor(public index: IssueIndex) {}
  set(index: IssueIndex): void {
    if (index === this.index) return;
    this.index = index;
    for (const l of [...this.listeners]) l();
  }
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const NO_ISSUES: Issue[] = [];

/** Same issues, as the field shows them (a new report makes new objects for unchanged issues). */
function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.code !== y.code || x.severity !== y.severity || x.message.vi !== y.message.vi || x.message.en !== y.message.en || x.hint?.vi !== y.hint?.vi) return false;
    if (JSON.stringify(x.fix?.edits) !== JSON.stringify(y.fix?.edits)) return false;
  }
  return true;
}

const Ctx = createContext<FormApi | undefined>(undefined);
const IssuesCtx = createContext<IssueSource | undefined>(undefined);
const ActionsCtx = createContext<FormActions | undefined>(undefined);
const SelectionCtx = createContext<Selection | undefined>(undefined);

export const FormProvider = Ctx.Provider;
/** The issues of the latest report (a stable source; see IssueSource). */
export const FormIssuesProvider = IssuesCtx.Provider;
/** The stable actions alone: parts that must not redraw when the issues change use these and props. */
export const FormActionsProvider = ActionsCtx.Provider;
/** The shared selection, apart from the API so that a new selection re-renders only what opens for it. */
export const FormSelectionProvider = SelectionCtx.Provider;

/** The shared selection of the document. */
export function useFormSelection(): Selection | undefined {
  return useContext(SelectionCtx);
}

/** The form's shared services. */
export function useForm(): FormApi {
  const api = useContext(Ctx);
  if (!api) throw new Error('useForm outside FormProvider');
  return api;
}

/** The form's stable actions. */
export function useFormActions(): FormActions {
  const actions = useContext(ActionsCtx);
  if (!actions) throw new Error('useFormActions outside FormActionsProvider');
  return actions;
}

function useSource(): IssueSource {
  const source = useContext(IssuesCtx);
  if (!source) throw new Error('form issues outside FormIssuesProvider');
  return source;
}

/** The issues exactly at a path; the caller redraws only when they change. */
export function useIssuesAt(key: string): Issue[] {
  const source = useSource();
  const last = useRef<Issue[]>(NO_ISSUES);
  const read = () => {
    const next = source.index.at(key);
    if (sameIssues(next, last.current)) return last.current;
    last.current = next.length ? next : NO_ISSUES;
    return last.current;
  };
  return useSyncExternalStore(source.subscribe, read);
}

/** The whole issue index (the caller redraws on every report: for the few parts that sum up). */
export function useFormIssues(): IssueIndex {
  const source = useSource();
  return useSyncExternalStore(source.subscribe, () => source.index);
}
