/**
 * Which pages are alive, for the recovery store (shared/ipc/recovery.ts): one small lease file per
 * page session in the data folder's `recovery/live/`, holding the host process that serves it and
 * when the page last said it was there. Files, not memory, because the desktop app and a web host
 * may share one data folder. A session is alive while its lease is fresh and its host process
 * runs; a page that crashed stops renewing it, a host that crashed takes its pages with it.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { errnoCode } from '../errors';
import { loadJsonFile, saveJsonFile } from '../store/jsonFile';

/** A page renews its lease more often than this (useRecovery.ts: every few seconds). */
export const LEASE_MS = 15_000;

const leaseSchema = z.object({ pid: z.number().int(), renewedAt: z.number() });

export interface SessionLeases {
  /** The page `session` is alive now. */
  renew(session: string): Promise<void>;
  /** The page `session` left. */
  end(session: string): Promise<boolean>;
  /** The sessions alive now (leases of dead ones are removed on the way). */
  live(): Promise<Set<string>>;
}

export interface LeaseOptions {
  now?: () => number;
  pid?: number;
  /** Whether a process runs (a crashed host's pages are not alive, whatever their lease says). */
  processAlive?: (pid: number) => boolean;
}

/** Whether process `pid` exists (signal 0 only asks). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errnoCode(error) === 'EPERM';
  }
}

/** The leases of a recovery folder. */
export function createSessionLeases(recoveryDir: string, options: LeaseOptions = {}): SessionLeases {
  const dir = join(recoveryDir, 'live');
  const now = options.now ?? Date.now;
  const pid = options.pid ?? process.pid;
  const alive = options.processAlive ?? processRuns;
  const fileOf = (session: string) => {
    if (!/^[A-Za-z0-9_]{1,40}$/.test(session)) throw new Error(`bad session id ${session}`);
    return join(dir, `${session}.json`);
  };
  const remove = async (file: string) => {
    try {
      await unlink(file);
      return true;
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return false;
      throw error;
    }
  };
  return {
    async renew(session) {
      await mkdir(dir, { recursive: true });
      await saveJsonFile(fileOf(session), { pid, renewedAt: now() });
    },
    end: (session) => remove(fileOf(session)),
    async live() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return new Set();
        throw error;
      }
      const out = new Set<string>();
      for (const name of names) {
        const m = /^([A-Za-z0-9_]{1,40})\.json$/.exec(name);
        if (!m) continue;
        const { value } = await loadJsonFile(join(dir, name), leaseSchema.nullable(), () => null);
        if (value && now() - value.renewedAt <= LEASE_MS && (value.pid === pid || alive(value.pid))) out.add(m[1]);
        else await remove(join(dir, name));
      }
      return out;
    },
  };
}
