/**
 * The validation profiles the renderer knows: the built-ins, and the user profiles the host
 * listed (`profiles:list`), each loaded here with the core's loadProfile from its file's text.
 * The form and the JSON view read the resolved profile (`profileById`); the document worker is
 * sent a reference with the definition (`profileRefFor`), so it applies a user profile exactly as
 * the CLI does instead of checking an id it does not know as strict.
 */
import { useSyncExternalStore } from 'react';
import type { Localized } from '../../../shared/i18n/localized';
import type { ProfileEntry } from '../../../shared/ipc/profiles';
import { builtinProfile } from '../../../shared/validate/profiles';
import { ProfileCache, type ProfileRef } from '../../../shared/validate/profileRef';
import type { Profile } from '../../../shared/validate/profileTypes';

interface UserProfile {
  entry: ProfileEntry;
  ref: ProfileRef;
  profile: Profile;
}

const cache = new ProfileCache();
let users = new Map<string, UserProfile>();
let revision = 0;
const listeners = new Set<() => void>();

/**
 * Replaces the user profiles with those the host listed. Returns the problems of definitions that
 * do not load here (they are left out, never applied as something else).
 */
export function setUserProfiles(entries: readonly ProfileEntry[]): { id: string; message: Localized }[] {
  const next = new Map<string, UserProfile>();
  const problems: { id: string; message: Localized }[] = [];
  for (const entry of entries) {
    if (entry.builtIn || entry.definition === undefined) continue;
    const ref: ProfileRef = { id: entry.id, version: entry.version, definition: entry.definition, source: entry.source };
    const r = cache.resolve(ref);
    if (r?.ok) next.set(entry.id, { entry, ref, profile: r.profile });
    else if (r) problems.push({ id: entry.id, message: r.message });
  }
  users = next;
  revision++;
  for (const l of listeners) l();
  return problems;
}

/** The resolved profile of an id: a built-in, or a user profile the host listed; undefined otherwise. */
export function profileById(id: string | undefined): Profile | undefined {
  if (!id) return undefined;
  return builtinProfile(id) ?? users.get(id)?.profile;
}

/** Whether the renderer can apply this profile id now. */
export function isKnownProfile(id: string): boolean {
  return profileById(id) !== undefined;
}

/**
 * What the document worker is sent for a profile id: a built-in by id, a user profile with its
 * definition. An id not (yet) known is sent as nothing, i.e. the core's default strict — the
 * report then states strict, and the shell validates again once the profile list has arrived.
 */
export function profileRefFor(id: string | undefined): ProfileRef | undefined {
  if (!id) return undefined;
  if (builtinProfile(id)) return { id };
  return users.get(id)?.ref;
}

/** The user profiles as listed (id order). */
export function userProfileEntries(): ProfileEntry[] {
  return [...users.values()].map((u) => u.entry);
}

/** Listens to changes of the user profiles; returns the unsubscribe function. */
export function subscribeProfiles(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes whenever the user profiles change (for useSyncExternalStore). */
export function profilesRevision(): number {
  return revision;
}

/**
 * The resolved profile of an id, following the user profiles as they arrive or change (a view
 * mounted before the host listed them shows the profile once it is known).
 */
export function useProfile(id: string | undefined): Profile | undefined {
  useSyncExternalStore(subscribeProfiles, profilesRevision);
  return profileById(id);
}
