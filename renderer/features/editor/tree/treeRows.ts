/**
 * The tree's visible rows as a list built on demand. A batch of 100,000 records shows one row per
 * record; building those 100,000 rows (and a map of their ids) in one go cost ~300 ms of the
 * first render and again whenever a block of record titles arrived. Here a run of closed sibling
 * records is kept as a range: a row is made when the virtual list asks for it (the ~40 on
 * screen), and a record row's position is computed from its id. Only open nodes' rows are made
 * up front, and those are few.
 */
import type { TreeRow } from './treeModel';

/** A range of sibling rows made on demand: row k of `count`, and the position of an id in it. */
export interface LazyRun {
  count: number;
  make(k: number): TreeRow;
  /** The position of the row with this id in the run, or -1. */
  find(id: string): number;
}

type Segment = { start: number; rows: TreeRow[] } | { start: number; run: LazyRun };

/** Collects rows in order: explicit rows, and lazy runs. */
export class TreeRowsBuilder {
  private segments: Segment[] = [];
  private length = 0;
  private open: TreeRow[] | undefined;
  loading = false;
  firstMatch = -1;

  push(row: TreeRow): void {
    if (!this.open) this.segments.push({ start: this.length, rows: (this.open = []) });
    if (row.kind === 'loading') this.loading = true;
    if (row.match && this.firstMatch < 0) this.firstMatch = this.length;
    this.open.push(row);
    this.length++;
  }

  run(run: LazyRun): void {
    if (run.count === 0) return;
    this.open = undefined;
    this.segments.push({ start: this.length, run });
    this.length += run.count;
  }

  done(): TreeRows {
    return new TreeRows(this.segments, this.length, this.loading, this.firstMatch);
  }
}

/** The visible rows (read-only). */
export class TreeRows {
  private made = new Map<number, TreeRow>();
  private explicitIds?: Map<string, number>;

  constructor(
    private readonly segments: readonly Segment[],
    readonly length: number,
    /** A record's fields are still being read (large-file mode): a 'loading' row is shown. */
    readonly loading: boolean,
    /** The first row that matches the filter text, or -1. */
    readonly firstMatch: number,
  ) {}

  /** No rows. */
  static readonly EMPTY = new TreeRows([], 0, false, -1);

  /** The row at a position (made on first access), or undefined outside the list. */
  at(index: number): TreeRow | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const segment = this.segments[this.segmentAt(index)];
    if ('rows' in segment) return segment.rows[index - segment.start];
    let row = this.made.get(index);
    if (!row) this.made.set(index, (row = segment.run.make(index - segment.start)));
    return row;
  }

  /** The position of the row with this id, or -1 when it is not shown. */
  indexOf(id: string): number {
    if (!this.explicitIds) {
      this.explicitIds = new Map();
      for (const s of this.segments) if ('rows' in s) s.rows.forEach((r, i) => this.explicitIds!.set(r.id, s.start + i));
    }
    const explicit = this.explicitIds.get(id);
    if (explicit !== undefined) return explicit;
    for (const s of this.segments) {
      if (!('run' in s)) continue;
      const k = s.run.find(id);
      if (k >= 0) return s.start + k;
    }
    return -1;
  }

  /** Every row (tests, and lists known to be short). */
  toArray(): TreeRow[] {
    const out: TreeRow[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i)!);
    return out;
  }

  private segmentAt(index: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid].start <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
