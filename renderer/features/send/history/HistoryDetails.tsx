/**
 * One stored send: the request as it went (secrets removed), the reply and its explanation, or
 * the fault; the request reopens as a new document, the reply too.
 */
import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import type { HistoryEntryView } from '../../../../shared/ipc/send';
import { explainReply } from '../../../../shared/portal/reply';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatVietnamTime } from '../../../i18n/format';
import { JsonBlock } from '../JsonBlock';
import { environmentName } from '../../../../shared/portal/environment';

export interface HistoryDetailsProps {
  entry: HistoryEntryView;
  onReopen(part: 'request' | 'reply'): void;
}

/** The details pane. */
export function HistoryDetails({ entry, onReopen }: HistoryDetailsProps) {
  const { t, tl, lang } = useI18n();
  const ex = entry.reply ? explainReply(entry.reply) : undefined;
  return (
    <Box component="section" aria-label={t('send.history.details')}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {t('send.history.details')} · {formatVietnamTime(entry.time)} · {environmentName(entry.environment, lang)} · {entry.url}
      </Typography>
      {entry.fault && (
        <Alert severity="error" sx={{ mb: 1 }}>
          <AlertTitle>{t('send.reply.status.fault')}</AlertTitle>
          {tl(entry.fault.message)}
        </Alert>
      )}
      {ex && (
        <Alert severity={ex.status === 'success' ? 'success' : ex.status === 'already-exists' ? 'warning' : 'error'} sx={{ mb: 1 }}>
          <AlertTitle>
            {tl(ex.title)} {entry.httpStatus !== undefined && `· HTTP ${entry.httpStatus}`} · error_code {JSON.stringify(entry.reply?.error_code)}
          </AlertTitle>
          {entry.message && <Typography variant="body2">«{entry.message}»</Typography>}
          <Typography variant="body2">{tl(ex.explanation)}</Typography>
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
            {t('send.reply.requestBody')}
          </Typography>
          <JsonBlock value={entry.request} label={t('send.reply.requestBody')} />
          <Button sx={{ mt: 1 }} onClick={() => onReopen('request')}>
            {t('send.reply.openRequest')}
          </Button>
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
            {t('send.reply.replyBody')}
          </Typography>
          {entry.reply ? <JsonBlock value={entry.reply} label={t('send.reply.replyBody')} /> : <Typography variant="body2">—</Typography>}
          {entry.reply && (
            <Button sx={{ mt: 1 }} onClick={() => onReopen('reply')}>
              {t('send.reply.openReply')}
            </Button>
          )}
        </Box>
      </Stack>
    </Box>
  );
}
