import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRecentStore } from './recent';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-recent-'));
});

describe('recent files', () => {
  it('lists the most recent first, without duplicates, up to the limit, across launches', async () => {
    const store = createRecentStore(dir);
    await store.add('/a/one.json', 3);
    await store.add('/a/two.json', 3);
    await store.add('/a/one.json', 3);
    await store.add('/a/three.json', 3);
    await store.add('/a/four.json', 3);
    const paths = (await createRecentStore(dir).list()).map((e) => e.path);
    expect(paths).toEqual(['/a/four.json', '/a/three.json', '/a/one.json']);
    expect((await createRecentStore(dir).list())[0].name).toBe('four.json');
  });

  it('clears the list', async () => {
    const store = createRecentStore(dir);
    await store.add('/a/one.json', 5);
    expect(await store.clear()).toEqual([]);
    expect(await createRecentStore(dir).list()).toEqual([]);
  });

  it('sets a corrupt list aside and starts empty', async () => {
    await writeFile(join(dir, 'recent.json'), '[1,2');
    const store = createRecentStore(dir);
    expect(await store.list()).toEqual([]);
    expect((await store.notice())?.message.en).toContain('recent.json');
  });
});
