/**
 * The validation profile a host's worker applies, by id (from the request).
 */
import type { Profile } from '../../../shared/validate/profileTypes';
import { builtinProfile } from '../../../shared/index';

/** The built-in profile with this id; undefined (the core's default, strict) for an unknown id. */
export function resolveProfile(id: string | undefined): Profile | undefined {
  return id ? builtinProfile(id) : undefined;
}
