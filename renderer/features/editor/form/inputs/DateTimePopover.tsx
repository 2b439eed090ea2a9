/**
 * The picker behind a date field's calendar button: MUI X's calendar beside its hour and minute
 * columns (one glance, no switching between views), and Cancel / Today / OK. Nothing is written
 * until OK; the field's own value is untouched by browsing.
 */
import { Box, Button, Divider, Popover, Stack } from '@mui/material';
import { DateCalendar } from '@mui/x-date-pickers/DateCalendar';
import { MultiSectionDigitalClock } from '@mui/x-date-pickers/MultiSectionDigitalClock';
import { usePickerTranslations } from '@mui/x-date-pickers/hooks';
import { useEffect, useState } from 'react';
import { nowInVietnam } from '../../../../../shared/datetime/wire';
import { useI18n } from '../../../../i18n/I18nProvider';
import { weekdayLabel } from '../PickersProvider';
import { localToDate } from './dateText';

export interface DateTimePopoverProps {
  anchor: HTMLElement | null;
  /** The dialog's accessible name ("Chọn ngày giờ cho NgayHenTra"). */
  label: string;
  /** The field's date, or null when it has none (or not a readable one). */
  value: Date | null;
  withTime: boolean;
  onAccept(date: Date): void;
  onClose(): void;
}

/** The now of Vietnam as a Date of the same wall clock (dossier.md §1.7: wire dates are Vietnam time). */
function vietnamNow(): Date {
  return localToDate({ ...nowInVietnam(), second: 0 });
}

/** The popover. */
export function DateTimePopover({ anchor, label, value, withTime, onAccept, onClose }: DateTimePopoverProps) {
  const text = usePickerTranslations();
  const { lang } = useI18n();
  const [draft, setDraft] = useState<Date | null>(value);
  // Each opening starts from the field's value.
  useEffect(() => {
    if (anchor) setDraft(value);
  }, [anchor, value]);
  const base = draft ?? vietnamNow();
  const setDay = (d: Date | null) => {
    if (!d) return;
    const next = new Date(base);
    next.setFullYear(d.getFullYear(), d.getMonth(), d.getDate());
    setDraft(next);
  };
  const setTime = (d: Date | null) => {
    if (!d) return;
    const next = new Date(base);
    next.setHours(d.getHours(), d.getMinutes(), next.getSeconds());
    setDraft(next);
  };
  return (
    <Popover
      open={Boolean(anchor)}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { role: 'dialog', 'aria-label': label } as object }}
    >
      <Stack direction="row" divider={<Divider orientation="vertical" flexItem />}>
        <DateCalendar value={draft} referenceDate={base} onChange={setDay} views={['year', 'month', 'day']} dayOfWeekFormatter={(d) => weekdayLabel(d, lang)} />
        {withTime && (
          <Box sx={{ display: 'flex', alignItems: 'stretch', maxHeight: 330 }}>
            <MultiSectionDigitalClock
              value={draft}
              referenceDate={base}
              onChange={setTime}
              ampm={false}
              views={['hours', 'minutes']}
              timeSteps={{ minutes: 5 }}
              sx={{ '& .MuiMultiSectionDigitalClockSection-root': { maxHeight: 320 } }}
            />
          </Box>
        )}
      </Stack>
      <Divider />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', p: 1 }}>
        <Button onClick={onClose}>{text.cancelButtonLabel}</Button>
        <Button onClick={() => setDraft(withTime ? vietnamNow() : new Date(new Date(vietnamNow()).setHours(0, 0, 0, 0)))}>{text.todayButtonLabel}</Button>
        <Button variant="contained" disabled={!draft} onClick={() => draft && onAccept(draft)}>
          {text.okButtonLabel}
        </Button>
      </Stack>
    </Popover>
  );
}
