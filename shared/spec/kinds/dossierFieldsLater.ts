/**
 * `DongBoHoSoMC` record, dossier.md §2.1 rows 31–38: the later additions (origin N), sent by one
 * public implementation and read by the 766 scoring rules. When each was added is not known
 * (dossier.md §8 doubt 8), so all are optional.
 */
import { t } from '../../i18n/localized';
import { field, ref } from '../common';
import type { FieldSpec } from '../types';
import { DINH_DANH_CHS, DS_KET_NOI_CSDL } from './dossierItems';
import { dateField } from './dossierFieldsProcessing';

const row = (n: number) => ref('dossier.md', '§2.1', n);

/** Rows 31–38 of dossier.md §2.1, in order. */
export const DOSSIER_LATER_FIELDS: FieldSpec[] = [
  field('NoiNopHoSo', t('Nơi nộp hồ sơ', 'Where submitted'), {
    type: 'string',
    required: 'O',
    codes: 'NoiNopHoSo',
    evidence: ['W'],
    origin: 'N',
    pii: 'none',
    example: '2',
    help: t(
      'Mã nơi nộp; chỉ từng thấy "2". Có thể 1 = nộp trên Cổng DVCQG, 2 = nộp trên hệ thống của bộ, tỉnh — chưa xác minh, nên mã lạ chỉ bị cảnh báo.',
      'Where the dossier was submitted; only "2" was ever seen. Plausibly 1 = on DVCQG, 2 = on the ministry/provincial system — unverified, so unknown codes are only warned about.',
    ),
    specRef: row(31),
  }),
  field('HoSoCoThanhPhanSoHoa', t('Hồ sơ có thành phần số hóa', 'Has digitised components'), {
    type: 'string',
    required: 'O',
    codes: 'Flag01',
    evidence: ['W', '766'],
    origin: 'N',
    pii: 'none',
    example: '1',
    help: t(
      '"1" khi và chỉ khi có ít nhất một TaiLieuNop có DuocSoHoa "1"; ngược lại "0". Chỉ số 766 dùng giá trị "1" cho chỉ tiêu tái sử dụng dữ liệu số hóa.',
      '"1" exactly when at least one TaiLieuNop item has DuocSoHoa "1"; otherwise "0". The 766 scoring reads "1" for the reuse-of-digitised-data indicator.',
    ),
    specRef: row(32),
  }),
  field('TaiKhoanDuocXacThucVoiVNeID', t('Tài khoản được xác thực với VNeID', 'Account verified with VNeID'), {
    type: 'string',
    required: 'O',
    codes: 'Flag01',
    evidence: ['W', '766'],
    origin: 'N',
    pii: 'none',
    example: '0',
    help: t(
      '"1" nếu tài khoản người nộp đã xác thực qua VNeID, "0" nếu không; chỉ số 766 tính "1" là có khai thác CSDL dân cư.',
      '"1" if the applicant\'s account was verified through VNeID, "0" otherwise; the 766 scoring counts "1" as use of the population database.',
    ),
    specRef: row(33),
  }),
  field('DuocThanhToanTrucTuyen', t('Được thanh toán trực tuyến', 'Paid online'), {
    type: 'string',
    required: 'O',
    codes: 'DuocThanhToanTrucTuyen',
    evidence: ['W', '766'],
    origin: 'N',
    pii: 'none',
    example: '0',
    help: t(
      '0 không thanh toán trực tuyến, 1 qua nền tảng thanh toán của Cổng DVCQG, 2 qua cổng thanh toán của bộ, tỉnh; 3 chưa rõ nghĩa. Với 1 hoặc 2 cần ít nhất một dòng DanhSachLePhi có Gia > 0.',
      '0 not paid online, 1 via DVCQG\'s payment platform, 2 via the ministry/provincial gateway; 3 is unexplained. With 1 or 2, at least one DanhSachLePhi line needs Gia > 0.',
    ),
    specRef: row(34),
  }),
  dateField(
    'NgayTuChoi',
    t('Ngày từ chối', 'Refusal date'),
    'C',
    t('Thời điểm từ chối tiếp nhận hồ sơ; nên có khi trạng thái là 3 (suy đoán từ tên trường).', 'When the dossier was refused; expected with status 3 (inferred from the name).'),
    35,
    '',
    ['W'],
  ),
  field('DinhDanhCHS', t('Định danh chủ hồ sơ', 'Owner identifiers'), {
    type: 'array',
    required: 'O',
    items: DINH_DANH_CHS,
    evidence: ['W'],
    origin: 'N',
    pii: 'none',
    help: t(
      'Các số định danh của chủ hồ sơ (loại + số). Một hệ thống luôn gửi một mục, dùng số giữ chỗ 000000001 khi không biết — số đó không phải định danh thật.',
      "The owner's identifiers (kind + number). One system always sends one item, with the placeholder 000000001 when unknown — that is not a real identifier.",
    ),
    specRef: row(36),
  }),
  dateField(
    'NgayNopHoSo',
    t('Ngày nộp hồ sơ', 'Submission date'),
    'O',
    t(
      'Thời điểm người nộp gửi hồ sơ; không sau NgayTiepNhan. Chỉ số 766 dùng ngày này khi thiếu NgayTiepNhan.',
      'When the applicant submitted the dossier; never after NgayTiepNhan. The 766 scoring falls back to it when NgayTiepNhan is empty.',
    ),
    37,
    '20240311213005',
    ['W', '766'],
  ),
  field('DSKetNoiCSDL', t('Danh sách kết nối cơ sở dữ liệu', 'Databases consulted'), {
    type: 'array',
    required: 'O',
    items: DS_KET_NOI_CSDL,
    evidence: ['W', '766'],
    origin: 'N',
    pii: 'none',
    help: t(
      'Các CSDL quốc gia/chuyên ngành đã khai thác khi xử lý; một hệ thống luôn gửi một mục MaCSDL "7".',
      'National or specialised databases used while processing; one system always sends one item with MaCSDL "7".',
    ),
    specRef: row(38),
  }),
];
