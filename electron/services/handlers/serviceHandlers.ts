/**
 * The handlers of every bridge channel, built from the plain-Node services. Both hosts use this
 * one table; what differs (native dialogs, the workspace folder, which files may be touched, how
 * secrets are kept) is passed in.
 */
import { basename } from 'node:path';
import type { AppInfo, RecentEntry } from '../../../shared/ipc/contract';
import { TRANSPORT_ERRORS } from '../../../shared/ipc/result';
import { encodeText } from '../../../shared/index';
import { ServiceError } from '../errors';
import type { FileAccess } from '../files/access';
import { writeFileAtomic } from '../files/atomicWrite';
import { fileError, readDocumentFile } from '../files/readDocument';
import type { RecentStore } from '../files/recent';
import { listFolder } from '../files/workspaceList';
import type { Handlers } from '../ipc/dispatch';
import type { SecretStore } from '../secrets/secretStore';
import type { SettingsStore } from '../settings/settingsStore';
import type { ValidationService } from '../validation/validationService';
import type { RecoveryStore } from '../recovery/recoveryStore';
import { createRecoveryHandlers } from '../recovery/recoveryHandlers';
import { createHelpdeskHandlers, type HelpdeskHost } from '../batch/handlers';
import { createPortalHandlers } from './portalHandlers';
import { createProfileHandlers } from '../profiles/handlers';
import type { ProfileStore } from '../profiles/profileStore';
import type { SendServices } from './sendServices';

/** Native dialogs (Electron). They return a real path, or null when the user cancels. */
export interface Dialogs {
  open(): Promise<string | null>;
  save(suggestedName: string): Promise<string | null>;
}

export interface HostServices {
  host: 'electron' | 'web';
  info: Omit<AppInfo, 'host' | 'capabilities'>;
  settings: SettingsStore;
  recent: RecentStore;
  secrets: SecretStore;
  validation: ValidationService;
  access: FileAccess;
  /** The web host's `--workspace` folder. */
  workspace?: { name: string; resolveDir(dir: string): Promise<string> };
  dialogs?: Dialogs;
  /** Files waiting to be opened (command line); taken once. */
  takePending(): string[];
  /** Autosaved copies of unsaved documents (the data folder's recovery/). */
  recovery?: RecoveryStore;
  /** Sending: environments, portal, history (absent: those channels say they are not available). */
  send?: SendServices;
  /** Folder and save dialogs and PDF printing for the helpdesk exports (Electron). */
  helpdesk?: HelpdeskHost;
  /** User validation profiles (the data folder's profiles/); without it, only the built-ins. */
  profiles?: ProfileStore;
}

function unsupported(what: { vi: string; en: string }): ServiceError {
  return new ServiceError(TRANSPORT_ERRORS.unsupported, {
    vi: `${what.vi} không có trong chế độ này của ứng dụng.`,
    en: `${what.en} is not available in this mode of the app.`,
  });
}

/** Builds the handler table. */
export function createServiceHandlers(s: HostServices): Handlers {
  // The recent list keeps real paths, so both hosts can share it; each shows what it can reach.
  const remember = async (realPath: string) => {
    const { settings } = await s.settings.get();
    await s.recent.add(realPath, settings.recentLimit, basename(realPath));
  };
  const reachableRecent = (entries: RecentEntry[]) =>
    entries.flatMap((e) => {
      const path = s.access.reach(e.path);
      return path === undefined ? [] : [{ ...e, path }];
    });

  const write = async (realPath: string, text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bom: boolean) => {
    const displayPath = s.access.display(realPath);
    const bytes = encodeText(text, encoding, bom);
    try {
      await writeFileAtomic(realPath, bytes);
    } catch (error) {
      throw fileError(displayPath, error);
    }
    s.access.grant(realPath);
    await remember(realPath);
    return { path: displayPath, name: basename(realPath), size: bytes.byteLength, savedAt: new Date().toISOString() };
  };

  const read = async (realPath: string) => {
    const file = await readDocumentFile(realPath, s.access.display(realPath));
    s.access.grant(realPath);
    await remember(realPath);
    return file;
  };

  return {
    'app:info': async () => ({
      ...s.info,
      // The built-ins, then the user's profiles as they are now (imported or removed since start).
      ...(s.profiles ? { profiles: (await s.profiles.list()).profiles.map((p) => ({ id: p.id, version: p.version, name: p.name, source: p.source })) } : {}),
      host: s.host,
      capabilities: { nativeDialogs: Boolean(s.dialogs), workspace: s.workspace?.name ?? null, secureSecrets: s.secrets.encrypted },
    }),
    'files:takePending': () => ({ paths: s.takePending() }),
    'files:openDialog': async () => {
      if (!s.dialogs) throw unsupported({ vi: 'Hộp thoại mở tệp của hệ điều hành', en: 'The native open dialog' });
      const path = await s.dialogs.open();
      return path === null ? null : read(path);
    },
    'files:saveDialog': async (req) => {
      if (!s.dialogs) throw unsupported({ vi: 'Hộp thoại lưu tệp của hệ điều hành', en: 'The native save dialog' });
      const path = await s.dialogs.save(req.suggestedName);
      return path === null ? null : write(path, req.text, req.encoding, req.bom);
    },
    'files:read': async (req) => read(await s.access.forRead(req.path)),
    'files:save': async (req) => write(await s.access.forWrite(req.path), req.text, req.encoding, req.bom),
    'files:listWorkspace': async (req) => {
      if (!s.workspace) throw unsupported({ vi: 'Thư mục làm việc (--workspace)', en: 'The workspace folder (--workspace)' });
      const real = await s.workspace.resolveDir(req.dir);
      return { root: s.workspace.name, dir: req.dir, entries: await listFolder(real, s.access.display) };
    },
    'files:recent': async () => ({ entries: reachableRecent(await s.recent.list()) }),
    'files:clearRecent': async () => ({ entries: reachableRecent(await s.recent.clear()) }),
    'settings:get': () => s.settings.get(),
    'settings:update': async (req) => ({ settings: await s.settings.update(req.patch) }),
    'secrets:set': async (req) => {
      await s.secrets.set(req.key, req.value);
      return { encrypted: s.secrets.encrypted };
    },
    'secrets:has': async (req) => ({ present: await s.secrets.has(req.key) }),
    'secrets:delete': async (req) => ({ deleted: await s.secrets.delete(req.key) }),
    'documents:validate': async (req, context) => {
      const source =
        'text' in req.source ? { text: req.source.text } : { path: await s.access.forRead(req.source.path), displayPath: req.source.path };
      // A user profile goes to the worker with its definition (never as a bare id checked as strict).
      const profile = s.profiles ? await s.profiles.ref(req.profileId) : undefined;
      return s.validation.validate(
        req.jobId,
        { source, kind: req.kind, packetId: req.packetId, profileId: req.profileId, ...(profile ? { profile } : {}) },
        (fraction) => context.emit('documents:progress', { jobId: req.jobId, fraction }),
      );
    },
    'documents:cancel': (req) => ({ cancelled: s.validation.cancel(req.jobId) }),
    ...createRecoveryHandlers(s.recovery),
    ...createPortalHandlers(s.send),
    ...createHelpdeskHandlers(s),
    ...createProfileHandlers(s),
  };
}
