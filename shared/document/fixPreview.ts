/**
 * What a quick fix or a paste-fault repair would change, shown before it is applied (issue 4 §3
 * "quick fixes with a preview"; README.md: repairs are "never applied silently"): the change as
 * text edits of the current text, and for each place the lines before and after.
 */
import type { FixEdit } from '../issues/issue';
import { applyTextEdit, fixEditToTextEdit } from '../parse/edits';
import { minimalEdit } from '../parse/edits';
import { applyChange, sortedEdits, type TextEdit } from './textEdits';

export interface PreviewHunk {
  /** 1-based line of the first line shown. */
  line: number;
  before: string;
  after: string;
}

export interface ChangePreview {
  /** The change, relative to the current text (empty when the fix no longer applies). */
  edits: TextEdit[];
  hunks: PreviewHunk[];
  /** Places not shown because of `maxHunks`. */
  more: number;
}

/**
 * The text edits of a quick fix against the current text: its edits are applied one after the
 * other (each may depend on the previous), then summed up as one minimal edit. Undefined when
 * one of them does not fit the text any more (the text changed since the report).
 */
export function fixChange(text: string, edits: readonly FixEdit[]): TextEdit[] | undefined {
  if (edits.length === 0) return undefined;
  let out = text;
  for (const e of edits) {
    const te = fixEditToTextEdit(out, e);
    if (!te) return undefined;
    out = applyTextEdit(out, te);
  }
  if (out === text) return [];
  if (edits.length === 1) {
    const single = fixEditToTextEdit(text, edits[0]);
    if (single) return [single];
  }
  return [minimalEdit(text, out)];
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  return n < 0 ? text.length : n > 0 && text[n - 1] === '\r' ? n - 1 : n;
}

function lineNumberAt(text: string, offset: number, from = 0, fromLine = 1): number {
  let line = fromLine;
  for (let i = text.indexOf('\n', from); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Clips very long lines (a minified document is one line) around the changed span. */
function clip(s: string, focusStart: number, focusEnd: number, width: number): string {
  if (s.length <= width) return s;
  const pad = Math.max(20, Math.floor((width - (focusEnd - focusStart)) / 2));
  const a = Math.max(0, focusStart - pad);
  const b = Math.min(s.length, focusEnd + pad);
  return `${a > 0 ? '…' : ''}${s.slice(a, b)}${b < s.length ? '…' : ''}`;
}

/** Before/after lines of each edit of a change (edits relative to `text`). */
export function previewChange(text: string, edits: readonly TextEdit[], maxHunks = 8, width = 160): ChangePreview {
  const sorted = sortedEdits(text, edits);
  if (!sorted) return { edits: [], hunks: [], more: 0 };
  const hunks: PreviewHunk[] = [];
  let line = 1;
  let lineFrom = 0;
  for (const e of sorted.slice(0, maxHunks)) {
    const start = lineStartOf(text, e.offset);
    const end = lineEndOf(text, e.offset + e.length);
    line = lineNumberAt(text, start, lineFrom, line);
    lineFrom = start;
    const before = text.slice(start, end);
    const after = text.slice(start, e.offset) + e.text + text.slice(e.offset + e.length, end);
    const focus = e.offset - start;
    hunks.push({ line, before: clip(before, focus, focus + e.length, width), after: clip(after, focus, focus + e.text.length, width) });
  }
  return { edits: sorted, hunks, more: Math.max(0, sorted.length - maxHunks) };
}

/** The text after a previewed change. */
export function afterPreview(text: string, preview: ChangePreview): string {
  return preview.edits.length ? applyChange(text, preview.edits) : text;
}
