/**
 * The services behind the send feature's channels, put together once per host: the stored
 * environments (passwords in the host's secret store), the send history, the portal service with
 * its session cache, the in-process sandbox, and the environment chosen in the app bar.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { Localized } from '../../../shared/i18n/localized';
import { SANDBOX_ENVIRONMENT_ID } from '../../../shared/portal/environment';
import { EnvironmentStore } from '../environments/store';
import { HistoryStore } from '../history/store';
import { PortalService } from '../portal/service';
import { profileStoreFor } from '../profiles/profileStore';
import { loadJsonFile, saveJsonFile } from '../store/jsonFile';
import { createSandboxControl, type SandboxControl } from './sandboxControl';
import type { SecretChoice } from './secretChoice';

export interface SendServices {
  environments: EnvironmentStore;
  history: HistoryStore;
  portal: PortalService;
  secrets: SecretChoice;
  sandbox: SandboxControl;
  /** The environment chosen in the app bar (persisted; the Sandbox when none or when it was deleted). */
  current: { get(): Promise<string>; set(id: string): Promise<void>; takeNotices(): Localized[] };
  appVersion: string;
  /** Stops what the services run (the in-process sandbox). */
  close(): Promise<void>;
}

export interface SendServicesOptions {
  dataDir: string;
  secrets: SecretChoice;
  appVersion: string;
}

const CurrentSchema = z.object({ version: z.literal(1), environmentId: z.string().min(1) });

/** Builds the send services of one data folder. */
export function createSendServices(options: SendServicesOptions): SendServices {
  const environments = new EnvironmentStore({ dataDir: options.dataDir, secrets: options.secrets });
  const history = new HistoryStore({ dataDir: options.dataDir });
  // The check before sending uses the profile the user chose, imported ones included.
  const portal = new PortalService({ environments, history, profiles: profileStoreFor(options.dataDir) });
  const sandbox = createSandboxControl(options.dataDir, environments);
  const currentFile = join(options.dataDir, 'environment-current.json');
  let notices: Localized[] = [];
  let cached: string | undefined;

  const current = {
    async get(): Promise<string> {
      if (cached === undefined) {
        const loaded = await loadJsonFile(currentFile, CurrentSchema, () => ({ version: 1 as const, environmentId: SANDBOX_ENVIRONMENT_ID }));
        if (loaded.notice) notices.push(loaded.notice.message);
        cached = loaded.value.environmentId;
      }
      const known = (await environments.list()).some((e) => e.id === cached);
      return known ? cached : SANDBOX_ENVIRONMENT_ID;
    },
    async set(id: string): Promise<void> {
      await environments.get(id); // refuses an unknown id with a message naming it
      cached = id;
      await saveJsonFile(currentFile, { version: 1, environmentId: id });
    },
    takeNotices(): Localized[] {
      const out = notices;
      notices = [];
      return out;
    },
  };

  return {
    environments,
    history,
    portal,
    secrets: options.secrets,
    sandbox,
    current,
    appVersion: options.appVersion,
    close: async () => {
      await sandbox.stop();
    },
  };
}
