/**
 * Path → text range for the issues of a valid JSON text (ARCHITECTURE.md "Issues": every issue
 * carries a range; for a missing field, that of its enclosing object). Built for 100 MB documents
 * with thousands of paths: the requested paths form a trie (pathTrie.ts), and one forward scan
 * descends only into the containers on a requested path; everything else is skipped by native
 * regular expressions (skipPatterns.ts), strings by indexOf, with a character loop as fallback.
 * No value is built.
 */
import type { PathSegment, TextRange } from '../issues/issue';
import { LineCursor } from './lineCursor';
import { buildTrie, indexChild, keyChild, type TrieNode } from './pathTrie';
import { memberSkipper, SKIP_CONTAINER, SKIP_CONTAINER_ONE_LINE } from './skipPatterns';

class Malformed extends Error {}

/**
 * The scanner over one text; six numbers per path go into `out`: offset, end, line/column of both.
 *
 * It starts "on one line": everything it has passed held no line break, so an offset's line is 1
 * and its column the offset + 1, with no counting at all — the case of compact JSON, what systems
 * send. Its blank loop and its regular expressions refuse line breaks then (SKIP_CONTAINER_ONE_LINE);
 * at the first break, or a container they cannot prove free of one, it leaves that mode for good
 * and counts lines from there with a LineCursor.
 */
class Scanner {
  /** Undefined while on one line. */
  private lines: LineCursor | undefined;

  /** Member skippers by the requested names they stop at, for counted lines and for one line. */
  private readonly skippers = new Map<string, RegExp>();
  private readonly oneLineSkippers = new Map<string, RegExp>();

  constructor(
    private readonly text: string,
    private readonly out: Int32Array,
  ) {}

  /** Leaves the one-line mode at `at`: nothing before it holds a line break. */
  private leaveOneLine(at: number): void {
    if (!this.lines) this.lines = new LineCursor(this.text, at);
  }

  /** Line (lineOut) and column (columnOut) of an offset, ascending from one call to the next. */
  private lineOut = 1;
  private columnOut = 1;
  private position(offset: number): void {
    const lines = this.lines;
    if (!lines) {
      this.lineOut = 1;
      this.columnOut = offset + 1;
      return;
    }
    lines.at(offset);
    this.lineOut = lines.lineOut;
    this.columnOut = lines.columnOut;
  }

  ws(i: number): number {
    const t = this.text;
    let c = t.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) {
      if (c !== 32 && c !== 9 && !this.lines) this.leaveOneLine(i);
      c = t.charCodeAt(++i);
    }
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
      if (!this.lines) {
        SKIP_CONTAINER_ONE_LINE.lastIndex = pos;
        if (SKIP_CONTAINER_ONE_LINE.test(t)) return SKIP_CONTAINER_ONE_LINE.lastIndex;
        // A line break inside (or a container nested too deep to tell): count lines from here on.
        this.leaveOneLine(pos);
      }
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
    this.position(pos);
    const sLine = this.lineOut;
    const sCol = this.columnOut;
    const c = this.text.charCodeAt(pos);
    let end: number;
    if (c === 123 && node.keyNames) end = this.object(pos, node);
    else if (c === 91 && node.indexList) end = this.array(pos, node);
    else end = this.skipValue(pos);
    this.position(end);
    const eLine = this.lineOut;
    const eCol = this.columnOut;
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
    for (;;) {
      const oneLine = !this.lines;
      const skippers = oneLine ? this.oneLineSkippers : this.skippers;
      let skip = skippers.get(id);
      if (!skip) skippers.set(id, (skip = memberSkipper(names, oneLine)));
      skip.lastIndex = i;
      if (skip.test(t)) i = skip.lastIndex;
      // The one-line skipper stops before blanks holding a line break: the blank loop meets it.
      if (oneLine) i = this.ws(i);
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
