/**
 * What the triage screen shows beside a group key: a rule code's title (from the rule itself, the
 * text-integrity rules or the generic field checks), a kind's name, and the words for an empty key.
 */
import type { Localized } from '../../../shared/i18n/localized';
import { kindLabel } from '../document/kindLabels';
import { isKindId } from '../../../shared/index';

// One lookup for the screen and the reports (shared/report/ruleTitles.ts).
export { ruleTitle } from '../../../shared/report/ruleTitles';

/** The name of a kind id, or undefined for anything else. */
export function kindName(kind: string): Localized | undefined {
  return isKindId(kind) ? kindLabel(kind) : undefined;
}
