/**
 * The shell's one editor store: created once, validating in the background worker, following
 * the profile chosen in settings.
 */
import { useEffect, useState } from 'react';
import { EditorStore } from '../editor/model/editorStore';
import { BackgroundValidator } from '../../workers/client';

/** The store of the app, with its background validator. */
export function useAppEditorStore(profileId: string): EditorStore {
  const [store] = useState(() => {
    const validator = new BackgroundValidator();
    return new EditorStore(
      {
        validate: (text, profile) => validator.validate(text, profile),
        now: () => Date.now(),
        setTimer: (fn, ms) => setTimeout(fn, ms),
        clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      },
      profileId,
    );
  });
  useEffect(() => store.setProfile(profileId), [store, profileId]);
  return store;
}
