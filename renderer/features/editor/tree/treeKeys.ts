/**
 * The tree's keyboard, as the WAI-ARIA treeview pattern describes it: ↑/↓ move, Home/End jump,
 * → opens a node or moves into it, ← closes it or moves to its parent, Enter selects (the other
 * views follow). Record shortcuts: Alt+↑/↓ move the record, Delete removes it; Shift+F10 or
 * the context-menu key opens the row's menu. Pure, so every key is testable without a DOM.
 */
import { formatPath } from '../../../../shared/issues/issue';
import type { TreeRows } from './treeRows';

export type TreeKeyAction =
  | { type: 'focus'; index: number }
  | { type: 'expand'; index: number }
  | { type: 'collapse'; index: number }
  | { type: 'select'; index: number }
  | { type: 'menu'; index: number }
  | { type: 'record'; index: number; action: 'up' | 'down' | 'delete' };

export interface KeyInput {
  key: string;
  altKey?: boolean;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The parent row of row `index`, or -1 for a top row: a node's parent is the node of its path
 * without the last step (found by id, not by walking up past thousands of record rows).
 */
export function parentIndex(rows: TreeRows, index: number): number {
  const path = rows.at(index)?.path;
  return path && path.length > 0 ? rows.indexOf(formatPath(path.slice(0, -1))) : -1;
}

/** What a key does at the active row; undefined when the tree does not handle it. */
export function treeKeyAction(rows: TreeRows, active: number, e: KeyInput): TreeKeyAction | undefined {
  if (rows.length === 0 || e.ctrlKey || e.metaKey) return undefined;
  const at = Math.min(Math.max(active, 0), rows.length - 1);
  const row = rows.at(at)!;
  const isRecord = row.kind === 'record';
  if (e.altKey) {
    if (isRecord && e.key === 'ArrowUp') return { type: 'record', index: at, action: 'up' };
    if (isRecord && e.key === 'ArrowDown') return { type: 'record', index: at, action: 'down' };
    return undefined;
  }
  switch (e.key) {
    case 'ArrowDown':
      return { type: 'focus', index: active < 0 ? 0 : Math.min(at + 1, rows.length - 1) };
    case 'ArrowUp':
      return { type: 'focus', index: active < 0 ? 0 : Math.max(at - 1, 0) };
    case 'Home':
      return { type: 'focus', index: 0 };
    case 'End':
      return { type: 'focus', index: rows.length - 1 };
    case 'ArrowRight':
      if (row.expandable && !row.expanded) return { type: 'expand', index: at };
      if (row.expanded && at + 1 < rows.length && rows.at(at + 1)!.level > row.level) return { type: 'focus', index: at + 1 };
      return undefined;
    case 'ArrowLeft': {
      if (row.expanded) return { type: 'collapse', index: at };
      const parent = parentIndex(rows, at);
      return parent >= 0 ? { type: 'focus', index: parent } : undefined;
    }
    case 'Enter':
    case ' ':
      return { type: 'select', index: at };
    case 'ContextMenu':
      return { type: 'menu', index: at };
    case 'F10':
      return e.shiftKey ? { type: 'menu', index: at } : undefined;
    case 'Delete':
      return isRecord ? { type: 'record', index: at, action: 'delete' } : undefined;
    default:
      return undefined;
  }
}
