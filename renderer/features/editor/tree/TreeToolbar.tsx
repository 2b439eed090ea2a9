/**
 * Above the tree: the filter box (label, wire name or value), the record actions for the record
 * in focus (issue 4 §6), "show every record where field = value", and collapse all.
 */
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ClearIcon from '@mui/icons-material/Clear';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import FilterAltOutlinedIcon from '@mui/icons-material/FilterAltOutlined';
import SearchIcon from '@mui/icons-material/Search';
import UnfoldLessIcon from '@mui/icons-material/UnfoldLess';
import { Box, Divider, IconButton, InputAdornment, TextField, Tooltip, Typography } from '@mui/material';
import type { KeyboardEvent, ReactElement } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';

export type RecordCommand = 'add' | 'duplicate' | 'up' | 'down' | 'delete';

export interface TreeToolbarProps {
  filter: string;
  onFilter(text: string): void;
  /** ↓ or Enter in the filter box: go to the tree. */
  onLeaveFilter(): void;
  /** The record in focus (0-based), when the focus is in one. */
  record?: number;
  recordCount: number;
  editable: boolean;
  onRecord(command: RecordCommand): void;
  /** "Show every record where …": the label of the offer, when the focus is on a field inside a record. */
  sameValue?: string;
  onSameValue(): void;
  onCollapseAll(): void;
}

function Action({ title, disabled, onClick, icon }: { title: string; disabled: boolean; onClick(): void; icon: ReactElement }) {
  // A disabled button gets no pointer events; the span keeps its tooltip.
  return (
    <Tooltip title={title}>
      <span>
        <IconButton size="small" aria-label={title} disabled={disabled} onClick={onClick}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

/** The toolbar. */
export function TreeToolbar(props: TreeToolbarProps) {
  const { t, lang } = useI18n();
  const { record, recordCount, editable } = props;
  const inRecord = record !== undefined;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      props.onLeaveFilter();
    } else if (e.key === 'Escape' && props.filter) {
      e.preventDefault();
      props.onFilter('');
    }
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1, py: 0.75, flexWrap: 'wrap', borderBottom: 1, borderColor: 'divider' }}>
      <TextField
        size="small"
        value={props.filter}
        onChange={(e) => props.onFilter(e.target.value)}
        onKeyDown={onKey}
        placeholder={t('tree.filter')}
        sx={{ flex: '1 1 260px', maxWidth: 480 }}
        slotProps={{
          htmlInput: { 'aria-label': t('tree.filter'), type: 'search' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
            endAdornment: props.filter ? (
              <InputAdornment position="end">
                <IconButton size="small" aria-label={t('tree.filterClear')} onClick={() => props.onFilter('')} edge="end">
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : undefined,
          },
        }}
      />
      <Box role="group" aria-label={t('tree.actions')} sx={{ display: 'flex', alignItems: 'center', gap: 0.25 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mr: 0.5, whiteSpace: 'nowrap' }} aria-live="polite">
          {inRecord ? t('tree.actionsFor', { n: formatNumber(record + 1, lang) }) : t('tree.noRecord')}
        </Typography>
        <Action title={t('tree.add')} disabled={!editable} onClick={() => props.onRecord('add')} icon={<AddIcon fontSize="small" />} />
        <Action title={t('tree.duplicate')} disabled={!editable || !inRecord} onClick={() => props.onRecord('duplicate')} icon={<ContentCopyIcon fontSize="small" />} />
        <Action title={t('tree.up')} disabled={!editable || !inRecord || record === 0} onClick={() => props.onRecord('up')} icon={<ArrowUpwardIcon fontSize="small" />} />
        <Action
          title={t('tree.down')}
          disabled={!editable || !inRecord || record >= recordCount - 1}
          onClick={() => props.onRecord('down')}
          icon={<ArrowDownwardIcon fontSize="small" />}
        />
        <Action title={t('tree.delete')} disabled={!editable || !inRecord} onClick={() => props.onRecord('delete')} icon={<DeleteOutlineIcon fontSize="small" />} />
      </Box>
      <Divider orientation="vertical" flexItem />
      <Action
        title={props.sameValue ?? t('tree.filterSameAny')}
        disabled={!props.sameValue}
        onClick={props.onSameValue}
        icon={<FilterAltOutlinedIcon fontSize="small" />}
      />
      <Action title={t('tree.collapseAll')} disabled={false} onClick={props.onCollapseAll} icon={<UnfoldLessIcon fontSize="small" />} />
    </Box>
  );
}
