/**
 * The send history (issue 5 §4): every send with its request (secrets removed), reply,
 * environment, time, duration and result; searchable; an entry reopens as a new document.
 */
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, LinearProgress, Stack, Typography } from '@mui/material';
import { useI18n } from '../../../i18n/I18nProvider';
import { localize } from '../../../i18n/dictionary';
import { useSend } from '../SendContext';
import { HistoryActions } from './HistoryActions';
import { HistoryDetails } from './HistoryDetails';
import { HistoryFiltersBar } from './HistoryFiltersBar';
import { HistoryTable } from './HistoryTable';
import { NO_FILTERS, useHistorySearch, type HistoryFilters } from './useHistorySearch';

/** Whether any search criterion is set. */
function filtered(filters: HistoryFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof HistoryFilters)[]).some((k) => filters[k] !== NO_FILTERS[k]);
}

/** Mounted while the history is open. */
export function HistoryDialogHost() {
  const send = useSend();
  if (send.dialog !== 'history') return null;
  return <HistoryDialog />;
}

function HistoryDialog() {
  const { t, tl } = useI18n();
  const send = useSend();
  const search = useHistorySearch(send.bridge, (m) => send.notify({ severity: 'warning', title: localize('send.history.title'), message: m }));

  const reopen = async (id: string, part: 'request' | 'reply') => {
    const r = await send.bridge.history.reopen({ id, part });
    if (!r.ok) return send.fail(r.error.message, localize('send.history.title'));
    send.openText(r.value.suggestedName, r.value.text);
    send.close();
  };

  return (
    <Dialog open onClose={send.close} aria-labelledby="history-title" fullScreen>
      <DialogTitle id="history-title">{t('send.history.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <HistoryFiltersBar filters={search.filters} environments={send.environments} onChange={search.setFilters} />
          <Box sx={{ minHeight: 4 }}>{search.searching && <LinearProgress aria-label={t('send.history.search')} />}</Box>
          {search.error && <Alert severity="error">{tl(search.error)}</Alert>}
          <Typography role="status" variant="body2">
            {t('send.history.count', { n: search.total, count: search.total })}
            {search.total > search.entries.length ? ` ${t('send.history.shown', { shown: search.entries.length })}` : ''}
          </Typography>
          {search.entries.length > 0 ? (
            <HistoryTable entries={search.entries} selectedId={search.selected?.id} onSelect={search.select} />
          ) : (
            // An empty history says how it fills up; "no send matches" is for a search that found nothing.
            !search.searching && <Typography variant="body2">{t(filtered(search.filters) ? 'send.history.empty' : 'send.history.none')}</Typography>
          )}
          {search.selected ? (
            <HistoryDetails entry={search.selected} onReopen={(part) => void reopen(search.selected!.id, part)} />
          ) : (
            search.entries.length > 0 && (
              <Typography variant="body2" color="text.secondary">
                {t('send.history.pick')}
              </Typography>
            )
          )}
          <Divider />
          <HistoryActions filters={search.filters} total={search.total} onChanged={search.refresh} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={send.close}>{t('send.dialog.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
