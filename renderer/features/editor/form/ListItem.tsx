/**
 * One item of a nested list: a header (its number and first value, its issue badges, open/close,
 * move up/down, duplicate, remove) and, when open, its fields. Each item is a named group, so
 * "TaiLieuNop[2]"'s TenTepDinhKem is found apart from the others'.
 */
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import type { ObjectSpec } from '../../../../shared/spec/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import { itemTitle } from '../tree/describe';
import { IssueBadges } from '../tree/IssueBadges';
import { FieldIssues } from './FieldIssues';
import { useForm } from './FormContext';
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
  onToggle(): void;
}

function Act({ title, onClick, disabled, icon }: { title: string; onClick(): void; disabled?: boolean; icon: ReactElement }) {
  return (
    <Tooltip title={title}>
      <span>
        <IconButton size="small" aria-label={title} onClick={onClick} disabled={disabled}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

/** The item. */
export function ListItem({ listPath, wire, index, count, item, itemSpec, itemLabel, open, onToggle }: ListItemProps) {
  const { t, lang } = useI18n();
  const form = useForm();
  const path = [...listPath, index];
  const key = formatPath(path);
  const name = `${wire}[${index}]`;
  const groupName = `${itemLabel} ${formatNumber(index + 1, lang)} (${name})`;
  const title = itemTitle(item, itemSpec);
  const isObject = item !== null && typeof item === 'object' && !Array.isArray(item);
  const move = (to: number) => {
    if (form.move(listPath, index, to)) form.reveal([...listPath, to]);
  };
  return (
    <Box role="group" aria-label={groupName} data-field={key} tabIndex={-1} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, outline: 'none', bgcolor: 'background.default' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', px: 0.5, minHeight: 36 }}>
        <IconButton size="small" aria-expanded={open} aria-label={t(open ? 'formView.itemClose' : 'formView.itemOpen', { name })} onClick={onToggle}>
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
        <IssueBadges counts={form.issues.counts(key)} />
        <Box sx={{ flex: 1 }} />
        {!form.readOnly && (
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
      {open && (
        <Box sx={{ px: 1.5, pb: 1.5, pt: 0.5 }}>
          <FieldIssues id={`${key}-issues`} issues={form.issues.at(key)} />
          {isObject ? (
            <ObjectFields object={itemSpec} value={item} path={path} />
          ) : (
            <JsonInput id={`${key}-json`} label={name} value={item} onWrite={(v) => form.set(path, v)} disabled={form.readOnly} error={false} note={t('formView.jsonShape')} />
          )}
        </Box>
      )}
    </Box>
  );
}
