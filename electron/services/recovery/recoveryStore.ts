/**
 * The recovery store (`recovery/` in the data folder): one JSON file per unsaved document, written
 * atomically while the user works, removed when the document is saved or closed. What is left at
 * the next start is what a crash (or a killed browser tab) would otherwise have lost. Files are
 * untrusted on load (STYLE.md practice 6): a corrupt one is set aside, never deleted silently.
 * A page that lists names its session: it is offered only the copies of pages no longer alive
 * (sessionLeases.ts), never another open tab's.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { recoveryCopySchema, sessionOfCopy, type RecoveryCopy, type RecoveryEntry } from '../../../shared/ipc/recovery';
import { errnoCode } from '../errors';
import { loadJsonFile, saveJsonFile } from '../store/jsonFile';
import { createSessionLeases, type SessionLeases } from './sessionLeases';

export interface RecoveryStore {
  save(copy: Omit<RecoveryCopy, 'updatedAt' | 'length'>): Promise<{ updatedAt: string }>;
  /** Newest first; for page `session`, only those of pages no longer alive (and its lease renewed). */
  list(session?: string): Promise<RecoveryEntry[]>;
  /** Page `session` left: its copies are offered from now on. */
  leave(session: string): Promise<boolean>;
  take(id: string): Promise<RecoveryCopy | undefined>;
  discard(id: string): Promise<boolean>;
}

/** Ids are checked by the contract's schema; this guards the file name once more. */
function fileOf(dir: string, id: string): string {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) throw new Error(`bad recovery id ${id}`);
  return join(dir, `${id}.json`);
}

/** Opens the recovery store of a data folder. */
export function createRecoveryStore(dataDir: string, now: () => Date = () => new Date(), leasesOf?: (dir: string) => SessionLeases): RecoveryStore {
  const dir = join(dataDir, 'recovery');
  const leases = (leasesOf ?? createSessionLeases)(dir);
  const read = async (id: string) => {
    const { value } = await loadJsonFile(fileOf(dir, id), recoveryCopySchema.nullable(), () => null);
    return value ?? undefined;
  };
  return {
    async save(copy) {
      await mkdir(dir, { recursive: true });
      const updatedAt = now().toISOString();
      await saveJsonFile(fileOf(dir, copy.id), { ...copy, updatedAt, length: copy.text.length });
      return { updatedAt };
    },
    async list(session) {
      if (session) await leases.renew(session);
      // The pages alive now (the caller among them): their copies are theirs, not to be offered.
      const taken = session ? await leases.live() : new Set<string>();
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return [];
        throw error;
      }
      const entries: RecoveryEntry[] = [];
      for (const name of names) {
        const m = /^([A-Za-z0-9_-]{1,100})\.json$/.exec(name);
        if (!m || taken.has(sessionOfCopy(m[1]))) continue;
        const copy = await read(m[1]);
        if (!copy) continue;
        const { text: _text, savedText: _saved, ...entry } = copy;
        entries.push(entry);
      }
      return entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    take: read,
    leave: (session) => leases.end(session),
    async discard(id) {
      try {
        await unlink(fileOf(dir, id));
        return true;
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return false;
        throw error;
      }
    },
  };
}
