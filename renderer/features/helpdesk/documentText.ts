/**
 * The whole text of an open document for the helpdesk actions (masking, reports, evidence packs),
 * whether the editor holds it or — in large-file mode — its worker does.
 */
import type { EditorDocument } from '../editor/model/types';

/** The document's current text (fetched from the worker in large-file mode). */
export async function documentText(doc: EditorDocument): Promise<string> {
  return doc.large ? doc.large.getText() : doc.text;
}

/** The parsed value of a document, or undefined when its text is not JSON. */
export function parseDocument(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
