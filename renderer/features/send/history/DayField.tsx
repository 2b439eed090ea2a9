/**
 * A day of the history search, shown and typed as dd/MM/yyyy in both languages (the browser's
 * own date input showed mm/dd/yyyy under an English system locale) and kept as yyyy-MM-dd, the
 * form the history query takes.
 */
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parse } from 'date-fns';
import { useI18n } from '../../../i18n/I18nProvider';
import { PickersProvider, weekdayLabel } from '../../editor/form/PickersProvider';

/** yyyy-MM-dd → a Date (null when empty or not a day). */
export function dayToDate(day: string): Date | null {
  if (!day) return null;
  const d = parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(d) ? d : null;
}

/** A picked Date → yyyy-MM-dd; undefined while what is typed is not a whole day yet. */
export function dateToDay(date: Date | null): string | undefined {
  if (date === null) return '';
  return isValid(date) && date.getFullYear() >= 1000 ? format(date, 'yyyy-MM-dd') : undefined;
}

export interface DayFieldProps {
  label: string;
  /** yyyy-MM-dd or ''. */
  value: string;
  onChange(day: string): void;
}

/** The field. */
export function DayField({ label, value, onChange }: DayFieldProps) {
  const { lang } = useI18n();
  return (
    <PickersProvider>
      <DatePicker
        label={label}
        value={dayToDate(value)}
        format="dd/MM/yyyy"
        onChange={(d) => {
          const day = dateToDay(d);
          if (day !== undefined) onChange(day);
        }}
        dayOfWeekFormatter={(d) => weekdayLabel(d, lang)}
        // No clear button: it squeezed the day out of a field this narrow; "Bỏ lọc" clears every filter.
        slotProps={{ textField: { size: 'small', sx: { width: 165 } } }}
      />
    </PickersProvider>
  );
}
