/**
 * Secrets (portal passwords, tokens) behind one small interface: Electron encrypts them with the
 * operating system's key store (safeStorage) into `secrets.json`; the web host keeps them in
 * memory for the run only. Secrets are never handed back to the renderer.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { loadJsonFile, saveJsonFile } from '../store/jsonFile';
import { ServiceError } from '../errors';

export interface SecretStore {
  /** Whether values are encrypted at rest by the operating system. */
  readonly encrypted: boolean;
  set(key: string, value: string): Promise<void>;
  get(key: string): Promise<string | undefined>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<boolean>;
}

/** What Electron's safeStorage offers (the glue passes it in; services never import Electron). */
export interface Encryptor {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Secrets for one run of the web host; gone when it stops. */
export function memorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    encrypted: false,
    set: async (k, v) => void values.set(k, v),
    get: async (k) => values.get(k),
    has: async (k) => values.has(k),
    delete: async (k) => values.delete(k),
  };
}

const fileSchema = z.object({ version: z.literal(1), values: z.record(z.string(), z.string()) });

/** Secrets encrypted with the OS key store, kept in `secrets.json` of the data folder (base64 ciphertext). */
export function encryptedFileSecretStore(dataDir: string, encryptor: Encryptor): SecretStore {
  const file = join(dataDir, 'secrets.json');
  let values: Promise<Record<string, string>> | undefined;
  const load = () => (values ??= loadJsonFile(file, fileSchema, () => ({ version: 1 as const, values: {} })).then((r) => ({ ...r.value.values })));
  const unavailable = () =>
    new ServiceError('secrets.unavailable', {
      vi: 'Hệ điều hành không cung cấp kho khoá bảo mật, nên ứng dụng không lưu bí mật xuống đĩa. Hãy nhập lại khi cần.',
      en: 'The operating system offers no secure key store, so the app does not store secrets on disk. Enter it again when needed.',
    });
  return {
    get encrypted() {
      return encryptor.isEncryptionAvailable();
    },
    async set(key, value) {
      if (!encryptor.isEncryptionAvailable()) throw unavailable();
      const all = await load();
      all[key] = encryptor.encryptString(value).toString('base64');
      await saveJsonFile(file, { version: 1, values: all });
    },
    async get(key) {
      const all = await load();
      const stored = all[key];
      if (stored === undefined) return undefined;
      if (!encryptor.isEncryptionAvailable()) throw unavailable();
      return encryptor.decryptString(Buffer.from(stored, 'base64'));
    },
    has: async (key) => key in (await load()),
    async delete(key) {
      const all = await load();
      if (!(key in all)) return false;
      delete all[key];
      await saveJsonFile(file, { version: 1, values: all });
      return true;
    },
  };
}
