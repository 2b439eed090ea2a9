import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { encryptedFileSecretStore, memorySecretStore, type Encryptor } from './secretStore';

/** A stand-in for safeStorage: reversible, and visibly not the plain text. */
function fakeEncryptor(available = true): Encryptor {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x5a)),
    decryptString: (b) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString('utf8'),
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-secrets-'));
});

describe('secrets', () => {
  it('are encrypted at rest with the OS key store and read back by the next launch', async () => {
    await encryptedFileSecretStore(dir, fakeEncryptor()).set('portal:test:password', 'Mật-khẩu-123');
    const onDisk = await readFile(join(dir, 'secrets.json'), 'utf8');
    expect(onDisk).not.toContain('Mật-khẩu-123');
    const next = encryptedFileSecretStore(dir, fakeEncryptor());
    expect(await next.get('portal:test:password')).toBe('Mật-khẩu-123');
    expect(await next.has('portal:test:password')).toBe(true);
    expect(await next.delete('portal:test:password')).toBe(true);
    expect(await encryptedFileSecretStore(dir, fakeEncryptor()).has('portal:test:password')).toBe(false);
  });

  it('are never written in plain text when the OS offers no key store', async () => {
    const store = encryptedFileSecretStore(dir, fakeEncryptor(false));
    expect(store.encrypted).toBe(false);
    await expect(store.set('k', 'v')).rejects.toMatchObject({ code: 'secrets.unavailable' });
    await expect(readFile(join(dir, 'secrets.json'))).rejects.toThrow();
  });

  it('live only in memory in the web host', async () => {
    const store = memorySecretStore();
    await store.set('k', 'v');
    expect([store.encrypted, await store.get('k'), await memorySecretStore().has('k')]).toEqual([false, 'v', false]);
  });
});
