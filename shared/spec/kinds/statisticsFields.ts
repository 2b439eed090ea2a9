/**
 * The statistics packet `DongBoThongKeHoSo` as data (other-kinds.md (b) b.1): the union of the
 * two observed field lists, 19 fields. The regulation counts 18, so either `GhiChu` or
 * `LoaiThongKe` is outside it: both are optional here (b.1 note).
 *
 * Counts and percentages are typed `stringOrNumber` (the wire sends strings, other-kinds.md §0.4)
 * and carry no format: their numeric meaning is checked by the b.2 rules, which give one precise
 * message per fault (e.g. `NaN`, the OpenCPS `toFixed` artefact, with the recomputed value).
 */
import { t, type Localized } from '../../i18n/localized';
import { field, object, ref } from '../common';
import type { CodeList, FieldSpec, ObjectSpec } from '../types';

const B1 = '(b) b.1';

/** `LoaiThongKe`: only `"1"` was ever seen; its meaning is undocumented (b.1 row 5). */
export const LOAI_THONG_KE: CodeList = {
  id: 'statistics.LoaiThongKe',
  label: t('Loại thống kê', 'Statistics type'),
  closed: false,
  confidence: 'low',
  entries: [
    {
      code: '1',
      label: t('Giá trị duy nhất đã quan sát', 'The only value observed'),
      note: t(
        'Ý nghĩa chưa được công bố (có thể là loại kỳ hoặc loại báo cáo); danh mục chưa kiểm chứng.',
        'Meaning not published (probably the period or report type); the list is unverified.',
      ),
    },
  ],
  specRef: ref('other-kinds.md', B1, 5),
};

function count(name: string, row: number, label: Localized, meaningVi: string, meaningEn: string, example: string): FieldSpec {
  return field(name, label, {
    type: 'stringOrNumber',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'none',
    example,
    help: t(
      `${meaningVi} Số nguyên không âm, thường gửi dạng chuỗi (ví dụ "${example}"); cũng chấp nhận số JSON.`,
      `${meaningEn} A non-negative integer, usually sent as a string (e.g. "${example}"); a JSON number is accepted too.`,
    ),
    specRef: ref('other-kinds.md', B1, row),
  });
}

function percent(name: string, row: number, label: Localized, formulaVi: string, formulaEn: string, example: string): FieldSpec {
  return field(name, label, {
    type: 'stringOrNumber',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'none',
    example,
    help: t(
      `${formulaVi} Số thập phân 2 chữ số, không có dấu % (OpenCPS gửi "${example}"); bằng "0" khi mẫu số bằng 0. Sai số cho phép 0,01. "NaN" là lỗi của OpenCPS khi chia cho 0.`,
      `${formulaEn} A decimal with 2 places and no % sign (OpenCPS sends "${example}"); "0" when the denominator is 0. Tolerance 0.01. "NaN" is an OpenCPS artefact of dividing by 0.`,
    ),
    specRef: ref('other-kinds.md', B1, row),
  });
}

/** The `DongBoThongKeHoSo` record, rows 1–19 of b.1 in order. */
export const statisticsRecord: ObjectSpec = object('statistics.record', t('Bản ghi thống kê hồ sơ', 'Dossier statistics record'), ref('other-kinds.md', B1), [
  field('Madonvi', t('Mã đơn vị', 'Reporting agency code'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'none',
    example: '000.00.00.H35',
    help: t(
      'Mã cơ quan báo cáo trong danh mục cơ quan của Cổng DVCQG, ví dụ 000.00.00.H35 (tỉnh) hoặc 000.00.21.H35 (xã). Khóa viết "Madonvi" (chữ d thường). Có thể khác "madonvi" của phong bì khi tỉnh gửi số liệu của các đơn vị trực thuộc.',
      'Code of the reporting agency in the DVCQG agency catalogue, e.g. 000.00.00.H35 (province) or 000.00.21.H35 (commune). The key is spelled "Madonvi" (lower-case d). It may differ from the envelope "madonvi" when a province sends figures of its subordinate units.',
    ),
    specRef: ref('other-kinds.md', B1, 1),
  }),
  field('TenDonVi', t('Tên đơn vị', 'Reporting agency name'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'none',
    example: 'Ủy ban nhân dân tỉnh Hà Nam',
    help: t('Tên cơ quan báo cáo, ví dụ "UBND xã Thanh Hà".', 'Name of the reporting agency, e.g. "UBND xã Thanh Hà".'),
    specRef: ref('other-kinds.md', B1, 2),
  }),
  field('Thang', t('Tháng', 'Month'), {
    type: 'stringOrNumber',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'none',
    example: '10',
    help: t(
      'Tháng của kỳ thống kê, từ "1" đến "12". Lỗi đã biết của OpenCPS: bộ chọn tháng đếm từ 0, nên tháng Một bị gửi thành "0".',
      'Month of the period, "1" to "12". Known OpenCPS defect: its month picker is 0-based, so January is sent as "0".',
    ),
    specRef: ref('other-kinds.md', B1, 3),
  }),
  field('Nam', t('Năm', 'Year'), {
    type: 'stringOrNumber',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'none',
    example: '2026',
    help: t('Năm của kỳ thống kê, 4 chữ số, ví dụ "2026".', 'Year of the period, 4 digits, e.g. "2026".'),
    specRef: ref('other-kinds.md', B1, 4),
  }),
  field('LoaiThongKe', t('Loại thống kê', 'Statistics type'), {
    type: 'string',
    required: 'O',
    allowEmpty: true,
    codes: LOAI_THONG_KE.id,
    evidence: ['W2'],
    pii: 'none',
    example: '1',
    help: t(
      'Loại thống kê; mới chỉ thấy giá trị "1", ý nghĩa chưa được công bố. Hai nguồn bất đồng: quy chuẩn có 18 trường, còn hợp của hai danh sách là 19, nên LoaiThongKe hoặc GhiChu nằm ngoài quy chuẩn; cả hai đều là tùy chọn.',
      'Statistics type; only "1" has been seen and its meaning is not published. The sources disagree: the regulation has 18 fields while the union of the two lists is 19, so either LoaiThongKe or GhiChu is outside it; both are optional.',
    ),
    specRef: ref('other-kinds.md', B1, 5),
  }),
  count('SoNhanTrongKy', 6, t('Số hồ sơ nhận trong kỳ', 'Dossiers received in the period'), 'Hồ sơ mới tiếp nhận trong kỳ (N).', 'New dossiers received in the period (N).', '1840'),
  count(
    'SoTonKyTruoc',
    7,
    t('Số tồn kỳ trước', 'Carried over from the previous period'),
    'Hồ sơ nhận trước kỳ và còn đang xử lý lúc đầu kỳ (T).',
    'Dossiers received before the period and still open at its start (T).',
    '215',
  ),
  count(
    'TongSoXuLy',
    8,
    t('Tổng số hồ sơ phải xử lý', 'Total dossiers to handle'),
    'Tổng số phải xử lý X = SoNhanTrongKy + SoTonKyTruoc.',
    'Total to handle X = SoNhanTrongKy + SoTonKyTruoc.',
    '2055',
  ),
  count(
    'TongDaXuLy',
    9,
    t('Tổng đã xử lý', 'Dossiers finished'),
    'Hồ sơ đã giải quyết xong trong kỳ D = TongXuLyDungHan + TongXuLyTreHan.',
    'Dossiers finished in the period D = TongXuLyDungHan + TongXuLyTreHan.',
    '1902',
  ),
  count(
    'TongXuLyDungHan',
    10,
    t('Tổng xử lý đúng hạn', 'Finished on time'),
    'Hồ sơ xong đúng hạn, kể cả trước hạn (DH). OpenCPS bỏ sót hồ sơ trước hạn — đừng sao chép lỗi này.',
    'Dossiers finished on time, early ones included (DH). OpenCPS leaves out early ones — do not copy that defect.',
    '1871',
  ),
  percent(
    'PhanTramXuLyDungHan',
    11,
    t('Phần trăm xử lý đúng hạn', '% finished on time'),
    'Bằng TongXuLyDungHan / TongDaXuLy × 100.',
    'Equals TongXuLyDungHan / TongDaXuLy × 100.',
    '98.37',
  ),
  count(
    'TongXuLyTreHan',
    12,
    t('Tổng xử lý trễ hạn', 'Finished late'),
    'Hồ sơ xong sau hạn (TH). OpenCPS điền nhầm số hồ sơ "đang quá hạn" vào đây.',
    'Dossiers finished after the deadline (TH). OpenCPS wrongly fills in the "currently overdue" counter.',
    '31',
  ),
  percent(
    'PhanTramXuLyTreHan',
    13,
    t('Phần trăm xử lý trễ hạn', '% finished late'),
    'Bằng TongXuLyTreHan / TongDaXuLy × 100 (OpenCPS chia nhầm cho số đang xử lý).',
    'Equals TongXuLyTreHan / TongDaXuLy × 100 (OpenCPS wrongly divides by the in-progress count).',
    '1.63',
  ),
  count(
    'TongChuaXuLy',
    14,
    t('Tổng chưa xử lý', 'Still in progress'),
    'Hồ sơ còn đang xử lý cuối kỳ C = TongChuaXuLyTrongHan + TongChuaXuLyTreHan.',
    'Dossiers still in progress at the end of the period C = TongChuaXuLyTrongHan + TongChuaXuLyTreHan.',
    '153',
  ),
  count(
    'TongChuaXuLyTrongHan',
    15,
    t('Tổng chưa xử lý trong hạn', 'In progress, within deadline'),
    'Hồ sơ đang xử lý, chưa đến hạn (CT).',
    'In progress and not yet due (CT).',
    '141',
  ),
  percent(
    'PhanTramChuaXuLyTrongHan',
    16,
    t('Phần trăm chưa xử lý trong hạn', '% in progress within deadline'),
    'Bằng TongChuaXuLyTrongHan / TongChuaXuLy × 100.',
    'Equals TongChuaXuLyTrongHan / TongChuaXuLy × 100.',
    '92.16',
  ),
  count(
    'TongChuaXuLyTreHan',
    17,
    t('Tổng chưa xử lý trễ hạn', 'In progress, overdue'),
    'Hồ sơ đang xử lý và đã quá hạn (CQ).',
    'In progress and already overdue (CQ).',
    '12',
  ),
  percent(
    'PhanTramChuaXuLyTreHan',
    18,
    t('Phần trăm chưa xử lý trễ hạn', '% in progress overdue'),
    'Bằng TongChuaXuLyTreHan / TongChuaXuLy × 100.',
    'Equals TongChuaXuLyTreHan / TongChuaXuLy × 100.',
    '7.84',
  ),
  field('GhiChu', t('Ghi chú', 'Note'), {
    type: 'string',
    required: 'O',
    allowEmpty: true,
    evidence: ['W'],
    pii: 'freeText',
    example: '02 hồ sơ công dân rút trong kỳ',
    help: t(
      'Ghi chú tự do, có thể để "". Nên giải thích ở đây khi TongDaXuLy + TongChuaXuLy nhỏ hơn TongSoXuLy (hồ sơ rút, bị từ chối, tạm dừng). Chỉ OpenCPS gửi trường này; xem ghi chú 18/19 trường ở LoaiThongKe.',
      'Free note, may be "". Explain here when TongDaXuLy + TongChuaXuLy is below TongSoXuLy (withdrawn, rejected or paused dossiers). Only OpenCPS sends it; see the 18-vs-19 note on LoaiThongKe.',
    ),
    specRef: ref('other-kinds.md', B1, 19),
  }),
]);

/** The nine counters of b.2 by their letter in the reference. */
export const COUNTS = {
  N: 'SoNhanTrongKy',
  T: 'SoTonKyTruoc',
  X: 'TongSoXuLy',
  D: 'TongDaXuLy',
  DH: 'TongXuLyDungHan',
  TH: 'TongXuLyTreHan',
  C: 'TongChuaXuLy',
  CT: 'TongChuaXuLyTrongHan',
  CQ: 'TongChuaXuLyTreHan',
} as const;

/** The four percentages with their numerator and denominator counters (b.2 rule 5). */
export const PERCENTS = [
  { name: 'PhanTramXuLyDungHan', num: COUNTS.DH, den: COUNTS.D },
  { name: 'PhanTramXuLyTreHan', num: COUNTS.TH, den: COUNTS.D },
  { name: 'PhanTramChuaXuLyTrongHan', num: COUNTS.CT, den: COUNTS.C },
  { name: 'PhanTramChuaXuLyTreHan', num: COUNTS.CQ, den: COUNTS.C },
] as const;
