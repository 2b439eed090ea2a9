/**
 * Registers the Form view with the editor's view switch (renderer/features/editor/views.ts).
 */
import type { EditorViewDefinition } from '../views';
import { FormView } from './FormView';

/** The Form: for a document that parses (and, read-only, a large one record by record). */
export const view: EditorViewDefinition = {
  id: 'form',
  label: 'Form',
  order: 10,
  component: FormView,
  available: (doc) => Boolean(doc.large) || doc.parse.state === 'ok',
};
