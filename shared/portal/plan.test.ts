import { describe, expect, it } from 'vitest';
import { SESSION_PLACEHOLDER, planSend, withSession, type PlanOptions } from './plan';

const rec = (n: number) => ({ MaHoSo: `H22-240312-${String(n).padStart(4, '0')}`, TrangThaiHoSo: '2' });
const envelope = (count: number, extra: Record<string, unknown> = {}) => ({
  session: '<old-session>',
  madonvi: '000.00.01.H22',
  service: 'DongBoHoSoMC',
  isUpdating: 'False',
  data: Array.from({ length: count }, (_, i) => rec(i + 1)),
  ...extra,
});
const base: Omit<PlanOptions, 'document'> = { madonvi: '000.00.01.H22', isUpdating: 'document', chunkSize: 10 };

function plan(options: Partial<PlanOptions> & { document: unknown }) {
  const r = planSend({ ...base, ...options });
  if (!r.ok) throw new Error(r.error.en);
  return r.plan;
}

describe('planSend', () => {
  it('splits data into chunks and keeps every record once, in order', () => {
    const p = plan({ document: envelope(25) });
    expect(p.requests.map((r) => (r.body.data as unknown[]).length)).toEqual([10, 10, 5]);
    expect(p.requests.flatMap((r) => r.recordIndexes)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(p.requests[2]!.maHoSo[0]).toBe('H22-240312-0021');
  });

  it('never carries the document session; the app adds its own first', () => {
    const p = plan({ document: envelope(1) });
    expect(p.requests[0]!.body).not.toHaveProperty('session');
    expect(p.notices.some((n) => n.en.includes('session is ignored'))).toBe(true);
    expect(Object.keys(withSession(p.requests[0]!.body, 'S'))[0]).toBe('session');
  });

  it("fills madonvi from the environment and says so when it differs from the packet's", () => {
    const p = plan({ document: envelope(1), madonvi: '000.00.02.H56' });
    expect(p.requests[0]!.body.madonvi).toBe('000.00.02.H56');
    expect(p.notices.some((n) => n.vi.includes('000.00.01.H22') && n.vi.includes('000.00.02.H56'))).toBe(true);
  });

  it("uses the packet's madonvi when the environment has none, and refuses when neither has one", () => {
    expect(plan({ document: envelope(1), madonvi: '' }).requests[0]!.body.madonvi).toBe('000.00.01.H22');
    const r = planSend({ ...base, madonvi: '', document: { service: 'DongBoHoSoMC', data: [rec(1)] } });
    expect(r.ok).toBe(false);
  });

  it('sends isUpdating as chosen, or as the packet says', () => {
    expect(plan({ document: envelope(1), isUpdating: 'True' }).requests[0]!.body.isUpdating).toBe('True');
    expect(plan({ document: envelope(1) }).requests[0]!.body.isUpdating).toBe('False');
  });

  it('groups records by the TraCuuHoSo decision and leaves out undecided ones', () => {
    const doc = envelope(4);
    const p = plan({
      document: doc,
      isUpdating: 'auto',
      decisions: { 'H22-240312-0001': 'True', 'H22-240312-0002': 'False', 'H22-240312-0004': 'True' },
    });
    const byValue = Object.fromEntries(p.requests.map((r) => [r.body.isUpdating as string, r.recordIndexes]));
    expect(byValue).toEqual({ True: [0, 3], False: [1] });
    expect(p.undecided).toEqual([2]);
  });

  it('marks requests as auto in a preview without decisions', () => {
    const p = plan({ document: envelope(2), isUpdating: 'auto' });
    expect(p.requests).toHaveLength(1);
    expect(p.requests[0]!.isUpdating).toBe('auto');
    expect(p.requests[0]!.body).not.toHaveProperty('isUpdating');
  });

  it('wraps a bare array or a single record in an envelope once the service is known', () => {
    const arr = plan({ document: [rec(1), rec(2)], service: 'CapNhatTienDoHoSoMC' });
    expect(arr.form).toBe('array');
    expect(arr.requests[0]!.body).toMatchObject({ madonvi: '000.00.01.H22', service: 'CapNhatTienDoHoSoMC' });
    expect(arr.requests[0]!.body).not.toHaveProperty('isUpdating');
    const one = plan({ document: rec(7), service: 'DongBoHoSoMC', isUpdating: 'False' });
    expect(one.form).toBe('record');
    expect(one.requests[0]!.body.data).toEqual([rec(7)]);
  });

  it('refuses what cannot be sent, with a message in both languages', () => {
    const cases: unknown[] = [
      [rec(1)], // bare array, no service
      { error_code: '-3', message: 'x' }, // a reply
      { username: 'u', password: 'p' }, // a login body
      { service: 'DongBoHoSoMC', madonvi: 'x', data: [] }, // nothing to send
      'text',
    ];
    for (const document of cases) {
      const r = planSend({ ...base, document });
      expect(r.ok, JSON.stringify(document)).toBe(false);
      if (!r.ok) {
        expect(r.error.vi.length).toBeGreaterThan(0);
        expect(r.error.en.length).toBeGreaterThan(0);
      }
    }
    expect(planSend({ ...base, document: envelope(1), service: 'CapNhatTienDoHoSoMC' }).ok).toBe(false);
    expect(planSend({ ...base, document: envelope(1), chunkSize: 0 }).ok).toBe(false);
  });

  it('sends a lookup as one request with its parameters unchanged', () => {
    const p = plan({ document: { session: 's', madonvi: '000.00.01.H22', service: 'TraCuuHoSo', mahoso: 'H22-1' } });
    expect(p.requests).toHaveLength(1);
    expect(p.requests[0]!.body).toEqual({ madonvi: '000.00.01.H22', service: 'TraCuuHoSo', mahoso: 'H22-1' });
    expect(p.requests[0]!.maHoSo).toEqual(['H22-1']);
    expect(p.requests[0]!.endpoint).toBe('data');
  });

  it('routes catalogue services to the share endpoint', () => {
    expect(plan({ document: { madonvi: 'x', service: 'LayDanhSachTTHC' } }).requests[0]!.endpoint).toBe('share');
    expect(plan({ document: { madonvi: 'x', service: 'TraCuuTechID', mstorcmnd: '1' } }).requests[0]!.endpoint).toBe('share');
  });

  it('keeps the single-object data of DongBoTrangThaiHoSo type 2 whole (dossier.md §3.5)', () => {
    const p = plan({ document: { madonvi: 'x', service: 'DongBoTrangThaiHoSo', type: '2', data: { MaHoSo: 'A' } } });
    expect(p.requests[0]!.body).toEqual({ madonvi: '000.00.01.H22', service: 'DongBoTrangThaiHoSo', type: '2', data: { MaHoSo: 'A' } });
  });

  it('sends only the chosen records (one-click retry), keeping their document positions', () => {
    const p = plan({ document: envelope(25), onlyRecords: [20, 21] });
    expect(p.requests).toHaveLength(1);
    expect(p.requests[0]!.recordIndexes).toEqual([20, 21]);
    expect(planSend({ ...base, document: envelope(2), onlyRecords: [5] }).ok).toBe(false);
  });

  it('does not modify the document', () => {
    const doc = envelope(3);
    const before = structuredClone(doc);
    plan({ document: doc, isUpdating: 'True', madonvi: 'other' });
    expect(doc).toEqual(before);
  });

  it('has a placeholder for the session that says the app fills it in', () => {
    expect(SESSION_PLACEHOLDER).toMatch(/filled in by the app/);
  });
});
