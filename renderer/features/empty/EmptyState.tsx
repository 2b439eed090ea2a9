/**
 * What a user sees before opening anything: the three ways in (open, paste, new from template),
 * drag and drop, and the recent files when the host keeps them.
 */
import AddIcon from '@mui/icons-material/NoteAdd';
import ContentPasteIcon from '@mui/icons-material/ContentPaste';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import HistoryIcon from '@mui/icons-material/History';
import { Box, Button, List, ListItemButton, ListItemIcon, ListItemText, Paper, Stack, Typography } from '@mui/material';
import type { RecentEntry } from '../../../shared/ipc/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { formatVietnamTime } from '../../i18n/format';

export interface EmptyStateProps {
  onOpen(): void;
  onPaste(): void;
  onNew(): void;
  recent: RecentEntry[];
  onOpenRecent(path: string): void;
}

/** The empty state of the shell. */
export function EmptyState({ onOpen, onPaste, onNew, recent, onOpenRecent }: EmptyStateProps) {
  const { t } = useI18n();
  return (
    <Box sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', p: 4 }}>
      <Paper variant="outlined" component="section" aria-labelledby="empty-title" sx={{ p: 4, maxWidth: 640, width: '100%' }}>
        <Typography id="empty-title" variant="h5" component="h1" gutterBottom>
          {t('empty.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('empty.body')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <Button variant="contained" startIcon={<FolderOpenIcon />} onClick={onOpen}>
            {t('action.open')}
          </Button>
          <Button variant="outlined" startIcon={<ContentPasteIcon />} onClick={onPaste}>
            {t('action.paste')}
          </Button>
          <Button variant="outlined" startIcon={<AddIcon />} onClick={onNew}>
            {t('action.new')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('empty.drop')}
        </Typography>
        {recent.length > 0 && (
          <Box component="nav" aria-labelledby="recent-title" sx={{ mt: 3 }}>
            <Typography id="recent-title" variant="subtitle2" component="h2">
              {t('empty.recent')}
            </Typography>
            <List dense>
              {recent.map((r) => (
                <ListItemButton key={r.path} onClick={() => onOpenRecent(r.path)}>
                  <ListItemIcon>
                    <HistoryIcon fontSize="small" />
                  </ListItemIcon>
                  <ListItemText primary={r.name} secondary={`${r.path} · ${formatVietnamTime(r.openedAt)}`} />
                </ListItemButton>
              ))}
            </List>
          </Box>
        )}
      </Paper>
    </Box>
  );
}
