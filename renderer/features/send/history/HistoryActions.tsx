/**
 * What the history offers besides searching: export (personal data masked by default, issue 6
 * §1), the on/off switch and the retention limits (issue 5 §4), and clearing it.
 */
import { Alert, Box, Button, Checkbox, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Localized } from '../../../../shared/i18n/localized';
import { localize } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/I18nProvider';
import { ConfirmButton } from '../ConfirmButton';
import { saveTextFile } from '../saveText';
import { useSend } from '../SendContext';
import { queryOf, type HistoryFilters } from './useHistorySearch';

export interface HistoryActionsProps {
  filters: HistoryFilters;
  total: number;
  onChanged(): void;
}

/** Export, settings, clear. */
export function HistoryActions({ filters, total, onChanged }: HistoryActionsProps) {
  const { t, tl } = useI18n();
  const send = useSend();
  const [masked, setMasked] = useState(true);
  const [enabled, setEnabled] = useState(true);
  const [maxEntries, setMaxEntries] = useState('');
  const [maxAgeDays, setMaxAgeDays] = useState('');
  const [problem, setProblem] = useState<Localized>();

  useEffect(() => {
    void send.bridge.history.settings({}).then((r) => {
      if (!r.ok) return setProblem(r.error.message);
      setEnabled(r.value.enabled);
      setMaxEntries(String(r.value.maxEntries));
      setMaxAgeDays(String(r.value.maxAgeDays));
    });
  }, [send.bridge]);

  const doExport = async () => {
    const { limit: _limit, ...query } = queryOf(filters);
    const r = await send.bridge.history.export({ query, masked });
    if (!r.ok) return setProblem(r.error.message);
    const saved = await saveTextFile(send.bridge, r.value.suggestedName, r.value.text);
    if (saved.saved) send.notify({ severity: 'success', message: localize('send.history.exported', { n: r.value.count, name: saved.name }) });
    else if (saved.error) setProblem(saved.error);
  };

  const saveSettings = async (patch: { enabled?: boolean; maxEntries?: number; maxAgeDays?: number }) => {
    const r = await send.bridge.history.configure({ patch });
    if (!r.ok) return setProblem(r.error.message);
    setProblem(undefined);
    setEnabled(r.value.enabled);
    setMaxEntries(String(r.value.maxEntries));
    setMaxAgeDays(String(r.value.maxAgeDays));
    send.notify({ severity: 'success', message: localize('send.history.settingsSaved') });
    onChanged();
  };

  const clear = async () => {
    const r = await send.bridge.history.clear({});
    if (!r.ok) return setProblem(r.error.message);
    send.notify({ severity: 'success', message: localize('send.history.cleared') });
    onChanged();
  };

  const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);
  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={3}>
      <Box component="section" aria-labelledby="history-export-title" sx={{ flex: 1 }}>
        <Typography id="history-export-title" variant="subtitle2" component="h3">
          {t('send.history.exportTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('send.history.exportHelp', { n: total })}
        </Typography>
        <FormControlLabel control={<Checkbox checked={masked} onChange={(e) => setMasked(e.target.checked)} />} label={t('send.history.exportMasked')} />
        <Box>
          <Button variant="outlined" onClick={() => void doExport()} disabled={total === 0}>
            {t('send.history.export')}
          </Button>
        </Box>
      </Box>
      <Box component="section" aria-labelledby="history-settings-title" sx={{ flex: 1 }}>
        <Typography id="history-settings-title" variant="subtitle2" component="h3">
          {t('send.history.settings')}
        </Typography>
        <FormControlLabel control={<Switch checked={enabled} onChange={(e) => void saveSettings({ enabled: e.target.checked })} />} label={t('send.history.enabled')} />
        {!enabled && <Alert severity="warning">{t('send.history.disabledNote')}</Alert>}
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField size="small" type="number" label={t('send.history.maxEntries')} helperText={t('send.history.noLimit')} value={maxEntries} onChange={(e) => setMaxEntries(e.target.value)} error={Number.isNaN(whole(maxEntries))} />
          <TextField size="small" type="number" label={t('send.history.maxAgeDays')} helperText={t('send.history.noLimit')} value={maxAgeDays} onChange={(e) => setMaxAgeDays(e.target.value)} error={Number.isNaN(whole(maxAgeDays))} />
          <Button
            variant="outlined"
            disabled={Number.isNaN(whole(maxEntries)) || Number.isNaN(whole(maxAgeDays))}
            onClick={() => void saveSettings({ maxEntries: whole(maxEntries), maxAgeDays: whole(maxAgeDays) })}
          >
            {t('send.history.saveSettings')}
          </Button>
        </Stack>
        <Box sx={{ mt: 2 }}>
          <ConfirmButton label={t('send.history.clear')} question={t('send.history.clearConfirm')} confirmLabel={t('send.history.confirm')} onConfirm={() => void clear()} />
        </Box>
      </Box>
      {problem && (
        <Alert severity="error" role="alert">
          {tl(problem)}
        </Alert>
      )}
    </Stack>
  );
}
