/**
 * The survey / service-quality packet `DongBoDanhGia` as data (other-kinds.md (a)): the 8 fields
 * of the reconstructed record (a.2), the nested opinion item (a.3), and the 5 per-item keys that
 * OpenCPS sends flat in the record (a.1; samples/survey/02), so both observed forms are valid.
 */
import { t, type Localized } from '../../i18n/localized';
import { field, object, ref } from '../common';
import type { FieldSpec, ObjectSpec } from '../types';

const A2 = '(a) a.2';
const A3 = '(a) a.3';
const A1 = '(a) a.1';

/** National TTHC code `d.dddddd` (other-kinds.md c.2 row 2); OpenCPS sends `""`. */
export const NATIONAL_PROCEDURE_CODE = '^\\d{1,2}\\.\\d{6}$';

const PERCENT_FORMAT_VI =
  'Số nguyên hoặc thập phân từ 0 đến 100, có thể kèm dấu % ở cuối; OpenCPS gửi dạng "45%".';
const PERCENT_FORMAT_EN = 'Integer or decimal from 0 to 100, optionally with a trailing %; OpenCPS sends "45%".';

function percent(name: string, label: Localized, meaningVi: string, meaningEn: string, options: Pick<FieldSpec, 'required' | 'evidence' | 'specRef'> & { example: string; flat?: boolean }): FieldSpec {
  const flatVi = options.flat
    ? ' Dạng phẳng như OpenCPS gửi: khóa này nằm thẳng trong bản ghi, khi DanhSachNoiDungYKien là chuỗi rỗng; OpenCPS chép lại giá trị tổng thể.'
    : '';
  const flatEn = options.flat
    ? ' Flat form as OpenCPS sends it: the key sits directly in the record, with DanhSachNoiDungYKien = ""; OpenCPS copies the overall value.'
    : '';
  return field(name, label, {
    type: 'string',
    required: options.required,
    allowEmpty: options.required === 'O',
    evidence: options.evidence,
    pii: 'none',
    example: options.example,
    help: t(
      `${meaningVi} ${PERCENT_FORMAT_VI} Ba tỷ lệ cùng nhóm phải cộng lại bằng 100 (±1) khi có người đánh giá, và đều bằng 0 khi không có ai (a.4).${flatVi}`,
      `${meaningEn} ${PERCENT_FORMAT_EN} The three percentages of a group add up to 100 (±1) when someone responded, and are all 0 when nobody did (a.4).${flatEn}`,
    ),
    specRef: options.specRef,
  });
}

/** The five keys of one opinion item (a.3); `flat` describes them as optional keys of the record (a.1). */
function opinionItemFields(flat: boolean): FieldSpec[] {
  const req = flat ? ('O' as const) : ('M' as const);
  const section = flat ? A1 : A3;
  const flatVi = flat ? ' Dạng phẳng như OpenCPS gửi (không có danh sách lồng nhau).' : '';
  const flatEn = flat ? ' Flat form as OpenCPS sends it (no nested list).' : '';
  return [
    field('MaThuTuc', t('Mã thủ tục', 'Procedure code'), {
      type: 'string',
      required: 'O',
      allowEmpty: true,
      pattern: NATIONAL_PROCEDURE_CODE,
      evidence: ['W', 'R'],
      pii: 'none',
      example: '1.001193',
      help: t(
        `Mã TTHC quốc gia mà ý kiến nói tới, dạng d.dddddd (ví dụ 1.001193), hoặc để trống. OpenCPS luôn gửi "".${flatVi}`,
        `National procedure code the opinion is about, d.dddddd (e.g. 1.001193), or empty. OpenCPS always sends "".${flatEn}`,
      ),
      specRef: ref('other-kinds.md', section, flat ? 'MaThuTuc' : 1),
    }),
    field('NoiDung', t('Nội dung câu hỏi / ý kiến', 'Survey question or opinion'), {
      type: 'string',
      required: req,
      allowEmpty: flat,
      evidence: ['W', 'R'],
      pii: 'freeText',
      example: 'Thái độ hướng dẫn, tiếp nhận hồ sơ của công chức tại Bộ phận Một cửa',
      help: t(
        `Câu hỏi khảo sát hoặc nội dung được đánh giá, ví dụ "Thời gian giải quyết so với ngày hẹn trả". Bắt buộc trong mỗi mục của DanhSachNoiDungYKien. OpenCPS gửi tên câu hỏi bình chọn của hệ thống.${flatVi}`,
        `The survey question or the aspect rated, e.g. "Processing time against the promised date". Required in every DanhSachNoiDungYKien item. OpenCPS sends its local voting question.${flatEn}`,
      ),
      specRef: ref('other-kinds.md', section, flat ? 'NoiDung' : 2),
    }),
    percent(
      'PhanTramDanhGiaDichVuRatHaiLong',
      t('% đánh giá dịch vụ rất hài lòng', '% very satisfied (item)'),
      'Tỷ lệ phần trăm người đánh giá "rất hài lòng" với nội dung này.',
      'Share of respondents "very satisfied" with this item.',
      { required: req, evidence: ['W', 'R'], example: '71%', flat, specRef: ref('other-kinds.md', section, flat ? 'PhanTramDanhGiaDichVuRatHaiLong' : 3) },
    ),
    percent(
      'PhanTramDanhGiaDichVuHaiLong',
      t('% đánh giá dịch vụ hài lòng', '% satisfied (item)'),
      'Tỷ lệ phần trăm người đánh giá "hài lòng" với nội dung này.',
      'Share of respondents "satisfied" with this item.',
      { required: req, evidence: ['W', 'R'], example: '26%', flat, specRef: ref('other-kinds.md', section, flat ? 'PhanTramDanhGiaDichVuHaiLong' : 4) },
    ),
    percent(
      'PhanTramDanhGiaDichVuChuaHaiLong',
      t('% đánh giá dịch vụ chưa hài lòng', '% not yet satisfied (item)'),
      'Tỷ lệ phần trăm người đánh giá "chưa hài lòng" với nội dung này.',
      'Share of respondents "not yet satisfied" with this item.',
      { required: req, evidence: ['W', 'R'], example: '3%', flat, specRef: ref('other-kinds.md', section, flat ? 'PhanTramDanhGiaDichVuChuaHaiLong' : 5) },
    ),
  ];
}

/** One item of `DanhSachNoiDungYKien` (a.3, nesting reconstructed). */
export const surveyOpinionItem: ObjectSpec = object(
  'survey.DanhSachNoiDungYKien',
  t('Mục ý kiến (theo nội dung / thủ tục)', 'Opinion item (per question / procedure)'),
  ref('other-kinds.md', A3),
  opinionItemFields(false),
);

/** The `DongBoDanhGia` record: 8 fields of a.2, then the flat per-item keys of a.1. */
export const surveyRecord: ObjectSpec = object('survey.record', t('Bản ghi đánh giá chất lượng', 'Service-quality evaluation record'), ref('other-kinds.md', A2), [
  field('Madonvi', t('Mã đơn vị', 'Reporting agency code'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W'],
    pii: 'none',
    example: '000.00.00.H35',
    help: t(
      'Mã của cơ quan báo cáo trong danh mục cơ quan của Cổng DVCQG, ví dụ 000.00.00.H35. Lưu ý khóa viết "Madonvi" (chữ d thường). Bắt buộc trong từng bản ghi dù phong bì đã có "madonvi"; OpenCPS điền cùng giá trị.',
      'Code of the reporting agency in the DVCQG agency catalogue, e.g. 000.00.00.H35. Note the key is spelled "Madonvi" (lower-case d). Required in every record even though the envelope carries "madonvi"; OpenCPS sends the same value.',
    ),
    specRef: ref('other-kinds.md', A2, 1),
  }),
  field('TenDonVi', t('Tên đơn vị', 'Reporting agency name'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W'],
    pii: 'none',
    example: 'Ủy ban nhân dân tỉnh Hà Nam',
    help: t('Tên đầy đủ của cơ quan báo cáo, ví dụ "Ủy ban nhân dân tỉnh Hà Nam".', 'Full name of the reporting agency, e.g. "Ủy ban nhân dân tỉnh Hà Nam".'),
    specRef: ref('other-kinds.md', A2, 2),
  }),
  field('NgayTongHop', t('Ngày (kỳ) tổng hợp', 'Aggregation period'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    format: 'period',
    evidence: ['W'],
    pii: 'none',
    example: '10-2026',
    help: t(
      'Kỳ tổng hợp. OpenCPS gửi "M-YYYY", tháng không có số 0 đứng trước (ví dụ "7-2020"). Định dạng của quy chuẩn chưa biết, nên cũng chấp nhận "MM-YYYY", yyyyMMdd và yyyyMMddHHmmss.',
      'Aggregation period. OpenCPS sends "M-YYYY" with no leading zero on the month (e.g. "7-2020"). The regulation\'s format is unknown, so "MM-YYYY", yyyyMMdd and yyyyMMddHHmmss are accepted too.',
    ),
    specRef: ref('other-kinds.md', A2, 3),
  }),
  field('TongSoNguoiDanhGia', t('Tổng số người đánh giá', 'Total respondents'), {
    type: 'integer',
    required: 'M',
    format: 'nonNegativeInteger',
    evidence: ['W'],
    pii: 'none',
    example: '1250',
    help: t(
      'Tổng số người đã đánh giá trong kỳ: số nguyên ≥ 0, gửi dạng số JSON (OpenCPS gửi 318, không có dấu nháy). Khi bằng 0 thì mọi tỷ lệ phải bằng 0.',
      'Number of people who responded in the period: an integer ≥ 0 sent as a JSON number (OpenCPS sends 318, unquoted). When 0, every percentage must be 0.',
    ),
    specRef: ref('other-kinds.md', A2, 4),
  }),
  percent(
    'PhanTramDanhGiaRatHaiLong',
    t('Phần trăm đánh giá rất hài lòng', '% very satisfied'),
    'Tỷ lệ phần trăm người đánh giá "rất hài lòng" trên toàn đơn vị.',
    'Share of respondents "very satisfied", agency-wide.',
    { required: 'M', evidence: ['W'], example: '62%', specRef: ref('other-kinds.md', A2, 5) },
  ),
  percent(
    'PhanTramDanhGiaHaiLong',
    t('Phần trăm đánh giá hài lòng', '% satisfied'),
    'Tỷ lệ phần trăm người đánh giá "hài lòng" trên toàn đơn vị.',
    'Share of respondents "satisfied", agency-wide.',
    { required: 'M', evidence: ['W'], example: '33%', specRef: ref('other-kinds.md', A2, 6) },
  ),
  percent(
    'PhanTramDanhGiaChuaHaiLong',
    t('Phần trăm đánh giá chưa hài lòng', '% not yet satisfied'),
    'Tỷ lệ phần trăm người đánh giá "chưa hài lòng" trên toàn đơn vị. OpenCPS tính giá trị này bằng 100 trừ hai tỷ lệ kia.',
    'Share of respondents "not yet satisfied", agency-wide. OpenCPS computes it as 100 minus the other two.',
    { required: 'M', evidence: ['W'], example: '5%', specRef: ref('other-kinds.md', A2, 7) },
  ),
  field('DanhSachNoiDungYKien', t('Danh sách nội dung ý kiến', 'Opinion breakdown'), {
    type: 'arrayOrEmptyString',
    required: 'O',
    allowEmpty: true,
    items: surveyOpinionItem,
    evidence: ['W', 'R'],
    pii: 'none',
    help: t(
      'Phân tích theo từng câu hỏi hoặc thủ tục: mảng các mục có MaThuTuc, NoiDung và ba tỷ lệ …DichVu…. Dạng lồng nhau là tái dựng; OpenCPS gửi chuỗi rỗng "" và đặt năm khóa đó thẳng trong bản ghi (dạng phẳng). Cả hai dạng đều hợp lệ.',
      'Breakdown per question or procedure: an array of items with MaThuTuc, NoiDung and the three …DichVu… percentages. The nesting is a reconstruction; OpenCPS sends an empty string "" and puts those five keys directly in the record (flat form). Both forms are valid.',
    ),
    specRef: ref('other-kinds.md', A2, 8),
  }),
  ...opinionItemFields(true),
]);

/** Names of the three overall percentages, in order: very satisfied, satisfied, not yet satisfied. */
export const OVERALL_PERCENTS = ['PhanTramDanhGiaRatHaiLong', 'PhanTramDanhGiaHaiLong', 'PhanTramDanhGiaChuaHaiLong'] as const;

/** Names of the three per-item percentages (nested item or flat keys), same order. */
export const ITEM_PERCENTS = ['PhanTramDanhGiaDichVuRatHaiLong', 'PhanTramDanhGiaDichVuHaiLong', 'PhanTramDanhGiaDichVuChuaHaiLong'] as const;
