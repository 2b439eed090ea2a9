/**
 * What every part of the form needs, given once by the Form view: the spec under the active
 * profile, the issue index, the edit actions (all with source 'form', each one undo step), the
 * shared selection and where to say that an edit was refused.
 */
import { createContext, useContext } from 'react';
import type { IssueIndex } from '../../../../shared/document/issueIndex';
import type { Localized } from '../../../../shared/i18n/localized';
import type { PathSegment, QuickFix } from '../../../../shared/issues/issue';
import type { RecordSpec } from '../model/recordSpec';
import type { Selection } from '../model/types';

export interface FormApi {
  spec: RecordSpec;
  readOnly: boolean;
  issues: IssueIndex;
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

const Ctx = createContext<FormApi | undefined>(undefined);
const SelectionCtx = createContext<Selection | undefined>(undefined);

export const FormProvider = Ctx.Provider;
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
