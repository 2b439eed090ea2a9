/**
 * Choosing the validation profile (issue 4 §4 "the profile in use is always visible and can be
 * switched"): strict, lenient and any profile the host knows. Every open document is validated
 * again with the chosen one.
 */
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItemButton, ListItemText } from '@mui/material';
import type { AppInfo } from '../../../shared/ipc/contract';
import { useI18n } from '../../i18n/I18nProvider';

export interface ProfileDialogProps {
  open: boolean;
  profiles: AppInfo['profiles'];
  value: string;
  onCancel(): void;
  onChoose(profileId: string): void;
}

/** The profile picker. */
export function ProfileDialog({ open, profiles, value, onCancel, onChoose }: ProfileDialogProps) {
  const { t, tl } = useI18n();
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="xs" aria-labelledby="profile-title">
      <DialogTitle id="profile-title">{t('profile.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('profile.help')}</DialogContentText>
        <List role="listbox" aria-label={t('doc.profile')}>
          {profiles.map((p) => (
            <ListItemButton key={p.id} role="option" aria-selected={p.id === value} selected={p.id === value} onClick={() => onChoose(p.id)}>
              <ListItemText primary={tl(p.name)} secondary={`${p.id} ${p.version}`} />
            </ListItemButton>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
}
