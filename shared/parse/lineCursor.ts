/**
 * Line/column for locatePaths: offsets arrive in ascending order during one forward scan, so line
 * breaks are counted only as far as asked — no table of the whole text (LineIndex) is built, which
 * alone would cost half a JSON.parse on 100 MB. Same rules as LineIndex: LF, CRLF (once), lone CR.
 */

/** Line and column of offsets met in ascending order, counting line breaks only as far as asked. */
export class LineCursor {
  private offset: number;
  private line = 1;
  private lineStart = 0;
  /** The next LF at or after `offset`, -1 when none is left; searched on first need. */
  private nextLf = -2;

  /** `from`: the text before it is known to hold no line break (locate.ts has seen it all on one line). */
  constructor(
    private readonly text: string,
    from = 0,
  ) {
    this.offset = from;
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
      if (this.nextLf === -2) this.nextLf = t.indexOf('\n', this.offset);
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
