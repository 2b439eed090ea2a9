/**
 * "Paste content": a packet copied from a log, an e-mail or the integration guide becomes a document.
 */
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { MONO } from '../../theme/fonts';

export interface PasteDialogProps {
  open: boolean;
  onCancel(): void;
  onSubmit(text: string): void;
}

/** The paste dialog. */
export function PasteDialog({ open, onCancel, onSubmit }: PasteDialogProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const submit = () => {
    onSubmit(text);
    setText('');
  };
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="md" aria-labelledby="paste-title">
      <DialogTitle id="paste-title">{t('paste.title')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          multiline
          minRows={10}
          maxRows={24}
          fullWidth
          label={t('paste.label')}
          helperText={t('paste.help')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: MONO } } }}
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={text.trim() === ''}>
          {t('action.openPasted')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
