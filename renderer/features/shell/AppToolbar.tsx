/**
 * The top bar: the product name, the document actions, the language switch and the theme switch.
 */
import AddIcon from '@mui/icons-material/NoteAdd';
import CloseIcon from '@mui/icons-material/Close';
import ContentPasteIcon from '@mui/icons-material/ContentPaste';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import LightModeIcon from '@mui/icons-material/LightMode';
import SaveIcon from '@mui/icons-material/Save';
import KeyboardCommandKeyIcon from '@mui/icons-material/KeyboardCommandKey';
import { AppBar, Box, Button, IconButton, Menu, MenuItem, ToggleButton, ToggleButtonGroup, Toolbar, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import type { Lang } from '../../../shared/i18n/localized';
import { useI18n } from '../../i18n/I18nProvider';
import { HelpdeskMenu } from '../helpdesk/HelpdeskMenu';
import { SendAppBar } from '../send/SendAppBar';

export interface AppToolbarProps {
  hasDocument: boolean;
  /** Where "Open" can read from: the browser's picker, the host's dialog, the workspace. */
  workspace: string | null;
  onOpen(): void;
  onOpenWorkspace(): void;
  onPaste(): void;
  onNew(): void;
  onSave(): void;
  onSaveAs(): void;
  onClose(): void;
  /** Opens the command palette (every command with its shortcut). */
  onPalette(): void;
  dark: boolean;
  onToggleTheme(): void;
  onLanguage(lang: Lang): void;
}

/** The app bar. */
export function AppToolbar(p: AppToolbarProps) {
  const { t, lang } = useI18n();
  const [openMenu, setOpenMenu] = useState<HTMLElement | null>(null);
  return (
    <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Toolbar variant="dense" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="div" sx={{ fontWeight: 700, mr: 2 }}>
          {t('app.title')}
        </Typography>
        <Box component="nav" aria-label={t('a11y.actions')} sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', flex: 1 }}>
          {p.workspace === null ? (
            <Button startIcon={<FolderOpenIcon />} onClick={p.onOpen}>
              {t('action.open')}
            </Button>
          ) : (
            <>
              <Button startIcon={<FolderOpenIcon />} aria-haspopup="menu" onClick={(e) => setOpenMenu(e.currentTarget)}>
                {t('action.open')}
              </Button>
              <Menu anchorEl={openMenu} open={openMenu !== null} onClose={() => setOpenMenu(null)}>
                <MenuItem
                  onClick={() => {
                    setOpenMenu(null);
                    p.onOpen();
                  }}
                >
                  {t('action.openFromComputer')}
                </MenuItem>
                <MenuItem
                  onClick={() => {
                    setOpenMenu(null);
                    p.onOpenWorkspace();
                  }}
                >
                  {t('action.openFromWorkspace')}
                </MenuItem>
              </Menu>
            </>
          )}
          <Button startIcon={<ContentPasteIcon />} onClick={p.onPaste}>
            {t('action.paste')}
          </Button>
          <Button startIcon={<AddIcon />} onClick={p.onNew}>
            {t('action.new')}
          </Button>
          <Button startIcon={<SaveIcon />} onClick={p.onSave} disabled={!p.hasDocument}>
            {t('action.save')}
          </Button>
          <Button onClick={p.onSaveAs} disabled={!p.hasDocument}>
            {t('action.saveAs')}
          </Button>
          <Button startIcon={<CloseIcon />} onClick={p.onClose} disabled={!p.hasDocument}>
            {t('action.close')}
          </Button>
          <Tooltip title={t('palette.hint')}>
            <Button startIcon={<KeyboardCommandKeyIcon />} onClick={p.onPalette}>
              {t('palette.button')}
            </Button>
          </Tooltip>
          <HelpdeskMenu />
        </Box>
        <SendAppBar />
        <ToggleButtonGroup
          size="small"
          exclusive
          value={lang}
          aria-label={t('settings.language')}
          onChange={(_e, value: Lang | null) => value && p.onLanguage(value)}
        >
          <ToggleButton value="vi" aria-label="Tiếng Việt" lang="vi">
            VI
          </ToggleButton>
          <ToggleButton value="en" aria-label="English" lang="en">
            EN
          </ToggleButton>
        </ToggleButtonGroup>
        <Tooltip title={p.dark ? t('settings.theme.toLight') : t('settings.theme.toDark')}>
          <IconButton onClick={p.onToggleTheme} aria-label={p.dark ? t('settings.theme.toLight') : t('settings.theme.toDark')}>
            {p.dark ? <LightModeIcon /> : <DarkModeIcon />}
          </IconButton>
        </Tooltip>
      </Toolbar>
    </AppBar>
  );
}
