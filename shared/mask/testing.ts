/**
 * Test kit for masking: fast-check arbitraries of invented citizens and batches of dossier
 * packets that carry their identifiers in every place personal data hides (typed fields,
 * free text, unknown keys, nested lists), and a check that no identifier survives in a text.
 * Used by the property tests of mask/, report/, evidence/ and the CLI.
 */
import fc from 'fast-check';

export interface Citizen {
  name: string;
  cccd: string;
  cmnd: string;
  phone: string;
  email: string;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Thị', 'Văn', 'Minh', 'Ngọc', 'Đức', 'Thu', 'Quang', 'Kim'];
const GIVEN = ['Hằng', 'Dũng', 'Lan', 'Tuấn', 'Yến', 'Phúc', 'Trang', 'Khánh', 'Ngân', 'Sơn'];

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** An invented citizen with a 12-digit CCCD, a 9-digit CMND, a mobile number and an e-mail. */
export const citizenArb: fc.Arbitrary<Citizen> = fc
  .record({
    family: fc.constantFrom(...FAMILY),
    middle: fc.constantFrom(...MIDDLE),
    given: fc.constantFrom(...GIVEN),
    cccd: fc.tuple(fc.constantFrom('001', '002', '035', '079'), fc.integer({ min: 0, max: 3 }), digits(8)).map(([p, g, d]) => `${p}${g}${d}`),
    cmnd: fc.tuple(fc.integer({ min: 0, max: 3 }), digits(8)).map(([a, d]) => `${a}${d}`),
    phone: fc.tuple(fc.constantFrom('091', '098', '086', '035', '070'), digits(7)).map(([p, d]) => `${p}${d}`),
    user: fc.stringMatching(/^[a-z][a-z0-9._]{2,12}$/),
    domain: fc.constantFrom('gmail.com', 'yahoo.com.vn', 'hagiang.gov.vn', 'outlook.com'),
  })
  .map((c) => ({ name: `${c.family} ${c.middle} ${c.given}`, cccd: c.cccd, cmnd: c.cmnd, phone: c.phone, email: `${c.user}@${c.domain}` }));

/** A dossier record of `c` with the identifiers spread over typed fields, free text, lists and an unknown key. */
export function dossierRecordOf(c: Citizen, i: number, other?: Citizen): Record<string, unknown> {
  const spaced = `${c.phone.slice(0, 4)} ${c.phone.slice(4, 7)} ${c.phone.slice(7)}`;
  return {
    MaHoSo: `000.21.30.H22-240312-${String(i).padStart(4, '0')}`,
    MaTTHC: '1.001234.000.00.00.H22',
    TenTTHC: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    SoGiayToChuHoSo: c.cccd,
    ChuHoSo: c.name,
    LoaiDoiTuong: '1',
    MaDoiTuong: '3f1c2b9e-7a4d-4e0b-9c1a-5d2e8f6b7a10',
    Email: c.email,
    SoDienThoai: c.phone,
    TrichYeuHoSo: `Ông/bà ${c.name} (CCCD ${c.cccd}, CMND cũ ${c.cmnd}, ĐT ${spaced}, thư ${c.email}) đề nghị cấp phép${other ? `; ủy quyền cho ${other.name}` : ''}`,
    NgayTiepNhan: '20240312081500',
    TrangThaiHoSo: '2',
    DinhDanhCHS: [
      { LoaiDinhDanh: '1', SoDinhDanh: c.cccd },
      { LoaiDinhDanh: '2', SoDinhDanh: c.cmnd },
    ],
    TaiLieuNop: [
      { TepDinhKemId: '58231', TenTepDinhKem: `CCCD-${c.cccd}.pdf`, IsDeleted: 'False', DuongDanTaiTepTin: `https://motcua.h22.example/files/${c.cccd}/don.pdf?phone=${c.phone}` },
    ],
    GhiChuNoiBo: `liên hệ ${c.phone}`,
  };
}

/** A DongBoHoSoMC envelope of these records. */
export function dossierEnvelope(records: Record<string, unknown>[]): Record<string, unknown> {
  return { session: 'tok-3b1f9a2c7d', madonvi: '000.00.01.H22', service: 'DongBoHoSoMC', isUpdating: 'False', data: records };
}

/** A batch of 1–4 packets sharing citizens (so consistency across files can be checked). */
export const batchArb = fc
  .array(citizenArb, { minLength: 1, maxLength: 4 })
  .chain((people) =>
    fc.array(fc.array(fc.integer({ min: 0, max: people.length - 1 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }).map((files) => ({
      people,
      files: files.map((idx, f) => dossierEnvelope(idx.map((p, i) => dossierRecordOf(people[p], f * 10 + i, people[(p + 1) % people.length])))),
    })),
  );

/** The identifiers of these citizens (ids, phones, e-mails) that appear in `text`: must be none after masking. */
export function survivingIdentifiers(text: string, people: readonly Citizen[]): string[] {
  const found: string[] = [];
  for (const c of people) {
    for (const v of [c.cccd, c.cmnd, c.phone, c.email, c.email.toLowerCase()]) if (text.includes(v)) found.push(v);
    const spaced = `${c.phone.slice(0, 4)} ${c.phone.slice(4, 7)} ${c.phone.slice(7)}`;
    if (text.includes(spaced)) found.push(spaced);
    // JSON escapes nothing in these values, but an HTML or XML export may encode the '@'.
    if (text.includes(c.email.replace('@', '&#64;'))) found.push(c.email);
  }
  return [...new Set(found)];
}
