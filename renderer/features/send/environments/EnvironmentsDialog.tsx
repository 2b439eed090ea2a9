/**
 * The sending environments: the list, the editor of the chosen one (or a new one), import and
 * export without passwords, where passwords are kept, and the sandbox portal's controls beside
 * the built-in Sandbox environment.
 */
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, List, ListItemButton, ListItemIcon, ListItemText, Stack } from '@mui/material';
import { useRef, useState } from 'react';
import { environmentName, SANDBOX_ENVIRONMENT_ID } from '../../../../shared/portal/environment';
import { localize } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/I18nProvider';
import { EnvironmentDot, KindChip } from '../EnvironmentBadge';
import { saveTextFile } from '../saveText';
import { useSend } from '../SendContext';
import { EnvironmentEditor } from './EnvironmentEditor';
import { SandboxPanel } from './SandboxPanel';
import { SecretStoragePanel } from './SecretStoragePanel';
import { HiddenFileInput } from '../../open/HiddenFileInput';

/** Mounted while the environments dialog is open. */
export function EnvironmentsDialogHost() {
  const send = useSend();
  if (send.dialog !== 'environments') return null;
  return <EnvironmentsDialog />;
}

function EnvironmentsDialog() {
  const { t, lang } = useI18n();
  const send = useSend();
  const [selected, setSelected] = useState<string | 'new'>(send.focusEnvironment ?? send.current?.id ?? 'new');
  const importInput = useRef<HTMLInputElement>(null);
  const env = selected === 'new' ? undefined : send.environments.find((e) => e.id === selected);

  const doImport = async (file: File) => {
    const r = await send.bridge.environments.import({ text: await file.text(), source: file.name });
    if (!r.ok) {
      send.fail(r.error.message);
      return;
    }
    send.notify({ severity: 'success', message: localize('send.env.imported', { n: r.value.imported.length }) });
    for (const m of [...r.value.skipped, ...r.value.notices]) send.notify({ severity: 'warning', title: localize('send.notice.environments'), message: m });
    await send.reload();
    if (r.value.imported[0]) setSelected(r.value.imported[0].id);
  };

  const doExport = async () => {
    const r = await send.bridge.environments.export({});
    if (!r.ok) {
      send.fail(r.error.message);
      return;
    }
    const saved = await saveTextFile(send.bridge, r.value.suggestedName, r.value.text);
    if (saved.saved) send.notify({ severity: 'success', message: localize('send.env.exported', { name: saved.name }) });
    else if (saved.error) send.fail(saved.error);
  };

  return (
    <Dialog open onClose={send.close} aria-labelledby="env-title" maxWidth="lg" fullWidth scroll="paper">
      <DialogTitle id="env-title">{t('send.env.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
          <Box sx={{ width: { md: 300 }, flex: 'none' }}>
            <List aria-label={t('send.env.list')} dense>
              {send.environments.map((e) => (
                <ListItemButton key={e.id} selected={e.id === selected} aria-current={e.id === selected ? 'true' : undefined} onClick={() => setSelected(e.id)}>
                  <ListItemIcon sx={{ minWidth: 28 }}>
                    <EnvironmentDot colour={e.colour} />
                  </ListItemIcon>
                  <ListItemText
                    primary={environmentName(e, lang)}
                    secondary={[e.builtIn ? t('send.env.builtIn') : '', e.id === send.current?.id ? t('send.env.current') : ''].filter(Boolean).join(' · ') || undefined}
                  />
                  <KindChip kind={e.kind} />
                </ListItemButton>
              ))}
            </List>
            <Stack spacing={1} sx={{ mt: 1 }}>
              <Button startIcon={<AddIcon />} variant={selected === 'new' ? 'contained' : 'outlined'} onClick={() => setSelected('new')}>
                {t('send.env.add')}
              </Button>
              <Button onClick={() => importInput.current?.click()}>{t('send.env.import')}</Button>
              <Button onClick={() => void doExport()}>{t('send.env.export')}</Button>
            </Stack>
            <HiddenFileInput ref={importInput} accept=".json,application/json" label={t('send.env.import')} onFile={(file) => void doImport(file)} />
          </Box>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            {/* The sandbox's controls come first: starting it is what a tester opens this for. */}
            {env?.builtIn && <SandboxPanel />}
            {selected !== 'new' && !env ? (
              <Alert severity="info">{t('send.picker.loading')}</Alert>
            ) : (
              <EnvironmentEditor
                key={selected}
                env={env}
                isCurrent={env?.id === send.current?.id}
                onSaved={(saved) => setSelected(saved.id)}
                onDeleted={() => setSelected(SANDBOX_ENVIRONMENT_ID)}
              />
            )}
          </Box>
        </Stack>
        <Divider sx={{ my: 3 }} />
        <SecretStoragePanel />
      </DialogContent>
      <DialogActions>
        <Button onClick={send.close}>{t('send.dialog.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
