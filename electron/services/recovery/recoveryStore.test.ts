import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryStore } from './recoveryStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-recovery-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const copy = (id: string, text: string) => ({ id, name: `${id}.json`, origin: 'browser' as const, encoding: 'utf-8' as const, bom: false, lineEnding: 'crlf' as const, text, savedText: '{}' });

describe('recovery store', () => {
  it('keeps unsaved texts across a restart and gives them back exactly', async () => {
    let clock = 0;
    const store = createRecoveryStore(dir, () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++)));
    await store.save(copy('s1-doc-1', '{\r\n  "a": "Nguyễn"\r\n}'));
    await store.save(copy('s1-doc-2', '[]'));
    // A new store over the same folder: what the next start sees.
    const again = createRecoveryStore(dir);
    const entries = await again.list();
    expect(entries.map((e) => e.id)).toEqual(['s1-doc-2', 's1-doc-1']);
    expect(entries[1]).toMatchObject({ name: 's1-doc-1.json', lineEnding: 'crlf', length: '{\r\n  "a": "Nguyễn"\r\n}'.length });
    expect((await again.take('s1-doc-1'))?.text).toBe('{\r\n  "a": "Nguyễn"\r\n}');
  });

  it('discards a copy once the document is saved or closed', async () => {
    const store = createRecoveryStore(dir);
    await store.save(copy('s1-doc-1', 'x'));
    expect(await store.discard('s1-doc-1')).toBe(true);
    expect(await store.discard('s1-doc-1')).toBe(false);
    expect(await store.list()).toEqual([]);
    expect(await store.take('s1-doc-1')).toBeUndefined();
  });

  it('sets a corrupt copy aside instead of failing or deleting it', async () => {
    const store = createRecoveryStore(dir);
    await store.save(copy('good', '{}'));
    await writeFile(join(dir, 'recovery', 'bad.json'), '{"id": "bad", "text": ');
    expect((await store.list()).map((e) => e.id)).toEqual(['good']);
    const files = await readdir(join(dir, 'recovery'));
    expect(files.some((f) => f.startsWith('bad.corrupt-'))).toBe(true);
  });

  it('refuses ids that could leave the folder', async () => {
    const store = createRecoveryStore(dir);
    await expect(store.save(copy('../escape', 'x'))).rejects.toThrow();
  });
});
