/**
 * Profiles: which checks are errors, warnings or off, and overrides of the spec itself, so a
 * helpdesk lead can follow a changed portal guide by editing a JSON file, not the program.
 * The zod schema that validates user profile files lives in `profiles.ts`.
 */
import type { Localized } from '../i18n/localized';
import type { SeverityOrOff } from '../issues/issue';
import type { BaseProfileId, RuleStrength } from '../rules/types';
import type { CodeEntry, FieldSpec, FormatId, RequiredMark } from '../spec/types';

/** What a profile may change of one field. */
export interface FieldOverride {
  required?: RequiredMark;
  pattern?: string;
  maxLength?: number;
  format?: FormatId;
  /** Id of a code list to use instead. */
  codes?: string;
  allowEmpty?: boolean;
  label?: Localized;
  help?: Localized;
}

/** What a profile may change of one code list. */
export interface CodeListOverride {
  closed?: boolean;
  /** Replaces the entries. */
  entries?: CodeEntry[];
  /** Adds entries (e.g. a code the portal started to accept). */
  addEntries?: CodeEntry[];
}

/** A resolved profile (a built-in one, or a user file merged over its base). */
export interface Profile {
  id: string;
  version: string;
  name: Localized;
  description?: Localized;
  /** The built-in profile it derives from (itself for the built-ins). */
  base: BaseProfileId;
  /** Severity per strength. */
  strengthSeverity: Record<RuleStrength, SeverityOrOff>;
  /** Severity per rule code; wins over strength and over a rule's own default. */
  rules: Record<string, SeverityOrOff>;
  /** Field overrides: object spec id (e.g. `dossier.record`) → field name → override. */
  fields: Record<string, Record<string, FieldOverride>>;
  /** Extra fields: object spec id → fields. */
  addFields: Record<string, FieldSpec[]>;
  /** Code list overrides by code list id. */
  codeLists: Record<string, CodeListOverride>;
  /** Where a user profile was loaded from (shown in reports). */
  source?: string;
}
