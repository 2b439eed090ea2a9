import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../generate/random';
import { formatPath } from '../../issues/issue';
import { runRule } from '../../rules/testing';
import type { Rule } from '../../rules/types';
import { ERROR_CODES } from '../common';
import type { FieldSpec, ObjectSpec, PacketSpec } from '../types';
import { qaModule } from './qa';
import { SAMPLES_DIR } from '../../../tests/support/reference';

const SAMPLES = join(SAMPLES_DIR, 'qa');
const sample = (name: string) => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')) as Record<string, unknown> & { result?: Record<string, unknown>[]; data?: Record<string, unknown>[] };
const packet = (id: string): PacketSpec => qaModule.spec.packets.find((p) => p.id === id)!;
const citizens = packet('LayDanhSachHoiDapGuiTuDVCQG.response');
const unitPush = packet('DongBoHoiDap');
const answerPush = packet('DongBoKetQuaHoiDapGuiTuDVCQG');
const rule = (code: string): Rule => {
  const r = qaModule.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};
const findings = (p: PacketSpec, record: Record<string, unknown>): string[] =>
  qaModule.rules.filter((r) => r.packets.includes(p.id)).flatMap((r) => runRule(r, { packet: p, record }).map((f) => `${r.code}@${formatPath(f.at)}`));
const run = (code: string, p: PacketSpec, record: Record<string, unknown>) => runRule(rule(code), { packet: p, record }).map((f) => formatPath(f.at));
const answer = () => structuredClone(sample('03-dongboketquahoidapguitudvcqg-valid.json').data![0]);

describe('qa.question-id-positive', () => {
  it('positive ids as numbers or strings are fine', () => {
    expect(run('qa.question-id-positive', answerPush, answer())).toEqual([]);
    expect(run('qa.question-id-positive', unitPush, { HOIDAPID: 5012 })).toEqual([]);
  });
  it('0 or a negative id is reported at HOIDAPID', () => {
    for (const id of [0, '0', -4, ' -1 ']) expect(run('qa.question-id-positive', answerPush, { ...answer(), HOIDAPID: id })).toEqual(['HOIDAPID']);
  });
  it('a non-integer is left to the pattern check', () => {
    expect(run('qa.question-id-positive', answerPush, { ...answer(), HOIDAPID: 'abc' })).toEqual([]);
  });
});

describe('qa.answer-without-text (e.4 rule 3)', () => {
  it('an answer id with text, or no answer id, is fine', () => {
    for (const r of sample('01-laydanhsachhoidapguitudvcqg-response-valid.json').result!) expect(run('qa.answer-without-text', citizens, r)).toEqual([]);
  });
  it('TRALOIID > 0 with an empty or missing text is reported at NOIDUNGTRALOI', () => {
    expect(run('qa.answer-without-text', citizens, { HOIDAPID: 1, TRALOIID: 887150, NOIDUNGTRALOI: ' ' })).toEqual(['NOIDUNGTRALOI']);
    expect(run('qa.answer-without-text', packet('LayNoiDungTraLoiTheoCauHoi.response'), { TRALOIID: '12' })).toEqual(['NOIDUNGTRALOI']);
  });
});

describe('qa.answer-before-question (e.4 rule 2, where the creation date is known)', () => {
  it('does nothing without a creation date (none is in the reference tables)', () => {
    expect(run('qa.answer-before-question', answerPush, answer())).toEqual([]);
  });
  it('compares calendar days, so a same-day dd/MM/yyyy answer is fine', () => {
    expect(run('qa.answer-before-question', answerPush, { ...answer(), NGAYTRALOI: '16/10/2026', NGAYHOI: '20261016153000' })).toEqual([]);
  });
  it('an answer dated before the question is reported at NGAYTRALOI', () => {
    const f = runRule(rule('qa.answer-before-question'), { packet: answerPush, record: { ...answer(), NGAYTRALOI: '16/10/2026', NgayGui: '20261017080000' } });
    expect(f.map((x) => formatPath(x.at))).toEqual(['NGAYTRALOI']);
    expect(f[0].params).toMatchObject({ field: 'NgayGui' });
  });
});

describe('qa.local-procedure-code (c.4 rule 6)', () => {
  it('accepts <MATTHC>.000.00.00.<unit> and ""', () => {
    for (const v of ['1.001193.000.00.00.H35', '2.000815.000.00.00.H55', '']) expect(run('qa.local-procedure-code', citizens, { MATTHCDP: v })).toEqual([]);
  });
  it('reports a national code alone or another shape', () => {
    for (const v of ['1.001193', '1.001193-H35', 'H35.1.001193']) expect(run('qa.local-procedure-code', citizens, { MATTHCDP: v })).toEqual(['MATTHCDP']);
  });
});

describe('qa samples', () => {
  it('01, 02 and 03 give no finding', () => {
    for (const r of sample('01-laydanhsachhoidapguitudvcqg-response-valid.json').result!) expect(findings(citizens, r)).toEqual([]);
    for (const r of sample('02-dongbohoidap-valid.json').data!) expect(findings(unitPush, r)).toEqual([]);
    for (const r of sample('03-dongboketquahoidapguitudvcqg-valid.json').data!) expect(findings(answerPush, r)).toEqual([]);
  });
  it('04 gives the rule finding its .expect.md lists; the rest are field checks of the spec', () => {
    const [first, second] = sample('04-dongboketquahoidapguitudvcqg-invalid.json').data!;
    expect(findings(answerPush, first)).toEqual(['qa.question-id-positive@HOIDAPID']); // 1. HOIDAPID = 0
    expect(findings(answerPush, second)).toEqual([]); // "2213902" as a string and "cb" are not errors
    const fields = Object.fromEntries(answerPush.record!.fields.map((f) => [f.name, f]));
    expect(fields.NOIDUNGTRALOI).toMatchObject({ required: 'M', allowEmpty: false }); // 2. empty answer text
    expect(fields.NGAYTRALOI).toMatchObject({ required: 'M', format: 'dateDMYor14' }); // 3. 2026-13-45
    expect(fields.MADONVI.required).toBe('M'); // 4. missing
    expect(fields.NGUOITRALOI).toMatchObject({ required: 'M', allowEmpty: false }); // 5. empty
    expect(fields.HOIDAPID.type).toBe('stringOrNumber');
    expect(new RegExp(fields.HOIDAPID.pattern!).test(String(second.HOIDAPID))).toBe(true);
  });
});

describe('qa templates and generator', () => {
  it('each packet has a template; templates give no finding', () => {
    for (const p of qaModule.spec.packets) {
      const doc = qaModule.template(p.id);
      if (p.service) expect(doc.service, p.id).toBe(p.service);
      else expect(doc.error_code, p.id).toBe('0');
      for (const r of (doc.result ?? doc.data ?? []) as Record<string, unknown>[]) expect(findings(p, r), p.id).toEqual([]);
    }
    expect((qaModule.template() as { service: string }).service).toBe('DongBoHoiDap');
    expect(() => qaModule.template('LayThuTuc.request')).toThrow(/LayThuTuc/);
  });
  it('1,000 generated DongBoHoiDap items over several seeds give no finding and have unique ids', () => {
    for (const seed of [31, 32, 33]) {
      const items = qaModule.generate(1000, createRandom(seed));
      expect(items.flatMap((r, i) => findings(unitPush, r).map((f) => `#${i} ${f}`))).toEqual([]);
      expect(new Set(items.map((r) => r.HOIDAPID)).size).toBe(1000);
      expect(items.some((r) => 'TRALOIID' in r)).toBe(true);
      for (const r of items) expect(Object.keys(r)).toContain('MaLinhVuc');
    }
  });
});

describe('qa spec', () => {
  const objectsOf = (o: ObjectSpec, out = new Set<ObjectSpec>()): Set<ObjectSpec> => {
    if (out.has(o)) return out;
    out.add(o);
    for (const f of o.fields) if (f.items) objectsOf(f.items, out);
    return out;
  };
  const fieldsOf = (p: PacketSpec): FieldSpec[] => [...objectsOf(p.envelope)].flatMap((o) => o.fields);
  it('has the stable packet ids', () => {
    expect(qaModule.spec.packets.map((p) => p.id).sort()).toEqual(
      [
        'LayDanhSachHoiDapGuiTuDVCQG.request',
        'LayDanhSachHoiDapGuiTuDVCQG.response',
        'LayDanhSachHoiDapBoCoQuan.request',
        'LayDanhSachHoiDapBoCoQuan.response',
        'LayNoiDungTraLoiTheoCauHoi.request',
        'LayNoiDungTraLoiTheoCauHoi.response',
        'DongBoHoiDap',
        'DongBoKetQuaHoiDapGuiTuDVCQG',
      ].sort(),
    );
  });
  it('follows the reference tables e.1–e.3', () => {
    expect(citizens.record!.fields.map((f) => f.name)).toEqual([
      'HOIDAPID',
      'MALINHVUC',
      'MATTHCDP',
      'MADONVI',
      'TENDONVI',
      'NOIDUNG',
      'HOVATEN',
      'DIACHI',
      'THUDIENTU',
      'SODIENTHOAI',
      'TRANGTHAI',
      'TRALOIID',
      'NOIDUNGTRALOI',
    ]);
    expect(packet('LayDanhSachHoiDapBoCoQuan.response').record).toBe(citizens.record);
    const linhVuc = unitPush.record!.fields.find((f) => f.name === 'MaLinhVuc')!;
    expect(linhVuc.aliases).toEqual(['MALINHVUC']);
    const chucVu = answerPush.record!.fields.find((f) => f.name === 'CHUCVUNGUOITRALOI')!;
    expect(chucVu).toMatchObject({ required: 'M*', aliases: ['ChucVuNguoiTraLoi'] });
    expect(chucVu.evidence).toContain('guide');
    expect(answerPush.record!.fields.find((f) => f.name === 'NGAYTRALOI')!.format).toBe('dateDMYor14');
    expect(citizens.record!.fields.find((f) => f.name === 'TRANGTHAI')!.type).toBe('integer');
    for (const p of [citizens, unitPush, answerPush]) expect(p.record!.fields.find((f) => f.name === 'HOIDAPID')!.type).toBe('stringOrNumber');
  });
  it('labels, spec references, codes and names are consistent', () => {
    const lists = new Set([...qaModule.spec.codeLists.map((c) => c.id), ERROR_CODES.id]);
    for (const p of qaModule.spec.packets) {
      for (const o of objectsOf(p.envelope)) {
        const names = o.fields.flatMap((f) => [f.name, ...(f.aliases ?? [])]);
        expect(new Set(names).size, o.id).toBe(names.length);
      }
      for (const f of fieldsOf(p)) {
        expect(f.label.vi && f.label.en && f.help?.vi && f.help?.en, `${p.id} ${f.name}`).toBeTruthy();
        expect(f.specRef.file && f.specRef.section, f.name).toBeTruthy();
        if (f.codes) expect(lists.has(f.codes), f.name).toBe(true);
        expect(f.provisional, f.name).toBeUndefined();
      }
    }
  });
  it('every rule is coded qa.*, has bilingual texts and names only qa packets', () => {
    const ids = new Set(qaModule.spec.packets.map((p) => p.id));
    for (const r of qaModule.rules) {
      expect(r.code).toMatch(/^qa\.[a-z-]+$/);
      for (const text of [r.title, r.message, r.hint]) expect(text.vi && text.en, r.code).toBeTruthy();
      for (const id of r.packets) expect(ids.has(id), `${r.code} ${id}`).toBe(true);
    }
  });
});
