/**
 * The top bar, one row at 1024 px and wider, in both languages: the product name; the document
 * actions — the File menu (every file command of the registry, with its shortcut), then Open,
 * Paste, New and Save directly at hand (a helpdesk officer pastes from logs all day), the Helpdesk
 * menu, Send… and the send history; then, always visible at the end, the sending environment, the
 * command palette, the language and the theme. Below 1240 px the direct buttons keep their icon
 * and their name (tooltip, accessible name) but drop the visible text. Every action is also a
 * command of the palette (Ctrl+Shift+P) and reachable with Tab, Enter and the arrow keys.
 */
import CloseIcon from '@mui/icons-material/Close';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import ContentPasteIcon from '@mui/icons-material/ContentPaste';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import FolderSpecialIcon from '@mui/icons-material/FolderSpecial';
import KeyboardCommandKeyIcon from '@mui/icons-material/KeyboardCommandKey';
import LightModeIcon from '@mui/icons-material/LightMode';
import AddIcon from '@mui/icons-material/NoteAdd';
import SaveIcon from '@mui/icons-material/Save';
import SaveAsIcon from '@mui/icons-material/SaveAs';
import { AppBar, Box, Button, IconButton, Menu, MenuItem, ToggleButton, ToggleButtonGroup, Toolbar, Tooltip, Typography, useMediaQuery } from '@mui/material';
import { useState, type MouseEvent, type ReactNode } from 'react';
import type { Lang } from '../../../shared/i18n/localized';
import type { CommandId } from '../../../shared/ipc/commands';
import { useI18n } from '../../i18n/I18nProvider';
import { HelpdeskMenu } from '../helpdesk/HelpdeskMenu';
import { SendActions, SendEnvironment } from '../send/SendAppBar';
import { runCommand } from '../editor/commands/bus';
import { CommandMenu, type MenuEntry } from './CommandMenu';

export interface AppToolbarProps {
  hasDocument: boolean;
  /** Where "Open" can read from: the browser's picker, the host's dialog, the workspace. */
  workspace: string | null;
  onOpen(): void;
  onOpenWorkspace(): void;
  onSave(): void;
  /** Opens the command palette (every command with its shortcut). */
  onPalette(): void;
  dark: boolean;
  onToggleTheme(): void;
  onLanguage(lang: Lang): void;
}

/** Commands that need an open document. */
const NEEDS_DOCUMENT = new Set<CommandId>(['save', 'saveAs', 'close', 'compareSaved', 'compareDocuments']);

const FILE_ICONS: Partial<Record<CommandId, ReactNode>> = {
  new: <AddIcon fontSize="small" />,
  open: <FolderOpenIcon fontSize="small" />,
  openFromWorkspace: <FolderSpecialIcon fontSize="small" />,
  paste: <ContentPasteIcon fontSize="small" />,
  save: <SaveIcon fontSize="small" />,
  saveAs: <SaveAsIcon fontSize="small" />,
  close: <CloseIcon fontSize="small" />,
  compareSaved: <CompareArrowsIcon fontSize="small" />,
};

interface ActionProps {
  label: string;
  icon: ReactNode;
  /** Icon only (the label becomes the tooltip and the accessible name). */
  compact: boolean;
  onClick(e: MouseEvent<HTMLElement>): void;
  disabled?: boolean;
  /** Opens a menu. */
  menu?: { open: boolean };
}

/** A direct action of the bar: a labelled button, or with `compact` an icon button of the same name. */
function Action({ label, icon, compact, onClick, disabled, menu }: ActionProps) {
  const popup = menu ? { 'aria-haspopup': 'menu' as const, 'aria-expanded': menu.open } : {};
  if (!compact) {
    return (
      <Button startIcon={icon} onClick={onClick} disabled={disabled} {...popup} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
        {label}
      </Button>
    );
  }
  return (
    <Tooltip title={label}>
      {/* A span, so the tooltip also explains a greyed button. */}
      <span>
        <IconButton aria-label={label} onClick={onClick} disabled={disabled} {...popup}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

/** "Open file…": the picker at once, or first a choice of where from when there is a workspace. */
function OpenAction({ workspace, onOpen, onOpenWorkspace, compact }: Pick<AppToolbarProps, 'workspace' | 'onOpen' | 'onOpenWorkspace'> & { compact: boolean }) {
  const { t } = useI18n();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (workspace === null) return <Action label={t('action.open')} icon={<FolderOpenIcon />} compact={compact} onClick={onOpen} />;
  const choose = (run: () => void) => {
    setAnchor(null);
    run();
  };
  return (
    <>
      <Action label={t('action.open')} icon={<FolderOpenIcon />} compact={compact} onClick={(e) => setAnchor(e.currentTarget)} menu={{ open: anchor !== null }} />
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => choose(onOpen)}>{t('action.openFromComputer')}</MenuItem>
        <MenuItem onClick={() => choose(onOpenWorkspace)}>{t('action.openFromWorkspace')}</MenuItem>
      </Menu>
    </>
  );
}

/** The app bar. */
export function AppToolbar(p: AppToolbarProps) {
  const { t, lang } = useI18n();
  // Measured with .tmp screenshots: at 1024 px the Vietnamese labels and the environment do not
  // fit beside each other, at 1280 px they do once the product name is short; the whole name and New's label from 1600 px.
  const compact = !useMediaQuery('(min-width:1240px)');
  const wide = useMediaQuery('(min-width:1600px)');
  const fileEntries: MenuEntry[] = [
    'new',
    'open',
    ...(p.workspace !== null ? (['openFromWorkspace'] as const) : []),
    'paste',
    'divider',
    'save',
    'saveAs',
    'close',
    'divider',
    'compareSaved',
    'compareDocuments',
  ];
  const themeLabel = p.dark ? t('settings.theme.toLight') : t('settings.theme.toDark');
  return (
    <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Toolbar variant="dense" sx={{ gap: 1, flexWrap: 'nowrap', minWidth: 0, px: { xs: 1.5 } }}>
        <Typography variant="subtitle1" component="div" noWrap title={t('app.title')} sx={{ fontWeight: 700, flexShrink: 0 }}>
          {wide ? t('app.title') : 'QCVN 120'}
        </Typography>
        {/* Narrower than 1024 px the actions scroll (still reachable with Tab) rather than run under the settings. */}
        <Box component="nav" aria-label={t('a11y.actions')} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0, overflowX: 'auto', scrollbarWidth: 'none' }}>
          <CommandMenu label={t('menu.file')} hint={t('menu.fileHint')} entries={fileEntries} icons={FILE_ICONS} disabled={(id) => !p.hasDocument && NEEDS_DOCUMENT.has(id)} />
          <OpenAction workspace={p.workspace} onOpen={p.onOpen} onOpenWorkspace={p.onOpenWorkspace} compact={compact} />
          <Action label={t('action.paste')} icon={<ContentPasteIcon />} compact={compact} onClick={() => runCommand('paste')} />
          <Action label={t('action.new')} icon={<AddIcon />} compact={compact || !wide} onClick={() => runCommand('new')} />
          <Action label={t('action.save')} icon={<SaveIcon />} compact={compact} onClick={p.onSave} disabled={!p.hasDocument} />
          <HelpdeskMenu hasDocument={p.hasDocument} />
          <SendActions />
        </Box>
        <Box sx={{ flex: 1 }} />
        <Box role="group" aria-label={t('a11y.appSettings')} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexShrink: 0 }}>
          <SendEnvironment nameWidth={compact ? 112 : wide ? 200 : 140} />
          <Tooltip title={t('palette.hint')}>
            <IconButton aria-label={t('palette.button')} onClick={p.onPalette}>
              <KeyboardCommandKeyIcon />
            </IconButton>
          </Tooltip>
          <ToggleButtonGroup size="small" exclusive value={lang} aria-label={t('settings.language')} onChange={(_e, value: Lang | null) => value && p.onLanguage(value)}>
            <ToggleButton value="vi" aria-label="Tiếng Việt" lang="vi">
              VI
            </ToggleButton>
            <ToggleButton value="en" aria-label="English" lang="en">
              EN
            </ToggleButton>
          </ToggleButtonGroup>
          <Tooltip title={themeLabel}>
            <IconButton onClick={p.onToggleTheme} aria-label={themeLabel}>
              {p.dark ? <LightModeIcon /> : <DarkModeIcon />}
            </IconButton>
          </Tooltip>
        </Box>
      </Toolbar>
    </AppBar>
  );
}
