/**
 * One item of a nested list: a header (its number and first value, its issue badges, open/close,
 * move up/down, duplicate, remove) and, when open, its fields. Each item is a named group, so
 * "TaiLieuNop[2]"'s TenTepDinhKem is found apart from the others'. A record may carry hundreds
 * of files: the header is light (native hover titles) and redrawn only when what it shows
 * changed.
 */
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, IconButton, Typography } from '@mui/material';
import { memo, type ReactElement } from 'react';
import type { IssueCounts } from '../../../../shared/document/issueIndex';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import type { ObjectSpec } from '../../../../shared/spec/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import { itemTitle } from '../tree/describe';
import { IssueBadges } from '../tree/IssueBadges';
import { FieldIssues } from './FieldIssues';
import { useForm, useFormActions, useIssuesAt } from './FormContext';
import { JsonInput } from './inputs/JsonInput';
import { ObjectFields } from './ObjectFields';

export interface ListItemProps {
  listPath: PathSegment[];
  wire: string;
  index: number;
  count: number;
  item: unknown;
  itemSpec?: ObjectSpec;
  itemLabel: string;
  open: boolean;
  /** Issue counts of the item (its badges). */
  counts: IssueCounts;
  readOnly: boolean;
  onToggle(index: number, open: boolean): void;
}

// A native hover title, not a MUI Tooltip: a list of hundreds of files has four buttons per item.
function Act({ title, onClick, disabled, icon }: { title: string; onClick(): void; disabled?: boolean; icon: ReactElement }) {
  return (
    <IconButton size="small" aria-label={title} title={title} onClick={onClick} disabled={disabled}>
      {icon}
    </IconButton>
  );
}

/** The open item's own issues and fields (these follow the issues; the header need not). */
function ItemBody({ path, item, itemSpec, name }: { path: PathSegment[]; item: unknown; itemSpec?: ObjectSpec; name: string }) {
  const { t } = useI18n();
  const form = useForm();
  const key = formatPath(path);
  const issues = useIssuesAt(key);
  const isObject = item !== null && typeof item === 'object' && !Array.isArray(item);
  return (
    <Box sx={{ px: 1.5, pb: 1.5, pt: 0.5 }}>
      <FieldIssues id={`${key}-issues`} issues={issues} />
      {isObject ? (
        <ObjectFields object={itemSpec} value={item} path={path} />
      ) : (
        <JsonInput id={`${key}-json`} label={name} value={item} onWrite={(v) => form.set(path, v)} disabled={form.readOnly} error={false} note={t('formView.jsonShape')} />
      )}
    </Box>
  );
}

function ListItemImpl({ listPath, wire, index, count, item, itemSpec, itemLabel, open, counts, readOnly, onToggle }: ListItemProps) {
  const { t, lang } = useI18n();
  const form = useFormActions();
  const path = [...listPath, index];
  const key = formatPath(path);
  const name = `${wire}[${index}]`;
  const groupName = `${itemLabel} ${formatNumber(index + 1, lang)} (${name})`;
  const title = itemTitle(item, itemSpec);
  const move = (to: number) => {
    if (form.move(listPath, index, to)) form.reveal([...listPath, to]);
  };
  return (
    <Box role="group" aria-label={groupName} data-field={key} tabIndex={-1} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, outline: 'none', bgcolor: 'background.default' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', px: 0.5, minHeight: 36 }}>
        <IconButton size="small" aria-expanded={open} aria-label={t(open ? 'formView.itemClose' : 'formView.itemOpen', { name })} onClick={() => onToggle(index, open)}>
          {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
        </IconButton>
        <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {itemLabel} {formatNumber(index + 1, lang)}
        </Typography>
        {title && (
          <Typography variant="body2" color="text.secondary" noWrap sx={{ ml: 1, minWidth: 0 }}>
            · {title}
          </Typography>
        )}
        <IssueBadges counts={counts} />
        <Box sx={{ flex: 1 }} />
        {!readOnly && (
          <>
            <Act title={t('formView.itemUp', { name })} disabled={index === 0} onClick={() => move(index - 1)} icon={<ArrowUpwardIcon fontSize="small" />} />
            <Act title={t('formView.itemDown', { name })} disabled={index >= count - 1} onClick={() => move(index + 1)} icon={<ArrowDownwardIcon fontSize="small" />} />
            <Act
              title={t('formView.itemDuplicate', { name })}
              onClick={() => form.duplicate(listPath, index) && form.reveal([...listPath, index + 1])}
              icon={<ContentCopyIcon fontSize="small" />}
            />
            <Act title={t('formView.itemRemove', { name })} onClick={() => form.remove(path)} icon={<DeleteOutlinedIcon fontSize="small" />} />
          </>
        )}
      </Box>
      {open && <ItemBody path={path} item={item} itemSpec={itemSpec} name={name} />}
    </Box>
  );
}

/** Deep equality of two JSON values (items are small: comparing is cheaper than redrawing). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameJson((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[kb[i]])) return false;
  }
  return true;
}

/**
 * An item; redrawn only when what it shows changed — each edit parses the document anew, so an
 * unchanged item arrives as a new object with the same content.
 */
export const ListItem = memo(
  ListItemImpl,
  (a, b) =>
    a.index === b.index &&
    a.count === b.count &&
    a.open === b.open &&
    a.wire === b.wire &&
    a.itemLabel === b.itemLabel &&
    a.itemSpec === b.itemSpec &&
    a.readOnly === b.readOnly &&
    a.onToggle === b.onToggle &&
    a.counts.error === b.counts.error &&
    a.counts.warning === b.counts.warning &&
    formatPath(a.listPath) === formatPath(b.listPath) &&
    sameJson(a.item, b.item),
);
