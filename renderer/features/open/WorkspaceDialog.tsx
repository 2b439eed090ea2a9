/**
 * "Open from the workspace": browse the web host's `--workspace` folder and pick a file.
 */
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import FolderIcon from '@mui/icons-material/Folder';
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { WorkspaceEntry } from '../../../shared/ipc/contract';
import type { Localized } from '../../../shared/i18n/localized';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes, formatVietnamTime } from '../../i18n/format';
import { MONO } from '../../theme/fonts';

export interface WorkspaceDialogProps {
  open: boolean;
  bridge: Bridge;
  onCancel(): void;
  onPick(path: string): void;
}

/** The workspace browser. */
export function WorkspaceDialog({ open, bridge, onCancel, onPick }: WorkspaceDialogProps) {
  const { t, tl, lang } = useI18n();
  const [dir, setDir] = useState('');
  const [listing, setListing] = useState<{ root: string; entries: WorkspaceEntry[] }>();
  const [error, setError] = useState<Localized>();

  useEffect(() => {
    if (!open) return;
    let live = true;
    void bridge.files.listWorkspace({ dir }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setListing(r.value);
        setError(undefined);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [open, dir, bridge]);

  const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby="workspace-title">
      <DialogTitle id="workspace-title">{t('workspace.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ fontFamily: MONO }}>
          {listing?.root}/{dir}
        </Typography>
        {error && <Alert severity="error">{tl(error)}</Alert>}
        <List dense aria-label={t('workspace.title')}>
          {dir !== '' && (
            <ListItemButton onClick={() => setDir(parent)}>
              <ListItemIcon>
                <ArrowUpwardIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText primary={t('action.up')} />
            </ListItemButton>
          )}
          {listing?.entries.map((e) => (
            <ListItemButton key={e.path} onClick={() => (e.type === 'dir' ? setDir(e.path) : onPick(e.path))}>
              <ListItemIcon>{e.type === 'dir' ? <FolderIcon fontSize="small" /> : <DescriptionIcon fontSize="small" />}</ListItemIcon>
              <ListItemText primary={e.name} secondary={e.type === 'file' ? `${formatBytes(e.size, lang)} · ${formatVietnamTime(e.modifiedAt)}` : undefined} />
            </ListItemButton>
          ))}
          {listing && listing.entries.length === 0 && <Typography color="text.secondary">{t('workspace.empty')}</Typography>}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
}
