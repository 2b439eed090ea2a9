import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type HandlerContext, type Handlers } from '../ipc/dispatch';
import type { FileAccess } from '../files/access';
import { createProfileHandlers } from './handlers';
import { createProfileStore, type ProfileStore } from './profileStore';

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'assets', 'profiles', 'example-helpdesk.json');
const profileText = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 'ha-giang', name: { vi: 'Hà Giang', en: 'Ha Giang' }, version: '1', fields: { 'dossier.record': { Email: { required: 'M' } } }, ...over }, null, 2);
// Line 4 holds the misspelt field, so the refusal must point there.
const BROKEN = '{\n  "name": "x",\n  "version": "1",\n  "fields": { "dossier.record": { "Emial": { "required": "M" } } }\n}';

let dataDir: string;
let store: ProfileStore;
const clock = () => new Date('2026-03-01T08:00:00Z');

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qcvn120-profiles-'));
  store = createProfileStore(dataDir, clock);
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const storedFiles = async () => (await readdir(join(dataDir, 'profiles')).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();

describe('profile store (data folder profiles/)', () => {
  it('lists the built-ins first, then the imported profiles with their source and definition', async () => {
    expect((await store.list()).profiles.map((p) => p.id)).toEqual(['strict', 'lenient']);
    const imported = await store.importText(await readFile(EXAMPLE, 'utf8'), 'example-helpdesk.json');
    expect(imported.profile).toMatchObject({ id: 'example-helpdesk', version: '2026.1', builtIn: false, base: 'strict', source: 'profiles/example-helpdesk.json' });
    await store.importText(profileText(), 'hg.json');
    const { profiles, notices } = await store.list();
    expect(notices).toEqual([]);
    expect(profiles.map((p) => `${p.id} ${p.version} ${p.builtIn}`)).toEqual(['strict 1.0.0 true', 'lenient 1.0.0 true', 'example-helpdesk 2026.1 false', 'ha-giang 1 false']);
    // The definition is the file as imported, so the renderer's worker loads what the CLI would.
    expect(profiles[3].definition).toBe(profileText());
    expect(profiles[0].definition).toBeUndefined();
  });

  it('refuses a broken file with its located problems, and stores nothing', async () => {
    const error = await store.importText(BROKEN, 'broken.json').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'profiles.invalid' });
    const { localized, details } = error as { localized: { vi: string; en: string }; details: { problems: { path: string; line: number }[] } };
    expect(localized.en).toContain('broken.json:4:');
    expect(localized.en).toContain('fields.dossier.record.Emial');
    expect(localized.en).toContain('Closest: Email');
    expect(localized.vi).toContain('Gần nhất: Email');
    expect(details.problems[0]).toMatchObject({ path: 'fields.dossier.record.Emial', line: 4 });
    expect(await storedFiles()).toEqual([]);
    // Not JSON at all: the line and column of the syntax error.
    await expect(store.importText('{ "name": "x", ', 'half.json')).rejects.toMatchObject({ code: 'profiles.invalid', localized: { en: expect.stringMatching(/half\.json:1:\d+/) } });
    expect(await storedFiles()).toEqual([]);
  });

  it('refuses the names of the built-ins, and a different file under an id and version already imported', async () => {
    await expect(store.importText(profileText({ id: 'Strict' }), 'x.json')).rejects.toMatchObject({ code: 'profiles.reserved' });
    await store.importText(profileText(), 'hg.json');
    await expect(store.importText(profileText({ rules: { 'key.unknown': 'off' } }), 'hg2.json')).rejects.toMatchObject({ code: 'profiles.same-version' });
    // The same file again is no change; a new version replaces the old one.
    expect((await store.importText(profileText(), 'hg.json')).replaced).toBeUndefined();
    const next = await store.importText(profileText({ version: '2' }), 'hg-v2.json');
    expect(next.replaced).toBe('1');
    expect(await storedFiles()).toEqual(['ha-giang.json']);
    expect((await store.list()).profiles.find((p) => p.id === 'ha-giang')?.version).toBe('2');
  });

  it('removes and exports user profiles, never the built-ins', async () => {
    await store.importText(profileText(), 'hg.json');
    expect(await store.exportFile('ha-giang')).toEqual({ name: 'ha-giang.json', text: profileText() });
    await expect(store.remove('strict')).rejects.toMatchObject({ code: 'profiles.builtin' });
    await expect(store.exportFile('lenient')).rejects.toMatchObject({ code: 'profiles.builtin' });
    expect(await store.remove('ha-giang')).toBe(true);
    await expect(store.remove('ha-giang')).rejects.toMatchObject({ code: 'profiles.unknown', localized: { en: expect.stringContaining('strict, lenient') } });
    expect((await store.list()).profiles.map((p) => p.id)).toEqual(['strict', 'lenient']);
  });

  it('sets a corrupt stored file aside and reports it, never using or overwriting it', async () => {
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    await writeFile(join(dataDir, 'profiles', 'hg.json'), BROKEN);
    const { profiles, notices } = await store.list();
    expect(profiles.map((p) => p.id)).toEqual(['strict', 'lenient']);
    expect(notices).toHaveLength(1);
    expect(notices[0].message.en).toContain('profiles/hg.json');
    expect(notices[0].message.en).toContain('profiles/hg.json:4:');
    const aside = await readdir(join(dataDir, 'profiles', 'set-aside'));
    expect(aside).toEqual(['hg.corrupt-20260301T080000Z.json']);
    expect(await readFile(join(dataDir, 'profiles', 'set-aside', aside[0]), 'utf8')).toBe(BROKEN);
    // Reported once: the next listing is clean, and the kept copy is not listed.
    expect((await store.list()).notices).toEqual([]);
    await expect(store.ref('x')).rejects.toMatchObject({ code: 'profiles.unknown' });
  });

  it('reports a corrupt file found while resolving a profile at the next listing; read only, leaves it in place', async () => {
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    await writeFile(join(dataDir, 'profiles', 'hg.json'), BROKEN);
    const readOnly = createProfileStore(dataDir, clock, { readOnly: true });
    const refused = await readOnly.ref('x').then(
      () => undefined,
      (e: { localized: { en: string } }) => e.localized.en,
    );
    expect(refused).toContain('There is no profile "x"');
    expect(refused).toContain('profiles/hg.json:4:');
    expect(await storedFiles()).toEqual(['hg.json']);
    // The app's store sets it aside while resolving, and the next listing says so.
    await expect(store.ref('x')).rejects.toMatchObject({ code: 'profiles.unknown' });
    expect(await storedFiles()).toEqual([]);
    const { notices } = await store.list();
    expect(notices.map((n) => n.setAsidePath?.endsWith('hg.corrupt-20260301T080000Z.json'))).toEqual([true]);
  });

  it('gives workers a built-in by id and a user profile with its definition', async () => {
    await store.importText(profileText(), 'hg.json');
    expect(await store.ref(undefined)).toBeUndefined();
    expect(await store.ref('lenient')).toEqual({ id: 'lenient' });
    expect(await store.ref('ha-giang')).toEqual({ id: 'ha-giang', version: '1', definition: profileText(), source: 'profiles/ha-giang.json' });
    const profile = await store.resolve('ha-giang');
    expect(profile?.fields['dossier.record'].Email.required).toBe('M');
    // Cached by id and version: the compiled checkers stay warm from one call to the next.
    expect(await store.resolve('ha-giang')).toBe(profile);
  });
});

describe('profiles:* channels', () => {
  const context: HandlerContext = { emit: () => undefined };
  const access = (root: string): FileAccess =>
    ({
      forRead: async (p: string) => join(root, p),
      forWrite: async (p: string) => join(root, p),
      grant: () => undefined,
      display: (p: string) => p,
      reach: (p: string) => p,
    }) as unknown as FileAccess;

  it('imports from text, from a readable path and from the native dialog; a cancelled dialog stores nothing', async () => {
    const files = join(dataDir, 'ws');
    await mkdir(files);
    await writeFile(join(files, 'example.json'), await readFile(EXAMPLE));
    let chosen: string | null = null;
    const handlers = createProfileHandlers({ profiles: store, access: access(files), dialogs: { open: async () => chosen } }) as unknown as Handlers;
    const call = (channel: string, request: unknown) => dispatch(channel, request, handlers, context, { checkResponses: true });

    expect(await call('profiles:import', { dialog: true })).toEqual({ ok: true, value: null });
    const fromPath = await call('profiles:import', { path: 'example.json' });
    expect(fromPath).toMatchObject({ ok: true, value: { profile: { id: 'example-helpdesk' }, warnings: [] } });
    const fromText = await call('profiles:import', { name: 'hg.json', text: profileText() });
    expect(fromText).toMatchObject({ ok: true, value: { profile: { id: 'ha-giang' } } });
    chosen = join(files, 'example.json');
    expect(await call('profiles:import', { dialog: true })).toMatchObject({ ok: true, value: { profile: { id: 'example-helpdesk' } } });

    const broken = await call('profiles:import', { name: 'broken.json', text: BROKEN });
    expect(broken).toMatchObject({ ok: false, error: { code: 'profiles.invalid', details: { file: 'broken.json', problems: [{ line: 4 }] } } });
    const list = await call('profiles:list', {});
    expect(list.ok && (list.value as { profiles: { id: string }[] }).profiles.map((p) => p.id)).toEqual(['strict', 'lenient', 'example-helpdesk', 'ha-giang']);
    expect(await call('profiles:export', { id: 'ha-giang' })).toEqual({ ok: true, value: { name: 'ha-giang.json', text: profileText() } });
    expect(await call('profiles:remove', { id: 'ha-giang' })).toEqual({ ok: true, value: { removed: true } });
  });

  it('says the channels are not available without a store', async () => {
    const handlers = createProfileHandlers({ access: access(dataDir) }) as unknown as Handlers;
    expect(await dispatch('profiles:list', {}, handlers, context)).toMatchObject({ ok: false, error: { code: 'host.unsupported' } });
  });
});
