/**
 * Immutable snapshots of a document: every change makes a new object (so React sees it), while
 * the derived data of an unchanged text is shared between snapshots.
 */
import type { RecordLayout } from '../../../../shared/document/records';
import type { JsonTree } from '../../../../shared/parse/tree';
import { Derived } from './derived';
import type { EditorDocument, ParseState } from './types';

export type DocumentFields = Omit<EditorDocument, 'parse' | 'tree' | 'layout'>;

class DocumentSnapshot {
  constructor(
    fields: DocumentFields,
    private readonly derived: Derived,
  ) {
    Object.assign(this, fields);
  }

  get parse(): ParseState {
    return this.derived.parse;
  }

  get tree(): JsonTree | undefined {
    return this.derived.tree;
  }

  get layout(): RecordLayout {
    return this.derived.layout((this as unknown as EditorDocument).packetId);
  }

  /** The derived data (for the store; not part of the views' interface). */
  derivedData(): Derived {
    return this.derived;
  }
}

/** A snapshot of `fields`, with `derived` computed from `fields.text`. */
export function makeSnapshot(fields: DocumentFields, derived: Derived): EditorDocument {
  return Object.freeze(new DocumentSnapshot(fields, derived)) as unknown as EditorDocument;
}

/** A copy of a snapshot with some fields changed; the text's derived data is kept unless the text changed. */
export function changeSnapshot(doc: EditorDocument, patch: Partial<DocumentFields>): EditorDocument {
  const current = (doc as unknown as DocumentSnapshot).derivedData();
  const derived = patch.text !== undefined && patch.text !== doc.text ? new Derived(patch.text) : current;
  const fields = { ...fieldsOf(doc), ...patch };
  return makeSnapshot(fields, derived);
}

/** The plain fields of a snapshot. */
export function fieldsOf(doc: EditorDocument): DocumentFields {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (key !== 'derived') out[key] = (doc as unknown as Record<string, unknown>)[key];
  return out as unknown as DocumentFields;
}
