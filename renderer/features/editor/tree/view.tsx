/**
 * Registers the Tree view with the editor's view switch (renderer/features/editor/views.ts).
 */
import type { EditorViewDefinition } from '../views';
import { TreeView } from './TreeView';

/** The Tree: shown for any document that parses, and for large documents (record by record). */
export const view: EditorViewDefinition = {
  id: 'tree',
  label: 'Tree',
  order: 20,
  component: TreeView,
  available: (doc) => Boolean(doc.large) || doc.parse.state === 'ok',
};
