/**
 * Value edits for a text already known to be JSON (JSON.parse accepts it): the editor's model
 * parses every version once anyway, so a form edit on a 1.2 MB batch need not build jsonc-parser's
 * syntax tree of the whole text to find one value (35–120 ms). The value, or the deepest part of
 * its path that exists, is found by the fast path scanner (locate.ts: one forward scan that skips
 * what is not on the path), and the edit is made exactly as jsonc-parser's `modify` makes it
 * (same raw edit, same re-indentation, editFormat.ts) — edits.property.test.ts holds the
 * two to the same result.
 *
 * One deliberate difference: of a key written twice, JSON.parse (and so the form and the issues)
 * reads the last one, and this edits the last one; jsonc-parser would edit the first.
 */
import type { PathSegment, TextRange } from '../issues/issue';
import { detectFormatting, formattedEdit, type TextEdit } from './editFormat';
import { setValueEdit } from './edits';
import { locatePaths } from './locate';

const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Whether a child's range is its own (an existing child lies strictly inside its parent; a missing one gets the parent's range). */
const differs = (child: TextRange, parent: TextRange) => child.offset !== parent.offset || child.length !== parent.length;

/**
 * Where a member inserted at the end of the container spanning `range` goes: just after its last
 * value, or just inside the opening bracket when it is empty (valid JSON: nothing but blanks sits
 * between the last value and the closing bracket).
 */
function endOfLastMember(text: string, range: TextRange): { at: number; empty: boolean } {
  let i = range.offset + range.length - 2;
  while (i > range.offset && isBlank(text.charCodeAt(i))) i--;
  return i === range.offset ? { at: range.offset + 1, empty: true } : { at: i + 1, empty: false };
}

/** The value to write at the first missing segment: `value` wrapped in the containers the rest of the path asks for. */
function wrapped(value: unknown, rest: readonly PathSegment[]): unknown {
  let out = value;
  for (let i = rest.length - 1; i >= 0; i--) out = typeof rest[i] === 'string' ? { [rest[i] as string]: out } : [out];
  return out;
}

/**
 * The raw (unformatted) edit that sets `path` to `value` in JSON text, found by the scanner;
 * null when the path is impossible (a key into an array or a scalar, an index into an object);
 * undefined when this text or path is not one the scanner answers for (the caller falls back).
 */
function rawSetEdit(text: string, path: readonly PathSegment[], value: unknown): TextEdit | null | undefined {
  const prefixes: PathSegment[][] = [];
  for (let i = 0; i <= path.length; i++) prefixes.push(path.slice(0, i) as PathSegment[]);
  const ranges = locatePaths(text, prefixes);
  if (ranges.some((r) => r === undefined)) return undefined;
  const r = ranges as TextRange[];
  // The deepest part of the path that exists.
  let depth = 0;
  while (depth < path.length && differs(r[depth + 1], r[depth])) depth++;
  const content = JSON.stringify(wrapped(value, path.slice(depth + 1)));
  if (content === undefined) return undefined;
  if (depth === path.length) return { offset: r[depth].offset, length: r[depth].length, text: content };
  const parent = r[depth];
  const open = text.charCodeAt(parent.offset);
  const segment = path[depth];
  let member: string;
  if (open === 123 && typeof segment === 'string') member = `${JSON.stringify(segment)}: ${content}`;
  else if (open === 91 && typeof segment === 'number') member = content;
  else return null;
  const end = endOfLastMember(text, parent);
  return { offset: end.at, length: 0, text: end.empty ? member : `,${member}` };
}

/**
 * setValueEdit (edits.ts) for a text JSON.parse accepts: the same edit, without a syntax tree of
 * the whole text. What the scanner does not answer for (a BOM, a negative or fractional index, a
 * value JSON cannot write) goes to the tree-based setValueEdit.
 */
export function setValueEditInJson(text: string, path: readonly PathSegment[], value: unknown): TextEdit | undefined {
  if (value === undefined) return undefined;
  const plain = text.charCodeAt(0) !== 0xfeff && path.every((s) => typeof s === 'string' || (Number.isInteger(s) && s >= 0));
  const raw = plain ? rawSetEdit(text, path, value) : undefined;
  if (raw === undefined) return setValueEdit(text, path, value);
  return raw === null ? undefined : formattedEdit(text, raw, detectFormatting(text));
}
