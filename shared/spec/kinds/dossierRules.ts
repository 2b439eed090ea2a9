/**
 * The cross-field rules of `DongBoHoSoMC` (dossier.md §5), in the order of the reference.
 * Generic field checks (required, type, format, code list, length, unknown keys) are the
 * engine's, derived from the field data; none is repeated here.
 */
import type { Rule } from '../../rules/types';
import { DOSSIER_CASE_NUMBER_RULES } from './dossierRulesCaseNumber';
import { DOSSIER_DATE_RULES } from './dossierRulesDates';
import { DOSSIER_FLAG_RULES } from './dossierRulesFlags';
import { DOSSIER_STATUS_RULES } from './dossierRulesStatus';

/** Every rule of the `dossier` kind. */
export const DOSSIER_RULES: Rule[] = [...DOSSIER_DATE_RULES, ...DOSSIER_STATUS_RULES, ...DOSSIER_FLAG_RULES, ...DOSSIER_CASE_NUMBER_RULES];
