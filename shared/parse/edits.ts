/**
 * Text edits that change one value of a JSON document and nothing else: quick fixes (issue.ts
 * `FixEdit`) and form edits are applied to the editor's text this way, so the user's formatting,
 * key order and everything outside the value stay as they were. jsonc-parser's `modify` computes
 * the change with formatting options read from the document itself (indent unit, tabs, line ends);
 * a new key is inserted with the indentation of its siblings.
 */
import { applyEdits, modify } from 'jsonc-parser';
import type { FixEdit, PathSegment } from '../issues/issue';
import { detectFormatting, formattedEdit, minimalEdit, trimmed, type TextEdit } from './editFormat';
import { exactNodeOfPath, parseTree, type JsonNode } from './tree';

export { detectFormatting, minimalEdit, type TextEdit } from './editFormat';

/** Applies one text edit. */
export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
}

function modifyEdit(text: string, path: readonly PathSegment[], value: unknown): TextEdit | undefined {
  try {
    const edits = modify(text, [...path], value, { formattingOptions: detectFormatting(text) });
    if (edits.length === 0) return undefined;
    // Trimmed of what the edit rewrites without changing (the untouched start and end of a value).
    if (edits.length === 1) return trimmed(text, { offset: edits[0].offset, length: edits[0].length, text: edits[0].content });
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

/**
 * The edit that removes the key or array element at a path (with its comma); undefined when absent.
 * The member removed is the one JSON.parse reads (the last of a key written twice). The span is
 * jsonc-parser's (a key with the comma before it, the first key with the blanks up to the next one,
 * an array item with the comma after it), except for the last item of an array: jsonc-parser 3.3
 * cuts that one short by a character (`[1,2,3]` became `[1,23]`), so here it is the comma before
 * it and the item, whole.
 */
export function removeValueEdit(text: string, path: readonly PathSegment[]): TextEdit | undefined {
  if (path.length === 0) return undefined;
  const node = exactNodeOfPath(parseTree(text), path);
  const holder = node?.parent;
  const member = holder?.type === 'property' ? holder : node;
  const container = member?.parent;
  const siblings = container?.children;
  if (!member || !container || !siblings) return undefined;
  const at = siblings.indexOf(member);
  const end = (n: JsonNode) => n.offset + n.length;
  const next = siblings[at + 1];
  let from: number;
  let to: number;
  if (container.type === 'array') {
    // The only item: everything between the brackets; the last: the comma before it and the item;
    // any other: the item and the comma and blanks after it.
    if (siblings.length === 1) [from, to] = [container.offset + 1, end(container) - 1];
    else if (!next) [from, to] = [end(siblings[at - 1]), end(member)];
    else [from, to] = [member.offset, next.offset];
  } else if (at > 0) [from, to] = [end(siblings[at - 1]), end(member)];
  else [from, to] = [container.offset + 1, next ? next.offset : end(member)];
  return formattedEdit(text, { offset: from, length: to - from, text: '' }, detectFormatting(text));
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
