/**
 * The confirmation before anything goes to a production environment (issue 5 §2): it names the
 * target (name and address), the service and how many records, and the document; Cancel has the
 * focus, so Enter alone never sends to production.
 */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Stack } from '@mui/material';
import { displayUrl, environmentName, type EnvironmentSummary } from '../../../../shared/portal/environment';
import { useI18n } from '../../../i18n/I18nProvider';
import { EnvironmentBadge } from '../EnvironmentBadge';
import type { PendingConfirmation } from './useSendSession';

export interface ConfirmProductionDialogProps {
  env: EnvironmentSummary;
  documentName: string;
  pending: PendingConfirmation;
  onConfirm(): void;
  onCancel(): void;
}

/** The production confirmation. */
export function ConfirmProductionDialog({ env, documentName, pending, onConfirm, onCancel }: ConfirmProductionDialogProps) {
  const { t, tl, lang } = useI18n();
  const p = pending.preview;
  return (
    <Dialog open onClose={onCancel} aria-labelledby="send-confirm-title" aria-describedby="send-confirm-body" maxWidth="sm" fullWidth>
      <DialogTitle id="send-confirm-title" sx={{ color: 'error.main' }}>
        {t('send.confirm.title')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <EnvironmentBadge env={env} maxWidth={420} />
          {!p ? (
            <LinearProgress aria-label={t('send.dialog.checking')} />
          ) : (
            <DialogContentText id="send-confirm-body">
              {t('send.confirm.body', {
                records: p.recordCount,
                requests: p.requests.length,
                service: p.service ?? '?',
                document: documentName,
                name: environmentName(env, lang),
                url: displayUrl(env.baseUrl),
              })}
            </DialogContentText>
          )}
          {p?.refusal ? <Alert severity="error">{tl(p.refusal.message)}</Alert> : <Alert severity="warning">{t('send.confirm.notMasked')}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={onCancel}>
          {t('action.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={onConfirm} disabled={!p || Boolean(p.refusal)}>
          {t('send.confirm.send', { name: environmentName(env, lang) })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
