import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_ENVIRONMENT_ID, SANDBOX_PASSWORD } from '../../../shared/portal/environment';
import { MemorySecretStore, passwordKey } from './secretStore';
import { EnvironmentStore } from './store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-env-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PASSWORD = 'Mat-khau-ket-noi-2024!';
const hgTest = {
  name: 'Hà Giang — thử nghiệm',
  colour: '#1565c0',
  kind: 'test' as const,
  baseUrl: 'https://adapter.h22.example',
  madonvi: '000.00.01.H22',
  username: 'hagiang-motcua',
};

describe('EnvironmentStore', () => {
  it('always has the built-in Sandbox environment, pointing at the local sandbox portal', async () => {
    const s = new EnvironmentStore({ dataDir: dir, secrets: new MemorySecretStore() });
    const list = await s.list();
    expect(list[0]).toMatchObject({ id: SANDBOX_ENVIRONMENT_ID, builtIn: true, kind: 'test', baseUrl: 'http://127.0.0.1:8120', hasPassword: true });
    expect((await s.resolve(SANDBOX_ENVIRONMENT_ID)).password).toBe(SANDBOX_PASSWORD);
    await expect(s.remove(SANDBOX_ENVIRONMENT_ID)).rejects.toMatchObject({ code: 'environments.built-in' });
  });

  it('saves an environment with defaults for paths and dstcode, and its password only in the secret store', async () => {
    const secrets = new MemorySecretStore();
    const s = new EnvironmentStore({ dataDir: dir, secrets });
    const saved = await s.save(hgTest, PASSWORD);
    expect(saved.id).toBe('ha-giang-thu-nghiem');
    expect(saved).toMatchObject({ loginPath: '/XrdAdapter/RestService/forward/mapi/login', dataPath: '/XrdAdapter/RestService/forward/mapi/g', dstcode: 'VN:GOV:000.00.00.G22:vpcpdvcprovider', hasPassword: true });
    expect(await secrets.get(passwordKey(saved.id))).toBe(PASSWORD);
    const file = await readFile(s.file, 'utf8');
    expect(file).not.toContain(PASSWORD);
    const again = new EnvironmentStore({ dataDir: dir, secrets });
    expect((await again.resolve(saved.id)).password).toBe(PASSWORD);
    expect((await again.get(saved.id)).name).toBe('Hà Giang — thử nghiệm');
  });

  it('refuses an invalid environment, naming each field in Vietnamese and English', async () => {
    const s = new EnvironmentStore({ dataDir: dir, secrets: new MemorySecretStore() });
    const err = await s.save({ ...hgTest, baseUrl: 'ftp://x', colour: 'blue' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'environments.invalid' });
    const m = (err as { localized: { vi: string; en: string } }).localized;
    expect(m.vi).toContain('trường baseUrl');
    expect(m.vi).toContain('trường colour');
    expect(m.en).toContain('field baseUrl');
  });

  it('exports without any secret and imports without passwords, renaming taken ids', async () => {
    const secrets = new MemorySecretStore();
    const s = new EnvironmentStore({ dataDir: dir, secrets });
    const saved = await s.save(hgTest, PASSWORD);
    const exported = await s.exportJson();
    expect(exported).not.toContain(PASSWORD);
    expect(exported).not.toMatch(/password/i);
    const doc = JSON.parse(exported);
    expect(doc.environments.map((e: { id: string }) => e.id)).toEqual([saved.id]);

    // A hand-edited export that smuggles a password in.
    doc.environments[0].password = 'leaked';
    const result = await s.importJson(JSON.stringify(doc), 'envs.json');
    expect(result.imported).toHaveLength(1);
    expect(result.imported[0]!.id).not.toBe(saved.id);
    expect(result.imported[0]!.hasPassword).toBe(false);
    expect(result.notices.some((n) => n.en.includes('passwords: they were not imported'))).toBe(true);
    expect(await readFile(s.file, 'utf8')).not.toContain('leaked');
  });

  it('skips invalid environments of an import with the reason', async () => {
    const s = new EnvironmentStore({ dataDir: dir, secrets: new MemorySecretStore() });
    const doc = { format: 'qcvn120-environments', version: 1, environments: [{ ...hgTest, id: 'ok' }, { ...hgTest, id: 'bad', kind: 'staging' }] };
    const r = await s.importJson(JSON.stringify(doc), 'envs.json');
    expect(r.imported.map((e) => e.id)).toEqual(['ok']);
    expect(r.skipped[0]!.vi).toContain('envs.json');
    expect(r.skipped[0]!.en).toContain('field kind');
    await expect(s.importJson('{"format":"other"}', 'x.json')).rejects.toMatchObject({ code: 'environments.import-format' });
    await expect(s.importJson('{nope', 'x.json')).rejects.toMatchObject({ code: 'environments.import-not-json' });
  });

  it('sets a corrupt file aside and reports it, never overwriting it', async () => {
    await writeFile(join(dir, 'environments.json'), '{"version":1,"environments":[ {"id": "x", ');
    const s = new EnvironmentStore({ dataDir: dir, secrets: new MemorySecretStore(), now: () => new Date('2024-03-12T01:02:03Z') });
    const list = await s.list();
    expect(list.map((e) => e.id)).toEqual([SANDBOX_ENVIRONMENT_ID]);
    const notice = s.takeNotices()[0]!;
    expect(notice.vi).toContain('bị hỏng');
    expect(notice.en).toContain('environments.corrupt-20240312T010203Z.json');
    expect(await readFile(join(dir, 'environments.corrupt-20240312T010203Z.json'), 'utf8')).toContain('"id": "x"');
    await s.save(hgTest);
    expect((await readdir(dir)).sort()).toEqual(['environments.corrupt-20240312T010203Z.json', 'environments.json']);
  });

  it('keeps the valid environments of a partly invalid file and keeps a copy of the original', async () => {
    const good = { ...hgTest, id: 'good' };
    await writeFile(join(dir, 'environments.json'), JSON.stringify({ version: 1, environments: [good, { ...hgTest, id: 'bad', baseUrl: 'not a url' }] }));
    const s = new EnvironmentStore({ dataDir: dir, secrets: new MemorySecretStore() });
    expect((await s.list()).map((e) => e.id)).toEqual([SANDBOX_ENVIRONMENT_ID, 'good']);
    const notice = s.takeNotices()[0]!;
    expect(notice.en).toContain('field baseUrl');
    expect((await readdir(dir)).some((f) => f.startsWith('environments.corrupt-'))).toBe(true);
  });

  it('deletes an environment with its password', async () => {
    const secrets = new MemorySecretStore();
    const s = new EnvironmentStore({ dataDir: dir, secrets });
    const saved = await s.save(hgTest, PASSWORD);
    await s.remove(saved.id);
    expect(await secrets.get(passwordKey(saved.id))).toBeUndefined();
    await expect(s.get(saved.id)).rejects.toMatchObject({ code: 'environments.not-found' });
  });
});
