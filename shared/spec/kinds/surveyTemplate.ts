/**
 * A valid `DongBoDanhGia` document and a generator of realistic survey records, in both the
 * reconstructed nested form (a.2/a.3) and the flat form OpenCPS sends (a.1).
 */
import type { Random } from '../../generate/random';

/** Reporting agencies (invented codes in the DVCQG catalogue's shape). */
const AGENCIES = [
  { code: '000.00.00.H35', name: 'Ủy ban nhân dân tỉnh Hà Nam' },
  { code: '000.00.00.H29', name: 'Ủy ban nhân dân tỉnh Hà Giang' },
  { code: '000.00.00.H40', name: 'Ủy ban nhân dân tỉnh Thanh Hóa' },
  { code: '000.00.15.H35', name: 'Sở Tư pháp tỉnh Hà Nam' },
  { code: '000.00.21.H35', name: 'Ủy ban nhân dân xã Thanh Hà' },
  { code: '000.00.00.G12', name: 'Bộ Tư pháp' },
  { code: '000.00.00.G05', name: 'Bộ Công an' },
];

const QUESTIONS = [
  { code: '1.001193', text: 'Thái độ hướng dẫn, tiếp nhận hồ sơ của công chức tại Bộ phận Một cửa' },
  { code: '2.000908', text: 'Thời gian giải quyết so với ngày hẹn trả kết quả' },
  { code: '', text: 'Mức độ thuận tiện khi nộp hồ sơ trực tuyến' },
  { code: '1.004227', text: 'Mức độ công khai, minh bạch của quy trình giải quyết' },
  { code: '1.000894', text: 'Sự rõ ràng của hướng dẫn thành phần hồ sơ' },
  { code: '', text: 'Ông/bà đánh giá thế nào về thái độ phục vụ của cán bộ tiếp nhận?' },
  { code: '', text: 'Ông/bà đánh giá thế nào về thời gian giải quyết hồ sơ?' },
];

/** Three integer percentages that add up to exactly 100, as OpenCPS computes them (a.4 rule 2). */
function split(r: Random): [string, string, string] {
  const a = r.int(20, 80);
  const b = r.int(0, 100 - a);
  return [`${a}%`, `${b}%`, `${100 - a - b}%`];
}

/** One record; `flat` gives OpenCPS's 13-key form. */
export function surveyRecordFor(r: Random, flat: boolean): Record<string, unknown> {
  const agency = r.pick(AGENCIES);
  const period = `${r.int(1, 12)}-${r.int(2021, 2026)}`;
  const nobody = r.chance(0.05);
  const count = nobody ? 0 : r.int(1, 5000);
  const [a, b, c] = nobody ? ['0%', '0%', '0%'] : split(r);
  const base: Record<string, unknown> = {
    Madonvi: agency.code,
    TenDonVi: agency.name,
    NgayTongHop: period,
    TongSoNguoiDanhGia: count,
    PhanTramDanhGiaRatHaiLong: a,
    PhanTramDanhGiaHaiLong: b,
    PhanTramDanhGiaChuaHaiLong: c,
  };
  if (flat) {
    const q = r.pick(QUESTIONS);
    return {
      ...base,
      DanhSachNoiDungYKien: '',
      MaThuTuc: '',
      NoiDung: q.text,
      // OpenCPS copies the overall figures into the per-item keys (a.3 note).
      PhanTramDanhGiaDichVuRatHaiLong: a,
      PhanTramDanhGiaDichVuHaiLong: b,
      PhanTramDanhGiaDichVuChuaHaiLong: c,
    };
  }
  const items = Array.from({ length: r.int(1, 4) }, () => {
    const q = r.pick(QUESTIONS);
    const [x, y, z] = nobody ? ['0%', '0%', '0%'] : split(r);
    return { MaThuTuc: q.code, NoiDung: q.text, PhanTramDanhGiaDichVuRatHaiLong: x, PhanTramDanhGiaDichVuHaiLong: y, PhanTramDanhGiaDichVuChuaHaiLong: z };
  });
  return { ...base, DanhSachNoiDungYKien: items };
}

/** A complete `DongBoDanhGia` envelope in the nested form, like samples/survey/01. */
export function surveyTemplate(): Record<string, unknown> {
  return {
    session: '5d0c8a7e-31f4-4b92-a6d1-7e2f9c40b8a1',
    madonvi: '000.00.00.H35',
    service: 'DongBoDanhGia',
    data: [
      {
        Madonvi: '000.00.00.H35',
        TenDonVi: 'Ủy ban nhân dân tỉnh Hà Nam',
        NgayTongHop: '10-2026',
        TongSoNguoiDanhGia: 1250,
        PhanTramDanhGiaRatHaiLong: '62%',
        PhanTramDanhGiaHaiLong: '33%',
        PhanTramDanhGiaChuaHaiLong: '5%',
        DanhSachNoiDungYKien: [
          {
            MaThuTuc: '1.001193',
            NoiDung: 'Thái độ hướng dẫn, tiếp nhận hồ sơ của công chức tại Bộ phận Một cửa',
            PhanTramDanhGiaDichVuRatHaiLong: '71%',
            PhanTramDanhGiaDichVuHaiLong: '26%',
            PhanTramDanhGiaDichVuChuaHaiLong: '3%',
          },
          {
            MaThuTuc: '',
            NoiDung: 'Mức độ thuận tiện khi nộp hồ sơ trực tuyến',
            PhanTramDanhGiaDichVuRatHaiLong: '60%',
            PhanTramDanhGiaDichVuHaiLong: '35%',
            PhanTramDanhGiaDichVuChuaHaiLong: '5%',
          },
        ],
      },
    ],
  };
}

/** `n` varied valid records: mostly nested, about a quarter in OpenCPS's flat form. */
export function generateSurvey(n: number, r: Random): Record<string, unknown>[] {
  return Array.from({ length: n }, () => surveyRecordFor(r, r.chance(0.25)));
}
