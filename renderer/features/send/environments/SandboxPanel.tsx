/**
 * The built-in Sandbox environment's companion: start the sandbox portal inside the app with one
 * click (on the port the environment points at), stop it, optionally with injected faults for
 * rehearsing failures — or run the same thing from a terminal with the command shown.
 */
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { Localized } from '../../../../shared/i18n/localized';
import type { SandboxStatus } from '../../../../shared/ipc/send';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSend } from '../SendContext';
import { MONO } from '../../../theme/fonts';

/** Status and controls of the in-process sandbox portal. */
export function SandboxPanel() {
  const { t, tl } = useI18n();
  const send = useSend();
  const [status, setStatus] = useState<SandboxStatus>();
  const [faults, setFaults] = useState('');
  const [problem, setProblem] = useState<Localized>();
  const [busy, setBusy] = useState(false);

  const answer = useCallback((r: Awaited<ReturnType<typeof send.bridge.portal.sandboxStatus>>) => {
    if (r.ok) {
      setStatus(r.value);
      setProblem(undefined);
    } else setProblem(r.error.message);
  }, []);

  useEffect(() => {
    void send.bridge.portal.sandboxStatus({}).then(answer);
  }, [send.bridge, answer]);

  const act = async (start: boolean) => {
    setBusy(true);
    answer(start ? await send.bridge.portal.sandboxStart(faults.trim() ? { faults: faults.trim() } : {}) : await send.bridge.portal.sandboxStop({}));
    setBusy(false);
  };

  return (
    <Box component="section" aria-labelledby="sandbox-title" sx={{ mb: 3, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography id="sandbox-title" variant="subtitle2" component="h3">
        {t('send.sandbox.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('send.sandbox.about')}
      </Typography>
      {status && (
        <Alert severity={status.running ? 'success' : 'info'} role="status">
          {status.running ? t('send.sandbox.running', { url: status.url ?? '', dir: status.dataDir }) : t('send.sandbox.stopped')}
          {status.running && status.faults && <Typography variant="body2">{t('send.sandbox.faults', { faults: status.faults })}</Typography>}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
        {!status?.running && (
          <TextField size="small" label={t('send.sandbox.faultsField')} helperText={t('send.sandbox.faultsHelp')} value={faults} onChange={(e) => setFaults(e.target.value)} sx={{ minWidth: 300 }} />
        )}
        {status?.running ? (
          <Button variant="outlined" disabled={busy} onClick={() => void act(false)}>
            {t('send.sandbox.stop')}
          </Button>
        ) : (
          <Button variant="contained" disabled={busy} onClick={() => void act(true)}>
            {t('send.sandbox.start')}
          </Button>
        )}
      </Stack>
      {problem && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {tl(problem)}
        </Alert>
      )}
      {status && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('send.sandbox.command')}{' '}
          <Box component="code" sx={{ fontFamily: MONO, wordBreak: 'break-all' }}>
            {status.command}
          </Box>
        </Typography>
      )}
    </Box>
  );
}
