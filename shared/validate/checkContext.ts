/**
 * What compiled checks need to know about the run they belong to: the profile's severities, the
 * code lists in force, and whether the definition is a reconstruction (PAKN).
 */
import type { SeverityOrOff } from '../issues/issue';
import type { RuleStrength } from '../rules/types';
import type { CodeList } from '../spec/types';
import { severityFor } from './builtinProfiles';
import { genericMeta } from './messages';
import type { Profile } from './profileTypes';

export interface CheckContext {
  profile: Profile;
  codeLists: Map<string, CodeList>;
  /** Every issue is marked provisional (the packet's definition is a reconstruction). */
  provisional: boolean;
  /** Severity of a generic code for a finding of this strength, under the profile. */
  severity(code: string, strength: RuleStrength): SeverityOrOff;
}

/** A check context for a profile and the code lists in force. */
export function createCheckContext(profile: Profile, codeLists: Map<string, CodeList>, provisional = false): CheckContext {
  return {
    profile,
    codeLists,
    provisional,
    severity: (code, strength) => severityFor(profile, code, strength, genericMeta(code).defaultSeverity),
  };
}
