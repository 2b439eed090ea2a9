/**
 * What large-file mode turns off, said on screen (issue 4 §7; PEERS.md §2.1: "explicit large-file
 * mode … and say so on screen"). A 100 MB text in Monaco, a full syntax tree or a form that
 * rewrites the whole text would freeze the window; records are read one at a time instead.
 */
import type { Localized } from '../../../../shared/i18n/localized';
import { localize } from '../../../i18n/dictionary';

/** The features large-file mode switches off, in the interface's words. */
export function largeModeNotes(): Localized[] {
  return [localize('large.offEditing'), localize('large.offJson'), localize('large.offTyping'), localize('large.offCompare')];
}
