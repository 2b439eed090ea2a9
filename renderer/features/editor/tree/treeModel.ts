/**
 * The rows of the outline tree (issue 4 §1 "Tree"), as a flat list for a virtual list: the
 * envelope's fields, the records list, each record, its fields and nested lists, in the order
 * they are written. Only expanded nodes contribute rows, so a 100,000-record batch costs one row
 * per record until one is opened. With a filter, only the nodes that match (and the way to them)
 * are listed. Pure: the view memoises it per document version, expansion and filter.
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
function plainRows(ctx: Ctx, nodes: NodeInfo[], level: number, out: TreeRow[]): void {
  const n = nodes.length;
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    const expandable = isExpandable(node, ctx);
    const expanded = expandable && ctx.opts.expanded.has(node.id);
    out.push(toRow(ctx, node, level, expandable, expanded, i + 1, n, false));
    if (expanded) plainRows(ctx, childrenOf(ctx, node), level + 1, out);
  }
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

/** The top nodes: the document's own keys (envelope, reply), or its records (bare array, single record). */
function topNodes(ctx: Ctx): NodeInfo[] {
  const { value, layout, spec } = ctx.src;
  if (ctx.src.large) {
    const path = layout.arrayPath ?? layout.singlePath ?? [];
    const id = formatPath(path);
    if (layout.arrayPath && layout.arrayPath.length === 0) return recordNodes(ctx, { id: '', path: [], key: '', kind: 'records', value: undefined });
    if (layout.arrayPath) return [{ id, path, key: String(path[path.length - 1]), kind: 'records', field: spec.fieldAt(path), value: undefined }];
    return [recordNode(ctx, id, path, String(path[path.length - 1] ?? ''), ctx.src.large.records.get(0), 0)];
  }
  if (layout.arrayPath && layout.arrayPath.length === 0) return recordNodes(ctx, { id: '', path: [], key: '', kind: 'records', value });
  if (layout.singlePath && layout.singlePath.length === 0 && layout.count === 1) return [recordNode(ctx, '', [], '', value, 0)];
  return childrenOf(ctx, { id: '', path: [], key: '', kind: 'object', value, childObject: spec.envelope });
}

/** The visible rows of the tree. */
export function buildTreeRows(src: TreeSource, opts: TreeOptions): TreeRow[] {
  const query = opts.text ? normalizeQuery(opts.text) : undefined;
  const ctx: Ctx = { src, opts, query: query || undefined };
  const top = topNodes(ctx);
  if (ctx.query) return filteredRows(ctx, top, 1);
  const out: TreeRow[] = [];
  plainRows(ctx, top, 1, out);
  return out;
}

/** The ids of every ancestor of a path (the nodes to expand to reveal it). */
export function ancestorIds(path: readonly PathSegment[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) out.push(formatPath(path.slice(0, i)));
  return out;
}

/** The row showing a path: the row of the path itself, or of its nearest shown ancestor. */
export function rowIndexOf(rows: readonly TreeRow[], path: readonly PathSegment[], byId?: ReadonlyMap<string, number>): number {
  const index = byId ?? new Map(rows.map((r, i) => [r.id, i]));
  for (let n = path.length; n >= 0; n--) {
    const i = index.get(formatPath(path.slice(0, n)));
    if (i !== undefined) return i;
  }
  return -1;
}
