/**
 * Monaco measures its font's character widths once; the bundled monospace font (theme/fonts.ts)
 * may arrive after an editor was created, and then the cursor and selections would sit at the
 * fallback font's widths. Once the fonts have loaded, the editors measure again.
 */
import { monaco } from './monacoSetup';

let pending: Promise<void> | undefined;

/** Asks Monaco to measure its fonts again when the page's fonts have loaded (once per page). */
export function remeasureWhenFontsLoad(): void {
  if (pending || typeof document === 'undefined' || !document.fonts) return;
  pending = document.fonts.ready.then(() => monaco.editor.remeasureFonts());
}
