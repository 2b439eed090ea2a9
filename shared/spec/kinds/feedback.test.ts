import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWire } from '../../datetime/wire';
import { createRandom } from '../../generate/random';
import { formatPath } from '../../issues/issue';
import { runRule } from '../../rules/testing';
import type { Rule } from '../../rules/types';
import { ERROR_CODES } from '../common';
import type { FieldSpec, ObjectSpec, PacketSpec } from '../types';
import { feedbackModule } from './feedback';
import { SAMPLES_DIR } from '../../../tests/support/reference';
import { validateText } from '../../index';
import { builtinProfile } from '../../validate/profiles';

const SAMPLES = join(SAMPLES_DIR, 'feedback');
const sample = (name: string) => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')) as Record<string, unknown> & { result?: Record<string, unknown>[]; data?: Record<string, unknown>[] };
const packet = (id: string): PacketSpec => feedbackModule.spec.packets.find((p) => p.id === id)!;
const list = packet('LayDanhSachPAKN.response');
const push = packet('DongBoKetQuaPAKN');
const rule = (code: string): Rule => {
  const r = feedbackModule.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};
const findings = (p: PacketSpec, record: Record<string, unknown>): string[] =>
  feedbackModule.rules.filter((r) => r.packets.includes(p.id)).flatMap((r) => runRule(r, { packet: p, record }).map((f) => `${r.code}@${formatPath(f.at)}`));
const answered = () => structuredClone(sample('01-laydanhsachpakn-response-valid.json').result![1]);
const inProgress = () => structuredClone(sample('01-laydanhsachpakn-response-valid.json').result![0]);
const run = (code: string, record: Record<string, unknown>, p = list) => runRule(rule(code), { packet: p, record }).map((f) => formatPath(f.at));

describe('feedback.answer-before-submission', () => {
  it('an answer after the submission is fine', () => {
    expect(run('feedback.answer-before-submission', answered())).toEqual([]);
  });
  it('an earlier answer is reported at NGAYTRALOI, even when NGAYGUI is typed as dd/MM/yyyy HH:mm', () => {
    expect(run('feedback.answer-before-submission', { ...answered(), NGAYTRALOI: '20261001080000' })).toEqual(['NGAYTRALOI']);
    expect(run('feedback.answer-before-submission', { ...answered(), NGAYGUI: '15/10/2026 09:12', NGAYTRALOI: '20261014235959' })).toEqual(['NGAYTRALOI']);
  });
  it('an unreadable date is left to the format check', () => {
    expect(run('feedback.answer-before-submission', { ...answered(), NGAYGUI: 'hôm qua' })).toEqual([]);
  });
});

describe('feedback.answered-without-answer', () => {
  it('status 3 with text and date, or another status without them, is fine', () => {
    expect(run('feedback.answered-without-answer', answered())).toEqual([]);
    expect(run('feedback.answered-without-answer', inProgress())).toEqual([]);
  });
  it('reports each missing part of an answered item', () => {
    expect(run('feedback.answered-without-answer', { ...answered(), NOIDUNGTRALOI: '  ', NGAYTRALOI: '' })).toEqual(['NOIDUNGTRALOI', 'NGAYTRALOI']);
    const noDate = answered();
    delete noDate.NGAYTRALOI;
    expect(run('feedback.answered-without-answer', noDate)).toEqual(['NGAYTRALOI']);
  });
});

describe('feedback.answer-with-open-status', () => {
  it('an answer with status 3 is fine, in the list and in the push', () => {
    expect(run('feedback.answer-with-open-status', answered())).toEqual([]);
    expect(run('feedback.answer-with-open-status', sample('02-dongboketquapakn-valid.json').data![0], push)).toEqual([]);
  });
  it('an answer with another status is reported at TRANGTHAI with a fix to "3"', () => {
    const f = runRule(rule('feedback.answer-with-open-status'), { packet: list, record: { ...answered(), TRANGTHAI: '2' } });
    expect(f.map((x) => formatPath(x.at))).toEqual(['TRANGTHAI']);
    expect(f[0].fix?.edits).toEqual([{ op: 'set', path: ['TRANGTHAI'], value: '3' }]);
    expect(run('feedback.answer-with-open-status', { ...sample('02-dongboketquapakn-valid.json').data![0], TRANGTHAI: '1' }, push)).toEqual(['TRANGTHAI']);
  });
});

describe('feedback.deadline-before-submission', () => {
  it('a deadline after the submission is fine', () => {
    expect(run('feedback.deadline-before-submission', inProgress())).toEqual([]);
  });
  it('an earlier deadline is reported at HANXULY', () => {
    expect(run('feedback.deadline-before-submission', { ...inProgress(), HANXULY: '20261010170000' })).toEqual(['HANXULY']);
  });
});

describe('feedback.no-contact', () => {
  it('any one contact channel is enough', () => {
    for (const k of ['THUDIENTU', 'SODIENTHOAI', 'DIACHI']) {
      expect(run('feedback.no-contact', { ...inProgress(), THUDIENTU: '', SODIENTHOAI: '', DIACHI: '', [k]: 'x' })).toEqual([]);
    }
  });
  it('no channel at all is reported on the record itself', () => {
    expect(run('feedback.no-contact', { ...inProgress(), THUDIENTU: '', SODIENTHOAI: '', DIACHI: '' })).toEqual(['']);
  });
});

describe('feedback samples', () => {
  it('01 and 02 give no finding', () => {
    for (const r of sample('01-laydanhsachpakn-response-valid.json').result!) expect(findings(list, r)).toEqual([]);
    for (const r of sample('02-dongboketquapakn-valid.json').data!) expect(findings(push, r)).toEqual([]);
  });
  it('03 gives exactly the rule findings its .expect.md lists (the NGAYGUI format is the engine\'s)', () => {
    const [r] = sample('03-pakn-invalid.json').result!;
    expect(findings(list, r).sort()).toEqual(
      [
        'feedback.answered-without-answer@NOIDUNGTRALOI', // 2. status 3, empty answer
        'feedback.answer-before-submission@NGAYTRALOI', // 3. 1 Oct < 15 Oct
        'feedback.no-contact@', // 4. no contact channel
      ].sort(),
    );
    expect(parseWire(String(r.NGAYGUI))).toBeUndefined();
    expect(list.record!.fields.find((f) => f.name === 'NGAYGUI')!.format).toBe('datetime14');
  });
});

describe('feedback severities', () => {
  it('strict reports 03\'s cross-field faults as errors (as its .expect.md asks), lenient as warnings; both keep the provisional mark', () => {
    const text = readFileSync(join(SAMPLES, '03-pakn-invalid.json'), 'utf8');
    const codes = ['feedback.answered-without-answer', 'feedback.answer-before-submission', 'feedback.no-contact'];
    const severities = (profile: 'strict' | 'lenient') => {
      const report = validateText(text, { profile: builtinProfile(profile) });
      return report.issues.filter((i) => codes.includes(i.code)).map((i) => `${i.code} ${i.severity}${i.provisional ? ' provisional' : ''}`).sort();
    };
    expect(severities('strict')).toEqual(codes.map((c) => `${c} error provisional`).sort());
    expect(severities('lenient')).toEqual(codes.map((c) => `${c} warning provisional`).sort());
  });
});

describe('feedback templates and generator', () => {
  it('each packet has a template; templates give no finding', () => {
    for (const p of feedbackModule.spec.packets) {
      const doc = feedbackModule.template(p.id);
      if (p.service) expect(doc.service, p.id).toBe(p.service);
      const records = (doc.result ?? doc.data ?? []) as Record<string, unknown>[];
      for (const r of records) expect(findings(p, r), p.id).toEqual([]);
    }
    expect(feedbackModule.template()).toEqual(feedbackModule.template('LayDanhSachPAKN.response'));
    expect(() => feedbackModule.template('DongBoHoiDap')).toThrow(/DongBoHoiDap/);
  });
  it('1,000 generated items over several seeds give no finding and cover the statuses', () => {
    for (const seed of [21, 22, 23]) {
      const items = feedbackModule.generate(1000, createRandom(seed));
      expect(items.flatMap((r, i) => findings(list, r).map((f) => `#${i} ${f}`))).toEqual([]);
      expect(new Set(items.map((r) => r.TRANGTHAI))).toEqual(new Set(['1', '2', '3', '4']));
      for (const r of items) {
        expect(parseWire(String(r.NGAYGUI))).toBeDefined();
        expect(String(r.HOVATEN)).toMatch(/^\p{Lu}\p{Ll}* /u);
      }
    }
  });
});

describe('feedback spec', () => {
  const objectsOf = (o: ObjectSpec, out = new Set<ObjectSpec>()): Set<ObjectSpec> => {
    if (out.has(o)) return out;
    out.add(o);
    for (const f of o.fields) if (f.items) objectsOf(f.items, out);
    return out;
  };
  const fieldsOf = (p: PacketSpec): FieldSpec[] => [...objectsOf(p.envelope)].flatMap((o) => o.fields);
  it('has the stable packet ids; the kind is provisional', () => {
    expect(feedbackModule.spec.packets.map((p) => p.id)).toEqual(['LayDanhSachPAKN.response', 'LayDanhSachPAKN.request', 'DongBoKetQuaPAKN', 'LayTaiLieuPAKN.request']);
    expect(feedbackModule.spec.provisional).toBe(true);
    expect(feedbackModule.spec.label.en).toMatch(/reconstructed/i);
  });
  it('the list record has the 23 fields of (d) in order', () => {
    const names = list.record!.fields.map((f) => f.name);
    expect(names).toHaveLength(23);
    expect(names[0]).toBe('PAKNID');
    expect(names[18]).toBe('TEPDINHKEM');
    expect(names[22]).toBe('NGUOITRALOI');
    expect(push.record!.fields.map((f) => f.name)).toEqual(['PAKNID', 'MADONVI', 'TRALOIID', 'TRANGTHAI', 'NOIDUNGTRALOI', 'NGAYTRALOI', 'NGUOITRALOI', 'TEPDINHKEM']);
  });
  it('every field of the reconstructed packets is provisional and says so; LayTaiLieuPAKN is official', () => {
    for (const p of feedbackModule.spec.packets) {
      if (p.id === 'LayTaiLieuPAKN.request') {
        expect(p.provisional).toBe(false);
        const doc = p.envelope.fields.find((f) => f.name === 'TepTinPhanAnh')!;
        expect(doc).toMatchObject({ type: 'string', required: 'M', evidence: ['QCVN'] });
        expect(doc.provisional).toBeUndefined();
        expect(doc.help!.en).toMatch(/item 13/);
        for (const f of fieldsOf(p)) expect(f.provisional, f.name).toBeFalsy();
        continue;
      }
      expect(p.provisional, p.id).toBe(true);
      for (const f of fieldsOf(p)) expect(f.provisional, `${p.id} ${f.name}`).toBe(true);
      for (const f of [...objectsOf(p.record ?? p.envelope)].flatMap((o) => o.fields)) {
        if (p.record) expect(f.help!.vi, f.name).toMatch(/tái dựng/);
      }
    }
    expect(list.record!.fields.find((f) => f.name === 'TEPDINHKEM')!.help!.en).toMatch(/item 13 of the PAKN tables/);
  });
  it('labels, spec references, codes and names are consistent; personal data is protected', () => {
    const lists = new Set([...feedbackModule.spec.codeLists.map((c) => c.id), ERROR_CODES.id]);
    for (const p of feedbackModule.spec.packets) {
      for (const o of objectsOf(p.envelope)) expect(new Set(o.fields.map((f) => f.name)).size, o.id).toBe(o.fields.length);
      for (const f of fieldsOf(p)) {
        expect(f.label.vi && f.label.en && f.help?.vi && f.help?.en, `${p.id} ${f.name}`).toBeTruthy();
        expect(f.specRef.file && f.specRef.section, f.name).toBeTruthy();
        if (f.codes) expect(lists.has(f.codes), f.name).toBe(true);
      }
    }
    const pii = Object.fromEntries(list.record!.fields.map((f) => [f.name, f.pii]));
    expect(pii).toMatchObject({ HOVATEN: 'name', SOGIAYTO: 'idNumber', DIACHI: 'address', THUDIENTU: 'email', SODIENTHOAI: 'phone', NOIDUNG: 'freeText', NOIDUNGTRALOI: 'freeText', MADONVI: 'none' });
  });
  it('every rule is provisional, coded feedback.* and cites (d)', () => {
    for (const r of feedbackModule.rules) {
      expect(r.strength).toBe('provisional');
      expect(r.code).toMatch(/^feedback\.[a-z-]+$/);
      expect(r.specRef.file).toBe('other-kinds.md');
      for (const text of [r.title, r.message, r.hint]) expect(text.vi && text.en, r.code).toBeTruthy();
    }
  });
});
