/**
 * Text edits that change one value of a JSON document and nothing else: quick fixes (issue.ts
 * `FixEdit`) and form edits are applied to the editor's text this way, so the user's formatting,
 * key order and everything outside the value stay as they were. jsonc-parser's `modify` computes
 * the change with formatting options read from the document itself (indent unit, tabs, line ends);
 * a new key is inserted with the indentation of its siblings.
 */
import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import type { FixEdit, PathSegment } from '../issues/issue';
import { exactNodeOfPath, parseTree } from './tree';

/** A replacement of `length` characters at `offset` by `text` (the shape of report.ts Repair edits and FixEdit `text`). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** Formatting of a document, read from its text: undefined for a one-line (minified) text, which stays compact. */
export function detectFormatting(text: string): FormattingOptions | undefined {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return undefined;
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  // The smallest indentation among the first indented lines is the indent unit.
  let unit = 0;
  let tabs = false;
  const sample = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  const re = /\n([ \t]+)\S/g;
  let m: RegExpExecArray | null;
  let seen = 0;
  while (seen < 200 && (m = re.exec(sample)) !== null) {
    seen++;
    if (m[1][0] === '\t') {
      tabs = true;
      break;
    }
    if (unit === 0 || m[1].length < unit) unit = m[1].length;
  }
  return { eol, insertSpaces: !tabs, tabSize: tabs ? 1 : unit || 2, insertFinalNewline: false, keepLines: false };
}

/** Applies one text edit. */
export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
}

/** The smallest single edit turning `before` into `after` (common start and end left alone). */
function minimalEdit(before: string, after: string): TextEdit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { offset: p, length: before.length - p - s, text: after.slice(p, after.length - s) };
}

function modifyEdit(text: string, path: readonly PathSegment[], value: unknown): TextEdit | undefined {
  try {
    const edits = modify(text, [...path], value, { formattingOptions: detectFormatting(text) });
    if (edits.length === 0) return undefined;
    if (edits.length === 1) {
      const e = edits[0];
      // Trim what the edit rewrites without changing (the untouched start and end of a value).
      const inner = minimalEdit(text.slice(e.offset, e.offset + e.length), e.content);
      return { ...inner, offset: e.offset + inner.offset };
    }
    return minimalEdit(text, applyEdits(text, edits));
  } catch {
    // jsonc-parser refuses impossible paths (an index into an object, a key into a string …).
    return undefined;
  }
}

/** The edit that sets the value at a path, creating the key (and missing parents) if absent; undefined if impossible. */
export function setValueEdit(text: string, path: readonly PathSegment[], value: unknown): TextEdit | undefined {
  if (value === undefined) return undefined;
  return modifyEdit(text, path, value);
}

/** The edit that replaces an existing value; undefined when the path does not exist. */
export function replaceValueEdit(text: string, path: readonly PathSegment[], value: unknown): TextEdit | undefined {
  if (!exactNodeOfPath(parseTree(text), path)) return undefined;
  return setValueEdit(text, path, value);
}

/** The edit that removes the key or array element at a path (with its comma); undefined when absent. */
export function removeValueEdit(text: string, path: readonly PathSegment[]): TextEdit | undefined {
  if (path.length === 0 || !exactNodeOfPath(parseTree(text), path)) return undefined;
  return modifyEdit(text, path, undefined);
}

/** The edit that renames key `from` of the object at `objectPath` to `to`, keeping its value and place. */
export function renameKeyEdit(text: string, objectPath: readonly PathSegment[], from: string, to: string): TextEdit | undefined {
  const tree = parseTree(text);
  const value = exactNodeOfPath(tree, [...objectPath, from]);
  const key = value?.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
  return key ? { offset: key.offset, length: key.length, text: JSON.stringify(to) } : undefined;
}

/** The text edit of one quick-fix edit (issue.ts FixEdit); undefined when it cannot apply to this text. */
export function fixEditToTextEdit(text: string, edit: FixEdit): TextEdit | undefined {
  switch (edit.op) {
    case 'set':
      return setValueEdit(text, edit.path, edit.value);
    case 'remove':
      return removeValueEdit(text, edit.path);
    case 'rename':
      return renameKeyEdit(text, edit.path, edit.from, edit.to);
    case 'text':
      return edit.offset >= 0 && edit.offset + edit.length <= text.length ? { offset: edit.offset, length: edit.length, text: edit.text } : undefined;
  }
}

/** Applies the edits of a quick fix one after another; reports how many applied (the others did not fit the text). */
export function applyFixEdits(text: string, edits: readonly FixEdit[]): { text: string; applied: number } {
  let out = text;
  let applied = 0;
  for (const e of edits) {
    const te = fixEditToTextEdit(out, e);
    if (!te) continue;
    out = applyTextEdit(out, te);
    applied++;
  }
  return { text: out, applied };
}
