import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOSSIER_KIND } from '../spec/kinds/dossierSpec';
import { createMasker, isMasked, isMaskedText, maskText, maskValue, MaskError, stripMaskMarker, MASK_MARKER_KEY } from './index';
import { SAMPLES_DIR } from '../../tests/support/reference';

const packets = DOSSIER_KIND.packets;
const sample = (name: string) => readFileSync(join(SAMPLES_DIR, 'dossier', name), 'utf8');
const NOW = Date.UTC(2024, 2, 12, 1, 30);

type Rec = Record<string, any>;
const maskedSample = (opts: { keepStructure?: boolean; seed?: number } = {}) => {
  const masker = createMasker({ packets, seed: opts.seed ?? 7, keepStructure: opts.keepStructure, now: () => NOW, version: '0.1.0' });
  const doc = JSON.parse(sample('01-dongbohosomc-create-online-valid.json')) as Rec;
  return { doc, out: maskValue(masker, doc) as Rec, masker };
};

describe('masking each kind of personal data (driven by FieldSpec.pii)', () => {
  it('replaces names, ids, phones, e-mails, account ids and file URLs, and keeps codes and dates', () => {
    const { doc, out } = maskedSample();
    const a = doc.data[0];
    const b = out.data[0];
    // Name: another realistic Vietnamese name, with diacritics, same number of words, still female ("Thị").
    expect(b.ChuHoSo).not.toBe(a.ChuHoSo);
    expect(b.ChuHoSo.split(' ')).toHaveLength(a.ChuHoSo.split(' ').length);
    expect(b.ChuHoSo).toMatch(/[^\x00-\x7f]/);
    expect(b.ChuHoSo).not.toMatch(/Văn/);
    // CCCD: 12 digits, different.
    expect(b.SoGiayToChuHoSo).toMatch(/^\d{12}$/);
    expect(b.SoGiayToChuHoSo).not.toBe(a.SoGiayToChuHoSo);
    // Phone: same length, still a mobile number (0 + 9).
    expect(b.SoDienThoai).toMatch(/^09\d{8}$/);
    expect(b.SoDienThoai).not.toBe(a.SoDienThoai);
    expect(b.Email).toMatch(/^[a-z]+\.[a-z]+\d+@example\.vn$/);
    expect(b.MaDoiTuong).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.MaDoiTuong).not.toBe(a.MaDoiTuong);
    // URL: the vendor still sees which system served the file, not which file.
    expect(b.TaiLieuNop[0].DuongDanTaiTepTin).toMatch(/^https:\/\/motcua\.h22\.example\/masked\/[0-9a-f]{10}$/);
    expect(b.TaiLieuNop[0].DuongDanTaiTepTin).not.toContain('58231');
    // Secret replaced; codes, dates and agency data untouched.
    expect(out.session).toBe('<masked>');
    for (const k of ['MaHoSo', 'MaTTHC', 'TenTTHC', 'NgayTiepNhan', 'TrangThaiHoSo', 'DonViXuLy']) expect(b[k]).toBe(a[k]);
    expect(out.madonvi).toBe(doc.madonvi);
    // The id listed again in DinhDanhCHS gets the same pseudonym as SoGiayToChuHoSo.
    expect(b.DinhDanhCHS[0].SoDinhDanh).toBe(b.SoGiayToChuHoSo);
  });

  it('keepStructure keeps province, century/gender digit and birth year of a CCCD and the province of a CMND', () => {
    const { doc, out } = maskedSample({ keepStructure: true });
    const id = doc.data[0].SoGiayToChuHoSo as string;
    expect(out.data[0].SoGiayToChuHoSo.slice(0, 6)).toBe(id.slice(0, 6));
    expect(out.data[0].SoGiayToChuHoSo).not.toBe(id);
    const m = createMasker({ packets, seed: 3, keepStructure: true });
    const cmnd = m.pseudonym('idNumber', '131234567');
    expect(cmnd).toMatch(/^13\d{7}$/);
    expect(cmnd).not.toBe('131234567');
    expect(createMasker({ packets, seed: 3 }).pseudonym('idNumber', '001198012345').slice(0, 6)).not.toBe('xxxxxx');
  });

  it('scrubs free text of values masked elsewhere in the batch — even one that appears only in a later file', () => {
    const masker = createMasker({ packets, seed: 11 });
    const first = { service: 'DongBoHoSoMC', data: [{ MaHoSo: 'A-1', ChuHoSo: 'Lê Văn Tám', TrichYeuHoSo: 'Ủy quyền cho Trần Thị Bích Ngọc nộp hồ sơ; anh Văn Tám ký nhận' }] };
    const second = { service: 'DongBoHoSoMC', data: [{ MaHoSo: 'A-2', ChuHoSo: 'Trần Thị Bích Ngọc' }] };
    masker.learn(first);
    masker.learn(second);
    const a = maskValue(masker, first) as Rec;
    const b = maskValue(masker, second) as Rec;
    const summary = a.data[0].TrichYeuHoSo as string;
    expect(summary).not.toContain('Bích Ngọc');
    expect(summary).not.toContain('Văn Tám');
    expect(summary).toContain(b.data[0].ChuHoSo);
    expect(summary.startsWith('Ủy quyền cho ')).toBe(true);
  });

  it('scrubs ids, phones (any format), e-mails and URLs from free text even when no field holds them', () => {
    const masker = createMasker({ packets, seed: 5 });
    const text = 'Liên hệ 0912 345 678 hoặc +84 912 345 678, CCCD 001198012345, thư a.b@gmail.com, tệp https://x.example/files/001198012345.pdf, ngày 20240312081500';
    const out = masker.scrub(text);
    for (const leak of ['0912 345 678', '912 345 678', '001198012345', 'a.b@gmail.com', '/files/']) expect(out).not.toContain(leak);
    // A wire date is not an identifier; the two spellings of one phone number get one pseudonym.
    expect(out).toContain('20240312081500');
    const phones = out.match(/(?:\+84 |0)\d{3} \d{3} \d{3}/g)!;
    expect(phones).toHaveLength(2);
    expect(phones[0].replace(/\D/g, '').slice(1)).toBe(phones[1].replace(/\D/g, '').slice(2));
  });

  it('fails closed: unknown keys, unknown packets and values of unknown kind are masked', () => {
    const masker = createMasker({ packets, seed: 9 });
    const out = maskValue(masker, {
      madonvi: '000.00.01.H22',
      service: 'DichVuChuaBiet',
      data: [{ HoTenNguoiNhan: 'Phạm Minh Châu', '001198012345': 'x', SoLuong: 3 }],
    }) as Rec;
    expect(out.madonvi).toBe('000.00.01.H22');
    expect(out.service).toBe('DichVuChuaBiet');
    const rec = out.data[0];
    expect(rec.HoTenNguoiNhan).toMatch(/^<masked:[0-9a-f]{8}>$/);
    expect(Object.keys(rec)).not.toContain('001198012345');
    expect(rec.SoLuong).not.toBe(undefined);
    const known = maskValue(createMasker({ packets, seed: 9 }), { service: 'DongBoHoSoMC', data: [{ MaHoSo: 'X', TruongLa: 'Phạm Minh Châu' }] }) as Rec;
    expect(known.data[0].TruongLa).toMatch(/^<masked:/);
    expect(known.data[0].MaHoSo).toBe('X');
  });

  it('gives the same pseudonym to the same input across files, and different batches different pseudonyms', () => {
    const run = (seed: number) => {
      const m = createMasker({ packets, seed });
      const f1 = maskValue(m, { service: 'DongBoHoSoMC', data: [{ MaHoSo: '1', ChuHoSo: 'Đỗ Thu Trang', SoDienThoai: '0987654321', SoGiayToChuHoSo: '035301001234' }] }) as Rec;
      const f2 = maskValue(m, [{ MaHoSo: '2', ChuHoSo: 'ĐỖ THU TRANG', SoDienThoai: '098 765 4321', DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '035301001234' }] }]) as Rec[];
      return { a: f1.data[0], b: f2[0] };
    };
    const { a, b } = run(1);
    expect(b.ChuHoSo).toBe(a.ChuHoSo.toUpperCase());
    expect(b.SoDienThoai.replace(/\D/g, '')).toBe(a.SoDienThoai);
    expect(b.DinhDanhCHS[0].SoDinhDanh).toBe(a.SoGiayToChuHoSo);
    expect(run(1).a).toEqual(a);
    expect(run(2).a.SoGiayToChuHoSo).not.toBe(a.SoGiayToChuHoSo);
  });

  it('can remove secrets instead of replacing them', () => {
    const out = maskValue(createMasker({ packets, seed: 1, secrets: 'remove' }), { session: 'abc', service: 'DongBoHoSoMC', data: [] }) as Rec;
    expect('session' in out).toBe(false);
  });
});

describe('the masked mark', () => {
  it('marks objects with a reserved first key and bare arrays with a last element, and can strip both', () => {
    const { out } = maskedSample();
    expect(Object.keys(out)[0]).toBe(MASK_MARKER_KEY);
    expect(out[MASK_MARKER_KEY]).toEqual({ tool: 'QCVN 120 Packet Studio', version: '0.1.0', at: '2024-03-12T01:30:00.000Z', options: { keepStructure: false, secrets: 'replace' } });
    expect(isMasked(out)).toBe(true);
    expect(isMasked(JSON.parse(sample('01-dongbohosomc-create-online-valid.json')))).toBe(false);
    const arr = maskValue(createMasker({ packets, seed: 1 }), [{ MaHoSo: '1', ChuHoSo: 'Lê An' }]) as unknown[];
    expect(arr).toHaveLength(2);
    expect(isMasked(arr)).toBe(true);
    expect(stripMaskMarker(arr).value).toHaveLength(1);
    expect(isMasked([{ MaHoSo: '1' }])).toBe(false);
  });
});

describe('masking text', () => {
  it('keeps the original formatting and gives the same result as masking the value', () => {
    const text = sample('01-dongbohosomc-create-online-valid.json');
    const masked = maskText(createMasker({ packets, seed: 7, now: () => NOW }), text);
    const viaValue = maskValue(createMasker({ packets, seed: 7, now: () => NOW }), JSON.parse(text));
    expect(JSON.parse(masked)).toEqual(viaValue);
    // Same layout: every original line is still there (values aside), plus the mark's lines.
    const shape = (s: string) => s.split('\n').map((l) => l.replace(/: "(?:[^"\\]|\\.)*"/g, ': ""'));
    const markLines = 9;
    expect(shape(masked).slice(0, 1).concat(shape(masked).slice(1 + markLines))).toEqual(shape(text));
    expect(masked.split('\n')[1]).toBe('  "$masked": {');
    expect(isMaskedText(masked)).toBe(true);
  });

  it('keeps 4-space and tab indentation and a BOM', () => {
    const doc = { service: 'DongBoHoSoMC', data: [{ MaHoSo: '1', ChuHoSo: 'Lê An' }] };
    for (const indent of ['    ', '\t']) {
      const out = maskText(createMasker({ packets, seed: 1 }), '\uFEFF' + JSON.stringify(doc, null, indent));
      expect(out.startsWith('\uFEFF{\n' + indent + '"$masked"')).toBe(true);
      expect(out).toContain('\n' + indent + '"service": "DongBoHoSoMC"');
    }
  });

  it('refuses a text that is not JSON, naming the file, line and column, and produces nothing', () => {
    const m = createMasker({ packets, seed: 1 });
    try {
      maskText(m, '{\n  "ChuHoSo": "Lê An",\n  "x": \n}', 'hoso.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MaskError);
      const err = e as MaskError;
      expect(err.line).toBe(4);
      expect(err.vi).toContain('hoso.json, dòng 4');
      expect(err.en).toContain('hoso.json, line 4');
      expect(err.vi).not.toContain('Lê An');
    }
  });
});

describe('documents that cannot carry the mark', () => {
  it('refuses a bare scalar rather than produce an unmarked masked file', () => {
    expect(() => maskText(createMasker({ packets, seed: 1 }), '"001198012345"', 'x.json')).toThrow(MaskError);
    expect(() => maskValue(createMasker({ packets, seed: 1 }), '001198012345')).toThrow(MaskError);
  });
});
