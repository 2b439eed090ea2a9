/**
 * The search fields of the history: MaHoSo (part of it), service, environment, a date range
 * (whole days in Vietnam time) and the result.
 */
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { environmentName, type EnvironmentSummary } from '../../../../shared/portal/environment';
import { allPackets } from '../../../../shared/spec/registry';
import { useI18n } from '../../../i18n/I18nProvider';
import { DayField } from './DayField';
import { NO_FILTERS, type HistoryFilters } from './useHistorySearch';

const OUTCOMES = ['success', 'portal-error', 'fault', 'cancelled'] as const;

/** Every service a send can use, for the service filter. */
function services(): string[] {
  const out = new Set<string>();
  for (const p of allPackets()) if (p.service && p.role !== 'response') out.add(p.service);
  return [...out].sort();
}

export interface HistoryFiltersBarProps {
  filters: HistoryFilters;
  environments: EnvironmentSummary[];
  onChange(patch: Partial<HistoryFilters>): void;
}

/** The filter fields. */
export function HistoryFiltersBar({ filters, environments, onChange }: HistoryFiltersBarProps) {
  const { t, lang } = useI18n();
  const any = <MenuItem value="">{t('send.history.any')}</MenuItem>;
  return (
    <Stack role="search" direction="row" spacing={1} useFlexGap aria-label={t('send.history.search')} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField size="small" type="search" label={t('send.history.maHoSo')} value={filters.maHoSo} onChange={(e) => onChange({ maHoSo: e.target.value })} sx={{ minWidth: 240 }} />
      <TextField select size="small" label={t('send.history.service')} value={filters.service} onChange={(e) => onChange({ service: e.target.value })} sx={{ minWidth: 200 }}>
        {any}
        {services().map((s) => (
          <MenuItem key={s} value={s}>
            {s}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label={t('send.history.environment')} value={filters.environmentId} onChange={(e) => onChange({ environmentId: e.target.value })} sx={{ minWidth: 180 }}>
        {any}
        {environments.map((e) => (
          <MenuItem key={e.id} value={e.id}>
            {environmentName(e, lang)}
          </MenuItem>
        ))}
      </TextField>
      <DayField label={t('send.history.from')} value={filters.from} onChange={(from) => onChange({ from })} />
      <DayField label={t('send.history.to')} value={filters.to} onChange={(to) => onChange({ to })} />
      <TextField select size="small" label={t('send.history.outcome')} value={filters.outcome} onChange={(e) => onChange({ outcome: e.target.value as HistoryFilters['outcome'] })} sx={{ minWidth: 160 }}>
        {any}
        {OUTCOMES.map((o) => (
          <MenuItem key={o} value={o}>
            {t(`send.history.outcome.${o}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button onClick={() => onChange(NO_FILTERS)}>{t('send.history.clearFilters')}</Button>
    </Stack>
  );
}
