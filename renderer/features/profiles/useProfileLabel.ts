/**
 * How the status bar and the document header name the profile in use: "name (id version)", a
 * user profile included once the host has listed it (issue 4 "the profile in use is always
 * visible"; every report states the profile's id and version).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { profileById, profilesRevision, subscribeProfiles } from '../document/profiles';

/** A function naming a profile id; follows imports and removals. */
export function useProfileLabel(): (id: string) => string {
  const { tl } = useI18n();
  const revision = useSyncExternalStore(subscribeProfiles, profilesRevision);
  return useCallback(
    (id: string) => {
      const p = profileById(id);
      return p ? `${tl(p.name)} (${p.id} ${p.version})` : id;
    },
    // The revision is what changes when a user profile arrives or goes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tl, revision],
  );
}
