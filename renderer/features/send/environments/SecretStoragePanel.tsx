/**
 * Where the passwords are kept, said plainly (issue 5 §1): the operating system's key store in
 * Electron; in the web host memory only for this run, or — if the user chooses — a file encrypted
 * with their passphrase, which a later run opens with the same passphrase.
 */
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { Localized } from '../../../../shared/i18n/localized';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSend } from '../SendContext';

/** The secret storage notice and its controls. */
export function SecretStoragePanel() {
  const { t, tl } = useI18n();
  const send = useSend();
  const s = send.secretStorage;
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<Localized>();
  const [busy, setBusy] = useState(false);
  if (!s) return null;

  const openFile = async () => {
    setBusy(true);
    const r = await send.bridge.environments.useSecretFile({ passphrase });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    setProblem(undefined);
    setPassphrase('');
    await send.reload();
  };
  const toMemory = async () => {
    const r = await send.bridge.environments.useMemorySecrets({});
    if (!r.ok) setProblem(r.error.message);
    await send.reload();
  };

  const text = s.mode === 'os' ? t('send.secrets.os') : s.mode === 'passphrase-file' ? t('send.secrets.file', { file: s.file ?? '' }) : s.fileLocked ? t('send.secrets.locked', { file: s.file ?? '' }) : t('send.secrets.memory');
  return (
    <Box component="section" aria-labelledby="secrets-title">
      <Typography id="secrets-title" variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {t('send.secrets.title')}
      </Typography>
      <Alert severity={s.mode === 'memory' ? 'warning' : 'info'} role="status">
        {text}
      </Alert>
      {s.canUsePassphraseFile && s.mode === 'memory' && (
        <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }} component="form" onSubmit={(e) => { e.preventDefault(); void openFile(); }}>
          <TextField size="small" type="password" autoComplete="off" label={t('send.secrets.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} sx={{ minWidth: 280 }} />
          <Button type="submit" variant="outlined" disabled={busy || passphrase.length === 0}>
            {s.fileLocked ? t('send.secrets.openFile') : t('send.secrets.useFile')}
          </Button>
        </Stack>
      )}
      {s.mode === 'passphrase-file' && (
        <Button sx={{ mt: 1 }} onClick={() => void toMemory()}>
          {t('send.secrets.useMemory')}
        </Button>
      )}
      {problem && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {tl(problem)}
        </Alert>
      )}
    </Box>
  );
}
