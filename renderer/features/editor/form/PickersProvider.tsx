/**
 * The MUI X date pickers' localisation (date-fns), in the interface language: Vietnamese
 * month and day names and button texts ("Hôm nay", "Hủy"), or English with day-first dates.
 */
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS as pickersEn, viVN as pickersVi } from '@mui/x-date-pickers/locales';
import { enGB } from 'date-fns/locale/en-GB';
import { vi } from 'date-fns/locale/vi';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';

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
