/**
 * For the Form view's tests (test-only): inputs found by their accessible name, the document's
 * value, and typing a value the way a user leaves a field. The store and the rendering come from
 * the Tree's test support (a real store, the app's providers, MUI's styles left out of jsdom).
 */
import { fireEvent, screen } from '@testing-library/react';
import type { EditorStore } from '../model/editorStore';

/** The text box whose accessible name matches. */
export const textbox = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

/** The document's parsed value. */
export const value = (store: EditorStore) => JSON.parse(store.document()!.text);

/** Focuses a field, types `text` and leaves it (the form writes on leaving). */
export function blurWith(el: HTMLElement, text: string): void {
  fireEvent.focus(el);
  fireEvent.change(el, { target: { value: text } });
  fireEvent.blur(el);
}
