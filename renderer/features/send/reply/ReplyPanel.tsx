/**
 * The result of a send: the outcome for the whole send, what TraCuuHoSo decided, a fault that
 * stopped it before any request (login, lookup), then one card per request. Follow-ups are
 * buttons the user clicks — retry what did not go through, send the refused creates again as
 * updates — never something done on their behalf.
 */
import { Alert, AlertTitle, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { ChunkResult, SendResult } from '../../../../shared/portal/result';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatVietnamTime } from '../../../i18n/format';
import { canRetry, mayHaveArrived, retryRecordsOf, updateRecordsOf } from '../sendFlow';
import { ChunkCard } from './ChunkCard';
import { FaultCard } from './FaultCard';
import { environmentName } from '../../../../shared/portal/environment';

const SEVERITY = { success: 'success', 'portal-error': 'warning', fault: 'error', cancelled: 'info', refused: 'error' } as const;

export interface ReplyPanelProps {
  result: SendResult;
  onRetry(): void;
  onSendAsUpdate(records: number[]): void;
  onOpenReply(chunk: ChunkResult): void;
  onOpenRequest(chunk: ChunkResult): void;
}

/** The whole result. */
export function ReplyPanel({ result, onRetry, onSendAsUpdate, onOpenReply, onOpenRequest }: ReplyPanelProps) {
  const { t, tl, lang } = useI18n();
  const ok = result.chunks.filter((c) => c.status === 'success').length;
  const updates = updateRecordsOf(result);
  // One button per refused request sits by its explanation; a batch with several also gets one for all.
  const updateAll = result.chunks.filter((c) => c.explanation?.suggestion === 'send-as-update').length > 1;
  const retry = canRetry(result);
  const risk = mayHaveArrived(result);
  const retryCount = retryRecordsOf(result).length || result.recordCount;
  return (
    <Stack spacing={2} component="section" aria-labelledby="send-result-title">
      <Alert severity={SEVERITY[result.outcome]} role="status">
        <AlertTitle id="send-result-title">{t(`send.reply.outcome.${result.outcome}`, { ok, n: result.chunks.length })}</AlertTitle>
        <Typography variant="body2">{t('send.reply.meta', { env: environmentName(result.environment, lang), time: formatVietnamTime(result.startedAt), ms: result.durationMs })}</Typography>
        {result.outcome !== 'success' && <Typography variant="body2">{t('send.reply.untouched')}</Typography>}
      </Alert>

      {result.refusal && <Alert severity="error">{tl(result.refusal.message)}</Alert>}
      {result.notices.map((n, i) => (
        <Alert key={i} severity="info" role="note">
          {tl(n)}
        </Alert>
      ))}
      {result.fault && <FaultCard fault={result.fault} />}

      {result.decisions.length > 0 && (
        <section aria-labelledby="send-decisions">
          <Typography id="send-decisions" variant="subtitle2" component="h4">
            {t('send.reply.decisions')}
          </Typography>
          <List dense>
            {result.decisions.map((d) => (
              <ListItem key={d.maHoSo} disableGutters>
                <ListItemText primary={`${d.maHoSo}${d.isUpdating ? ` → isUpdating "${d.isUpdating}"` : ''}`} secondary={tl(d.reason)} />
              </ListItem>
            ))}
          </List>
        </section>
      )}
      {result.undecided.length > 0 && <Alert severity="warning">{t('send.reply.undecided', { n: result.undecided.length })}</Alert>}

      {(retry || updateAll) && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {retry && (
            <Button variant="contained" onClick={onRetry} title={t('send.reply.retryHelp', { records: retryCount })}>
              {t('send.reply.retry')}
            </Button>
          )}
          {updateAll && (
            <Button variant="contained" color="warning" onClick={() => onSendAsUpdate(updates)}>
              {t('send.reply.sendAsUpdate')}
            </Button>
          )}
          {retry && (
            <Typography variant="body2" color="text.secondary">
              {t('send.reply.retryHelp', { records: retryCount })}
            </Typography>
          )}
        </Stack>
      )}
      {risk && <Alert severity="warning">{t(risk === 'create' ? 'send.reply.mayHaveArrived.create' : 'send.reply.mayHaveArrived.push')}</Alert>}

      {result.chunks.map((c) => (
        <ChunkCard
          key={c.index}
          chunk={c}
          total={result.chunks.length}
          onSendAsUpdate={onSendAsUpdate}
          onOpenReply={onOpenReply}
          onOpenRequest={onOpenRequest}
        />
      ))}
    </Stack>
  );
}
