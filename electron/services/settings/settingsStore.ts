/**
 * The settings service: `settings.json` in the data folder, validated with zod on load, written
 * atomically on change. Keys missing from the file take their defaults (an older version wrote
 * it); a value of the wrong type makes the file corrupt: it is set aside and reported.
 */
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '../../../shared/ipc/settings';
import type { Localized } from '../../../shared/i18n/localized';
import { loadJsonFile, saveJsonFile } from '../store/jsonFile';

const storedSchema = settingsSchema.partial();

export interface SettingsStore {
  get(): Promise<{ settings: Settings; notice?: { message: Localized; setAsidePath: string } }>;
  update(patch: SettingsPatch): Promise<Settings>;
}

/** Opens the settings of a data folder (loaded lazily, once). */
export function createSettingsStore(dataDir: string): SettingsStore {
  const file = join(dataDir, 'settings.json');
  let loaded: Promise<{ settings: Settings; notice?: { message: Localized; setAsidePath: string } }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const load = () =>
    (loaded ??= loadJsonFile(file, storedSchema, () => ({})).then(({ value, notice }) => ({
      settings: { ...DEFAULT_SETTINGS, ...value },
      notice,
    })));

  return {
    get: () => load(),
    update(patch) {
      // Serialised: two quick changes (language, then theme) must both survive.
      const run = queue.then(async () => {
        const current = await load();
        const next = settingsSchema.parse({ ...current.settings, ...patch });
        await saveJsonFile(file, next);
        loaded = Promise.resolve({ settings: next, notice: current.notice });
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
