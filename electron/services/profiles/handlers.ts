/**
 * The `profiles:*` channels (shared/ipc/profiles.ts) for both hosts, over the data folder's
 * profile store: a profile file comes from the browser (its text), from a path the host may read
 * (the web host's workspace), or from Electron's native open dialog.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeBytes } from '../../../shared/index';
import type { ChannelName } from '../../../shared/ipc/channels';
import type { PROFILE_CHANNELS } from '../../../shared/ipc/profiles';
import { TRANSPORT_ERRORS } from '../../../shared/ipc/result';
import { t } from '../../../shared/i18n/localized';
import { ServiceError } from '../errors';
import type { FileAccess } from '../files/access';
import { fileError } from '../files/readDocument';
import type { Handlers } from '../ipc/dispatch';
import { MAX_PROFILE_BYTES, type ProfileStore } from './profileStore';

type ProfileChannel = keyof typeof PROFILE_CHANNELS & ChannelName;

export interface ProfileHost {
  profiles?: ProfileStore;
  access: FileAccess;
  /** Native dialogs (Electron): `open()` gives a real path, or null when cancelled. */
  dialogs?: { open(): Promise<string | null> };
}

const unsupported = (what: { vi: string; en: string }) =>
  new ServiceError(TRANSPORT_ERRORS.unsupported, { vi: `${what.vi} không có trong chế độ này của ứng dụng.`, en: `${what.en} is not available in this mode of the app.` });

/** Reads a profile file from disk as text (BOM and UTF-16 handled like a packet), refusing what is not one. */
async function readProfileFile(realPath: string, shown: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    if ((await stat(realPath)).size > MAX_PROFILE_BYTES) {
      throw new ServiceError('profiles.invalid', t(`"${shown}" quá lớn để là một hồ sơ cấu hình.`, `"${shown}" is too large to be a profile.`));
    }
    bytes = await readFile(realPath);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw fileError(shown, error);
  }
  const decoded = decodeBytes(bytes);
  if (decoded.error) throw new ServiceError('files.decode', t(`Không đọc được "${shown}": ${decoded.error.message.vi}`, `Cannot read "${shown}": ${decoded.error.message.en}`));
  return decoded.text;
}

/** Builds the profile handlers; without a store every channel says it is not available. */
export function createProfileHandlers(s: ProfileHost): Pick<Handlers, ProfileChannel> {
  const store = () => {
    if (!s.profiles) throw unsupported({ vi: 'Hồ sơ cấu hình của người dùng', en: 'User profiles' });
    return s.profiles;
  };
  return {
    'profiles:list': () => store().list(),
    'profiles:import': async (req) => {
      const profiles = store();
      if ('text' in req) return profiles.importText(req.text, req.name);
      if ('path' in req) {
        const real = await s.access.forRead(req.path);
        return profiles.importText(await readProfileFile(real, req.path), basename(req.path));
      }
      if (!s.dialogs) throw unsupported({ vi: 'Hộp thoại mở tệp của hệ điều hành', en: 'The native open dialog' });
      const path = await s.dialogs.open();
      if (path === null) return null;
      return profiles.importText(await readProfileFile(path, path), basename(path));
    },
    'profiles:remove': async (req) => ({ removed: await store().remove(req.id) }),
    'profiles:export': (req) => store().exportFile(req.id),
  };
}
