/**
 * A syntax tree for the editor (small and medium documents): cursor ↔ path for the selection sync
 * between Monaco, the tree and the form, and path → range for markers. jsonc-parser builds it
 * tolerantly, so a half-typed document still has a tree.
 */
import { findNodeAtOffset, getNodePath, parseTree as jsoncParseTree, type Node } from 'jsonc-parser';
import type { PathSegment, TextRange } from '../issues/issue';
import { LineIndex } from './lineIndex';

/** A node of the syntax tree (jsonc-parser's node: type, offset, length, children, parent). */
export type JsonNode = Node;

/** The tree of one text, with the faults met while building it. */
export interface JsonTree {
  text: string;
  root: JsonNode | undefined;
  /** Faults jsonc-parser tolerated (its ParseErrorCode numbers), in text order. */
  errors: { code: number; offset: number; length: number }[];
  lines: LineIndex;
}

/** Parses text into a tolerant syntax tree (comments and trailing commas are tolerated here, and listed in errors). */
export function parseTree(text: string): JsonTree {
  const errors: { error: number; offset: number; length: number }[] = [];
  const bom = text.charCodeAt(0) === 0xfeff;
  // jsonc-parser does not skip a BOM; blank it out so that offsets stay those of the text.
  const root = jsoncParseTree(bom ? ` ${text.slice(1)}` : text, errors, { allowTrailingComma: false, disallowComments: true });
  return { text, root, errors: errors.map((e) => ({ code: e.error, offset: e.offset, length: e.length })), lines: new LineIndex(text) };
}

function treeOf(source: string | JsonTree): JsonTree {
  return typeof source === 'string' ? parseTree(source) : source;
}

/** The path of the value under a cursor offset; on a key, the path of that key's value; [] outside any value. */
export function pathAtOffset(source: string | JsonTree, offset: number): PathSegment[] {
  const { root } = treeOf(source);
  if (!root) return [];
  const node = findNodeAtOffset(root, offset, true);
  if (!node) return [];
  // On a property (e.g. between the key and the colon), point at its value.
  if (node.type === 'property') return getNodePath(node.children?.[1] ?? node.children?.[0] ?? node);
  return getNodePath(node);
}

/** The child of an object or array node; for a duplicated key the last one, as JSON.parse keeps. */
function childOf(node: JsonNode, seg: PathSegment): JsonNode | undefined {
  if (typeof seg === 'string') {
    if (node.type !== 'object') return undefined;
    let found: JsonNode | undefined;
    for (const member of node.children ?? []) {
      if (member.children?.[0]?.value === seg && member.children.length > 1) found = member.children[1];
    }
    return found;
  }
  if (node.type !== 'array' || !Number.isInteger(seg) || seg < 0) return undefined;
  return node.children?.[seg];
}

/** The node of a path's value, or of its deepest existing ancestor when the path does not exist. */
export function nodeOfPath(tree: JsonTree, path: readonly PathSegment[]): JsonNode | undefined {
  let node = tree.root;
  if (!node) return undefined;
  for (const seg of path) {
    const next = childOf(node, seg);
    if (!next) return node;
    node = next;
  }
  return node;
}

/** The node of a path's value only when the whole path exists. */
export function exactNodeOfPath(tree: JsonTree, path: readonly PathSegment[]): JsonNode | undefined {
  let node = tree.root;
  for (const seg of path) {
    if (!node) return undefined;
    node = childOf(node, seg);
  }
  return node;
}

/** The text range of the value at a path (for a missing key, the enclosing object's), as locatePaths gives for valid text. */
export function rangeOfPath(tree: JsonTree, path: readonly PathSegment[]): TextRange | undefined {
  const node = nodeOfPath(tree, path);
  return node ? tree.lines.range(node.offset, node.length) : undefined;
}

/** The range of the key of the member at a path (for renaming or marking a key), if the member exists. */
export function keyRangeOfPath(tree: JsonTree, path: readonly PathSegment[]): TextRange | undefined {
  if (path.length === 0 || typeof path[path.length - 1] !== 'string') return undefined;
  const value = exactNodeOfPath(tree, path);
  const key = value?.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
  return key ? tree.lines.range(key.offset, key.length) : undefined;
}
