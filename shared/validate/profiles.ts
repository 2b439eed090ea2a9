/**
 * Profiles: the built-in `strict` and `lenient` (builtinProfiles.ts) and user profile files
 * (profileFile.ts), bound to the registry of packet families. A helpdesk lead follows a changed
 * portal guide by editing a profile file, not the program (spec/README.md; docs/PROFILES.md).
 */
import { KIND_MODULES } from '../spec/registry';
import { loadProfileWith, type LoadProfileResult } from './profileFile';

export { BUILTIN_PROFILES, BUILTIN_PROFILE_VERSION, LENIENT_PROFILE, STRICT_PROFILE, builtinProfile, severityFor } from './builtinProfiles';
export { profileFileSchema, profileFromFile, profileTargets, type LoadProfileResult, type ProfileFile, type ProfileProblem } from './profileFile';

/**
 * Loads a user profile file (its JSON text, or a parsed value) and checks it against the packet
 * families in force. Never throws: problems come back located (path, line, column).
 */
export function loadProfile(json: string | unknown, source?: string): LoadProfileResult {
  return loadProfileWith(KIND_MODULES, json, source);
}
