/**
 * The JSON view's own handlers of Find (Monaco's find widget) and Format (Monaco's formatter,
 * whose edits go to the store like typing), registered while the editor is mounted.
 */
import { registerCommandHandlers } from '../commands/bus';
import type { monaco } from './monacoSetup';

/** Registers the editor's Find and Format; returns the function that removes them. */
export function registerJsonEditor(editor: monaco.editor.IStandaloneCodeEditor): () => void {
  return registerCommandHandlers({
    find: () => {
      editor.focus();
      void editor.getAction('actions.find')?.run();
    },
    formatDocument: () => {
      editor.focus();
      // Monaco refuses to format a read-only model by itself.
      void editor.getAction('editor.action.formatDocument')?.run();
    },
  });
}
