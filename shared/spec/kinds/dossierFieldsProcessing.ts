/**
 * `DongBoHoSoMC` record, dossier.md §2.1 rows 17–30: receipt and deadline, status, delivery,
 * the processing unit and the five original lists.
 */
import { t, type Localized } from '../../i18n/localized';
import { field, ref } from '../common';
import type { FieldSpec, RequiredMark } from '../types';
import { DANH_SACH_GIAY_TO_KET_QUA, DANH_SACH_LE_PHI, DANH_SACH_TEP_DINH_KEM_KHAC, TAI_LIEU_NOP } from './dossierItems';
import { DANH_SACH_HO_SO_BO_SUNG } from './dossierSupplement';

const row = (n: number) => ref('dossier.md', '§2.1', n);

const DATE_FORMAT_HELP = t(
  'Dạng yyyyMMddHHmmss (14 chữ số, giờ Việt Nam, không dấu phân cách, không múi giờ); "" khi chưa biết.',
  'Format yyyyMMddHHmmss (14 digits, Vietnam time, no separators, no zone); "" when unknown.',
);

/** A wire date field of the record (dossier.md §1.7). */
export function dateField(name: string, label: Localized, required: RequiredMark, meaning: Localized, n: number, example: string, evidence: FieldSpec['evidence']): FieldSpec {
  return field(name, label, {
    type: 'string',
    required,
    ...(required === 'M' ? { allowEmpty: false } : {}),
    format: 'datetime14',
    evidence,
    origin: n >= 31 ? 'N' : 'Q',
    pii: 'none',
    example,
    help: t(`${meaning.vi} ${DATE_FORMAT_HELP.vi} Ví dụ ${example || '20240312081500'}.`, `${meaning.en} ${DATE_FORMAT_HELP.en} E.g. ${example || '20240312081500'}.`),
    specRef: row(n),
  });
}

/** Rows 17–30 of dossier.md §2.1, in order. */
export const DOSSIER_PROCESSING_FIELDS: FieldSpec[] = [
  dateField(
    'NgayTiepNhan',
    t('Ngày tiếp nhận', 'Receipt date'),
    'M',
    t(
      'Thời điểm đơn vị tiếp nhận hồ sơ (với trạng thái 1: thời điểm nộp). Hồ sơ không có ngày này không được đồng bộ và không được tính điểm.',
      'When the unit received the dossier (for status 1: when it was submitted). Dossiers without it are neither synced nor scored.',
    ),
    17,
    '20240312081500',
    ['W2', 'L'],
  ),
  dateField(
    'NgayHenTra',
    t('Ngày hẹn trả', 'Promised result date'),
    'M*',
    t(
      'Hạn trả kết quả; không được trước NgayTiepNhan. Năm 2022 Cổng vẫn nhận "" (cảnh báo); khi thiếu, chỉ số 766 tự tính hạn từ thời hạn tối đa của thủ tục.',
      'Deadline for the result; never before NgayTiepNhan. In 2022 the portal accepted "" (a warning); when absent, the 766 scoring computes the deadline from the procedure\'s maximum duration.',
    ),
    18,
    '20240326170000',
    ['W2', 'L'],
  ),
  field('TrangThaiHoSo', t('Trạng thái hồ sơ', 'Dossier status'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    codes: 'TrangThaiHoSo',
    evidence: ['W2', 'L'],
    origin: 'Q',
    pii: 'none',
    example: '2',
    help: t(
      'Mã "1"…"10" dạng chuỗi: 1 mới đăng ký, 2 được tiếp nhận, 3 không được tiếp nhận, 4 đang xử lý, 5 yêu cầu bổ sung, 6 yêu cầu nghĩa vụ tài chính, 7 công dân rút, 8 dừng xử lý, 9 đã xử lý xong, 10 đã trả kết quả. Không gửi mã nội bộ (processing, DA_TRAKQ…), "", 0 hay 11.',
      'Code "1"…"10" as a string: 1 registered, 2 accepted, 3 refused, 4 processing, 5 supplement requested, 6 fees requested, 7 withdrawn, 8 stopped, 9 finished, 10 delivered. Never a local key (processing, DA_TRAKQ…), "", 0 or 11.',
    ),
    specRef: row(19),
  }),
  dateField(
    'NgayTra',
    t('Ngày trả kết quả', 'Delivery date'),
    'C',
    t('Thời điểm trao kết quả cho người nộp; cần khi trạng thái là 10, không trước NgayKetThucXuLy.', 'When the result was handed over; needed with status 10, never before NgayKetThucXuLy.'),
    20,
    '',
    ['W2'],
  ),
  field('ThongTinTra', t('Thông tin trả kết quả', 'Result-delivery information'), {
    type: 'string',
    required: 'O',
    evidence: ['W2'],
    origin: 'Q',
    pii: 'freeText',
    example: '',
    help: t('Ghi chú về việc trả kết quả, văn bản tự do; các hệ thống thường gửi "".', 'Note on how the result was delivered, free text; systems usually send "".'),
    specRef: row(21),
  }),
  field('HinhThuc', t('Hình thức trả kết quả', 'Result delivery method'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    codes: 'HinhThuc',
    evidence: ['W2', 'L'],
    origin: 'Q',
    pii: 'none',
    example: '0',
    help: t(
      '"0" nhận tại bộ phận một cửa, "1" nhận qua bưu chính công ích. Độc lập với KenhThucHien (cách nộp).',
      '"0" at the one-stop counter, "1" by public postal service. Independent of KenhThucHien (how it was submitted).',
    ),
    specRef: row(22),
  }),
  dateField(
    'NgayKetThucXuLy',
    t('Ngày kết thúc xử lý', 'Processing end date'),
    'C',
    t(
      'Thời điểm xử lý xong; bắt buộc với trạng thái 9 và 10. Chỉ số 766 so sánh với NgayHenTra để tính đúng hạn.',
      'When processing finished; required with statuses 9 and 10. The 766 scoring compares it with NgayHenTra for on-time handling.',
    ),
    23,
    '',
    ['W2'],
  ),
  field('DonViXuLy', t('Đơn vị xử lý', 'Processing unit'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2', 'L'],
    origin: 'Q',
    pii: 'none',
    example: 'UBND thành phố Hà Giang',
    help: t('Tên (không phải mã) cơ quan, đơn vị xử lý hồ sơ, ví dụ "UBND thành phố Hà Giang".', 'Name (not a code) of the processing agency or unit, e.g. "UBND thành phố Hà Giang".'),
    specRef: row(24),
  }),
  field('GhiChu', t('Ghi chú', 'Note'), {
    type: 'string',
    required: 'O',
    evidence: ['W2'],
    origin: 'Q',
    pii: 'freeText',
    example: '',
    help: t('Ghi chú tự do về hồ sơ.', 'Free note on the dossier.'),
    specRef: row(25),
  }),
  field('TaiLieuNop', t('Tài liệu nộp', 'Submitted files'), {
    type: 'array',
    required: 'O',
    items: TAI_LIEU_NOP,
    evidence: ['W2', 'L'],
    origin: 'Q',
    pii: 'none',
    help: t('Các tệp người nộp đã nộp; [] được chấp nhận.', 'Files the applicant submitted; [] is accepted.'),
    specRef: row(26),
  }),
  field('DanhSachLePhi', t('Danh sách lệ phí', 'Fees and charges'), {
    type: 'array',
    required: 'O',
    items: DANH_SACH_LE_PHI,
    evidence: ['W2'],
    origin: 'Q',
    pii: 'none',
    help: t('Các khoản phí, lệ phí; nên có khi trạng thái là 6 hoặc khi thanh toán trực tuyến.', 'Fees and charges; expected with status 6 or when paid online.'),
    specRef: row(27),
  }),
  field('DanhSachTepDinhKemKhac', t('Danh sách tệp đính kèm khác', 'Other documents'), {
    type: 'array',
    required: 'O',
    items: DANH_SACH_TEP_DINH_KEM_KHAC,
    evidence: ['W2'],
    origin: 'Q',
    pii: 'none',
    help: t('Giấy tờ giấy nộp kèm không có tệp; thường [].', 'Paper documents submitted without a file; usually [].'),
    specRef: row(28),
  }),
  field('DanhSachHoSoBoSung', t('Danh sách hồ sơ bổ sung', 'Supplement requests'), {
    type: 'array',
    required: 'C',
    items: DANH_SACH_HO_SO_BO_SUNG,
    evidence: ['W2'],
    origin: 'Q',
    pii: 'none',
    help: t('Các lần yêu cầu bổ sung; cần ít nhất một mục khi trạng thái là 5.', 'Supplement requests; at least one item is expected with status 5.'),
    specRef: row(29),
  }),
  field('DanhSachGiayToKetQua', t('Danh sách giấy tờ kết quả', 'Result documents'), {
    type: 'array',
    required: 'C',
    items: DANH_SACH_GIAY_TO_KET_QUA,
    evidence: ['W2', 'L'],
    origin: 'Q',
    pii: 'none',
    help: t(
      'Kết quả điện tử; hồ sơ trực tuyến ở trạng thái 9 hoặc 10 nên có ít nhất một kết quả có đường dẫn (chỉ số 766).',
      'Electronic results; an online dossier in status 9 or 10 should carry at least one result with a link (766 scoring).',
    ),
    specRef: row(30),
  }),
];
