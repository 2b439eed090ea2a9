/**
 * User validation profiles in the data folder (`profiles/*.json`, plain profile files as
 * docs/PROFILES.md describes them, so a helpdesk lead may also copy one there): list, import,
 * remove, export, and the reference a worker validates with. Every file is checked with the core's
 * loadProfile — on import (a broken file is refused with its located problems and nothing is
 * stored) and on every read (a stored file that no longer loads is moved to `profiles/set-aside/`
 * and reported, never used or overwritten). The built-ins are always listed first and cannot be
 * removed or replaced.
 */
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { t, type Localized } from '../../../shared/i18n/localized';
import type { ProfileEntry } from '../../../shared/ipc/profiles';
import { BUILTIN_PROFILES, builtinProfile, loadProfile, type ProfileProblem } from '../../../shared/validate/profiles';
import { describeProfileProblems, invalidProfileMessage, ProfileCache, type ProfileRef } from '../../../shared/validate/profileRef';
import type { Profile } from '../../../shared/validate/profileTypes';
import { errnoCode, ServiceError } from '../errors';
import { writeFileAtomic } from '../files/atomicWrite';
import { setAsideName } from '../store/jsonFile';

/** A profile file larger than this is not a profile (the example is 2 KB). */
export const MAX_PROFILE_BYTES = 1_000_000;

export interface ProfileNotice {
  message: Localized;
  setAsidePath?: string;
}

export interface ImportOutcome {
  profile: ProfileEntry;
  /** The version of the stored profile with the same id that this one replaced. */
  replaced?: string;
  warnings: ProfileProblem[];
}

export interface ProfileStore {
  /** Built-ins first, then the stored profiles by id; corrupt files are set aside and reported. */
  list(): Promise<{ profiles: ProfileEntry[]; notices: ProfileNotice[] }>;
  /** Checks and stores a profile file; refuses a broken one (`profiles.invalid`) without storing anything. */
  importText(text: string, fileName: string): Promise<ImportOutcome>;
  /** Removes a stored profile; the built-ins cannot be removed. */
  remove(id: string): Promise<boolean>;
  /** A stored profile's file as it was imported. */
  exportFile(id: string): Promise<{ name: string; text: string }>;
  /** What a worker validates with: a built-in by id, a stored profile with its file's text. */
  ref(id: string | undefined): Promise<ProfileRef | undefined>;
  /** The resolved profile of an id (validation in this process, e.g. before sending). */
  resolve(id: string | undefined): Promise<Profile | undefined>;
}

interface Stored {
  file: string;
  text: string;
  profile: Profile;
  importedAt: string;
}

const RESERVED = new Set(Object.keys(BUILTIN_PROFILES));

function builtinEntries(): ProfileEntry[] {
  return Object.values(BUILTIN_PROFILES).map((p) => ({
    id: p.id,
    version: p.version,
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    base: p.base,
    builtIn: true,
    source: 'built-in',
  }));
}

function entryOf(s: Stored): ProfileEntry {
  const p = s.profile;
  return {
    id: p.id,
    version: p.version,
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    base: p.base,
    builtIn: false,
    source: `profiles/${s.file}`,
    importedAt: s.importedAt,
    definition: s.text,
  };
}

/** The file a profile id is stored in (lower case: one file per id on case-insensitive disks too). */
function fileNameOf(id: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id)) throw new Error(`bad profile id ${id}`);
  return `${id.toLowerCase()}.json`;
}

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export interface ProfileStoreOptions {
  /**
   * Read only (the CLI): a corrupt stored file is reported, but left where it is; nothing is
   * ever written.
   */
  readOnly?: boolean;
}

/** Opens the profile store of a data folder. */
export function createProfileStore(dataDir: string, now: () => Date = () => new Date(), options: ProfileStoreOptions = {}): ProfileStore {
  const dir = join(dataDir, 'profiles');
  const asideDir = join(dir, 'set-aside');
  const cache = new ProfileCache();
  // Files set aside by any read wait here until a listing reports them (a read for validation cannot).
  let pending: ProfileNotice[] = [];
  // One operation at a time: a list that sets a file aside must not race an import of the same id.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  const setAsideFile = async (file: string, reason: Localized): Promise<ProfileNotice> => {
    if (options.readOnly) {
      return { message: t(`Tệp hồ sơ cấu hình profiles/${file} bị hỏng nên không được dùng.\n${reason.vi}`, `The profile file profiles/${file} is corrupt and is not used.\n${reason.en}`) };
    }
    await mkdir(asideDir, { recursive: true });
    const aside = setAsideName(join(asideDir, file), now());
    await rename(join(dir, file), aside);
    return {
      setAsidePath: aside,
      message: t(
        `Tệp hồ sơ cấu hình profiles/${file} bị hỏng nên không được dùng; tệp đã được giữ lại tại ${aside}.\n${reason.vi}`,
        `The profile file profiles/${file} is corrupt and is not used; it was kept at ${aside}.\n${reason.en}`,
      ),
    };
  };

  /**
   * Reads every stored profile; corrupt files are set aside (their notices wait in `pending`),
   * files that cannot be used for another reason are skipped with a notice.
   */
  const scan = async (): Promise<{ stored: Stored[]; notices: ProfileNotice[] }> => {
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return { stored: [], notices: [] };
      throw error;
    }
    const stored: Stored[] = [];
    const notices: ProfileNotice[] = [];
    const setAside = async (file: string, reason: Localized) => {
      const notice = await setAsideFile(file, reason);
      if (options.readOnly) notices.push(notice);
      else pending.push(notice);
    };
    for (const file of names) {
      const path = join(dir, file);
      let text: string;
      let importedAt: string;
      try {
        const info = await stat(path);
        if (!info.isFile()) continue;
        if (info.size > MAX_PROFILE_BYTES) {
          await setAside(file, t(`Tệp lớn hơn ${MAX_PROFILE_BYTES} byte.`, `The file is larger than ${MAX_PROFILE_BYTES} bytes.`));
          continue;
        }
        importedAt = info.mtime.toISOString();
        text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') continue; // removed meanwhile
        throw error;
      }
      const loaded = loadProfile(text, `profiles/${file}`);
      if (!loaded.ok) {
        await setAside(file, describeProfileProblems(`profiles/${file}`, loaded.errors));
        continue;
      }
      const { profile } = loaded;
      if (RESERVED.has(profile.id.toLowerCase())) {
        notices.push({
          message: t(
            `Bỏ qua profiles/${file}: "${profile.id}" là tên của một hồ sơ cấu hình có sẵn.`,
            `Ignored profiles/${file}: "${profile.id}" is the name of a built-in profile.`,
          ),
        });
        continue;
      }
      const twin = stored.find((s) => sameId(s.profile.id, profile.id));
      if (twin) {
        notices.push({
          message: t(
            `Bỏ qua profiles/${file}: hồ sơ "${profile.id}" đã có trong profiles/${twin.file}.`,
            `Ignored profiles/${file}: profile "${profile.id}" is already defined by profiles/${twin.file}.`,
          ),
        });
        continue;
      }
      stored.push({ file, text, profile, importedAt });
    }
    stored.sort((a, b) => (a.profile.id < b.profile.id ? -1 : a.profile.id > b.profile.id ? 1 : 0));
    return { stored, notices };
  };

  const find = async (id: string): Promise<Stored | undefined> => (await scan()).stored.find((s) => sameId(s.profile.id, id));

  const unknown = async (id: string): Promise<ServiceError> => {
    const scanned = await scan();
    const notices = [...pending, ...scanned.notices];
    const ids = [...RESERVED, ...scanned.stored.map((s) => s.profile.id)].join(', ');
    // A corrupt file may be the one meant: say what is wrong with it.
    const why = notices.map((n) => `\n${n.message.vi}`).join('');
    const whyEn = notices.map((n) => `\n${n.message.en}`).join('');
    return new ServiceError('profiles.unknown', t(`Không có hồ sơ cấu hình "${id}". Có: ${ids}.${why}`, `There is no profile "${id}". Available: ${ids}.${whyEn}`));
  };

  const ref = (id: string | undefined): Promise<ProfileRef | undefined> =>
    serial(async () => {
      if (id === undefined) return undefined;
      if (builtinProfile(id)) return { id };
      const found = await find(id);
      if (!found) throw await unknown(id);
      return { id: found.profile.id, version: found.profile.version, definition: found.text, source: `profiles/${found.file}` };
    });

  const builtinRefused = (id: string, what: Localized) =>
    new ServiceError('profiles.builtin', t(`"${id}" là hồ sơ cấu hình có sẵn: không thể ${what.vi}.`, `"${id}" is a built-in profile: it cannot be ${what.en}.`));

  return {
    list: () =>
      serial(async () => {
        const { stored, notices } = await scan();
        const reported = [...pending, ...notices];
        pending = [];
        return { profiles: [...builtinEntries(), ...stored.map(entryOf)], notices: reported };
      }),

    importText: (input, fileName) =>
      serial(async () => {
        const text = input.replace(/^\uFEFF/, '');
        const name = basename(fileName) || 'profile.json';
        if (text.length > MAX_PROFILE_BYTES) {
          throw new ServiceError('profiles.invalid', t(`"${name}" quá lớn để là một hồ sơ cấu hình.`, `"${name}" is too large to be a profile.`));
        }
        const loaded = loadProfile(text, name);
        if (!loaded.ok) {
          const problems = loaded.errors.map((p) => ({ path: p.path, ...(p.line ? { line: p.line, column: p.column } : {}), message: p.message }));
          throw new ServiceError('profiles.invalid', invalidProfileMessage(name, loaded.errors), { file: name, problems });
        }
        const { profile } = loaded;
        if (RESERVED.has(profile.id.toLowerCase())) {
          throw new ServiceError(
            'profiles.reserved',
            t(
              `"${name}" có id "${profile.id}", trùng tên hồ sơ có sẵn; hãy đặt "id" khác trong tệp.`,
              `"${name}" has the id "${profile.id}", the name of a built-in profile; give the file another "id".`,
            ),
          );
        }
        const { stored } = await scan();
        const existing = stored.find((s) => sameId(s.profile.id, profile.id));
        if (existing && existing.profile.version === profile.version) {
          if (existing.text === text) return { profile: entryOf(existing), warnings: loaded.warnings };
          // Reports name a profile by id and version: two different files must not share both.
          throw new ServiceError(
            'profiles.same-version',
            t(
              `Đã có hồ sơ "${profile.id}" phiên bản "${profile.version}" với nội dung khác. Hãy tăng "version" trong tệp rồi nhập lại.`,
              `A different profile "${profile.id}" version "${profile.version}" is already imported. Raise "version" in the file and import it again.`,
            ),
          );
        }
        const file = existing?.file ?? fileNameOf(profile.id);
        if (options.readOnly) throw new Error('read-only profile store');
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(join(dir, file), text);
        const saved: Stored = { file, text, profile: { ...profile, source: `profiles/${file}` }, importedAt: now().toISOString() };
        return { profile: entryOf(saved), ...(existing ? { replaced: existing.profile.version } : {}), warnings: loaded.warnings };
      }),

    remove: (id) =>
      serial(async () => {
        if (builtinProfile(id)) throw builtinRefused(id, t('xoá', 'removed'));
        const found = await find(id);
        if (!found) throw await unknown(id);
        if (options.readOnly) throw new Error('read-only profile store');
        await unlink(join(dir, found.file));
        return true;
      }),

    exportFile: (id) =>
      serial(async () => {
        if (builtinProfile(id)) throw builtinRefused(id, t('xuất ra tệp', 'exported'));
        const found = await find(id);
        if (!found) throw await unknown(id);
        return { name: `${found.profile.id}.json`, text: found.text };
      }),

    ref,

    async resolve(id) {
      const r = cache.resolve(await ref(id));
      if (r && !r.ok) throw new ServiceError(r.code, r.message);
      return r?.profile;
    },
  };
}

const stores = new Map<string, ProfileStore>();

/** The one profile store of a data folder in this process (the hosts' handlers and the send path share it). */
export function profileStoreFor(dataDir: string): ProfileStore {
  let store = stores.get(dataDir);
  if (!store) {
    store = createProfileStore(dataDir);
    stores.set(dataDir, store);
  }
  return store;
}
