/**
 * A wire date (issue 4 §1): shows dd/MM/yyyy HH:mm and writes yyyyMMddHHmmss. It can be typed
 * by hand (dd/MM/yyyy HH:mm, a wire value or an ISO date) or chosen in the MUI X picker behind
 * the calendar button. A value that is not a date stays on screen exactly as written, with a
 * note, until the user changes it; a typed text that is not a date is kept in the box with its
 * error and not written.
 */
import CalendarMonthOutlinedIcon from '@mui/icons-material/CalendarMonthOutlined';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import { useState } from 'react';
import { useI18n } from '../../../../i18n/I18nProvider';
import { scalarText } from '../fieldKind';
import { useDraft } from '../useDraft';
import { dateToLocal, localToDate, localToWire, typedToWire, wireToLocal, wireToShown, type DateKind } from './dateText';
import { DateTimePopover } from './DateTimePopover';
import { joinIds, type InputProps } from './TextInput';

/** The date input and its picker. */
export function DateTimeInput({ id, label, field, value, onWrite, disabled, error, describedBy, required, wire }: InputProps & { wire: string }) {
  const { t } = useI18n();
  const kind: DateKind = field?.format === 'date8' ? 'date8' : 'datetime14';
  const current = scalarText(value);
  const local = wireToLocal(current, kind);
  const [unreadable, setUnreadable] = useState<string>();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const draft = useDraft(wireToShown(current, kind), (text) => {
    if (text.trim() === '') {
      setUnreadable(undefined);
      onWrite('');
      return true;
    }
    const next = typedToWire(text, kind);
    if (!next) {
      setUnreadable(text);
      return false;
    }
    setUnreadable(undefined);
    // The same minute as now: the seconds on the wire are kept (they are not shown).
    if (local && wireToShown(next, kind) === wireToShown(current, kind)) return true;
    onWrite(next);
    return true;
  });
  const invalidExisting = current !== '' && !local && !draft.editing;
  const note = unreadable
    ? t('formView.notDate', { text: unreadable })
    : value === undefined
      ? t('formView.absent')
      : invalidExisting
        ? t('formView.invalidDate', { value: current })
        : local
          ? t('formView.wire', { value: current })
          : undefined;
  const close = () => setAnchor(null);
  const pick = (date: Date) => {
    close();
    if (Number.isNaN(date.getTime())) return;
    draft.cancel();
    setUnreadable(undefined);
    const next = localToWire(dateToLocal(date), kind);
    if (next !== current) onWrite(next);
  };
  const pickerValue = local ? localToDate(local) : null;
  const pickerLabel = t('formView.pickDate', { name: wire });

  return (
    <>
      <TextField
        id={id}
        label={label}
        {...draft.bind({ reset: () => setUnreadable(undefined) })}
        disabled={disabled}
        error={error || Boolean(unreadable) || invalidExisting}
        size="small"
        fullWidth
        placeholder={kind === 'date8' ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm'}
        helperText={note}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { 'aria-describedby': joinIds(describedBy, note ? `${id}-helper-text` : undefined), 'aria-required': required || undefined, inputMode: 'numeric' },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton size="small" edge="end" aria-label={pickerLabel} disabled={disabled} onClick={(e) => setAnchor(e.currentTarget)}>
                  <CalendarMonthOutlinedIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <DateTimePopover anchor={anchor} label={pickerLabel} value={pickerValue} withTime={kind === 'datetime14'} onAccept={pick} onClose={close} />
    </>
  );
}
