/**
 * The app bar's "Helpdesk" menu: the helpdesk commands of the registry, by name, so an officer
 * finds batch triage, masking, evidence packs and the explainer without the palette. Each item
 * runs the same command as the palette and the Electron menu.
 */
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { COMMANDS, type CommandId, type CommandSpec } from '../../../shared/ipc/commands';
import { useI18n } from '../../i18n/I18nProvider';
import { CommandMenu } from '../shell/CommandMenu';

const ITEMS = (COMMANDS as readonly CommandSpec[]).filter((c) => c.group === 'helpdesk').map((c) => c.id as CommandId);

/** The menu button. */
export function HelpdeskMenu() {
  const { t } = useI18n();
  return <CommandMenu label={t('hd.menu')} icon={<SupportAgentIcon />} hint={t('hd.menuHint')} entries={ITEMS} />;
}
