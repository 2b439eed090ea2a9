import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryStore } from './recoveryStore';
import { createSessionLeases, LEASE_MS } from './sessionLeases';

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

  describe('pages sharing the data folder', () => {
    /** A store whose leases run on a clock the test moves, in a host process that runs unless said otherwise. */
    function withClock(hostRuns = (_pid: number) => true) {
      let clock = 1_000_000;
      const store = createRecoveryStore(dir, undefined, (d) => createSessionLeases(d, { now: () => clock, pid: 4242, processAlive: hostRuns }));
      return { store, advance: (ms: number) => (clock += ms) };
    }
    const ids = (entries: { id: string }[]) => entries.map((e) => e.id).sort();

    it('never offers a page the copies of another open page, nor its own', async () => {
      const { store } = withClock();
      expect(await store.list('tabA')).toEqual([]);
      await store.save(copy('tabA-doc-1', 'unsaved in A'));
      // A second tab of the same host starts: tab A is alive, so nothing is offered.
      expect(await store.list('tabB')).toEqual([]);
      await store.save(copy('tabB-doc-1', 'unsaved in B'));
      expect(await store.list('tabA')).toEqual([]);
      // Without a session (the command line, an older page), every copy is listed.
      expect(ids(await store.list())).toEqual(['tabA-doc-1', 'tabB-doc-1']);
    });

    it('offers the copies of a page that left at once, and of a crashed page once its lease ran out', async () => {
      const { store, advance } = withClock();
      await store.list('tabA');
      await store.save(copy('tabA-doc-1', 'a'));
      await store.list('tabC');
      await store.save(copy('tabC-doc-1', 'c'));
      await store.list('tabB');
      expect(await store.leave('tabA')).toBe(true);
      expect(ids(await store.list('tabB'))).toEqual(['tabA-doc-1']);
      // Tab C crashed: it stops renewing; tab B keeps listing (its heartbeat).
      advance(LEASE_MS / 2);
      expect(ids(await store.list('tabB'))).toEqual(['tabA-doc-1']);
      advance(LEASE_MS / 2 + 1);
      expect(ids(await store.list('tabB'))).toEqual(['tabA-doc-1', 'tabC-doc-1']);
    });

    it('offers at once the copies of pages whose host process is gone (the next start after a crash)', async () => {
      const before = withClock();
      await before.store.list('old');
      await before.store.save(copy('old-doc-1', 'x'));
      // The next start: another process, and the old host (pid 4242) no longer runs.
      const next = createRecoveryStore(dir, undefined, (d) => createSessionLeases(d, { now: () => 1_000_001, pid: 5000, processAlive: () => false }));
      expect(ids(await next.list('fresh'))).toEqual(['old-doc-1']);
      // A copy written before sessions had leases belongs to no live page: offered too.
      await next.save(copy('legacy-doc-9', 'y'));
      expect(ids(await next.list('fresh'))).toEqual(['legacy-doc-9', 'old-doc-1']);
    });
  });
});
