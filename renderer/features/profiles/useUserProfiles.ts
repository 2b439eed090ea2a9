/**
 * The user profiles as the renderer sees them (issue 2 "user profile files"; issue 4 "the profile
 * in use is always visible and can be switched"): listed by the host (`profiles:list`), handed to
 * the profile registry (document/profiles.ts) so the worker, the form and the JSON view apply
 * them, and imported, removed or downloaded through the `profiles:*` channels. When the profile
 * in use becomes known or changes (listed after the documents were opened, imported again in a
 * new version), every document is validated again, so a report never silently states strict.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { ProfileEntry } from '../../../shared/ipc/profiles';
import type { IpcError } from '../../../shared/ipc/result';
import type { Localized } from '../../../shared/i18n/localized';
import { decodeBytes } from '../../../shared/index';
import { builtinProfile } from '../../../shared/validate/profiles';
import { localize, translate } from '../../i18n/dictionary';
import { profileById, setUserProfiles } from '../document/profiles';
import type { EditorStore } from '../editor/model/editorStore';
import type { Notices } from '../shell/useNotices';

/** The same limit as the host's (electron/services/profiles/profileStore.ts MAX_PROFILE_BYTES). */
const MAX_PROFILE_BYTES = 1_000_000;

/** What the last action of the dialog has to say (shown in the dialog itself). */
export type ProfileOutcome = { severity: 'success' | 'error'; message: Localized; details?: Localized };

export interface UserProfiles {
  /** Built-ins first, then the user's, as the host listed them (the built-ins until it answered). */
  entries: ProfileEntry[];
  busy: boolean;
  outcome?: ProfileOutcome;
  clearOutcome(): void;
  /** Lists again (the dialog opens: a file may have been copied into the folder meanwhile). */
  refresh(): Promise<void>;
  /** A file chosen in the browser's file picker. */
  importBrowserFile(file: File): Promise<void>;
  /** Electron's native open dialog. */
  importNative(): Promise<void>;
  /** A path in the web host's workspace. */
  importPath(path: string): Promise<void>;
  remove(entry: ProfileEntry): Promise<void>;
  /** Downloads a user profile's file (browser). */
  download(entry: ProfileEntry): Promise<void>;
}

function builtinEntries(): ProfileEntry[] {
  return ['strict', 'lenient'].map((id) => {
    const p = builtinProfile(id)!;
    return { id: p.id, version: p.version, name: p.name, base: p.base, builtIn: true, source: 'built-in' };
  });
}

/** The error of a refused action, as the dialog shows it (the host's located problems included). */
function refused(error: IpcError): ProfileOutcome {
  return { severity: 'error', message: localize('profiles.importFailed'), details: error.message };
}

/** Keeps the renderer's user profiles in step with the host's data folder. */
export function useUserProfiles(bridge: Bridge, store: EditorStore, notices: Notices, choose: (profileId: string) => void): UserProfiles {
  const [entries, setEntries] = useState<ProfileEntry[]>(builtinEntries);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ProfileOutcome>();
  const listed = useRef(false);
  const chooseRef = useRef(choose);
  chooseRef.current = choose;

  /** Hands a listing to the registry and validates again if the profile in use changed with it. */
  const apply = useCallback(
    (profiles: ProfileEntry[], hostNotices: { message: Localized }[]) => {
      const current = store.profile;
      const before = profileById(current);
      const problems = setUserProfiles(profiles);
      setEntries(profiles);
      for (const n of hostNotices) notices.push({ severity: 'warning', title: localize('profiles.listProblem'), message: n.message });
      for (const p of problems) notices.push({ severity: 'warning', title: localize('profiles.listProblem'), message: p.message });
      const after = profileById(current);
      if (!after) {
        // The chosen profile is gone (removed, or its file set aside): say so and use strict.
        notices.push({ severity: 'warning', message: localize('profiles.missing', { id: current }) });
        chooseRef.current('strict');
      } else if (after !== before) store.setProfile(current, true);
    },
    [store, notices.push],
  );

  const refresh = useCallback(async () => {
    const r = await bridge.profiles.list({});
    if (!r.ok) {
      // A host without user profiles still has the built-ins; say why only once.
      if (!listed.current) notices.push({ severity: 'info', title: localize('profiles.listProblem'), message: r.error.message });
      listed.current = true;
      return;
    }
    listed.current = true;
    apply(r.value.profiles, r.value.notices);
  }, [bridge, apply, notices.push]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const runImport = useCallback(
    async (request: Parameters<Bridge['profiles']['import']>[0]) => {
      setBusy(true);
      setOutcome(undefined);
      try {
        const r = await bridge.profiles.import(request);
        if (!r.ok) return setOutcome(refused(r.error));
        if (r.value === null) return; // The native dialog was cancelled.
        const { profile, replaced, warnings } = r.value;
        // The profile's name in each language.
        const say = (lang: 'vi' | 'en') => {
          const values = { name: profile.name[lang], id: profile.id, version: profile.version };
          return replaced ? translate('profiles.replaced', lang, { ...values, old: replaced }) : translate('profiles.imported', lang, values);
        };
        const message = { vi: say('vi'), en: say('en') };
        const ignored = warnings.map((w) => ({ vi: `${w.path}: ${w.message.vi}`, en: `${w.path}: ${w.message.en}` }));
        const head = localize('profiles.importWarnings');
        setOutcome({
          severity: 'success',
          message,
          ...(ignored.length ? { details: { vi: [head.vi, ...ignored.map((w) => w.vi)].join('\n'), en: [head.en, ...ignored.map((w) => w.en)].join('\n') } } : {}),
        });
        await refresh();
      } finally {
        setBusy(false);
      }
    },
    [bridge, refresh],
  );

  const importBrowserFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_PROFILE_BYTES) {
        return setOutcome({
          severity: 'error',
          message: localize('profiles.importFailed'),
          details: { vi: `"${file.name}" quá lớn để là một hồ sơ cấu hình.`, en: `"${file.name}" is too large to be a profile.` },
        });
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        return setOutcome({ severity: 'error', message: localize('profiles.importFailed'), details: localize('notice.browserReadFailed', { reason: String(error) }) });
      }
      // BOMs and UTF-16 as for a packet; a legacy or binary file is refused with the decoder's reason.
      const decoded = decodeBytes(bytes);
      if (decoded.error) return setOutcome({ severity: 'error', message: localize('profiles.importFailed'), details: decoded.error.message });
      await runImport({ name: file.name, text: decoded.text });
    },
    [runImport],
  );

  const remove = useCallback(
    async (entry: ProfileEntry) => {
      setBusy(true);
      setOutcome(undefined);
      try {
        const inUse = store.profile.toLowerCase() === entry.id.toLowerCase();
        const r = await bridge.profiles.remove({ id: entry.id });
        if (!r.ok) return setOutcome({ severity: 'error', message: localize('profiles.actionFailed'), details: r.error.message });
        if (inUse) {
          // Choose strict first, so the listing that follows does not report the profile as missing.
          chooseRef.current('strict');
          store.setProfile('strict');
          notices.push({ severity: 'info', message: localize('profiles.removedInUse', { id: entry.id }) });
        }
        setOutcome({ severity: 'success', message: localize('profiles.removed', { id: entry.id }) });
        await refresh();
      } finally {
        setBusy(false);
      }
    },
    [bridge, store, refresh, notices.push],
  );

  const download = useCallback(
    async (entry: ProfileEntry) => {
      const r = await bridge.profiles.export({ id: entry.id });
      if (!r.ok) return setOutcome({ severity: 'error', message: localize('profiles.actionFailed'), details: r.error.message });
      const url = URL.createObjectURL(new Blob([r.value.text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = r.value.name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setOutcome({ severity: 'success', message: localize('notice.downloaded', { name: r.value.name }) });
    },
    [bridge],
  );

  return {
    entries,
    busy,
    outcome,
    clearOutcome: useCallback(() => setOutcome(undefined), []),
    refresh,
    importBrowserFile,
    importNative: useCallback(() => runImport({ dialog: true }), [runImport]),
    importPath: useCallback((path: string) => runImport({ path }), [runImport]),
    remove,
    download,
  };
}
