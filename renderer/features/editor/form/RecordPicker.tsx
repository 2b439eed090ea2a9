/**
 * Which record the form shows: a searchable list of the records by their title (MaHoSo · name ·
 * status) with their issue badges, previous/next, and "next record with issues". A batch too big
 * for a list (large-file mode) is chosen by number.
 */
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import { Autocomplete, Box, IconButton, TextField, Tooltip, Typography } from '@mui/material';
import { useEffect, useState, type ReactElement } from 'react';
import type { IssueCounts } from '../../../../shared/document/issueIndex';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../i18n/format';
import { IssueBadges } from '../tree/IssueBadges';

/** Batches longer than this are chosen by number, not from a list. */
export const LIST_LIMIT = 2000;

export interface RecordPickerProps {
  count: number;
  index: number;
  onChange(index: number): void;
  /** The title of record i (may be empty while unknown). */
  title(i: number): string;
  counts(i: number): IssueCounts;
  /** Records with issues, ascending. */
  withIssues: readonly number[];
}

function Nav({ title, onClick, disabled, icon }: { title: string; onClick(): void; disabled: boolean; icon: ReactElement }) {
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

/** The picker. */
export function RecordPicker({ count, index, onChange, title, counts, withIssues }: RecordPickerProps) {
  const { t, lang } = useI18n();
  const nextIssue = withIssues.find((i) => i > index) ?? withIssues.find((i) => i !== index);
  const label = (i: number) => {
    const text = title(i);
    return `${formatNumber(i + 1, lang)}${text ? ` · ${text}` : ''}`;
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flex: '1 1 420px', minWidth: 0 }}>
      <Nav title={t('formView.prev')} disabled={index <= 0} onClick={() => onChange(index - 1)} icon={<NavigateBeforeIcon />} />
      {count <= LIST_LIMIT ? (
        <Autocomplete
          size="small"
          disableClearable
          options={Array.from({ length: count }, (_, i) => i)}
          value={Math.min(index, count - 1)}
          onChange={(_e, v) => v !== null && onChange(v)}
          getOptionLabel={label}
          renderOption={(props, i) => {
            const { key, ...rest } = props as typeof props & { key: string };
            return (
              <li key={key} {...rest}>
                <Box component="span" sx={{ flex: 1, minWidth: 0 }}>
                  {label(i)}
                </Box>
                <IssueBadges counts={counts(i)} />
              </li>
            );
          }}
          sx={{ flex: 1, minWidth: 220, maxWidth: 640 }}
          renderInput={(params) => <TextField {...params} label={t('formView.recordPicker')} />}
        />
      ) : (
        <NumberPicker count={count} index={index} onChange={onChange} title={title(index)} />
      )}
      <Nav title={t('formView.next')} disabled={index >= count - 1} onClick={() => onChange(index + 1)} icon={<NavigateNextIcon />} />
      <Nav title={t('formView.nextIssue')} disabled={nextIssue === undefined} onClick={() => nextIssue !== undefined && onChange(nextIssue)} icon={<SkipNextIcon />} />
      <IssueBadges counts={counts(index)} />
    </Box>
  );
}

function NumberPicker({ count, index, onChange, title }: { count: number; index: number; onChange(i: number): void; title: string }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(String(index + 1));
  useEffect(() => setText(String(index + 1)), [index]);
  const go = () => {
    const n = Number(text);
    if (Number.isInteger(n) && n >= 1 && n <= count) onChange(n - 1);
    else setText(String(index + 1));
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <TextField
        size="small"
        label={t('formView.recordNumber', { total: formatNumber(count, lang) })}
        value={text}
        onChange={(e) => setText(e.target.value.replace(/\D/g, ''))}
        onBlur={go}
        onKeyDown={(e) => e.key === 'Enter' && go()}
        sx={{ width: 200 }}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <Typography variant="body2" color="text.secondary" noWrap>
        {t('formView.recordOf', { total: formatNumber(count, lang) })}
        {title ? ` · ${title}` : ''}
      </Typography>
    </Box>
  );
}
