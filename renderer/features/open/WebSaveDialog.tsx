/**
 * "Save as" in a browser: download the file, or save it into the web host's workspace folder.
 */
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export interface WebSaveDialogProps {
  open: boolean;
  suggestedName: string;
  /** The workspace folder's name, when the host has one. */
  workspace: string | null;
  onCancel(): void;
  onDownload(name: string): void;
  onSaveToWorkspace(name: string): void;
}

/** The browser's save dialog. */
export function WebSaveDialog({ open, suggestedName, workspace, onCancel, onDownload, onSaveToWorkspace }: WebSaveDialogProps) {
  const { t } = useI18n();
  const [name, setName] = useState(suggestedName);
  useEffect(() => {
    if (open) setName(suggestedName);
  }, [open, suggestedName]);
  const valid = name.trim() !== '' && !name.startsWith('.');
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="xs" aria-labelledby="save-title">
      <DialogTitle id="save-title">{t('saveAs.title')}</DialogTitle>
      <DialogContent>
        <TextField autoFocus fullWidth label={t('saveAs.name')} value={name} onChange={(e) => setName(e.target.value)} sx={{ mt: 1 }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
        {workspace !== null && (
          <Button disabled={!valid} onClick={() => onSaveToWorkspace(name.trim())}>
            {t('action.saveToWorkspace')}
          </Button>
        )}
        <Button variant="contained" disabled={!valid} onClick={() => onDownload(name.trim())}>
          {t('action.download')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
