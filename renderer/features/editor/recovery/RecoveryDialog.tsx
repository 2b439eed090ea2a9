/**
 * At start, the documents a previous run left unsaved (a crash, a closed tab): restore each, or
 * discard them; "Later" keeps the copies for the next start.
 */
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText } from '@mui/material';
import type { RecoveryEntry } from '../../../../shared/ipc/recovery';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatVietnamTime } from '../../../i18n/format';
import type { Recovery } from './useRecovery';

/** The recovery offer. */
export function RecoveryDialog({ recovery, onRestore }: { recovery: Recovery; onRestore(entry: RecoveryEntry): void }) {
  const { t } = useI18n();
  const { offer } = recovery;
  return (
    <Dialog open={offer.length > 0} onClose={recovery.postpone} fullWidth maxWidth="sm" aria-labelledby="recovery-title">
      <DialogTitle id="recovery-title">{t('recovery.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('recovery.body')}</DialogContentText>
        <List aria-label={t('recovery.list')}>
          {offer.map((e) => (
            <ListItem
              key={e.id}
              disableGutters
              secondaryAction={
                <Button variant="contained" size="small" onClick={() => onRestore(e)}>
                  {t('recovery.restore', { name: e.name })}
                </Button>
              }
              sx={{ pr: 22 }}
            >
              <ListItemText primary={e.name} secondary={`${e.path ? `${e.path} · ` : ''}${t('recovery.savedAt', { time: formatVietnamTime(e.updatedAt) })}`} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button color="error" onClick={() => recovery.discardOffered(offer)}>
          {t('recovery.discardAll')}
        </Button>
        <Button onClick={recovery.postpone}>{t('recovery.later')}</Button>
      </DialogActions>
    </Dialog>
  );
}
