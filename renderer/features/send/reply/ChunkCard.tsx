/**
 * One request of a send and what came back (issue 5 §3): HTTP status, `error_code`, the portal's
 * own message verbatim, `result`, time and duration, and the explanation of the code — success,
 * "already exists" with a one-click "send again as update", a sandbox convention, or a code
 * nobody has documented, said to be unknown. Or the fault, when no usable reply came.
 */
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Alert, AlertTitle, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import type { ChunkResult } from '../../../../shared/portal/result';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatVietnamTime } from '../../../i18n/format';
import { JsonBlock } from '../JsonBlock';
import { FaultCard } from './FaultCard';

const STATUS_COLOUR = { success: 'success', 'portal-error': 'warning', fault: 'error', 'not-sent': 'default' } as const;

export interface ChunkCardProps {
  chunk: ChunkResult;
  total: number;
  onSendAsUpdate?(records: number[]): void;
  onOpenReply(chunk: ChunkResult): void;
  onOpenRequest(chunk: ChunkResult): void;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 500, wordBreak: 'break-word' }} aria-label={label}>
        {children}
      </Typography>
    </>
  );
}

/** One request and its reply or fault. */
export function ChunkCard({ chunk, total, onSendAsUpdate, onOpenReply, onOpenRequest }: ChunkCardProps) {
  const { t, tl } = useI18n();
  const part = t('send.reply.part', { n: chunk.index + 1, total });
  const ex = chunk.explanation;
  const reply = chunk.reply;
  const severity = ex?.status === 'success' ? 'success' : ex?.status === 'already-exists' ? 'warning' : 'error';
  return (
    <Paper variant="outlined" component="article" aria-label={part} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle2" component="h4">
          {part} · {chunk.service}
        </Typography>
        {chunk.isUpdating && <Chip size="small" variant="outlined" label={`isUpdating "${chunk.isUpdating}"`} />}
        {chunk.maHoSo.slice(0, 3).map((m) => (
          <Chip key={m} size="small" label={m} />
        ))}
        {chunk.maHoSo.length > 3 && <Chip size="small" label={`+${chunk.maHoSo.length - 3}`} />}
        <Box sx={{ flex: 1 }} />
        <Chip size="small" color={STATUS_COLOUR[chunk.status]} label={t(`send.reply.status.${chunk.status}`)} />
      </Stack>

      {chunk.status === 'not-sent' && <Typography variant="body2">{t('send.reply.notSent')}</Typography>}
      {chunk.fault && <FaultCard fault={chunk.fault} />}

      {reply && (
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, my: 1 }}>
          <Fact label={t('send.reply.httpStatus')}>{chunk.httpStatus ?? '—'}</Fact>
          <Fact label={t('send.reply.errorCode')}>{JSON.stringify(reply.error_code)}</Fact>
          <Fact label={t('send.reply.message')}>{typeof reply.message === 'string' && reply.message !== '' ? reply.message : '—'}</Fact>
          <Fact label={t('send.reply.time')}>
            {t('send.reply.timeValue', { time: chunk.startedAt ? formatVietnamTime(chunk.startedAt) : '—', ms: chunk.durationMs ?? 0 })}
          </Fact>
          <Fact label={t('send.reply.result')}>{'result' in reply ? (Array.isArray(reply.result) ? `[${reply.result.length}]` : typeof reply.result) : t('send.reply.noResult')}</Fact>
        </Box>
      )}
      {chunk.relogins > 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('send.reply.relogin')}
        </Typography>
      )}

      {ex && (
        <Alert severity={severity} sx={{ mt: 1 }}>
          <AlertTitle>
            {tl(ex.title)}
            {!ex.known && <Chip size="small" color="error" variant="outlined" label={t('send.reply.unknownCode')} sx={{ ml: 1 }} />}
            {ex.sandboxCode && <Chip size="small" variant="outlined" label={t('send.reply.sandboxCode')} sx={{ ml: 1 }} />}
          </AlertTitle>
          <Typography variant="body2">{tl(ex.explanation)}</Typography>
          {ex.status !== 'success' && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              <strong>{t('send.reply.whatToDo')}:</strong> {tl(ex.action)}
            </Typography>
          )}
          {ex.suggestion === 'send-as-update' && onSendAsUpdate && (
            <Button sx={{ mt: 1 }} variant="contained" color="warning" onClick={() => onSendAsUpdate(chunk.recordIndexes)}>
              {t('send.reply.sendAsUpdate')}
            </Button>
          )}
        </Alert>
      )}

      {reply && 'result' in reply && (
        <Box sx={{ mt: 1 }}>
          <JsonBlock value={reply.result} label={t('send.reply.result')} maxHeight={200} />
        </Box>
      )}

      {chunk.status !== 'not-sent' && (
        <Accordion disableGutters variant="outlined" sx={{ mt: 1 }} slotProps={{ transition: { unmountOnExit: true } }}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="body2">{t('send.reply.requestBody')}</Typography>
          </AccordionSummary>
          <AccordionDetails>
            <JsonBlock value={chunk.request} label={t('send.reply.requestBody')} />
          </AccordionDetails>
        </Accordion>
      )}

      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {reply && <Button onClick={() => onOpenReply(chunk)}>{t('send.reply.openReply')}</Button>}
        {chunk.status !== 'not-sent' && <Button onClick={() => onOpenRequest(chunk)}>{t('send.reply.openRequest')}</Button>}
      </Stack>
    </Paper>
  );
}
