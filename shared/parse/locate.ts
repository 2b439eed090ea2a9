/**
 * Path → text range for the issues of a valid JSON text (ARCHITECTURE.md "Issues": every issue
 * carries a range; for a missing field, that of its enclosing object). Built for 100 MB documents
 * with thousands of paths: the requested paths form a trie, and one forward scan descends only into
 * the containers on a requested path; everything else is skipped by finding string ends with
 * indexOf and container ends by depth counting. No value is built.
 */
import type { PathSegment, TextRange } from '../issues/issue';

/**
 * One step of the requested paths. Children live in small parallel arrays — most containers on a
 * path have one to three requested children — and get a Map only past SMALL entries: a path per
 * record for 100,000 records must not cost a Map per record (the garbage alone rivals the scan).
 */
interface TrieNode {
  /** Index (in the caller's list) of a path that ends at this node, or -1; further ones in `moreEnds`. */
  end: number;
  moreEnds: number[] | undefined;
  keyNames: string[] | undefined;
  keyNodes: TrieNode[] | undefined;
  keyMap: Map<string, TrieNode> | undefined;
  indexList: number[] | undefined;
  indexNodes: TrieNode[] | undefined;
  indexMap: Map<number, TrieNode> | undefined;
  maxIndex: number;
  seen: boolean;
}

const SMALL = 8;

const newNode = (): TrieNode => ({
  end: -1,
  moreEnds: undefined,
  keyNames: undefined,
  keyNodes: undefined,
  keyMap: undefined,
  indexList: undefined,
  indexNodes: undefined,
  indexMap: undefined,
  maxIndex: -1,
  seen: false,
});

function keyChild(node: TrieNode, key: string): TrieNode | undefined {
  if (node.keyMap) return node.keyMap.get(key);
  const names = node.keyNames;
  if (names) for (let k = 0; k < names.length; k++) if (names[k] === key) return node.keyNodes![k];
  return undefined;
}

function indexChild(node: TrieNode, index: number): TrieNode | undefined {
  if (index > node.maxIndex) return undefined;
  if (node.indexMap) return node.indexMap.get(index);
  const list = node.indexList;
  if (list) for (let k = 0; k < list.length; k++) if (list[k] === index) return node.indexNodes![k];
  return undefined;
}

function addKey(node: TrieNode, key: string): TrieNode {
  const next = newNode();
  (node.keyNames ??= []).push(key);
  (node.keyNodes ??= []).push(next);
  if (node.keyMap) node.keyMap.set(key, next);
  else if (node.keyNames.length > SMALL) node.keyMap = new Map(node.keyNames.map((k, i) => [k, node.keyNodes![i]]));
  return next;
}

function addIndex(node: TrieNode, index: number): TrieNode {
  const next = newNode();
  (node.indexList ??= []).push(index);
  (node.indexNodes ??= []).push(next);
  if (node.indexMap) node.indexMap.set(index, next);
  else if (node.indexList.length > SMALL) node.indexMap = new Map(node.indexList.map((k, i) => [k, node.indexNodes![i]]));
  if (index > node.maxIndex) node.maxIndex = index;
  return next;
}

function buildTrie(paths: readonly (readonly PathSegment[])[]): TrieNode {
  const root = newNode();
  for (let p = 0; p < paths.length; p++) {
    let node = root;
    const path = paths[p];
    for (let k = 0; k < path.length; k++) {
      const seg = path[k];
      node = typeof seg === 'number' ? (indexChild(node, seg) ?? addIndex(node, seg)) : (keyChild(node, seg) ?? addKey(node, seg));
    }
    if (node.end < 0) node.end = p;
    else (node.moreEnds ??= []).push(p);
  }
  return root;
}

class Malformed extends Error {}

/**
 * A sticky regular expression that matches one container nested up to five levels deep in a
 * single native call: skipping the 100,000 records nobody asked about this way costs about half
 * of a character loop in JavaScript (measured on a 140 MB packet). Every repetition is unambiguous
 * (a run of plain characters must be followed by a structural one), so a failure — a container
 * nested deeper — costs linear time, and the character loop takes over.
 */
const PLAIN = '[^{}\\[\\]"]+(?=[{}\\[\\]"])';
const STRING = '"[^"\\\\]*(?:\\\\.[^"\\\\]*)*"';
const CONTAINER = (() => {
  let inner = `[\\[{](?:${PLAIN}|${STRING})*[\\]}]`;
  for (let depth = 2; depth <= 5; depth++) inner = `[\\[{](?:${PLAIN}|${STRING}|${inner})*[\\]}]`;
  return inner;
})();
const SKIP_CONTAINER = new RegExp(CONTAINER, 'y');

/**
 * Inside an object on a requested path, the members nobody asked about are skipped natively too:
 * this matches any run of "key": value, members whose key is none of the requested names. It stops
 * at a requested key, at a key written with escapes (JavaScript decodes and compares it), at the
 * last member (no comma after it) and at a value nested too deeply; the loop takes over there.
 * One expression per set of requested names, shared by the 100,000 records that ask the same.
 */
function memberSkipper(names: readonly string[]): RegExp {
  const ws = '[ \\t\\n\\r]*';
  const value = `(?:${STRING}|${CONTAINER}|[^ \\t\\n\\r,{}\\[\\]"]+)`;
  // Names holding a quote, a backslash or a control character are always escaped in the text.
  const plain = names.filter((n) => !/["\\\u0000-\u001f]/.test(n)).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const stop = plain.length ? `(?!"(?:${plain.join('|')})")` : '';
  return new RegExp(`(?:${stop}"[^"\\\\]*"${ws}:${ws}${value}${ws},${ws})*`, 'y');
}

/** Line and column of offsets met in ascending order, counting line breaks only as far as asked. */
class LineCursor {
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  private nextLf: number;

  constructor(private readonly text: string) {
    this.nextLf = text.indexOf('\n');
  }

  private breakAt(i: number): void {
    this.line++;
    if (i + 1 > this.lineStart) this.lineStart = i + 1;
  }

  /** Line and column of the last offset asked. */
  lineOut = 1;
  columnOut = 1;

  /** Computes lineOut/columnOut of `offset` (never before the previous offset asked). */
  at(offset: number): void {
    const t = this.text;
    if (offset > this.offset) {
      // Breaks before `offset`: every LF (a CRLF counts at its LF) …
      while (this.nextLf >= 0 && this.nextLf < offset) {
        this.breakAt(this.nextLf);
        this.nextLf = t.indexOf('\n', this.nextLf + 1);
      }
      // … and every CR not followed by LF. Searching a slice bounds the search to the new stretch.
      const seg = t.slice(this.offset, offset);
      for (let k = seg.indexOf('\r'); k >= 0; k = seg.indexOf('\r', k + 1)) {
        const cr = this.offset + k;
        if (t.charCodeAt(cr + 1) !== 10) this.breakAt(cr);
      }
      this.offset = offset;
    }
    this.lineOut = this.line;
    this.columnOut = offset - this.lineStart + 1;
  }
}

/** The scanner over one text; six numbers per path go into `out`: offset, end, line/column of both. */
class Scanner {
  private readonly lines: LineCursor;

  /** Member skippers by the requested names they stop at. */
  private readonly skippers = new Map<string, RegExp>();

  constructor(
    private readonly text: string,
    private readonly out: Int32Array,
  ) {
    this.lines = new LineCursor(text);
  }

  ws(i: number): number {
    const t = this.text;
    let c = t.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++i);
    return i;
  }

  private record(p: number, start: number, end: number, sLine: number, sCol: number, eLine: number, eCol: number): void {
    const o = p * 6;
    const out = this.out;
    out[o] = start;
    out[o + 1] = end;
    out[o + 2] = sLine;
    out[o + 3] = sCol;
    out[o + 4] = eLine;
    out[o + 5] = eCol;
  }

  private recordEnds(node: TrieNode, start: number, end: number, sLine: number, sCol: number, eLine: number, eCol: number): void {
    if (node.end >= 0) this.record(node.end, start, end, sLine, sCol, eLine, eCol);
    if (node.moreEnds) for (const p of node.moreEnds) this.record(p, start, end, sLine, sCol, eLine, eCol);
  }

  /** Set by skipKey: whether the key just skipped holds a backslash escape. */
  private keyEscaped = false;

  /** From the opening quote of a key to just after its closing quote (keys are short: a plain loop). */
  private skipKey(pos: number): number {
    const t = this.text;
    const n = t.length;
    this.keyEscaped = false;
    for (let i = pos + 1; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c === 34) return i + 1;
      if (c === 92) {
        this.keyEscaped = true;
        i++;
      }
    }
    throw new Malformed();
  }

  /** The requested child for the key spanning [start, end) (quotes included), if any. */
  private childForKey(node: TrieNode, start: number, end: number): TrieNode | undefined {
    const t = this.text;
    if (this.keyEscaped) return keyChild(node, JSON.parse(t.slice(start, end)) as string);
    if (node.keyMap) return node.keyMap.get(t.slice(start + 1, end - 1));
    // No string is built: compare the few requested names in place.
    const names = node.keyNames!;
    const len = end - start - 2;
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      if (name.length === len && t.startsWith(name, start + 1)) return node.keyNodes![k];
    }
    return undefined;
  }

  /** From an opening quote to just after the closing one. */
  skipString(pos: number): number {
    const t = this.text;
    let i = pos + 1;
    for (;;) {
      const q = t.indexOf('"', i);
      if (q < 0) throw new Malformed();
      let b = q - 1;
      while (t.charCodeAt(b) === 92) b--;
      // An even number of backslashes before the quote means it is not escaped.
      if (((q - 1 - b) & 1) === 0) return q + 1;
      i = q + 1;
    }
  }

  /** From inside a container at `depth` to just after the bracket that closes depth 0. */
  skipToClose(pos: number, depth: number): number {
    const t = this.text;
    const n = t.length;
    let i = pos;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        i = this.skipString(i);
        continue;
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (--depth === 0) return i + 1;
      }
      i++;
    }
    throw new Malformed();
  }

  skipValue(pos: number): number {
    const t = this.text;
    const c = t.charCodeAt(pos);
    if (c === 34) return this.skipString(pos);
    if (c === 123 || c === 91) {
      SKIP_CONTAINER.lastIndex = pos;
      return SKIP_CONTAINER.test(t) ? SKIP_CONTAINER.lastIndex : this.skipToClose(pos + 1, 1);
    }
    let i = pos;
    const n = t.length;
    while (i < n) {
      const d = t.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      i++;
    }
    if (i === pos) throw new Malformed();
    return i;
  }

  /** Scans the value at `pos` for trie node `node`; returns the offset after it. */
  value(pos: number, node: TrieNode): number {
    node.seen = true;
    const lines = this.lines;
    lines.at(pos);
    const sLine = lines.lineOut;
    const sCol = lines.columnOut;
    const c = this.text.charCodeAt(pos);
    let end: number;
    if (c === 123 && node.keyNames) end = this.object(pos, node);
    else if (c === 91 && node.indexList) end = this.array(pos, node);
    else end = this.skipValue(pos);
    lines.at(end);
    const eLine = lines.lineOut;
    const eCol = lines.columnOut;
    this.recordEnds(node, pos, end, sLine, sCol, eLine, eCol);
    // Requested children this value does not have (a missing key, an index out of range, a scalar
    // where a container was expected) get the range of this value: the deepest part that exists.
    // A child not seen during the scan has no seen descendants either: its whole subtree is missing.
    const kids = node.keyNodes;
    if (kids) for (let k = 0; k < kids.length; k++) if (!kids[k].seen) this.assign(kids[k], pos, end, sLine, sCol, eLine, eCol);
    const items = node.indexNodes;
    if (items) for (let k = 0; k < items.length; k++) if (!items[k].seen) this.assign(items[k], pos, end, sLine, sCol, eLine, eCol);
    return end;
  }

  private assign(node: TrieNode, start: number, end: number, sLine: number, sCol: number, eLine: number, eCol: number): void {
    this.recordEnds(node, start, end, sLine, sCol, eLine, eCol);
    if (node.keyNodes) for (const child of node.keyNodes) this.assign(child, start, end, sLine, sCol, eLine, eCol);
    if (node.indexNodes) for (const child of node.indexNodes) this.assign(child, start, end, sLine, sCol, eLine, eCol);
  }

  private object(pos: number, node: TrieNode): number {
    const t = this.text;
    let i = this.ws(pos + 1);
    if (t.charCodeAt(i) === 125) return i + 1;
    const names = node.keyNames!;
    const id = names.join('\u0000');
    let skip = this.skippers.get(id);
    if (!skip) this.skippers.set(id, (skip = memberSkipper(names)));
    for (;;) {
      skip.lastIndex = i;
      if (skip.test(t)) i = skip.lastIndex;
      if (t.charCodeAt(i) !== 34) throw new Malformed();
      const keyEnd = this.skipKey(i);
      const child = this.childForKey(node, i, keyEnd);
      i = this.ws(keyEnd);
      if (t.charCodeAt(i) !== 58) throw new Malformed();
      i = this.ws(i + 1);
      // A duplicate key: JSON.parse keeps the last one, and so does this (the later scan overwrites).
      i = child ? this.value(i, child) : this.skipValue(i);
      i = this.ws(i);
      const c = t.charCodeAt(i);
      if (c === 44) i = this.ws(i + 1);
      else if (c === 125) return i + 1;
      else throw new Malformed();
    }
  }

  private array(pos: number, node: TrieNode): number {
    const t = this.text;
    let i = this.ws(pos + 1);
    if (t.charCodeAt(i) === 93) return i + 1;
    for (let index = 0; ; index++) {
      const child = indexChild(node, index);
      i = child ? this.value(i, child) : this.skipValue(i);
      i = this.ws(i);
      const c = t.charCodeAt(i);
      if (c === 44) i = this.ws(i + 1);
      else if (c === 93) return i + 1;
      else throw new Malformed();
    }
  }
}

/**
 * Text ranges of the values at the given paths of a valid JSON text, in one forward scan. A path
 * that does not exist gets the range of its deepest existing part (for a missing last key, the
 * enclosing object; for an index out of range, the array). Undefined only when the text is not JSON.
 */
export function locatePaths(text: string, paths: readonly (readonly PathSegment[])[]): (TextRange | undefined)[] {
  if (paths.length === 0) return [];
  // Six numbers per path: offset, end, start line/column, end line/column; -1 = not found.
  const out = new Int32Array(paths.length * 6).fill(-1);
  const scanner = new Scanner(text, out);
  try {
    const first = scanner.ws(text.charCodeAt(0) === 0xfeff ? 1 : 0);
    if (first < text.length) scanner.value(first, buildTrie(paths));
  } catch (e) {
    // Not JSON (or not the JSON it was said to be): whatever was found before stays; the rest is undefined.
    if (!(e instanceof Malformed) && !(e instanceof SyntaxError)) throw e;
  }
  const ranges: (TextRange | undefined)[] = new Array(paths.length);
  for (let p = 0; p < paths.length; p++) {
    const o = p * 6;
    ranges[p] =
      out[o] < 0
        ? undefined
        : { offset: out[o], length: out[o + 1] - out[o], line: out[o + 2], column: out[o + 3], endLine: out[o + 4], endColumn: out[o + 5] };
  }
  return ranges;
}

/** The text range of one path (see locatePaths). */
export function locatePath(text: string, path: readonly PathSegment[]): TextRange | undefined {
  return locatePaths(text, [path])[0];
}
