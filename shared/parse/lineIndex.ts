/**
 * Offset → 1-based line and column, for every issue's TextRange (shared/issues/issue.ts).
 * Columns count UTF-16 code units, as Monaco and JavaScript strings do. A line ends at LF, at CRLF
 * (one break, not two) and at a lone CR (old Mac files).
 */
import type { TextRange } from '../issues/issue';

/** A 1-based line and column. */
export interface LinePosition {
  line: number;
  column: number;
}

/** Maps offsets of one text to lines and columns; the table of line starts is built on first use. */
export class LineIndex {
  private starts: Uint32Array | number[] | undefined;

  constructor(readonly text: string) {}

  /** Number of lines (an empty text has one line). */
  get lineCount(): number {
    return this.lineStarts().length;
  }

  /** 1-based line and column of an offset; offsets past the end are clamped to the end. */
  position(offset: number): LinePosition {
    const starts = this.lineStarts();
    const off = Math.max(0, Math.min(offset, this.text.length));
    // Binary search for the last line start ≤ off.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: off - starts[lo] + 1 };
  }

  /** The offset of a 1-based line and column (clamped to the text). */
  offsetAt(line: number, column: number): number {
    const starts = this.lineStarts();
    const l = Math.max(1, Math.min(line, starts.length));
    return Math.min(this.text.length, starts[l - 1] + Math.max(0, column - 1));
  }

  /** A TextRange of `length` code units starting at `offset`. */
  range(offset: number, length: number): TextRange {
    const start = this.position(offset);
    const end = length === 0 ? start : this.position(offset + length);
    return { offset, length, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  private lineStarts(): Uint32Array | number[] {
    if (this.starts) return this.starts;
    const text = this.text;
    const starts: number[] = [0];
    if (text.indexOf('\r') < 0) {
      // The common case (LF or one line): indexOf is far faster than a character loop on 100 MB.
      let i = text.indexOf('\n');
      while (i >= 0) {
        starts.push(i + 1);
        i = text.indexOf('\n', i + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    // Offsets of texts under 4 GiB fit 32 bits; the typed array halves the memory of big files.
    this.starts = text.length < 0xffffffff ? Uint32Array.from(starts) : starts;
    return this.starts;
  }
}

/** Position of one offset without keeping an index (for single lookups such as a syntax error). */
export function positionAt(text: string, offset: number): LinePosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        if (i + 1 >= end) break; // offset points between CR and LF: still on this line
        i++;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
