/**
 * One row of the outline tree: the Vietnamese (or English) label beside the wire name, the value
 * with its meaning (a code's label, a date as dd/MM/yyyy HH:mm), and the issue badges. A
 * treeitem of an ARIA tree whose focus stays on the tree (aria-activedescendant), so that the
 * virtual list can drop rows that scrolled away.
 */
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, Tooltip } from '@mui/material';
import { memo, type CSSProperties, type MouseEvent } from 'react';
import type { IssueCounts } from '../../../../shared/document/issueIndex';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import type { RecordSpec } from '../model/recordSpec';
import { describeValue, fieldLabel } from './describe';
import { IssueBadges } from './IssueBadges';
import type { TreeRow } from './treeModel';
import { MONO } from '../../../theme/fonts';

export const ROW_HEIGHT = 28;

export interface TreeRowViewProps {
  row: TreeRow;
  domId: string;
  style: CSSProperties;
  active: boolean;
  selected: boolean;
  counts: IssueCounts;
  spec: RecordSpec;
  onActivate(row: TreeRow): void;
  onToggle(row: TreeRow): void;
  onMenu(row: TreeRow, event: MouseEvent): void;
}


/** The value part of a field row. */
function ValuePart({ row, spec }: { row: TreeRow; spec: RecordSpec }) {
  const { t, lang } = useI18n();
  if (row.kind === 'missing') return <Box component="span" sx={{ color: 'error.main', fontStyle: 'italic' }}>{t('tree.missing')}</Box>;
  const d = describeValue(row.value, row.field, spec, lang);
  if (d.type === 'string' && d.raw === '') {
    return <Box component="span" sx={{ color: 'text.disabled', fontStyle: 'italic' }}>{t('tree.emptyValue')}</Box>;
  }
  const raw = d.raw;
  const odd = d.odd === 'not-a-date' ? t('tree.notDate') : d.odd === 'not-in-list' ? t('tree.notInList') : undefined;
  // A date reads as its display form; the wire value stays in the hover text.
  const shown = row.field?.format === 'datetime14' || row.field?.format === 'date8' ? (d.meaning ?? raw) : raw;
  const meaning = d.meaning && shown !== d.meaning ? d.meaning : undefined;
  return (
    <>
      {/* Values in the interface font: monospace fonts lack good Vietnamese diacritics. */}
      <Box component="span" sx={{ fontWeight: 500, color: odd ? 'warning.main' : d.type === 'string' ? 'text.primary' : 'info.main' }}>
        {shown}
      </Box>
      {meaning && (
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {' — '}
          {meaning}
        </Box>
      )}
      {odd && (
        <Box component="span" sx={{ color: 'warning.main', fontStyle: 'italic' }}>
          {' ('}
          {odd})
        </Box>
      )}
    </>
  );
}

/** The hover text: the full value as written, the field's help and where the spec defines it. */
function hoverText(row: TreeRow, tl: (l: { vi: string; en: string } | undefined) => string): string {
  const parts: string[] = [];
  if (row.kind === 'field' && row.value !== undefined) parts.push(typeof row.value === 'string' ? row.value : JSON.stringify(row.value));
  if (row.field?.help) parts.push(tl(row.field.help));
  return parts.join('\n\n');
}

function TreeRowViewImpl({ row, domId, style, active, selected, counts, spec, onActivate, onToggle, onMenu }: TreeRowViewProps) {
  const { t, tl, lang } = useI18n();
  const label = fieldLabel(row.field, lang);
  const isRecord = row.kind === 'record';
  const isItem = row.kind === 'item' || (row.kind === 'list' && row.key.startsWith('['));
  const unknown = !row.field && !isRecord && !isItem && row.kind !== 'loading' && !row.key.startsWith('[');
  const count =
    row.childCount === undefined
      ? undefined
      : row.kind === 'records'
        ? t('count.records', { n: formatNumber(row.childCount, lang), count: row.childCount })
        : row.kind === 'list'
          ? t('tree.items', { n: formatNumber(row.childCount, lang), count: row.childCount })
          : undefined;
  const hover = hoverText(row, tl);
  const index = typeof row.path[row.path.length - 1] === 'number' ? (row.path[row.path.length - 1] as number) + 1 : undefined;

  return (
    <Box
      role="treeitem"
      id={domId}
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={selected}
      data-path={row.id}
      onClick={() => onActivate(row)}
      onDoubleClick={() => row.expandable && onToggle(row)}
      onContextMenu={(e: MouseEvent) => onMenu(row, e)}
      style={style}
      sx={{
        display: 'flex',
        alignItems: 'center',
        height: ROW_HEIGHT,
        pl: `${(row.level - 1) * 18 + 4}px`,
        pr: 1,
        cursor: 'default',
        whiteSpace: 'nowrap',
        fontSize: 13.5,
        bgcolor: selected ? 'action.selected' : row.match ? 'action.hover' : undefined,
        outline: active ? '2px solid' : undefined,
        outlineColor: 'primary.main',
        outlineOffset: -2,
        '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
      }}
    >
      <Box
        component="span"
        aria-hidden
        onClick={(e: MouseEvent) => {
          e.stopPropagation();
          if (row.expandable) onToggle(row);
          onActivate(row);
        }}
        sx={{ width: 20, height: 20, display: 'inline-flex', alignItems: 'center', justifyContent: 'center', flexShrink: 0, color: 'text.secondary' }}
      >
        {row.expandable && (row.expanded ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />)}
      </Box>
      <Tooltip title={hover ? <Box sx={{ whiteSpace: 'pre-wrap' }}>{hover}</Box> : ''} placement="bottom-start" enterDelay={600} disableInteractive>
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0, flex: '0 1 auto' }}>
          {isRecord ? (
            <Numbered name={t('tree.record', { n: index !== undefined ? formatNumber(index, lang) : '1' })} weight={600} title={row.title} />
          ) : row.kind === 'loading' ? (
            <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
              {t('tree.loading')}
            </Box>
          ) : isItem ? (
            <Numbered name={t('tree.item', { n: index !== undefined ? formatNumber(index, lang) : '' })} weight={500} title={row.title} />
          ) : (
            <>
              {row.key.startsWith('[') ? (
                <span>{t('tree.item', { n: index !== undefined ? formatNumber(index, lang) : '' })}</span>
              ) : (
                <>
                  {label && <span>{label} </span>}
                  <Box component="span" sx={{ fontFamily: MONO, fontSize: 12.5, color: unknown ? 'warning.main' : 'text.secondary' }}>
                    {row.key}
                  </Box>
                </>
              )}
              {unknown && (
                <Box component="span" sx={{ color: 'warning.main', fontStyle: 'italic' }}>
                  {' ('}
                  {t('tree.unknownKey')})
                </Box>
              )}
              {(row.kind === 'field' || row.kind === 'missing') && (
                <>
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    {': '}
                  </Box>
                  <ValuePart row={row} spec={spec} />
                </>
              )}
              {count && (
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {' ('}
                  {count})
                </Box>
              )}
            </>
          )}
        </Box>
      </Tooltip>
      <IssueBadges counts={counts} />
    </Box>
  );
}

/** A row; re-rendered only when something it shows changed. */
export const TreeRowView = memo(TreeRowViewImpl);

/** "Bản ghi 3 · title" / "Mục 2 · title": a record's or an item's number, then its title when it has one. */
function Numbered({ name, weight, title }: { name: string; weight: number; title?: string }) {
  return (
    <>
      <Box component="span" sx={{ fontWeight: weight }}>
        {name}
      </Box>
      {title && (
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {' · '}
          {title}
        </Box>
      )}
    </>
  );
}
