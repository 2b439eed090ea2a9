/**
 * Where the environments' passwords live in this host, and the user's choice of it (issue 5 §1):
 * Electron keeps them in the operating system's key store (the shell's safeStorage secrets
 * service, reused as is); the web host keeps them in memory for the run, unless the user opens an
 * encrypted file with a passphrase. The EnvironmentStore talks to this one object, which forwards
 * to whichever store is in use, so switching never rebuilds the environments.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretStorage } from '../../../shared/ipc/send';
import { MemorySecretStore, PassphraseFileSecretStore, type SecretStore } from '../environments/secretStore';

/** File name of the web host's passphrase-encrypted secrets, in the data folder. */
export const PASSPHRASE_FILE_NAME = 'environment-secrets.enc.json';

/** The secret store of the environments plus the controls of the on-screen choice. */
export interface SecretChoice extends SecretStore {
  status(): SecretStorage;
  /**
   * Opens (or creates) the passphrase file and uses it from now on; passwords entered during this
   * run move into it. A wrong passphrase is refused and nothing changes.
   */
  usePassphraseFile(passphrase: string): Promise<SecretStorage>;
  /** Back to memory only (the file stays on disk, unused until opened again). */
  useMemory(): SecretStorage;
}

/** Electron: the OS key store, fixed. */
export function osSecretChoice(store: SecretStore): SecretChoice {
  const status = (): SecretStorage => ({ mode: 'os', canUsePassphraseFile: false, fileLocked: false });
  return {
    get: (k) => store.get(k),
    set: (k, v) => store.set(k, v),
    delete: (k) => store.delete(k),
    status,
    usePassphraseFile: async () => status(),
    useMemory: status,
  };
}

/** The web host: memory by default, a passphrase file on request. */
export function webSecretChoice(dataDir: string): SecretChoice {
  const file = join(dataDir, PASSPHRASE_FILE_NAME);
  let memory = new MemorySecretStore();
  let keys = new Set<string>();
  let fileStore: PassphraseFileSecretStore | undefined;
  const current = (): SecretStore => fileStore ?? memory;
  const status = (): SecretStorage => ({
    mode: fileStore ? 'passphrase-file' : 'memory',
    canUsePassphraseFile: true,
    file,
    fileLocked: !fileStore && existsSync(file),
  });
  return {
    get: (k) => current().get(k),
    async set(k, v) {
      if (!fileStore) keys.add(k);
      await current().set(k, v);
    },
    async delete(k) {
      keys.delete(k);
      return current().delete(k);
    },
    status,
    async usePassphraseFile(passphrase) {
      const opened = await PassphraseFileSecretStore.open(file, passphrase);
      // Passwords typed during this run are not lost by choosing the file: they move into it.
      for (const k of keys) {
        const v = await memory.get(k);
        if (v !== undefined) await opened.set(k, v);
      }
      fileStore = opened;
      memory = new MemorySecretStore();
      keys = new Set();
      return status();
    },
    useMemory() {
      fileStore = undefined;
      return status();
    },
  };
}
