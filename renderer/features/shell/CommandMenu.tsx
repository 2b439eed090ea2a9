/**
 * A menu of the app bar built from the command registry (shared/ipc/commands.ts): each item is a
 * command, named as the palette and Electron's menu name it, with its shortcut in this host, and
 * runs the same command through the command bus. A command nobody handles right now is greyed.
 * Keyboard: the button opens it with Enter, Space or ↓; the arrows move; Esc closes.
 */
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { Button, Divider, ListItemIcon, ListItemText, Menu, MenuItem, Tooltip, Typography } from '@mui/material';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { pick } from '../../../shared/i18n/localized';
import { commandById, type CommandId } from '../../../shared/ipc/commands';
import { useBridge } from '../../bridge/BridgeContext';
import { useI18n } from '../../i18n/I18nProvider';
import { hasHandler, onHandlersChanged, runCommand } from '../editor/commands/bus';
import { shortcutLabel, shortcutOf } from '../editor/commands/shortcuts';

/** A command, or a divider between groups. */
export type MenuEntry = CommandId | 'divider';

export interface CommandMenuProps {
  label: string;
  icon?: ReactNode;
  /** A longer description, shown on hover and read as the button's description. */
  hint?: string;
  entries: readonly MenuEntry[];
  /** Commands that cannot run now although handled (e.g. Save without a document). */
  disabled?: (id: CommandId) => boolean;
  /** Icons of the commands that have one. */
  icons?: Partial<Record<CommandId, ReactNode>>;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The menu button and its menu. */
export function CommandMenu({ label, icon, hint, entries, disabled, icons }: CommandMenuProps) {
  const { lang } = useI18n();
  const { host } = useBridge();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [, setTick] = useState(0);
  // Handlers come and go with the features on screen: re-render so greyed items follow.
  useEffect(() => onHandlersChanged(() => setTick((n) => n + 1)), []);
  const button = (
    <Button
      startIcon={icon}
      endIcon={<ArrowDropDownIcon />}
      aria-haspopup="menu"
      aria-expanded={Boolean(anchor)}
      aria-controls={anchor ? menuId : undefined}
      onClick={(e) => setAnchor(e.currentTarget)}
      sx={{ flexShrink: 0, whiteSpace: 'nowrap', '& .MuiButton-endIcon': { ml: 0 } }}
    >
      {label}
    </Button>
  );
  return (
    <>
      {hint ? (
        <Tooltip title={hint} describeChild>
          {button}
        </Tooltip>
      ) : (
        button
      )}
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-label': label, dense: true } }}>
        {entries.map((entry, i) => {
          if (entry === 'divider') return <Divider key={`divider-${i}`} />;
          const command = commandById(entry);
          if (!command) return null;
          const accelerator = shortcutOf(command, host);
          const keys = shortcutLabel(accelerator, isMac);
          const itemIcon = icons?.[entry];
          return (
            <MenuItem
              key={entry}
              disabled={!hasHandler(entry) || disabled?.(entry)}
              aria-keyshortcuts={accelerator?.replace('CmdOrCtrl', isMac ? 'Meta' : 'Control')}
              onClick={() => {
                setAnchor(null);
                // After the menu has closed, so the focus is back on the button before a dialog opens.
                setTimeout(() => runCommand(entry), 0);
              }}
            >
              {itemIcon && <ListItemIcon>{itemIcon}</ListItemIcon>}
              <ListItemText inset={!itemIcon && Boolean(icons)}>{pick(command.label, lang)}</ListItemText>
              {keys && (
                <Typography variant="body2" color="text.secondary" sx={{ ml: 3 }} aria-hidden>
                  {keys}
                </Typography>
              )}
            </MenuItem>
          );
        })}
      </Menu>
    </>
  );
}
