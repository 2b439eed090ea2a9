/**
 * Sending the open document (issue 5 §2): the target, the options, the check before sending and
 * the exact requests; then progress with Stop; then the replies. A document that cannot be sent
 * (not JSON yet, large-file mode) gets the reason instead.
 */
import { Alert, AlertTitle, Box, Button, Checkbox, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, LinearProgress, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { displayUrl, type EnvironmentSummary } from '../../../../shared/portal/environment';
import type { ChunkResult } from '../../../../shared/portal/result';
import { useI18n } from '../../../i18n/I18nProvider';
import { issueCountsText } from '../../../i18n/format';
import { useActiveDocument } from '../../editor/model/EditorContext';
import { EnvironmentBadge } from '../EnvironmentBadge';
import { useSend } from '../SendContext';
import { ReplyPanel } from '../reply/ReplyPanel';
import { sendableOf, type Sendable } from '../sendFlow';
import { ConfirmProductionDialog } from './ConfirmProductionDialog';
import { RequestPreview } from './RequestPreview';
import { SendOptionsForm } from './SendOptionsForm';
import { useSendSession } from './useSendSession';
import { MONO } from '../../../theme/fonts';

/** `2025-03-01T10:20:30.123Z` → `20250301-102030`, for the names of opened replies. */
function stamp(iso: string | undefined): string {
  return (iso ?? new Date().toISOString()).replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
}

/** Mounts the dialog while it is open, with the document as it is at that moment. */
export function SendDialogHost() {
  const send = useSend();
  const doc = useActiveDocument();
  if (send.dialog !== 'send' || !send.current) return null;
  return <SendDialogFor env={send.current} sendable={sendableOf(doc)} onClose={send.close} />;
}

function SendDialogFor({ env, sendable, onClose }: { env: EnvironmentSummary; sendable: Sendable; onClose(): void }) {
  const { t } = useI18n();
  // Taken once: what was checked and shown is what gets sent, even if the tab changes behind.
  const [fixed] = useState(sendable);
  if (!fixed.ok) {
    return (
      <Dialog open onClose={onClose} aria-labelledby="send-title" maxWidth="sm" fullWidth>
        <DialogTitle id="send-title">{t('send.dialog.title')}</DialogTitle>
        <DialogContent>
          <Alert severity="info">{t(fixed.reason)}</Alert>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('send.dialog.close')}</Button>
        </DialogActions>
      </Dialog>
    );
  }
  return <SendDialog env={env} sendable={fixed} onClose={onClose} />;
}

function SendDialog({ env, sendable, onClose }: { env: EnvironmentSummary; sendable: Extract<Sendable, { ok: true }>; onClose(): void }) {
  const { t, tl } = useI18n();
  const send = useSend();
  const session = useSendSession(send.bridge, env, sendable);
  const { stage, preview } = session;
  const production = env.kind === 'production';
  const busy = stage === 'sending';

  const open = (chunk: ChunkResult, part: 'reply' | 'request') => {
    const key = part === 'reply' ? 'send.reply.fileName' : 'send.reply.requestFileName';
    const body = part === 'reply' ? chunk.reply : chunk.request;
    send.openText(t(key, { service: chunk.service, stamp: stamp(chunk.startedAt) }), `${JSON.stringify(body, null, 2)}\n`);
    onClose();
  };

  const blocked = !preview || session.previewing || Boolean(preview.refusal) || preview.requests.length === 0;
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="send-title" maxWidth="md" fullWidth scroll="paper">
      <DialogTitle id="send-title">{t('send.dialog.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, m: 0, alignItems: 'center' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t('send.dialog.target')}
            </Typography>
            <Box component="dd" sx={{ m: 0, display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} aria-label={t('send.dialog.target')}>
              <EnvironmentBadge env={env} maxWidth={360} />
              <Typography variant="body2" sx={{ fontFamily: MONO }}>
                {displayUrl(env.baseUrl)}
              </Typography>
            </Box>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t('send.dialog.document')}
            </Typography>
            <Box component="dd" sx={{ m: 0, display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} aria-label={t('send.dialog.document')}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {sendable.name}
              </Typography>
              {sendable.dirty && <Typography variant="body2" color="text.secondary">({t('send.dialog.dirty')})</Typography>}
              {sendable.masked && <Chip size="small" color="secondary" label={t('send.dialog.masked')} />}
            </Box>
          </Box>

          {stage === 'preview' && (
            <>
              <SendOptionsForm document={sendable.document} env={env} options={session.options} preview={preview} onChange={session.setOptions} />
              {session.sendError && <Alert severity="error">{tl(session.sendError)}</Alert>}
              {session.previewError && (
                <Alert severity="error">
                  <AlertTitle>{t('send.dialog.previewFailed')}</AlertTitle>
                  {tl(session.previewError)}
                </Alert>
              )}
              {session.previewing && <LinearProgress aria-label={t('send.dialog.checking')} />}
              {preview && <PreviewChecks preview={preview} allowInvalid={Boolean(session.options.allowInvalid)} onAllowInvalid={(v) => session.setOptions({ allowInvalid: v })} onOpenEnvironment={() => send.open('environments', env.id)} />}
              {preview && preview.requests.length > 0 && <RequestPreview preview={preview} />}
            </>
          )}

          {stage === 'sending' && (
            <Box role="status" aria-live="polite">
              <Typography variant="body2" sx={{ mb: 1 }}>
                {session.progress ? tl(session.progress.message) : t('send.dialog.checking')}
              </Typography>
              <LinearProgress
                aria-label={t('send.dialog.progress')}
                variant={session.progress && session.progress.total > 0 ? 'determinate' : 'indeterminate'}
                value={session.progress && session.progress.total > 0 ? (100 * session.progress.done) / session.progress.total : 0}
              />
            </Box>
          )}

          {stage === 'done' && session.result && (
            <ReplyPanel
              result={session.result}
              onRetry={session.retry}
              onSendAsUpdate={session.sendAsUpdate}
              onOpenReply={(c) => open(c, 'reply')}
              onOpenRequest={(c) => open(c, 'request')}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {stage === 'sending' ? (
          <Button key="stop" color="error" onClick={session.stop}>
            {t('send.dialog.stop')}
          </Button>
        ) : (
          <Button key="close" onClick={onClose}>
            {t('send.dialog.close')}
          </Button>
        )}
        {stage === 'done' && <Button onClick={session.backToPreview}>{t('send.dialog.backToPreview')}</Button>}
        {stage === 'preview' && (
          <Button variant="contained" color={production ? 'error' : 'primary'} disabled={blocked} onClick={() => session.send()}>
            {production ? t('send.dialog.sendProduction') : t('send.dialog.send')}
          </Button>
        )}
      </DialogActions>
      {session.confirming && (
        <ConfirmProductionDialog env={env} documentName={sendable.name} pending={session.confirming} onConfirm={session.confirm} onCancel={session.cancelConfirm} />
      )}
    </Dialog>
  );
}

interface PreviewChecksProps {
  preview: NonNullable<ReturnType<typeof useSendSession>['preview']>;
  allowInvalid: boolean;
  onAllowInvalid(value: boolean): void;
  onOpenEnvironment(): void;
}

/** The check before sending, the notices, and what would stop the send. */
function PreviewChecks({ preview, allowInvalid, onAllowInvalid, onOpenEnvironment }: PreviewChecksProps) {
  const { t, tl, lang } = useI18n();
  const v = preview.validation;
  const errors = v?.issues.filter((i) => i.severity === 'error') ?? [];
  return (
    <Stack spacing={1}>
      {v && (
        <Alert severity={v.counts.error > 0 ? 'error' : v.counts.warning > 0 ? 'warning' : 'success'}>
          {t('send.dialog.validation', { counts: issueCountsText(v.counts, lang) })}
          {errors.length > 0 && (
            <List dense disablePadding>
              {errors.slice(0, 5).map((i, k) => (
                <ListItem key={k} disableGutters>
                  <ListItemText primary={`${i.path || t('doc.wholeDocument')}: ${tl(i.message)}`} secondary={i.code} />
                </ListItem>
              ))}
            </List>
          )}
          {v.counts.error > 0 && (
            <FormControlLabel control={<Checkbox checked={allowInvalid} onChange={(e) => onAllowInvalid(e.target.checked)} />} label={t('send.dialog.allowInvalid')} />
          )}
        </Alert>
      )}
      {preview.notices.map((n, i) => (
        <Alert key={i} severity="info" role="note">
          {tl(n)}
        </Alert>
      ))}
      {preview.refusal && preview.refusal.code !== 'invalid' && (
        <Alert
          severity="error"
          action={
            preview.refusal.code === 'no-password' || preview.refusal.code === 'environment' ? (
              <Button color="inherit" size="small" onClick={onOpenEnvironment}>
                {t('send.dialog.openEnvironment')}
              </Button>
            ) : undefined
          }
        >
          {tl(preview.refusal.message)}
        </Alert>
      )}
    </Stack>
  );
}
