import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from '../settings/settingsStore';
import { DEFAULT_SETTINGS } from '../../../shared/ipc/settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-settings-'));
});

describe('settings store', () => {
  it('starts from the defaults when there is no file', async () => {
    const { settings, notice } = await createSettingsStore(dir).get();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toBeUndefined();
  });

  it('persists a change, and a second store (next launch) reads it back', async () => {
    await createSettingsStore(dir).update({ language: 'en', theme: 'dark' });
    const { settings } = await createSettingsStore(dir).get();
    expect(settings.language).toBe('en');
    expect(settings.theme).toBe('dark');
    expect(settings.profileId).toBe(DEFAULT_SETTINGS.profileId);
  });

  it('keeps two quick changes (language then theme)', async () => {
    const store = createSettingsStore(dir);
    await Promise.all([store.update({ language: 'en' }), store.update({ theme: 'light' })]);
    const { settings } = await createSettingsStore(dir).get();
    expect([settings.language, settings.theme]).toEqual(['en', 'light']);
  });

  it('sets a file that is not JSON aside, reports it, and never overwrites it', async () => {
    const broken = '{ "language": "en", ';
    await writeFile(join(dir, 'settings.json'), broken);
    const store = createSettingsStore(dir);
    const { settings, notice } = await store.get();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice?.message.vi).toContain('settings.json');
    expect(notice?.message.en).toContain(notice!.setAsidePath);
    expect(await readFile(notice!.setAsidePath, 'utf8')).toBe(broken);
    await store.update({ language: 'en' });
    expect(await readFile(notice!.setAsidePath, 'utf8')).toBe(broken);
  });

  it('sets aside a file whose values are of the wrong kind, naming the field', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ language: 'fr', theme: 'dark' }));
    const { settings, notice } = await createSettingsStore(dir).get();
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(notice?.message.en).toContain('language');
    expect((await readdir(dir)).filter((n) => n.startsWith('settings.corrupt-'))).toHaveLength(1);
  });

  it('fills keys an older version did not write with defaults, without a notice', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ language: 'en' }));
    const { settings, notice } = await createSettingsStore(dir).get();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(notice).toBeUndefined();
  });
});
