/**
 * The app bar's "Helpdesk" menu: the helpdesk commands of the registry, by name, so an officer
 * finds batch triage, masking, evidence packs and the explainer without the palette. Each item
 * runs the same command as the palette and the Electron menu. Without a document, the tools that
 * work on one are greyed, as the File menu greys Save (they answered "open a document first"
 * with a notice that piled up on each try).
 */
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { COMMANDS, type CommandId, type CommandSpec } from '../../../shared/ipc/commands';
import { useI18n } from '../../i18n/I18nProvider';
import { CommandMenu } from '../shell/CommandMenu';

const ITEMS = (COMMANDS as readonly CommandSpec[]).filter((c) => c.group === 'helpdesk').map((c) => c.id as CommandId);

/** The helpdesk tools that work on the open document (triage and the explainer do not need one). */
export const NEEDS_DOCUMENT: ReadonlySet<CommandId> = new Set<CommandId>(['exportReport', 'maskDocument', 'evidencePack', 'showCodePoints', 'normalizeText']);

/** The menu button. */
export function HelpdeskMenu({ hasDocument }: { hasDocument: boolean }) {
  const { t } = useI18n();
  return <CommandMenu label={t('hd.menu')} icon={<SupportAgentIcon />} hint={t('hd.menuHint')} entries={ITEMS} disabled={(id) => !hasDocument && NEEDS_DOCUMENT.has(id)} />;
}
