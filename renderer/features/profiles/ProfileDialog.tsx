/**
 * Choosing the validation profile (issue 4 §4 "the profile in use is always visible and can be
 * switched"): the built-ins and the profiles imported in the data folder, each with its name, id,
 * version and source; importing a profile file (Electron's native dialog, the browser's file
 * picker, or the web host's workspace), removing one, and a short note on what a profile may
 * change (docs/PROFILES.md). A refused file shows its located problems here, and nothing changes.
 */
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import {
  Alert,
  Box,
  Button,
  Collapse,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  ListSubheader,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import type { ProfileEntry } from '../../../shared/ipc/profiles';
import { useI18n } from '../../i18n/I18nProvider';
import type { UserProfiles } from './useUserProfiles';
import { MONO } from '../../theme/fonts';

export interface ProfileDialogProps {
  open: boolean;
  profiles: UserProfiles;
  /** The profile in use. */
  value: string;
  /** Electron: import through the native open dialog. */
  nativeDialogs: boolean;
  /** The web host's workspace (offers "Import from the workspace…"). */
  workspace: string | null;
  onImportFromWorkspace(): void;
  onClose(): void;
  onChoose(profileId: string): void;
  /** Opens "Compare results under two profiles…" (compare/); no button without it. */
  onCompare?(): void;
}

/** The profile picker. */
export function ProfileDialog({ open, profiles, value, nativeDialogs, workspace, onImportFromWorkspace, onClose, onChoose, onCompare }: ProfileDialogProps) {
  const { t, tl } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState<ProfileEntry>();
  const [explain, setExplain] = useState(false);
  const builtIns = profiles.entries.filter((p) => p.builtIn);
  const users = profiles.entries.filter((p) => !p.builtIn);
  const outcome = profiles.outcome;

  const close = () => {
    setConfirming(undefined);
    profiles.clearOutcome();
    onClose();
  };

  const option = (p: ProfileEntry) => {
    const selected = p.id.toLowerCase() === value.toLowerCase();
    const source = p.builtIn ? t('profiles.sourceBuiltIn') : p.source;
    return (
      <ListItem
        key={p.id}
        disablePadding
        role="none"
        secondaryAction={
          p.builtIn ? undefined : (
            <>
              {!nativeDialogs && (
                <IconButton edge="end" aria-label={t('profiles.export', { id: p.id })} title={t('profiles.export', { id: p.id })} onClick={() => void profiles.download(p)} disabled={profiles.busy}>
                  <DownloadIcon fontSize="small" />
                </IconButton>
              )}
              <IconButton edge="end" aria-label={t('profiles.remove', { id: p.id })} title={t('profiles.remove', { id: p.id })} onClick={() => setConfirming(p)} disabled={profiles.busy}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </>
          )
        }
      >
        <ListItemButton role="option" aria-selected={selected} selected={selected} onClick={() => onChoose(p.id)} sx={{ pr: p.builtIn ? 2 : 12 }}>
          <ListItemText
            primary={tl(p.name)}
            secondary={
              <>
                <span>{t('profiles.entry', { id: p.id, version: p.version, source })}</span>
                {p.description && (
                  <Typography component="span" variant="caption" sx={{ display: 'block' }}>
                    {tl(p.description)}
                  </Typography>
                )}
              </>
            }
          />
        </ListItemButton>
      </ListItem>
    );
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="profile-title">
      <DialogTitle id="profile-title">{t('profile.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('profile.help')}</DialogContentText>
        <List role="listbox" aria-label={t('doc.profile')} dense>
          <ListSubheader role="presentation" disableSticky>
            {t('profiles.builtIn')}
          </ListSubheader>
          {builtIns.map(option)}
          <ListSubheader role="presentation" disableSticky>
            {t('profiles.userSection')}
          </ListSubheader>
          {users.length ? (
            users.map(option)
          ) : (
            <Typography role="presentation" variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
              {t('profiles.noUser')}
            </Typography>
          )}
        </List>
        {profiles.busy && <LinearProgress aria-label={t('profiles.importing')} />}
        {confirming && (
          <Alert
            severity="warning"
            role="alertdialog"
            aria-label={t('profiles.remove', { id: confirming.id })}
            action={
              <>
                <Button color="inherit" size="small" onClick={() => setConfirming(undefined)}>
                  {t('action.cancel')}
                </Button>
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    const entry = confirming;
                    setConfirming(undefined);
                    void profiles.remove(entry);
                  }}
                >
                  {t('profiles.remove', { id: confirming.id })}
                </Button>
              </>
            }
          >
            {t('profiles.removeConfirm', { name: tl(confirming.name), id: confirming.id, version: confirming.version })}
          </Alert>
        )}
        {outcome && (
          <Alert severity={outcome.severity} role={outcome.severity === 'error' ? 'alert' : 'status'} data-testid="profile-outcome" onClose={profiles.clearOutcome} sx={{ mt: 1 }}>
            <div>{tl(outcome.message)}</div>
            {outcome.details && (
              <Box component="pre" sx={{ m: 0, mt: 0.5, whiteSpace: 'pre-wrap', fontFamily: MONO, fontSize: '0.8rem' }}>
                {tl(outcome.details)}
              </Box>
            )}
          </Alert>
        )}
        <Button size="small" onClick={() => setExplain((x) => !x)} aria-expanded={explain} sx={{ mt: 1, textTransform: 'none' }}>
          {t('profiles.whatTitle')}
        </Button>
        <Collapse in={explain}>
          <Typography variant="body2" color="text.secondary" sx={{ px: 1 }}>
            {t('profiles.what')}
          </Typography>
        </Collapse>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('profiles.import')}
          data-testid="profile-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void profiles.importBrowserFile(file);
          }}
        />
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={() => (nativeDialogs ? void profiles.importNative() : fileInput.current?.click())} disabled={profiles.busy}>
          {t('profiles.import')}
        </Button>
        {workspace !== null && !nativeDialogs && (
          <Button onClick={onImportFromWorkspace} disabled={profiles.busy}>
            {t('profiles.importWorkspace')}
          </Button>
        )}
        {onCompare && (
          <Button onClick={onCompare} disabled={profiles.busy}>
            {t('profileCompare.open')}
          </Button>
        )}
        <Box sx={{ flex: 1 }} />
        <Button onClick={close}>{t('profiles.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
