/**
 * The app bar's "Helpdesk" menu: the helpdesk commands of the registry, by name, so an officer
 * finds batch triage, masking, evidence packs and the explainer without the palette. Each item
 * runs the same command as the palette and the Electron menu.
 */
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { Button, Menu, MenuItem, Tooltip } from '@mui/material';
import { useState } from 'react';
import { pick } from '../../../shared/i18n/localized';
import { COMMANDS, type CommandId, type CommandSpec } from '../../../shared/ipc/commands';
import { useI18n } from '../../i18n/I18nProvider';
import { runCommand } from '../editor/commands/bus';

const ITEMS = (COMMANDS as readonly CommandSpec[]).filter((c) => c.group === 'helpdesk');

/** The menu button. */
export function HelpdeskMenu() {
  const { t, lang } = useI18n();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title={t('hd.menuHint')} describeChild>
        <Button startIcon={<SupportAgentIcon />} aria-haspopup="menu" aria-expanded={Boolean(anchor)} aria-controls={anchor ? 'helpdesk-menu' : undefined} onClick={(e) => setAnchor(e.currentTarget)}>
          {t('hd.menu')}
        </Button>
      </Tooltip>
      <Menu id="helpdesk-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {ITEMS.map((c) => (
          <MenuItem
            key={c.id}
            onClick={() => {
              setAnchor(null);
              // After the menu has closed, so focus returns before a dialog opens.
              setTimeout(() => runCommand(c.id as CommandId), 0);
            }}
          >
            {pick(c.label, lang)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
