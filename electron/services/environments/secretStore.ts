/**
 * Where environment passwords live, behind a three-method interface so each host plugs in its
 * own: Electron's safeStorage (the shell's `electron/services/secrets`, which satisfies this
 * interface), memory only (the web host's default), or a file encrypted with a passphrase the
 * user chooses (the web host, when the user asks for it). Secrets never go into environments.json
 * nor into an export.
 *
 * The file format: the whole key → value map, JSON, encrypted with AES-256-GCM under a key
 * derived from the passphrase with scrypt (random salt per file, random IV per write).
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { t } from '../../../shared/i18n/localized';
import { ServiceError, errnoCode } from '../errors';
import { writeFileAtomic } from '../files/atomicWrite';

/** The secrets of the environments. Any store with these methods fits (the shell's safeStorage one does). */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<unknown>;
}

/** The key under which an environment's password is kept. */
export function passwordKey(environmentId: string): string {
  return `environment:${environmentId}:password`;
}

/** Secrets kept in memory for the life of the process. */
export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();
  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }
  async delete(key: string): Promise<boolean> {
    return this.values.delete(key);
  }
}

/** scrypt cost: N = 2^15, r = 8 (about 32 MiB and 0.1 s per derivation on this machine class). */
const KDF = { N: 32768, r: 8, p: 1 } as const;
const MAXMEM = 64 * 1024 * 1024;

const FileSchema = z.object({
  format: z.literal('qcvn120-secrets'),
  version: z.literal(1),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int().positive(), r: z.number().int().positive(), p: z.number().int().positive(), salt: z.string().min(1) }),
  iv: z.string().min(1),
  tag: z.string().min(1),
  data: z.string(),
});

function scrypt(passphrase: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(passphrase.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/** Secrets in one file encrypted with a passphrase (scrypt + AES-256-GCM). Open it with `open`. */
export class PassphraseFileSecretStore implements SecretStore {
  private constructor(
    private readonly path: string,
    private readonly key: Buffer,
    private readonly salt: Buffer,
    private readonly kdf: { N: number; r: number; p: number },
    private values: Map<string, string>,
  ) {}

  /**
   * Opens (or creates, when the file does not exist) the store. A wrong passphrase, or a file
   * that was altered, is refused with a clear message and the file is left untouched.
   */
  static async open(path: string, passphrase: string): Promise<PassphraseFileSecretStore> {
    if (passphrase.length < 8) {
      throw new ServiceError('secrets.passphrase-short', t('Cụm mật khẩu phải có ít nhất 8 ký tự.', 'The passphrase must be at least 8 characters long.'));
    }
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    if (text === undefined) {
      const salt = randomBytes(16);
      const key = await scrypt(passphrase, salt, { ...KDF, maxmem: MAXMEM });
      return new PassphraseFileSecretStore(path, key, salt, { ...KDF }, new Map());
    }
    let file: z.infer<typeof FileSchema>;
    try {
      file = FileSchema.parse(JSON.parse(text));
    } catch {
      throw new ServiceError(
        'secrets.file-unreadable',
        t(
          `Tệp bí mật ${path} không đúng định dạng nên không mở được. Tệp được giữ nguyên; hãy chọn tệp khác hoặc chuyển tệp này đi chỗ khác để tạo mới.`,
          `The secrets file ${path} is not in the expected format, so it cannot be opened. It was left untouched; choose another file, or move this one away to start a new one.`,
        ),
      );
    }
    const salt = Buffer.from(file.kdf.salt, 'base64');
    const kdf = { N: file.kdf.N, r: file.kdf.r, p: file.kdf.p };
    const key = await scrypt(passphrase, salt, { ...kdf, maxmem: MAXMEM });
    let values: Map<string, string>;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(file.iv, 'base64'));
      decipher.setAuthTag(Buffer.from(file.tag, 'base64'));
      const plain = Buffer.concat([decipher.update(Buffer.from(file.data, 'base64')), decipher.final()]).toString('utf8');
      const record = z.record(z.string(), z.string()).parse(JSON.parse(plain));
      values = new Map(Object.entries(record));
    } catch {
      throw new ServiceError(
        'secrets.wrong-passphrase',
        t(
          `Không mở được tệp bí mật ${path}: sai cụm mật khẩu, hoặc tệp đã bị sửa. Tệp được giữ nguyên.`,
          `The secrets file ${path} could not be opened: wrong passphrase, or the file was altered. It was left untouched.`,
        ),
      );
    }
    return new PassphraseFileSecretStore(path, key, salt, kdf, values);
  }

  private async persist(): Promise<void> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(Object.fromEntries(this.values)), 'utf8'), cipher.final()]);
    const file: z.infer<typeof FileSchema> = {
      format: 'qcvn120-secrets',
      version: 1,
      kdf: { name: 'scrypt', ...this.kdf, salt: this.salt.toString('base64') },
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, `${JSON.stringify(file, null, 2)}\n`);
  }

  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
    await this.persist();
  }

  async delete(key: string): Promise<boolean> {
    const had = this.values.delete(key);
    if (had) await this.persist();
    return had;
  }
}
