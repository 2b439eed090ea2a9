/**
 * The Tree view (issue 4 §1): envelope → records → fields and nested lists, labelled from the
 * spec, codes and dates decoded, issue badges rolled up, a filter box, the record actions, and
 * "show every record where field = value". Virtualised, so a 100,000-record batch scrolls
 * smoothly; in large-file mode records are read from the worker as they come into view.
 * Selecting a node selects it in every view; a selection made elsewhere opens the way to it.
 */
import FilterAltIcon from '@mui/icons-material/FilterAlt';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Localized } from '../../../../shared/i18n/localized';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import { recordPath } from '../../../../shared/document/records';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import { useEditor } from '../model/EditorContext';
import { useRecordSpec } from '../model/recordSpec';
import type { EditorViewProps } from '../views';
import { filterFor, recordMatches, type RecordFilter } from './recordFilter';
import { TreeContextMenu, type TreeMenuState } from './TreeContextMenu';
import { treeKeyAction } from './treeKeys';
import { ancestorIds, buildTreeRows, rowIndexOf, TreeRows, type TreeRow } from './treeModel';
import { ROW_HEIGHT, TreeRowView } from './TreeRowView';
import { TreeToolbar, type RecordCommand } from './TreeToolbar';
import { useDebounced } from './useDebounced';
import { useLargeRecords } from './useLargeRecords';
import { useRecordActions, type RecordActionResult } from './useRecordActions';
import { useTreeState } from './useTreeState';

/** The tree of the active document. */
export function TreeView({ doc }: EditorViewProps) {
  const { t, lang } = useI18n();
  const spec = useRecordSpec();
  const { select, store } = useEditor();
  const uid = useId();
  const layout = doc.layout;
  const parse = doc.parse;
  const value = parse.state === 'ok' ? parse.value : undefined;
  const large = useLargeRecords(doc.large);
  const tree = useTreeState(store, doc.id, layout);
  const { expanded, filter, records: recordFilter, activeId } = tree.state;
  const filterText = useDebounced(filter, value !== undefined && doc.text.length < 200_000 ? 120 : 300);
  const actions = useRecordActions(doc, spec);
  const [menu, setMenu] = useState<TreeMenuState>();
  const [problem, setProblem] = useState<Localized>();
  const scrollRef = useRef<HTMLDivElement>(null);
  const pending = useRef<PathSegment[] | undefined>(undefined);
  const issues = doc.issues;

  const missingAt = useCallback((p: string) => issues.at(p).length > 0, [issues]);
  const largeData = doc.large ? { records: large.records, keys: large.keys } : undefined;
  const rows = useMemo(
    () => (value === undefined && !doc.large ? TreeRows.EMPTY : buildTreeRows({ value, layout, spec, lang, large: largeData, missingAt }, { expanded, text: filterText, records: recordFilter })),
    // largeData is a new object each render; its contents change with large.version.
    [value, layout, spec, lang, large.version, doc.large, missingAt, expanded, filterText, recordFilter],
  );
  const activeIndex = activeId !== undefined ? rows.indexOf(activeId) : -1;
  const activeRow = rows.at(activeIndex);
  const selectedId = doc.selection ? formatPath(doc.selection.path) : undefined;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Keyed by position (the default): a key per row would make every one of 100,000 rows.
  });
  const items = virtualizer.getVirtualItems();

  // Large-file mode: the identifying values of the records in view, and the records opened.
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (!doc.large) return;
    let lo = Infinity;
    let hi = -1;
    for (let i = first; i <= last; i++) {
      const r = rows.at(i);
      if (r?.kind === 'record' && r.recordIndex !== undefined && !large.keys.has(r.recordIndex)) {
        lo = Math.min(lo, r.recordIndex);
        hi = Math.max(hi, r.recordIndex);
      }
      if (r?.kind === 'loading' && r.recordIndex !== undefined) large.ensureRecord(r.recordIndex);
    }
    if (hi >= 0) large.ensureKeys(lo, hi);
  }, [doc.large, rows, first, last, large]);
  useEffect(() => {
    // The filter searches every record's identifying value: ask for all of them once.
    if (doc.large && filterText.trim()) large.ensureKeys(0, layout.count - 1);
  }, [doc.large, filterText, layout.count, large]);

  /** Opens the way to a path; the effect below scrolls to it once its row exists. */
  const reveal = useCallback(
    (path: readonly PathSegment[]) => {
      pending.current = [...path];
      tree.expandAll(ancestorIds(path));
      if (doc.large) {
        const rec = path.length > (layout.arrayPath?.length ?? 0) ? path[layout.arrayPath?.length ?? 0] : undefined;
        if (typeof rec === 'number') large.ensureRecord(rec);
      }
    },
    [tree, doc.large, layout.arrayPath, large],
  );

  useEffect(() => {
    const path = pending.current;
    if (!path) return;
    const exact = rows.indexOf(formatPath(path));
    const i = exact >= 0 ? exact : rowIndexOf(rows, path);
    if (exact < 0 && (filterText || recordFilter)) {
      // The node is hidden by a filter: show everything, then reveal it.
      tree.clearFilters();
      return;
    }
    if (i < 0) {
      pending.current = undefined;
      return;
    }
    tree.setActive(rows.at(i)!.id);
    // A node shown for a selection made elsewhere sits in the middle, with its context around it.
    virtualizer.scrollToIndex(i, { align: 'center' });
    // Large-file mode: the record may still be loading; keep trying until its fields arrived.
    const waiting = doc.large && exact < 0 && rows.loading;
    if (!waiting) pending.current = undefined;
  }, [rows, filterText, recordFilter, tree, virtualizer, doc.large]);

  // Follow a selection made in another view (issue 4 §2).
  const selection = doc.selection;
  useEffect(() => {
    if (selection && selection.source !== 'tree') reveal(selection.path);
    // Only a new selection moves the tree, not a re-render.
  }, [selection?.seq]);

  const focusTree = () => scrollRef.current?.focus({ preventScroll: true });

  const activate = useCallback(
    (row: TreeRow) => {
      tree.setActive(row.id);
      if (row.kind !== 'loading') select(row.path, 'tree');
      scrollRef.current?.focus({ preventScroll: true });
    },
    [tree, select],
  );

  const toggle = useCallback((row: TreeRow) => tree.toggle(row.id), [tree]);

  const openMenu = useCallback(
    (row: TreeRow, e: MouseEvent) => {
      e.preventDefault();
      tree.setActive(row.id);
      setMenu({ row, x: e.clientX, y: e.clientY });
    },
    [tree],
  );

  const done = (r: RecordActionResult) => {
    if (!r.ok) return setProblem(r.reason);
    setProblem(undefined);
    if (r.path) {
      select(r.path, 'tree');
      reveal(r.path);
    }
  };

  const runRecord = (index: number | undefined, command: RecordCommand) => {
    if (command === 'add') return done(actions.add(index));
    if (index === undefined) return;
    if (command === 'duplicate') done(actions.duplicate(index));
    else if (command === 'delete') done(actions.remove(index));
    else done(actions.move(index, command === 'up' ? -1 : 1));
  };

  /** "Show every record where …" for a field row inside a record. */
  const sameValueFilter = (row: TreeRow | undefined): RecordFilter | undefined => {
    if (!row || row.kind !== 'field' || row.recordIndex === undefined || doc.large) return undefined;
    const base = recordPath(layout, row.recordIndex);
    return base ? filterFor(row.path, base, row.value) : undefined;
  };
  const sameValueText = (f: RecordFilter | undefined) => (f ? t('tree.filterSame', { field: f.label, value: f.value }) : undefined);
  const activeSame = sameValueFilter(activeRow);
  const menuSame = sameValueFilter(menu?.row);

  const applySame = (f: RecordFilter | undefined) => {
    if (!f) return;
    tree.setRecords(f);
    tree.expandAll(layout.arrayPath ? [formatPath(layout.arrayPath)] : []);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const action = treeKeyAction(rows, activeIndex, e);
    if (!action) return;
    e.preventDefault();
    const row = rows.at(action.index)!;
    switch (action.type) {
      case 'focus':
        tree.setActive(row.id);
        virtualizer.scrollToIndex(action.index, { align: 'auto' });
        break;
      case 'expand':
        tree.toggle(row.id, true);
        break;
      case 'collapse':
        tree.toggle(row.id, false);
        break;
      case 'select':
        if (row.kind !== 'loading') select(row.path, 'tree');
        break;
      case 'menu': {
        const el = document.getElementById(domId(row));
        const box = el?.getBoundingClientRect();
        setMenu({ row, x: (box?.left ?? 0) + 40, y: (box?.bottom ?? 0) });
        break;
      }
      case 'record':
        runRecord(row.recordIndex, action.action);
        break;
    }
  };

  const domId = (row: TreeRow) => `${uid}-${encodeURIComponent(row.id)}`;

  const recordStats = useMemo(() => {
    if (!recordFilter || !layout.arrayPath || value === undefined) return undefined;
    let list: unknown = value;
    for (const seg of layout.arrayPath) list = (list as Record<string | number, unknown> | undefined)?.[seg as never];
    const all = Array.isArray(list) ? list : [];
    return { shown: all.filter((r) => recordMatches(r, recordFilter)).length, total: all.length };
  }, [recordFilter, layout.arrayPath, value]);

  if (value === undefined && !doc.large) {
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="info">{t('tree.notJson')}</Alert>
      </Box>
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, bgcolor: 'background.paper' }}>
      <TreeToolbar
        filter={filter}
        onFilter={tree.setFilter}
        onLeaveFilter={() => {
          if (activeIndex < 0 && rows.length) tree.setActive(rows.at(Math.max(rows.firstMatch, 0))!.id);
          focusTree();
        }}
        record={activeRow?.recordIndex}
        recordCount={layout.count}
        editable={actions.editable}
        onRecord={(c) => runRecord(activeRow?.recordIndex, c)}
        sameValue={sameValueText(activeSame)}
        onSameValue={() => applySame(activeSame)}
        onCollapseAll={tree.collapseAll}
      />
      {recordFilter && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.5, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover' }}>
          <FilterAltIcon fontSize="small" color="primary" />
          <Typography variant="body2" role="status" sx={{ flex: 1, minWidth: 0 }}>
            {t('tree.recordFilter', {
              shown: formatNumber(recordStats?.shown ?? 0, lang),
              total: formatNumber(recordStats?.total ?? 0, lang),
              field: recordFilter.label,
              value: recordFilter.value,
            })}
          </Typography>
          <Button size="small" onClick={() => tree.setRecords(undefined)}>
            {t('tree.recordFilterClear')}
          </Button>
        </Box>
      )}
      {doc.large && (
        <Alert severity="info" sx={{ borderRadius: 0, py: 0 }}>
          {t('tree.largeNote')}
        </Alert>
      )}
      {problem && (
        <Alert severity="warning" onClose={() => setProblem(undefined)} sx={{ borderRadius: 0 }}>
          {problem[lang]}
        </Alert>
      )}
      {rows.length === 0 && (
        <Typography sx={{ p: 2 }} color="text.secondary" role="status">
          {filterText ? t('tree.noMatch', { text: filterText }) : t('tree.empty')}
        </Typography>
      )}
      <Box
        ref={scrollRef}
        role="tree"
        aria-label={t('tree.label')}
        tabIndex={0}
        aria-activedescendant={activeRow ? domId(activeRow) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (activeIndex < 0 && rows.length) tree.activateIfNone(rows.at(0)!.id);
        }}
        sx={{ flex: 1, minHeight: 0, overflow: 'auto', outline: 'none', '&:focus-visible': { boxShadow: (th) => `inset 0 0 0 2px ${th.palette.primary.main}` } }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: '100%', width: 'max-content' }}>
          {items.map((item) => {
            const row = rows.at(item.index);
            if (!row) return null;
            const counts = row.kind === 'record' && row.recordIndex !== undefined ? issues.recordCounts(row.recordIndex) : issues.counts(row.id);
            return (
              <TreeRowView
                key={row.id}
                row={row}
                domId={domId(row)}
                style={{ position: 'absolute', top: 0, left: 0, minWidth: '100%', transform: `translateY(${item.start}px)` }}
                active={row.id === activeId}
                selected={row.id === selectedId}
                counts={counts}
                spec={spec}
                onActivate={activate}
                onToggle={toggle}
                onMenu={openMenu}
              />
            );
          })}
        </div>
      </Box>
      <TreeContextMenu
        menu={menu}
        onClose={() => {
          setMenu(undefined);
          focusTree();
        }}
        editable={actions.editable}
        recordCount={layout.count}
        sameValue={sameValueText(menuSame)}
        onRecord={(row, c) => runRecord(row.recordIndex, c)}
        onSameValue={() => applySame(menuSame)}
      />
    </Box>
  );
}
