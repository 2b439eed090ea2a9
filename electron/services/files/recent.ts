/**
 * The recent-files list (`recent.json` in the data folder): most recent first, no duplicates,
 * capped by the `recentLimit` setting. A corrupt file is set aside like settings.
 */
import { basename, join } from 'node:path';
import { z } from 'zod';
import { recentEntrySchema, type RecentEntry } from '../../../shared/ipc/contract';
import type { Localized } from '../../../shared/i18n/localized';
import { loadJsonFile, saveJsonFile } from '../store/jsonFile';

const fileSchema = z.object({ entries: z.array(recentEntrySchema).max(500) });

export interface RecentStore {
  list(): Promise<RecentEntry[]>;
  /** Puts a path at the top of the list. */
  add(path: string, limit: number, displayName?: string): Promise<RecentEntry[]>;
  clear(): Promise<RecentEntry[]>;
  /** The notice of a corrupt file set aside at load, if any. */
  notice(): Promise<{ message: Localized; setAsidePath: string } | undefined>;
}

/** Opens the recent list of a data folder. */
export function createRecentStore(dataDir: string, now: () => Date = () => new Date()): RecentStore {
  const file = join(dataDir, 'recent.json');
  let loaded: Promise<{ entries: RecentEntry[]; notice?: { message: Localized; setAsidePath: string } }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const load = () => (loaded ??= loadJsonFile(file, fileSchema, () => ({ entries: [] })).then((r) => ({ entries: r.value.entries, notice: r.notice })));
  const mutate = (change: (entries: RecentEntry[]) => RecentEntry[]) => {
    const run = queue.then(async () => {
      const current = await load();
      const entries = change(current.entries);
      await saveJsonFile(file, { entries });
      loaded = Promise.resolve({ entries, notice: current.notice });
      return entries;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    list: async () => (await load()).entries,
    add: (path, limit, displayName) =>
      mutate((entries) =>
        [{ path, name: displayName ?? basename(path), openedAt: now().toISOString() }, ...entries.filter((e) => e.path !== path)].slice(0, limit),
      ),
    clear: () => mutate(() => []),
    notice: async () => (await load()).notice,
  };
}
