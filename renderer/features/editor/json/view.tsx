/**
 * The JSON view's registration in the view switch (views.ts): Monaco over the whole text, or, in
 * large-file mode, one record at a time.
 */
import type { EditorViewDefinition, EditorViewProps } from '../views';
import { LargeRecordView } from '../large/LargeRecordView';
import { JsonEditor } from './JsonEditor';

function JsonView({ doc }: EditorViewProps) {
  return doc.large ? <LargeRecordView doc={doc} /> : <JsonEditor key={doc.id} doc={doc} />;
}

export const view: EditorViewDefinition = { id: 'json', label: 'JSON', order: 30, component: JsonView };
