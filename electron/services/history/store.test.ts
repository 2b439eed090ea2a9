import { mkdtemp, readFile, readdir, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewHistoryEntry } from './entry';
import { HistoryStore } from './store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-history-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A store whose "now" is a week after the entries' dates, so the 90-day default retention keeps them. */
function store(): HistoryStore {
  return new HistoryStore({ dataDir: dir, now: () => new Date('2024-03-20T00:00:00Z') });
}

function entry(over: Partial<NewHistoryEntry> = {}): NewHistoryEntry {
  return {
    sendId: 's1',
    time: '2024-03-12T08:15:00.000Z',
    durationMs: 40,
    environment: { id: 'sandbox', name: 'Sandbox', kind: 'test' },
    url: 'http://127.0.0.1:8120/XrdAdapter/RestService/forward/mapi/g',
    service: 'DongBoHoSoMC',
    isUpdating: 'False',
    maHoSo: ['000.21.30.H22-240312-0007'],
    outcome: 'success',
    httpStatus: 200,
    errorCode: '0',
    message: 'Thành công',
    request: { madonvi: '000.00.01.H22', service: 'DongBoHoSoMC', isUpdating: 'False', data: [{ MaHoSo: '000.21.30.H22-240312-0007' }] },
    reply: { error_code: '0', message: 'Thành công' },
    chunk: { index: 0, count: 1 },
    ...over,
  };
}

describe('HistoryStore', () => {
  it('records sends and finds them by MaHoSo, service, environment, outcome and date, newest first', async () => {
    const h = store();
    await h.record(entry());
    await h.record(entry({ time: '2024-03-13T02:00:00.000Z', outcome: 'portal-error', errorCode: '-3', message: 'Mã hồ sơ 000.21.30.H22-240312-0007 đã tồn tại trên CDVCQG' }));
    await h.record(entry({ time: '2024-03-14T02:00:00.000Z', service: 'CapNhatTienDoHoSoMC', maHoSo: ['000.21.30.H22-240304-0031'], environment: { id: 'hg-test', name: 'Hà Giang test', kind: 'test' } }));

    const byNumber = await h.search({ maHoSo: '240312-0007' });
    expect(byNumber.total).toBe(2);
    expect(byNumber.entries.map((e) => e.time)).toEqual(['2024-03-13T02:00:00.000Z', '2024-03-12T08:15:00.000Z']);
    expect((await h.search({ service: 'CapNhatTienDoHoSoMC' })).total).toBe(1);
    expect((await h.search({ environmentId: 'hg-test' })).entries[0]!.service).toBe('CapNhatTienDoHoSoMC');
    expect((await h.search({ outcome: 'portal-error' })).entries[0]!.errorCode).toBe('-3');
    expect((await h.search({ outcome: ['success', 'portal-error'] })).total).toBe(3);
    expect((await h.search({ text: 'đã tồn tại' })).total).toBe(1);
    // 2024-03-13T02:00Z is 09:00 on 13/03 in Vietnam; 2024-03-12T08:15Z is 15:15 on 12/03.
    expect((await h.search({ from: '2024-03-13', to: '2024-03-13' })).total).toBe(1);
    expect((await h.search({ to: '2024-03-12' })).total).toBe(1);
    expect((await h.search({ limit: 1 })).entries).toHaveLength(1);
  });

  it('refuses an unreadable date bound with a clear message', async () => {
    const h = store();
    await expect(h.search({ from: '31/02/2024' })).rejects.toMatchObject({ code: 'history.query-invalid' });
  });

  it('keeps history across restarts', async () => {
    await store().record(entry());
    const again = store();
    expect((await again.search()).total).toBe(1);
  });

  it('records nothing when switched off', async () => {
    const h = store();
    await h.configure({ enabled: false });
    expect(await h.record(entry())).toBeUndefined();
    expect((await h.search()).total).toBe(0);
    expect((await store().getSettings()).enabled).toBe(false);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const h = store();
    await h.configure({ maxEntries: 3 });
    for (let i = 0; i < 5; i++) await h.record(entry({ time: `2024-03-1${i}T00:00:00.000Z`, maHoSo: [`N${i}`] }));
    const all = await h.search();
    expect(all.entries.map((e) => e.maHoSo[0])).toEqual(['N4', 'N3', 'N2']);
    expect((await store().search()).total).toBe(3);
  });

  it('drops entries older than maxAgeDays', async () => {
    const h = store();
    await h.record(entry({ time: '2024-01-01T00:00:00.000Z', maHoSo: ['OLD'] }));
    await h.record(entry({ time: '2024-03-19T00:00:00.000Z', maHoSo: ['NEW'] }));
    await h.configure({ maxAgeDays: 30 });
    expect((await h.search()).entries.map((e) => e.maHoSo[0])).toEqual(['NEW']);
  });

  it('skips and reports a corrupt line, and keeps it aside before rewriting the file', async () => {
    const h0 = store();
    await h0.record(entry({ maHoSo: ['GOOD1'] }));
    await appendFile(h0.file, '{"v":1,"id":"broken", this is not json\n');
    await appendFile(h0.file, `${JSON.stringify({ v: 1, id: 'x' })}\n`);
    const h = store();
    expect((await h.search()).entries.map((e) => e.maHoSo[0])).toEqual(['GOOD1']);
    const notices = h.takeNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.vi).toContain('2 dòng');
    expect(notices[0]!.en).toContain('line 2');
    await h.configure({ maxEntries: 10 }); // a rewrite
    const files = await readdir(h.dir);
    const aside = files.find((f) => f.includes('.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(h.dir, aside!), 'utf8')).toContain('this is not json');
  });

  it('survives a partial last line: the next entry still starts on its own line', async () => {
    const h0 = store();
    await h0.record(entry({ maHoSo: ['A'] }));
    await appendFile(h0.file, '{"v":1,"id":"half');
    const h = store();
    await h.record(entry({ maHoSo: ['B'] }));
    const again = store();
    expect((await again.search()).entries.map((e) => e.maHoSo[0])).toEqual(['B', 'A']);
  });

  it('exports matching entries as one JSON document', async () => {
    const h = store();
    await h.record(entry({ maHoSo: ['A'] }));
    await h.record(entry({ maHoSo: ['B'], service: 'CapNhatTienDoHoSoMC' }));
    const doc = JSON.parse(await h.exportJson({ service: 'CapNhatTienDoHoSoMC' }));
    expect(doc.format).toBe('qcvn120-send-history');
    expect(doc.entries.map((e: { maHoSo: string[] }) => e.maHoSo[0])).toEqual(['B']);
  });

  it('reopens an entry as its stored request, a copy the caller may edit', async () => {
    const h = store();
    const id = (await h.record(entry()))!;
    const { document, suggestedName } = await h.reopen(id);
    expect(document).toEqual(entry().request);
    expect(suggestedName).toMatch(/^DongBoHoSoMC-000\.21\.30\.H22-240312-0007-20240312T081500\.json$/);
    (document.data as unknown[]).length = 0;
    expect((await h.get(id)).request.data).toHaveLength(1);
    await expect(h.reopen('nope')).rejects.toMatchObject({ code: 'history.not-found' });
  });

  it('sets a corrupt settings file aside and uses defaults', async () => {
    const h0 = store();
    await h0.configure({ maxEntries: 5 });
    await writeFile(h0.settingsFile, '{ not json');
    const h = store();
    expect((await h.getSettings()).maxEntries).toBe(1000);
    expect(h.takeNotices()[0]!.en).toContain('corrupt');
    expect((await readdir(h.dir)).some((f) => f.startsWith('settings.corrupt-'))).toBe(true);
  });

  it('clears all entries', async () => {
    const h = store();
    await h.record(entry());
    await h.clear();
    expect((await store().search()).total).toBe(0);
  });
});
