/**
 * Asked before a document with unsaved changes is closed: save it, close without saving, or keep
 * it open. Nothing the user typed is lost without this question (STYLE.md practice 11).
 */
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useI18n } from '../../i18n/I18nProvider';

export interface CloseGuardDialogProps {
  /** The name of the document being closed; the dialog is open while set. */
  name?: string;
  onSave(): void;
  onDiscard(): void;
  onCancel(): void;
}

/** The unsaved-changes question. */
export function CloseGuardDialog({ name, onSave, onDiscard, onCancel }: CloseGuardDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog open={name !== undefined} onClose={onCancel} aria-labelledby="guard-title" aria-describedby="guard-text">
      <DialogTitle id="guard-title">{t('guard.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="guard-text">{t('guard.body', { name: name ?? '' })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
        <Button color="error" onClick={onDiscard}>
          {t('guard.discard')}
        </Button>
        <Button variant="contained" autoFocus onClick={onSave}>
          {t('guard.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
