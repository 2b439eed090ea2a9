/**
 * Text changes of one document, as the editor's model records them: a change is a set of
 * non-overlapping edits whose offsets all refer to the text *before* the change (the shape
 * Monaco reports for one keystroke with several cursors). Every action of every view becomes
 * such a change, so one undo history can replay or revert it whatever view made it.
 */
import { applyEdits as jsoncApplyEdits, modify } from 'jsonc-parser';
import type { PathSegment } from '../issues/issue';
import { detectFormatting, minimalEdit, type TextEdit } from '../parse/edits';
import { exactNodeOfPath, parseTree, type JsonNode } from '../parse/tree';

export type { TextEdit };

/** The edits sorted by offset, checked to be inside the text and not to overlap; undefined when they do. */
export function sortedEdits(text: string, edits: readonly TextEdit[]): TextEdit[] | undefined {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let end = 0;
  for (const e of sorted) {
    if (e.offset < end || e.length < 0 || e.offset + e.length > text.length) return undefined;
    end = e.offset + e.length;
  }
  return sorted;
}

/** Applies a change (edits relative to `text`); throws on overlapping or out-of-range edits. */
export function applyChange(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 1) {
    const e = edits[0];
    if (e.offset < 0 || e.length < 0 || e.offset + e.length > text.length) throw new RangeError('edit outside the text');
    return text.slice(0, e.offset) + e.text + text.slice(e.offset + e.length);
  }
  const sorted = sortedEdits(text, edits);
  if (!sorted) throw new RangeError('overlapping or out-of-range edits');
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.offset), e.text);
    at = e.offset + e.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The change that undoes `edits` applied to `before` (its offsets refer to the text after the change). */
export function invertChange(before: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = sortedEdits(before, edits);
  if (!sorted) throw new RangeError('overlapping or out-of-range edits');
  let shift = 0;
  return sorted.map((e) => {
    const inverse = { offset: e.offset + shift, length: e.text.length, text: before.slice(e.offset, e.offset + e.length) };
    shift += e.text.length - e.length;
    return inverse;
  });
}

/** Drops edits that change nothing (same text replaced by itself). */
export function withoutNoOps(text: string, edits: readonly TextEdit[]): TextEdit[] {
  return edits.filter((e) => !(e.length === e.text.length && text.startsWith(e.text, e.offset)));
}

/** The array node at a path, when the path exists and holds an array. */
function arrayNode(text: string, arrayPath: readonly PathSegment[]): JsonNode | undefined {
  const node = exactNodeOfPath(parseTree(text), arrayPath);
  return node?.type === 'array' ? node : undefined;
}

/**
 * The edit that inserts `value` into the array at `arrayPath` before `index` (index = length
 * appends), formatted like the document (its indent unit and line ends; compact when minified).
 */
export function insertItemEdit(text: string, arrayPath: readonly PathSegment[], index: number, value: unknown): TextEdit | undefined {
  const array = arrayNode(text, arrayPath);
  const count = array?.children?.length ?? 0;
  if (!array || !Number.isInteger(index) || index < 0 || index > count || value === undefined) return undefined;
  try {
    const edits = modify(text, [...arrayPath, index], value, { formattingOptions: detectFormatting(text), isArrayInsertion: true });
    return edits.length ? minimalEdit(text, jsoncApplyEdits(text, edits)) : undefined;
  } catch {
    return undefined;
  }
}

/** The separator between two neighbouring items (the comma and whitespace), or a default built from the item's indentation. */
function separatorAround(text: string, items: JsonNode[], index: number): string {
  if (items.length > 1) {
    const i = index < items.length - 1 ? index : index - 1;
    return text.slice(items[i].offset + items[i].length, items[i + 1].offset);
  }
  const item = items[index];
  const lineStart = text.lastIndexOf('\n', item.offset - 1) + 1;
  const indent = text.slice(lineStart, item.offset);
  if (!/^[ \t]*$/.test(indent)) return ', ';
  const eol = lineStart >= 2 && text[lineStart - 2] === '\r' ? '\r\n' : '\n';
  return `,${eol}${indent}`;
}

/**
 * The edit that inserts a copy of item `index` right after it, copied as written (formatting and
 * key order kept), with the separator the array already uses.
 */
export function duplicateItemEdit(text: string, arrayPath: readonly PathSegment[], index: number): TextEdit | undefined {
  const items = arrayNode(text, arrayPath)?.children ?? [];
  const item = items[index];
  if (!item) return undefined;
  const copy = text.slice(item.offset, item.offset + item.length);
  const end = item.offset + item.length;
  return { offset: end, length: 0, text: separatorAround(text, items, index) + copy };
}

/**
 * The edit that moves item `from` of an array to position `to`, moving the item's text as written:
 * the items between shift by one, the separators stay where they were.
 */
export function moveItemEdit(text: string, arrayPath: readonly PathSegment[], from: number, to: number): TextEdit | undefined {
  const items = arrayNode(text, arrayPath)?.children ?? [];
  if (!items[from] || !items[to] || from === to) return undefined;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const slice = items.slice(lo, hi + 1);
  const texts = slice.map((n) => text.slice(n.offset, n.offset + n.length));
  if (from < to) texts.push(texts.shift()!);
  else texts.unshift(texts.pop()!);
  let out = '';
  for (let i = 0; i < slice.length; i++) {
    out += texts[i];
    if (i < slice.length - 1) out += text.slice(slice[i].offset + slice[i].length, slice[i + 1].offset);
  }
  const start = slice[0].offset;
  const last = slice[slice.length - 1];
  const edit = minimalEdit(text.slice(start, last.offset + last.length), out);
  return { ...edit, offset: start + edit.offset };
}
