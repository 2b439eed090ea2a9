/**
 * The rows of the outline tree (issue 4 §1 "Tree"), as a flat list for a virtual list: the
 * envelope's fields, the records list, each record, its fields and nested lists, in the order
 * they are written. Only expanded nodes contribute rows; the closed records of a batch are a
 * range whose rows are made when shown (treeRows.ts), so a 100,000-record batch costs about as
 * much as a small one until a filter has to look at every record. With a filter, only the nodes
 * that match (and the way to them) are listed. Pure: the view memoises it per document version,
 * expansion and filter.
 */
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import type { RecordLayout } from '../../../../shared/document/records';
import { childSpec, findField } from '../../../../shared/mask/specWalk';
import type { FieldSpec, ObjectSpec } from '../../../../shared/spec/types';
import type { Lang } from '../../../../shared/i18n/localized';
import type { RecordSpec } from '../model/recordSpec';
import { describeValue, itemTitle, recordTitle, recordTitleText } from './describe';
import { normalizeQuery, textMatches } from './filterText';
import { recordMatches, type RecordFilter } from './recordFilter';
import { TreeRows, TreeRowsBuilder } from './treeRows';

export { TreeRows } from './treeRows';

export type TreeRowKind = 'field' | 'object' | 'list' | 'item' | 'records' | 'record' | 'missing' | 'loading';

/** One visible row of the tree. */
export interface TreeRow {
  /** The formatted path (spec/README.md syntax); unique per row. */
  id: string;
  path: PathSegment[];
  /** aria-level (1 = top). */
  level: number;
  kind: TreeRowKind;
  /** The wire key, or `[i]` for an item. */
  key: string;
  field?: FieldSpec;
  /** Scalars: the value; lists and objects: undefined (see childCount). */
  value?: unknown;
  childCount?: number;
  expandable: boolean;
  expanded: boolean;
  /** The record this row is (or lies in). */
  recordIndex?: number;
  /** Record rows: their one-line title (MaHoSo · name · status). */
  title?: string;
  /** The row itself matches the filter text. */
  match?: boolean;
  posInSet: number;
  setSize: number;
}

/** What the tree is built from. */
export interface TreeSource {
  /** The parsed document (undefined in large-file mode). */
  value: unknown;
  layout: RecordLayout;
  spec: RecordSpec;
  lang: Lang;
  /** Large-file mode: records loaded so far, and the summaries (their identifying value). */
  large?: {
    records: ReadonlyMap<number, unknown>;
    keys: ReadonlyMap<number, string>;
  };
  /** Issue paths of missing fields, to list them where they belong (formatted path → true). */
  missingAt?: (path: string) => boolean;
}

export interface TreeOptions {
  expanded: ReadonlySet<string>;
  /** Free text: label, wire name or value (diacritics and case ignored). */
  text?: string;
  /** "Show every record where field = value". */
  records?: RecordFilter;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function samePath(a: readonly PathSegment[] | undefined, b: readonly PathSegment[]): boolean {
  return !!a && a.length === b.length && a.every((s, i) => s === b[i]);
}

interface Ctx {
  src: TreeSource;
  opts: TreeOptions;
  query?: string;
}

/** A node before it becomes rows: enough to decide visibility and to produce children lazily. */
interface NodeInfo {
  /** formatPath(path), built once from the parent's (100,000 record rows: no re-formatting). */
  id: string;
  path: PathSegment[];
  key: string;
  kind: TreeRowKind;
  field?: FieldSpec;
  value: unknown;
  /** The spec of the node's children (objects, list items). */
  childObject?: ObjectSpec;
  recordIndex?: number;
  title?: string;
}

function childrenOf(ctx: Ctx, node: NodeInfo): NodeInfo[] {
  const { layout } = ctx.src;
  if (node.kind === 'records') return recordNodes(ctx, node);
  const v = node.value;
  if (node.kind === 'record' && ctx.src.large && v === undefined) {
    return [{ id: `${node.id}.…`, path: [...node.path, '…'], key: '…', kind: 'loading', value: undefined, recordIndex: node.recordIndex }];
  }
  const out: NodeInfo[] = [];
  if (Array.isArray(v)) {
    v.forEach((item, i) => out.push(makeNode(childId(node.id, i), [...node.path, i], `[${i}]`, node.field, item, node.childObject, node.recordIndex, true)));
    return out;
  }
  if (!isObject(v)) return out;
  const seen = new Set<FieldSpec>();
  for (const [k, item] of Object.entries(v)) {
    const field = findField(node.childObject, k);
    if (field) seen.add(field);
    const path = [...node.path, k];
    const id = childId(node.id, k);
    if (samePath(layout.arrayPath, path)) {
      out.push({ id, path, key: k, kind: 'records', field, value: item });
    } else if (samePath(layout.singlePath, path) && layout.count === 1) {
      out.push(recordNode(ctx, id, path, k, item, 0));
    } else {
      out.push(makeNode(id, path, k, field, item, childSpec(field), node.recordIndex, false));
    }
  }
  // Fields the spec requires that are absent but reported: listed so their issue has a place.
  if (node.childObject && ctx.src.missingAt) {
    for (const f of node.childObject.fields) {
      if (seen.has(f)) continue;
      const id = childId(node.id, f.name);
      if (ctx.src.missingAt(id)) out.push({ id, path: [...node.path, f.name], key: f.name, kind: 'missing', field: f, value: undefined, recordIndex: node.recordIndex });
    }
  }
  return out;
}

/** The id (formatted path) of a child, from its parent's. */
function childId(parent: string, seg: PathSegment): string {
  return typeof seg === 'number' ? `${parent}[${seg}]` : parent === '' ? seg : `${parent}.${seg}`;
}

function makeNode(id: string, path: PathSegment[], key: string, field: FieldSpec | undefined, value: unknown, childObject: ObjectSpec | undefined, recordIndex: number | undefined, item: boolean): NodeInfo {
  const kind: TreeRowKind = Array.isArray(value) ? 'list' : isObject(value) ? (item ? 'item' : 'object') : 'field';
  // A list item's field is the list's own; its children are described by the item spec.
  const title = kind === 'item' ? itemTitle(value, childObject) : undefined;
  return { id, path, key, kind, field, value, childObject: kind === 'field' ? undefined : childObject, recordIndex, title };
}

function recordNode(ctx: Ctx, id: string, path: PathSegment[], key: string, value: unknown, index: number): NodeInfo {
  const large = ctx.src.large;
  const title = large && value === undefined ? large.keys.get(index) : recordTitleText(recordTitle(value, ctx.src.spec, ctx.src.lang));
  return { id, path, key, kind: 'record', value, childObject: ctx.src.spec.record, recordIndex: index, title };
}

function recordNodes(ctx: Ctx, node: NodeInfo): NodeInfo[] {
  const { layout, large } = ctx.src;
  const list = Array.isArray(node.value) ? node.value : undefined;
  const out: NodeInfo[] = [];
  for (let i = 0; i < layout.count; i++) {
    const value = large ? large.records.get(i) : list?.[i];
    if (ctx.opts.records && !large && !recordMatches(value, ctx.opts.records)) continue;
    out.push(recordNode(ctx, childId(node.id, i), [...node.path, i], `[${i}]`, value, i));
  }
  return out;
}

function isExpandable(node: NodeInfo, ctx: Ctx): boolean {
  if (node.kind === 'records') return ctx.src.layout.count > 0;
  if (node.kind === 'record') return ctx.src.large ? true : Array.isArray(node.value) ? node.value.length > 0 : isObject(node.value) && Object.keys(node.value).length > 0;
  if (node.kind === 'list') return (node.value as unknown[]).length > 0;
  if (node.kind === 'object' || node.kind === 'item') return Object.keys(node.value as object).length > 0;
  return false;
}

function childCount(node: NodeInfo, ctx: Ctx): number | undefined {
  if (node.kind === 'records') return ctx.src.layout.count;
  if (Array.isArray(node.value)) return node.value.length;
  if (isObject(node.value)) return Object.keys(node.value).length;
  return undefined;
}

/** Whether the row itself matches the filter text: wire name, label (both languages), value or its meaning. */
function nodeMatches(ctx: Ctx, node: NodeInfo): boolean {
  const q = ctx.query;
  if (!q) return false;
  if (node.kind === 'record' || node.kind === 'item' || node.kind === 'loading') return node.title ? textMatches(node.title, q) : false;
  if (textMatches(node.key, q)) return true;
  if (node.field && (textMatches(node.field.label.vi, q) || textMatches(node.field.label.en, q))) return true;
  if (node.kind === 'field') {
    const d = describeValue(node.value, node.field, ctx.src.spec, ctx.src.lang);
    if (textMatches(d.raw, q) || (d.meaning !== undefined && textMatches(d.meaning, q))) return true;
    // The other language's meaning too: a code label typed in English while the UI is Vietnamese.
    const other = describeValue(node.value, node.field, ctx.src.spec, ctx.src.lang === 'vi' ? 'en' : 'vi');
    if (other.meaning !== undefined && textMatches(other.meaning, q)) return true;
  }
  return false;
}

function toRow(ctx: Ctx, node: NodeInfo, level: number, expandable: boolean, expanded: boolean, posInSet: number, setSize: number, match: boolean): TreeRow {
  return {
    id: node.id,
    path: node.path,
    level,
    kind: node.kind,
    key: node.key,
    field: node.field,
    value: node.kind === 'field' ? node.value : undefined,
    childCount: childCount(node, ctx),
    expandable,
    expanded: expandable && expanded,
    recordIndex: node.recordIndex,
    title: node.title,
    match: match || undefined,
    posInSet,
    setSize,
  };
}

/** Rows of `nodes` and their expanded descendants (no filter text). */
function plainRows(ctx: Ctx, nodes: NodeInfo[], level: number, out: TreeRowsBuilder): void {
  for (let i = 0; i < nodes.length; i++) nodeRows(ctx, nodes[i], level, i + 1, nodes.length, out);
}

/** The row of one node (number `posInSet` of `setSize` siblings) and, when it is open, its descendants'. */
function nodeRows(ctx: Ctx, node: NodeInfo, level: number, posInSet: number, setSize: number, out: TreeRowsBuilder): void {
  const expandable = isExpandable(node, ctx);
  const expanded = expandable && ctx.opts.expanded.has(node.id);
  out.push(toRow(ctx, node, level, expandable, expanded, posInSet, setSize, false));
  if (!expanded) return;
  if (node.kind === 'records') recordRows(ctx, node, level + 1, out);
  else plainRows(ctx, childrenOf(ctx, node), level + 1, out);
}

/** The index of `value` in an ascending list, or -1. */
function search(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The rows of the records of a records node (no filter text): the open records with their
 * descendants made now, the closed ones between them as ranges made on demand. With "show every
 * record where …", only the records it keeps.
 */
function recordRows(ctx: Ctx, node: NodeInfo, level: number, out: TreeRowsBuilder): void {
  const { layout, large } = ctx.src;
  const list = !large && Array.isArray(node.value) ? node.value : undefined;
  let shown: number[] | undefined;
  if (ctx.opts.records && !large) {
    shown = [];
    for (let i = 0; i < layout.count; i++) if (recordMatches(list?.[i], ctx.opts.records)) shown.push(i);
  }
  const n = shown ? shown.length : layout.count;
  const positionOf = (r: number) => (shown ? search(shown, r) : r < n ? r : -1);
  const prefix = `${node.id}[`;
  /** The position of the record row with this id, or -1 (ids of records are `<list id>[i]`). */
  const positionOfId = (id: string) => {
    if (!id.startsWith(prefix) || !id.endsWith(']')) return -1;
    const digits = id.slice(prefix.length, -1);
    return /^(0|[1-9]\d*)$/.test(digits) ? positionOf(Number(digits)) : -1;
  };
  const nodeAt = (k: number) => {
    const r = shown ? shown[k] : k;
    return recordNode(ctx, childId(node.id, r), [...node.path, r], `[${r}]`, large ? large.records.get(r) : list?.[r], r);
  };
  const closed = (from: number, to: number) =>
    out.run({
      count: to - from,
      make: (j) => {
        const record = nodeAt(from + j);
        return toRow(ctx, record, level, isExpandable(record, ctx), false, from + j + 1, n, false);
      },
      find: (id) => {
        const k = positionOfId(id);
        return k >= from && k < to ? k - from : -1;
      },
    });
  // The open records (a handful), in order.
  const open: number[] = [];
  for (const id of ctx.opts.expanded) {
    const k = positionOfId(id);
    if (k >= 0) open.push(k);
  }
  open.sort((a, b) => a - b);
  let from = 0;
  for (const k of open) {
    closed(from, k);
    nodeRows(ctx, nodeAt(k), level, k + 1, n, out);
    from = k + 1;
  }
  closed(from, n);
}

/**
 * Rows of the nodes that match the filter text or hold a match, with the way to them expanded.
 * A match's own children are not listed unless they match too (the match is what was asked for).
 */
function filteredRows(ctx: Ctx, nodes: NodeInfo[], level: number): TreeRow[] {
  const kept: { node: NodeInfo; match: boolean; expandable: boolean; below: TreeRow[] }[] = [];
  for (const node of nodes) {
    const match = nodeMatches(ctx, node);
    const expandable = isExpandable(node, ctx);
    const below = expandable ? filteredRows(ctx, childrenOf(ctx, node), level + 1) : [];
    if (match || below.length) kept.push({ node, match, expandable, below });
  }
  const out: TreeRow[] = [];
  kept.forEach(({ node, match, expandable, below }, i) => {
    out.push(toRow(ctx, node, level, expandable, below.length > 0, i + 1, kept.length, match));
    for (const r of below) out.push(r);
  });
  return out;
}

/** The records node of a document that is a bare array of records (its records are the top rows). */
function topRecords(ctx: Ctx): NodeInfo | undefined {
  const { layout, large, value } = ctx.src;
  return layout.arrayPath && layout.arrayPath.length === 0 ? { id: '', path: [], key: '', kind: 'records', value: large ? undefined : value } : undefined;
}

/** The top nodes: the document's own keys (envelope, reply), or its records (bare array, single record). */
function topNodes(ctx: Ctx): NodeInfo[] {
  const { value, layout, spec } = ctx.src;
  const records = topRecords(ctx);
  if (records) return recordNodes(ctx, records);
  if (ctx.src.large) {
    const path = layout.arrayPath ?? layout.singlePath ?? [];
    const id = formatPath(path);
    if (layout.arrayPath) return [{ id, path, key: String(path[path.length - 1]), kind: 'records', field: spec.fieldAt(path), value: undefined }];
    return [recordNode(ctx, id, path, String(path[path.length - 1] ?? ''), ctx.src.large.records.get(0), 0)];
  }
  if (layout.singlePath && layout.singlePath.length === 0 && layout.count === 1) return [recordNode(ctx, '', [], '', value, 0)];
  return childrenOf(ctx, { id: '', path: [], key: '', kind: 'object', value, childObject: spec.envelope });
}

/** The visible rows of the tree. */
export function buildTreeRows(src: TreeSource, opts: TreeOptions): TreeRows {
  const query = opts.text ? normalizeQuery(opts.text) : undefined;
  const ctx: Ctx = { src, opts, query: query || undefined };
  const out = new TreeRowsBuilder();
  const records = topRecords(ctx);
  // A filter text has to look at every node: those rows are made now.
  if (ctx.query) for (const row of filteredRows(ctx, topNodes(ctx), 1)) out.push(row);
  else if (records) recordRows(ctx, records, 1, out);
  else plainRows(ctx, topNodes(ctx), 1, out);
  return out.done();
}

/** The ids of every ancestor of a path (the nodes to expand to reveal it). */
export function ancestorIds(path: readonly PathSegment[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) out.push(formatPath(path.slice(0, i)));
  return out;
}

/** The row showing a path: the row of the path itself, or of its nearest shown ancestor. */
export function rowIndexOf(rows: TreeRows, path: readonly PathSegment[]): number {
  for (let n = path.length; n >= 0; n--) {
    const i = rows.indexOf(formatPath(path.slice(0, n)));
    if (i >= 0) return i;
  }
  return -1;
}
