import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemorySecretStore, PassphraseFileSecretStore } from './secretStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-secrets-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PassphraseFileSecretStore', () => {
  it('keeps secrets encrypted on disk and reads them back with the passphrase', async () => {
    const path = join(dir, 'secrets.enc.json');
    const s = await PassphraseFileSecretStore.open(path, 'cụm mật khẩu dài');
    await s.set('environment:hg:password', 'Mat-khau-123');
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain('Mat-khau-123');
    expect(text).not.toContain('environment:hg');
    const again = await PassphraseFileSecretStore.open(path, 'cụm mật khẩu dài');
    expect(await again.get('environment:hg:password')).toBe('Mat-khau-123');
    expect(await again.delete('environment:hg:password')).toBe(true);
    expect(await (await PassphraseFileSecretStore.open(path, 'cụm mật khẩu dài')).get('environment:hg:password')).toBeUndefined();
  });

  it('refuses a wrong passphrase and leaves the file untouched', async () => {
    const path = join(dir, 'secrets.enc.json');
    await (await PassphraseFileSecretStore.open(path, 'right passphrase')).set('k', 'v');
    const before = await readFile(path, 'utf8');
    await expect(PassphraseFileSecretStore.open(path, 'wrong passphrase')).rejects.toMatchObject({ code: 'secrets.wrong-passphrase' });
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('refuses a tampered or foreign file without overwriting it', async () => {
    const path = join(dir, 'secrets.enc.json');
    await writeFile(path, '{"hello":1}');
    await expect(PassphraseFileSecretStore.open(path, 'right passphrase')).rejects.toMatchObject({ code: 'secrets.file-unreadable' });
    expect(await readFile(path, 'utf8')).toBe('{"hello":1}');
    const good = await PassphraseFileSecretStore.open(join(dir, 'b.json'), 'right passphrase');
    await good.set('k', 'v');
    const doc = JSON.parse(await readFile(join(dir, 'b.json'), 'utf8'));
    doc.data = Buffer.from('tampered').toString('base64');
    await writeFile(join(dir, 'b.json'), JSON.stringify(doc));
    await expect(PassphraseFileSecretStore.open(join(dir, 'b.json'), 'right passphrase')).rejects.toMatchObject({ code: 'secrets.wrong-passphrase' });
  });

  it('refuses a passphrase shorter than 8 characters', async () => {
    await expect(PassphraseFileSecretStore.open(join(dir, 'x.json'), 'short')).rejects.toMatchObject({ code: 'secrets.passphrase-short' });
  });
});

describe('MemorySecretStore', () => {
  it('keeps values for the life of the object only', async () => {
    const s = new MemorySecretStore();
    await s.set('a', '1');
    expect(await s.get('a')).toBe('1');
    expect(await new MemorySecretStore().get('a')).toBeUndefined();
  });
});
