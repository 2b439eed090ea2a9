/**
 * A transport or protocol fault (timeout, refused connection, DNS, TLS, HTTP 5xx, empty or
 * malformed reply…) as the fault taxonomy words it (shared/portal/faults.ts): what happened,
 * naming the target, what to do, and the technical detail for the helpdesk.
 */
import { Alert, AlertTitle, Typography } from '@mui/material';
import type { PortalFault } from '../../../../shared/portal/faults';
import { useI18n } from '../../../i18n/I18nProvider';
import { MONO } from '../../../theme/fonts';

/** One fault. */
export function FaultCard({ fault }: { fault: PortalFault }) {
  const { t, tl } = useI18n();
  return (
    <Alert severity="error" role="alert" variant="outlined">
      <AlertTitle>{tl(fault.title)}</AlertTitle>
      <Typography variant="body2">{tl(fault.message)}</Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        <strong>{t('send.reply.whatToDo')}:</strong> {tl(fault.action)}
      </Typography>
      {fault.detail && (
        <Typography variant="caption" component="p" sx={{ mt: 1, fontFamily: MONO, wordBreak: 'break-word' }}>
          {t('send.reply.detail')}: {fault.detail}
        </Typography>
      )}
    </Alert>
  );
}
