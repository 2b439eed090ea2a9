import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../generate/random';
import { formatPath } from '../../issues/issue';
import { runRule, type RunRuleInput } from '../../rules/testing';
import type { Rule } from '../../rules/types';
import { ERROR_CODES } from '../common';
import type { FieldSpec, ObjectSpec, PacketSpec } from '../types';
import { procedureModule } from './procedure';
import { SAMPLES_DIR } from '../../../tests/support/reference';

const SAMPLES = join(SAMPLES_DIR, 'procedure');
const sample = (name: string) => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')) as Record<string, unknown> & { result: Record<string, unknown>[] };
const packet = (id: string): PacketSpec => procedureModule.spec.packets.find((p) => p.id === id)!;
const response = packet('LayThuTuc.response');
const rule = (code: string): Rule => {
  const r = procedureModule.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};

/** Every finding of every rule for a document, as "code@path" (record rules relative to the record). */
function findings(input: RunRuleInput): string[] {
  return procedureModule.rules.filter((r) => r.packets.includes(input.packet.id)).flatMap((r) => runRule(r, input).map((f) => `${r.code}@${formatPath(f.at)}`));
}
const valid = () => structuredClone(sample('02-laythutuc-response-valid.json'));
const request = sample('01-laythutuc-request.json');
const runOn = (code: string, record: Record<string, unknown>, req?: Record<string, unknown>) => runRule(rule(code), { packet: response, record, request: req });

describe('procedure.result-count and procedure.code-mismatch (c.4 rule 1)', () => {
  it('one record with the requested code gives nothing', () => {
    const doc = valid();
    expect(runRule(rule('procedure.result-count'), { packet: response, records: doc.result, envelope: doc })).toEqual([]);
    expect(runOn('procedure.code-mismatch', doc.result[0], request)).toEqual([]);
  });
  it('zero or two records on success are reported at result; an error reply is not', () => {
    const doc = valid();
    const two = runRule(rule('procedure.result-count'), { packet: response, records: [doc.result[0], doc.result[0]], envelope: { ...doc, result: [doc.result[0], doc.result[0]] } });
    expect(two.map((f) => formatPath(f.at))).toEqual(['result']);
    expect(two[0].params?.count).toBe(2);
    expect(runRule(rule('procedure.result-count'), { packet: response, records: [], envelope: { error_code: '0', message: 'Thành công', result: [] } })).toHaveLength(1);
    expect(runRule(rule('procedure.result-count'), { packet: response, records: [], envelope: { error_code: '-1', message: 'Lỗi', result: [] } })).toEqual([]);
  });
  it('another code than requested is reported at MATTHC, only when the request is paired', () => {
    const rec = { ...valid().result[0], MATTHC: '1.001139' };
    const f = runOn('procedure.code-mismatch', rec, request);
    expect(f.map((x) => formatPath(x.at))).toEqual(['MATTHC']);
    expect(f[0].params).toEqual({ value: '1.001139', requested: '1.001193' });
    expect(runOn('procedure.code-mismatch', rec)).toEqual([]);
    expect(rule('procedure.code-mismatch').needs).toBe('request');
  });
});

describe('procedure.published-list-empty (c.4 rule 2)', () => {
  it('reports each empty core list of a published procedure', () => {
    const rec = { ...valid().result[0], LINHVUCTHUCHIEN: [], COQUANTHUCHIEN: [] };
    expect(runOn('procedure.published-list-empty', rec).map((f) => formatPath(f.at))).toEqual(['LINHVUCTHUCHIEN', 'COQUANTHUCHIEN']);
  });
  it('accepts empty lists when the procedure is not published, and other empty lists always', () => {
    expect(runOn('procedure.published-list-empty', { ...valid().result[0], TRANGTHAI: '0', LINHVUCTHUCHIEN: [] })).toEqual([]);
    expect(runOn('procedure.published-list-empty', { ...valid().result[0], TRANGTHAI: 1, COQUANPHOIHOP: [], KETQUATHUCHIEN: [] })).toEqual([]);
  });
});

describe('procedure channels (c.4 rule 3)', () => {
  const withChannels = (...kenh: unknown[]) => {
    const rec = valid().result[0];
    const base = (rec.CACHTHUCTHUCHIEN as Record<string, unknown>[])[0];
    return { ...rec, CACHTHUCTHUCHIEN: kenh.map((k) => ({ ...base, KENH: k })) };
  };
  it('1, 2, 3 once each (strings or numbers) give nothing', () => {
    expect(runOn('procedure.channel-unknown', withChannels('1', 2, '3'))).toEqual([]);
    expect(runOn('procedure.channel-duplicate', withChannels('1', 2, '3'))).toEqual([]);
  });
  it('reports a repeated channel at its second occurrence, "1" and 1 being the same', () => {
    const f = runOn('procedure.channel-duplicate', withChannels('1', 2, 1));
    expect(f.map((x) => formatPath(x.at))).toEqual(['CACHTHUCTHUCHIEN[2].KENH']);
    expect(f[0].params).toMatchObject({ value: '1', first: 0 });
  });
  it('reports a channel outside {1, 2, 3}', () => {
    expect(runOn('procedure.channel-unknown', withChannels('1', '0', 'toString')).map((x) => formatPath(x.at))).toEqual(['CACHTHUCTHUCHIEN[1].KENH', 'CACHTHUCTHUCHIEN[2].KENH']);
  });
});

describe('procedure.type-unknown (c.4 rule 4)', () => {
  it('accepts 1, 2, 3 as strings or numbers and leaves "" to the engine', () => {
    for (const v of ['1', 2, '3', '']) expect(runOn('procedure.type-unknown', { LOAITTHC: v })).toEqual([]);
  });
  it('reports any other value at LOAITTHC', () => {
    for (const v of ['5', 0, 'constructor']) expect(runOn('procedure.type-unknown', { LOAITTHC: v }).map((f) => formatPath(f.at))).toEqual(['LOAITTHC']);
  });
});

describe('procedure negative time and amount (c.4 rule 5)', () => {
  const rec = () => valid().result[0] as Record<string, any>;
  it('zero and fractional values are fine', () => {
    const r = rec();
    r.CACHTHUCTHUCHIEN[0].THOIGIAN[0].THOIGIANGIAIQUYET = 0.5;
    r.CACHTHUCTHUCHIEN[0].THOIGIAN[0].PHILEPHI[0].SOTIEN = '';
    expect(runOn('procedure.negative-duration', r)).toEqual([]);
    expect(runOn('procedure.negative-fee', r)).toEqual([]);
  });
  it('reports the negative value at its nested path', () => {
    const r = rec();
    r.CACHTHUCTHUCHIEN[1].THOIGIAN[0].THOIGIANGIAIQUYET = -2;
    r.CACHTHUCTHUCHIEN[1].THOIGIAN[0].PHILEPHI[0].SOTIEN = '-50000';
    expect(runOn('procedure.negative-duration', r).map((f) => formatPath(f.at))).toEqual(['CACHTHUCTHUCHIEN[1].THOIGIAN[0].THOIGIANGIAIQUYET']);
    expect(runOn('procedure.negative-fee', r).map((f) => formatPath(f.at))).toEqual(['CACHTHUCTHUCHIEN[1].THOIGIAN[0].PHILEPHI[0].SOTIEN']);
  });
});

describe('procedure samples', () => {
  it('02 (with its request) and 03 give no finding', () => {
    const doc = valid();
    expect(findings({ packet: response, records: doc.result, envelope: doc, request })).toEqual([]);
    const list = sample('03-laydanhsachtthc-response-valid.json');
    expect(findings({ packet: packet('LayDanhSachTTHC.response'), records: list.result, envelope: list })).toEqual([]);
  });
  it('04 gives the rule findings its .expect.md lists (TENTTHC missing is the engine\'s)', () => {
    const doc = sample('04-laythutuc-response-invalid.json');
    expect(findings({ packet: response, records: doc.result, envelope: doc, request }).sort()).toEqual(
      [
        'procedure.code-mismatch@MATTHC', // 1. 1.001139 ≠ 1.001193
        'procedure.type-unknown@LOAITTHC', // 3. "5"
        'procedure.published-list-empty@TRINHTUTHUCHIEN', // 4.
        'procedure.channel-duplicate@CACHTHUCTHUCHIEN[1].KENH', // 5. "1" twice
        'procedure.channel-unknown@CACHTHUCTHUCHIEN[2].KENH', // 5. "4"
        'procedure.negative-duration@CACHTHUCTHUCHIEN[0].THOIGIAN[0].THOIGIANGIAIQUYET', // 6. "-1"
      ].sort(),
    );
    expect(doc.result[0].TENTTHC).toBeUndefined();
    expect(response.record!.fields.find((f) => f.name === 'TENTTHC')!.required).toBe('M');
  });
});

describe('procedure templates and generator', () => {
  it('each packet has a template; the LayThuTuc pair gives no finding', () => {
    for (const p of procedureModule.spec.packets) {
      const doc = procedureModule.template(p.id);
      if (p.service) expect(doc.service, p.id).toBe(p.service);
      else expect(doc.error_code, p.id).toBe('0');
    }
    const doc = procedureModule.template() as { result: Record<string, unknown>[] };
    expect(findings({ packet: response, records: doc.result, envelope: doc, request: procedureModule.template('LayThuTuc.request') })).toEqual([]);
    expect(() => procedureModule.template('DongBoHoSoMC')).toThrow(/DongBoHoSoMC/);
  });
  it('1,000 generated records over several seeds give no record finding and vary', () => {
    for (const seed of [11, 12, 13]) {
      const records = procedureModule.generate(1000, createRandom(seed));
      const bad = records.flatMap((record, i) => findings({ packet: response, record }).map((f) => `#${i} ${f}`));
      expect(bad).toEqual([]);
      expect(new Set(records.map((r) => r.MATTHC)).size).toBeGreaterThan(900);
      for (const r of records) expect(String(r.MATTHC)).toMatch(/^\d\.\d{6}$/);
      expect(new Set(records.map((r) => (r.CACHTHUCTHUCHIEN as unknown[]).length))).toEqual(new Set([1, 2, 3]));
    }
  });
});

describe('procedure spec', () => {
  const fieldsOf = (o: ObjectSpec, seen = new Set<ObjectSpec>()): FieldSpec[] => {
    if (seen.has(o)) return [];
    seen.add(o);
    return o.fields.flatMap((f) => [f, ...(f.items ? fieldsOf(f.items, seen) : []), ...(f.object ? fieldsOf(f.object, seen) : [])]);
  };
  const objectsOf = (o: ObjectSpec, out = new Set<ObjectSpec>()): Set<ObjectSpec> => {
    if (out.has(o)) return out;
    out.add(o);
    for (const f of o.fields) if (f.items) objectsOf(f.items, out);
    return out;
  };
  it('the full record has the 28 observed keys of c.2 in order, then QUYETDINH', () => {
    const names = response.record!.fields.map((f) => f.name);
    expect(names).toHaveLength(29);
    expect(names.slice(0, 3)).toEqual(['ID', 'MATTHC', 'TENTTHC']);
    expect(names[27]).toBe('COQUANPHOIHOP');
    expect(names[28]).toBe('QUYETDINH');
    expect(response.record!.fields.slice(0, 28).map((f) => f.specRef.row)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
  });
  it('describes every nested structure of c.3 and the arrays of scalars', () => {
    const ids = [...objectsOf(response.record!)].map((o) => o.id).sort();
    expect(ids).toEqual(
      [
        'procedure.record',
        'procedure.TRINHTUTHUCHIEN',
        'procedure.TRINHTU',
        'procedure.CAPTHUCHIEN',
        'procedure.LINHVUCTHUCHIEN',
        'procedure.CACHTHUCTHUCHIEN',
        'procedure.THOIGIAN',
        'procedure.PHILEPHI',
        'procedure.DOITUONGTHUCHIEN',
        'procedure.THANHPHANHOSO',
        'procedure.GIAYTO',
        'procedure.KETQUATHUCHIEN',
        'procedure.CANCUPHAPLY',
        'procedure.COQUAN',
      ].sort(),
    );
    const rec = response.record!.fields;
    expect(rec.find((f) => f.name === 'TTHCLIENQUAN')!.itemType).toBeDefined();
    expect(rec.find((f) => f.name === 'TTHCLIENTHONG')!.itemType).toBeDefined();
  });
  it('packets have the stable ids; replies carry no service, requests do', () => {
    expect(procedureModule.spec.packets.map((p) => p.id)).toEqual(['LayThuTuc.response', 'LayThuTuc.request', 'LayDanhSachTTHC.request', 'LayDanhSachTTHC.response']);
    for (const p of procedureModule.spec.packets) {
      if (p.role === 'response') expect(p.service).toBeUndefined();
      else expect(p.service).toBe(p.id.replace('.request', ''));
    }
    expect(packet('LayDanhSachTTHC.response').record!.unknownKeys).toBe('ignore');
  });
  it('labels, help, spec references, codes and names are consistent', () => {
    const lists = new Set([...procedureModule.spec.codeLists.map((c) => c.id), ERROR_CODES.id]);
    for (const p of procedureModule.spec.packets) {
      for (const o of objectsOf(p.envelope)) {
        const names = o.fields.flatMap((f) => [f.name, ...(f.aliases ?? [])]);
        expect(new Set(names).size, o.id).toBe(names.length);
      }
      for (const f of fieldsOf(p.envelope)) {
        expect(f.label.vi && f.label.en && f.help?.vi && f.help?.en, `${p.id} ${f.name}`).toBeTruthy();
        expect(f.specRef.file && f.specRef.section, f.name).toBeTruthy();
        if (f.codes) expect(lists.has(f.codes), f.name).toBe(true);
      }
    }
  });
  it('every rule cites c.4 and names only procedure packets', () => {
    const ids = new Set(procedureModule.spec.packets.map((p) => p.id));
    for (const r of procedureModule.rules) {
      expect(r.code).toMatch(/^procedure\.[a-z-]+$/);
      expect(r.specRef.section).toBe('(c) c.4');
      for (const text of [r.title, r.message, r.hint]) expect(text.vi && text.en, r.code).toBeTruthy();
      for (const id of r.packets) expect(ids.has(id)).toBe(true);
    }
  });
});
