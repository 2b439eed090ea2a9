/**
 * The user's settings as the renderer sees them: loaded once from the host, changed optimistically
 * (the switch moves at once), written through `settings:update`. A corrupt settings file that the
 * host set aside is reported as a notice.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../shared/ipc/settings';
import type { Localized } from '../../../shared/i18n/localized';

export interface SettingsState {
  settings: Settings;
  /** False until the host answered (the first paint uses the defaults). */
  ready: boolean;
  /** A problem to show: the stored file was corrupt, or a change could not be saved. */
  problem?: Localized;
  update(patch: SettingsPatch): void;
}

/** Loads and updates settings through the bridge. */
export function useSettings(bridge: Bridge): SettingsState {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<Localized>();

  useEffect(() => {
    let live = true;
    void bridge.settings.get({}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setSettings(result.value.settings);
        if (result.value.notice) setProblem(result.value.notice.message);
      } else {
        setProblem(result.error.message);
      }
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [bridge]);

  const update = useCallback(
    (patch: SettingsPatch) => {
      setSettings((s) => ({ ...s, ...patch }));
      void bridge.settings.update({ patch }).then((result) => {
        if (result.ok) setSettings(result.value.settings);
        else setProblem(result.error.message);
      });
    },
    [bridge],
  );

  return { settings, ready, problem, update };
}
