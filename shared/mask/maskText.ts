/**
 * Masking a document given as text. The result keeps the original formatting (indentation, key
 * order, line breaks): only the masked values and unknown keys are rewritten in place, and the
 * mark is inserted as the first key of an object document (or appended to a bare array) with
 * the file's own indentation. A text that is not JSON is refused: nothing half-masked leaves.
 */
import { applyEdits, modify, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { FieldSpec, ObjectSpec } from '../spec/types';
import { MASK_MARKER_KEY, maskMarkerOf } from './marker';
import { markerFor } from './maskDocument';
import { MaskError, type Masker } from './masker';
import { resolveDocument } from './resolve';
import { childSpec, findField } from './specWalk';
import type { PathSegment } from '../issues/issue';

interface Edit {
  offset: number;
  length: number;
  text: string;
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

function walk(masker: Masker, node: Node, spec: ObjectSpec | undefined, field: FieldSpec | undefined, path: PathSegment[], edits: Edit[], removals: PathSegment[][]): void {
  if (node.type === 'array') {
    (node.children ?? []).forEach((c, i) => walk(masker, c, spec, field, [...path, i], edits, removals));
    return;
  }
  if (node.type === 'object') {
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      // An existing mark is replaced by the new one below.
      if (key === MASK_MARKER_KEY && path.length === 0) {
        removals.push([key]);
        continue;
      }
      const f = findField(spec, key);
      if (f?.pii === 'secret') {
        if (masker.secrets === 'remove') removals.push([...path, key]);
        else if (valueNode) edits.push({ offset: valueNode.offset, length: valueNode.length, text: JSON.stringify('<masked>') });
        continue;
      }
      if (!f) {
        const k = masker.maskKey(key);
        if (k !== key) edits.push({ offset: keyNode.offset, length: keyNode.length, text: JSON.stringify(k) });
      }
      if (valueNode) walk(masker, valueNode, childSpec(f), f, [...path, key], edits, removals);
    }
    return;
  }
  const value = node.type === 'null' ? null : (node.value as string | number | boolean);
  const masked = masker.maskScalar(value, field);
  if (masked !== value) edits.push({ offset: node.offset, length: node.length, text: JSON.stringify(masked) });
}

/** Masks a document text in place (original formatting kept) and inserts the mark. Throws MaskError on a text that is not JSON. */
export function maskText(masker: Masker, text: string, fileName = ''): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || !root) {
    const e = errors[0];
    const at = e ? lineCol(body, e.offset) : { line: 1, column: 1 };
    const where = `${fileName ? `${fileName}, ` : ''}`;
    throw new MaskError(
      `${where}dòng ${at.line}, cột ${at.column}: không phải JSON hợp lệ (${e ? printParseErrorCode(e.error) : 'rỗng'}); không che được nên không xuất gì.`,
      `${where}line ${at.line}, column ${at.column}: not valid JSON (${e ? printParseErrorCode(e.error) : 'empty'}); it cannot be masked, so nothing is written.`,
      at.line,
      at.column,
    );
  }
  if (root.type !== 'object' && root.type !== 'array') {
    // A bare string or number has nowhere to carry the mark, and an unmarked masked file could be sent.
    throw new MaskError(
      `${fileName ? `${fileName}: ` : ''}tài liệu không phải đối tượng hay mảng JSON nên không thể đánh dấu đã che; không xuất gì.`,
      `${fileName ? `${fileName}: ` : ''}the document is not a JSON object or array, so it cannot be marked as masked; nothing is written.`,
      1,
      1,
    );
  }
  const value = JSON.parse(body) as unknown;
  masker.learn(value);
  const hadMarkerElement = Array.isArray(value) && maskMarkerOf(value) !== undefined;
  const resolved = resolveDocument(value, masker.packets);
  const edits: Edit[] = [];
  const removals: PathSegment[][] = [];
  const items = hadMarkerElement ? { ...root, children: root.children!.slice(0, -1) } : root;
  walk(masker, items, resolved.spec, undefined, [], edits, removals);
  // One pass over the text (edits never overlap: each is one value or one key).
  const pieces: string[] = [];
  let pos = 0;
  for (const e of edits.sort((a, b) => a.offset - b.offset)) {
    pieces.push(body.slice(pos, e.offset), e.text);
    pos = e.offset + e.length;
  }
  pieces.push(body.slice(pos));
  let out = pieces.join('');

  const indent = /\n(\t|[ ]+)\S/.exec(body)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: indent[0] !== '\t', tabSize: indent[0] === '\t' ? 1 : indent.length, eol: body.includes('\r\n') ? '\r\n' : '\n' };
  if (hadMarkerElement) removals.push([(root.children?.length ?? 1) - 1]);
  for (const path of removals.reverse()) out = applyEdits(out, modify(out, path, undefined, { formattingOptions }));
  const marker = markerFor(masker);
  if (root.type === 'object') {
    out = applyEdits(out, modify(out, [MASK_MARKER_KEY], marker, { formattingOptions, getInsertionIndex: () => 0 }));
  } else if (root.type === 'array') {
    out = applyEdits(out, modify(out, [-1], { [MASK_MARKER_KEY]: marker }, { formattingOptions, isArrayInsertion: true }));
  }
  return bom + out;
}
