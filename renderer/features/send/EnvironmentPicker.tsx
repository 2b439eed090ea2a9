/**
 * The environment in use, always visible in the app bar in its colour (issue 5 §1), and the menu
 * that switches it or opens the environment editor.
 */
import SettingsIcon from '@mui/icons-material/Settings';
import { Button, Divider, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { EnvironmentBadge, EnvironmentDot, KindChip } from './EnvironmentBadge';
import { useSend } from './SendContext';
import { environmentName } from '../../../shared/portal/environment';

/** The picker button and its menu; the name is cut at `nameWidth` px (in full in the tooltip and the accessible name). */
export function EnvironmentPicker({ nameWidth = 200 }: { nameWidth?: number }) {
  const { t, lang } = useI18n();
  const send = useSend();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const env = send.current;
  const label = env ? t('send.picker.label', { name: environmentName(env, lang), kind: t(env.kind === 'production' ? 'send.kind.productionLong' : 'send.kind.testLong') }) : t('send.picker.loading');
  return (
    <>
      <Button
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        disabled={!env}
        onClick={(e) => setAnchor(e.currentTarget)}
        variant="outlined"
        color={env?.kind === 'production' ? 'error' : 'inherit'}
        sx={{ borderWidth: env?.kind === 'production' ? 2 : 1, py: 0.25, whiteSpace: 'nowrap' }}
      >
        {env ? <EnvironmentBadge env={env} maxWidth={nameWidth} /> : t('send.picker.loading')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-label': t('send.picker.menu') } }}>
        {send.environments.map((e) => (
          <MenuItem
            key={e.id}
            role="menuitemradio"
            aria-checked={e.id === env?.id}
            selected={e.id === env?.id}
            onClick={() => {
              setAnchor(null);
              void send.select(e.id);
            }}
          >
            <ListItemIcon>
              <EnvironmentDot colour={e.colour} />
            </ListItemIcon>
            <ListItemText primary={environmentName(e, lang)} secondary={e.baseUrl} />
            <KindChip kind={e.kind} />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            send.open('environments', env?.id);
          }}
        >
          <ListItemIcon>
            <SettingsIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('send.action.environments')} />
        </MenuItem>
      </Menu>
    </>
  );
}
