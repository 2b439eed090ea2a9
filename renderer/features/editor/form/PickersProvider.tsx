/**
 * The MUI X date pickers' localisation (date-fns), in the interface language: Vietnamese
 * month and day names and button texts ("Hôm nay", "Hủy"), or English with day-first dates;
 * and the calendars' weekday headings (weekdayLabel).
 */
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS as pickersEn, viVN as pickersVi } from '@mui/x-date-pickers/locales';
import { enGB } from 'date-fns/locale/en-GB';
import { vi } from 'date-fns/locale/vi';
import type { ReactNode } from 'react';
import type { Lang } from '../../../../shared/i18n/localized';
import { useI18n } from '../../../i18n/I18nProvider';

const EN_WEEKDAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];

/**
 * A calendar's weekday heading: "T2"…"T7", "CN" in Vietnamese, "Mo"…"Su" in English. The
 * pickers' default keeps the first letter of the short name, which in Vietnamese makes six
 * identical "T" columns and a "C".
 */
export function weekdayLabel(date: Date, lang: Lang): string {
  const day = date.getDay();
  if (lang === 'en') return EN_WEEKDAYS[day]!;
  return day === 0 ? 'CN' : `T${day + 1}`;
}

/** Provides the pickers' locale. */
export function PickersProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const text = (lang === 'vi' ? pickersVi : pickersEn).components.MuiLocalizationProvider.defaultProps.localeText;
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={lang === 'vi' ? vi : enGB} localeText={text}>
      {children}
    </LocalizationProvider>
  );
}
