/**
 * The views of a document (Form, Tree, JSON) register themselves: each lives in its own folder
 * under renderer/features/editor/ and exports `view` from `view.tsx`. The view switch shows a
 * button per registered view, so a new view needs no change outside its folder.
 */
import type { ComponentType } from 'react';
import type { EditorDocument } from './model/types';

export type EditorViewId = 'form' | 'tree' | 'json';

/** What a view module exports as `view`. */
export interface EditorViewDefinition {
  id: EditorViewId;
  /** The button's text and accessible name: exactly "Form", "Tree" or "JSON" (issue 4 §9). */
  label: 'Form' | 'Tree' | 'JSON';
  /** Position in the switch (Form 10, Tree 20, JSON 30). */
  order: number;
  component: ComponentType<EditorViewProps>;
  /** Whether the view can show this document (default: always). The switch disables it otherwise. */
  available?(doc: EditorDocument): boolean;
}

export interface EditorViewProps {
  doc: EditorDocument;
}

const modules = import.meta.glob<{ view?: EditorViewDefinition }>('./*/view.tsx', { eager: true });

/** The registered views, in switch order. */
export const EDITOR_VIEWS: readonly EditorViewDefinition[] = Object.values(modules)
  .map((m) => m.view)
  .filter((v): v is EditorViewDefinition => Boolean(v))
  .sort((a, b) => a.order - b.order);

/** The view a document opens in: the first registered one that can show it (Form before Tree before JSON). */
export function defaultView(doc: EditorDocument, views: readonly EditorViewDefinition[] = EDITOR_VIEWS): EditorViewId {
  return (views.find((v) => v.available?.(doc) ?? true) ?? views[views.length - 1])?.id ?? 'json';
}
