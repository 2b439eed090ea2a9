/**
 * `DongBoTrangThaiHoSo` with `type` = "2" (dossier.md §3.5): the unit's feedback on dossiers that
 * DVCQG itself pushed to it (e.g. promotion notices). `data` is a single object, not an array.
 */
import { t } from '../../i18n/localized';
import { field, madonviField, object, ref, serviceField, sessionField, dataField } from '../common';
import type { CodeList, ObjectSpec, PacketSpec } from '../types';
import { TRANG_THAI_HO_SO } from './dossierCodes';
import { FILE_CORE_FIELDS } from './dossierItems';

const r35 = (name: string) => ref('dossier.md', '§3.5', name);

const DISPUTED = t(
  'Hai hệ thống không thống nhất: một hệ thống chỉ gửi 2 (4/6/9/10 → 2) hoặc 5 (3/7/8 → 5), giữ nguyên 1, 2, 5; hệ thống kia gửi mã 1–10 và 11 cho "từ chối". Chưa biết Cổng nhận mã nào.',
  'Implementations disagree: one sends only 2 (4/6/9/10 → 2) or 5 (3/7/8 → 5), passing 1, 2, 5 through; the other sends 1–10, and 11 for "refused". Which codes DVCQG accepts is unknown.',
);

/** Type-2 `TrangThai`: open, low (dossier.md §3.5, §6 "type-2 … unresolved", §8 doubt 7). */
export const TRANG_THAI_PHAN_HOI: CodeList = {
  id: 'TrangThaiPhanHoi',
  label: t('Trạng thái phản hồi (type 2, mã đang tranh cãi)', 'Feedback status (type 2, codes disputed)'),
  closed: false,
  confidence: 'low',
  entries: [
    ...TRANG_THAI_HO_SO.entries.map((e) => ({
      code: e.code,
      label: e.label,
      note: e.code === '2' || e.code === '5' ? t(`Cả hai hệ thống đều gửi mã này. ${DISPUTED.vi}`, `Both systems send this code. ${DISPUTED.en}`) : DISPUTED,
    })),
    { code: '11', label: t('Từ chối (chỉ một hệ thống)', 'Refused (one system only)'), note: DISPUTED },
  ],
  specRef: r35('TrangThai'),
};

/** `TaiLieuXuLy[]` item: the five TaiLieuNop fields §3.5 lists, in its order. */
const TAI_LIEU_XU_LY: ObjectSpec = object('auxiliary.TaiLieuXuLy', t('Tài liệu xử lý', 'Processing document'), r35('TaiLieuXuLy'), [
  FILE_CORE_FIELDS.TenTepDinhKem,
  FILE_CORE_FIELDS.MaThanhPhanHoSo,
  FILE_CORE_FIELDS.TepDinhKemId,
  FILE_CORE_FIELDS.DuongDanTaiTepTin,
  FILE_CORE_FIELDS.IsDeleted,
]);

/** The type-2 record (`data`, a single object). */
export const TRANG_THAI_HO_SO_RECORD: ObjectSpec = object('auxiliary.DongBoTrangThaiHoSo.record', t('Phản hồi trạng thái hồ sơ', 'Dossier status feedback'), ref('dossier.md', '§3.5'), [
  field('MaHoSo', t('Mã hồ sơ trên Cổng DVCQG', 'DVCQG dossier number'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'none',
    example: 'G22.99-240510-0012345',
    help: t('Mã hồ sơ do Cổng DVCQG cấp (mã tham chiếu nhận từ Cổng), không phải mã của đơn vị.', "The dossier number DVCQG assigned (the reference received from it), not the unit's own."),
    specRef: r35('MaHoSo'),
  }),
  field('MaHoSoDonVi', t('Mã hồ sơ của đơn vị', "Unit's dossier number"), {
    type: 'string',
    required: 'M?',
    evidence: ['W2'],
    pii: 'none',
    example: '000.21.30.H22-240510-0003',
    help: t('Mã hồ sơ trong hệ thống một cửa của đơn vị.', "The dossier's number in the unit's one-stop system."),
    specRef: r35('MaHoSoDonVi'),
  }),
  field('MaDoiTuong', t('Mã đối tượng (TechID)', 'Applicant TechID'), {
    type: 'string',
    nullable: true,
    required: 'O',
    evidence: ['W2'],
    pii: 'accountId',
    example: '',
    help: t('TechID của người nộp; một hệ thống gửi "".', 'The applicant\'s TechID; one system sends "".'),
    specRef: r35('MaDoiTuong'),
  }),
  field('NoiDung', t('Nội dung xử lý', 'Officer note'), {
    type: 'string',
    required: 'O',
    evidence: ['W2'],
    pii: 'freeText',
    example: 'Đã tiếp nhận thông báo thực hiện khuyến mại',
    help: t('Nội dung, ý kiến của cán bộ xử lý; không bắt buộc.', "The officer's note; optional."),
    specRef: r35('NoiDung'),
  }),
  field('NgayXuLy', t('Ngày xử lý', 'Processing date'), {
    type: 'string',
    required: 'M?',
    format: 'datetime14',
    evidence: ['W2'],
    pii: 'none',
    example: '20240512100000',
    help: t('Thời điểm xử lý, dạng yyyyMMddHHmmss giờ Việt Nam, ví dụ 20240512100000.', 'When it was processed, yyyyMMddHHmmss in Vietnam time, e.g. 20240512100000.'),
    specRef: r35('NgayXuLy'),
  }),
  field('TrangThai', t('Trạng thái', 'Status'), {
    type: 'string',
    required: 'M?',
    codes: 'TrangThaiPhanHoi',
    evidence: ['W2'],
    pii: 'none',
    example: '2',
    help: t(
      `Trạng thái phản hồi. ${DISPUTED.vi} Mã 2 (tiếp nhận) và 5 (bổ sung/từ chối) được cả hai hệ thống dùng nên an toàn nhất.`,
      `Feedback status. ${DISPUTED.en} Codes 2 (accepted) and 5 (supplement/refused) are used by both and are the safest.`,
    ),
    specRef: r35('TrangThai'),
  }),
  field('TaiLieuXuLy', t('Tài liệu xử lý', 'Processing documents'), {
    type: 'array',
    required: 'O',
    items: TAI_LIEU_XU_LY,
    evidence: ['W2'],
    pii: 'none',
    help: t('Tệp kết quả hoặc văn bản xử lý, cùng dạng TaiLieuNop (5 trường); không bắt buộc.', 'Result or processing files, shaped like TaiLieuNop (5 fields); optional.'),
    specRef: r35('TaiLieuXuLy'),
  }),
]);

/** `DongBoTrangThaiHoSo` type 2 body: session, madonvi, service, type "2", data (one object). */
export const DONG_BO_TRANG_THAI_HO_SO: PacketSpec = {
  id: 'DongBoTrangThaiHoSo',
  kind: 'auxiliary',
  service: 'DongBoTrangThaiHoSo',
  role: 'push',
  label: t('Phản hồi trạng thái hồ sơ từ Cổng (DongBoTrangThaiHoSo, type 2)', 'Status feedback on portal dossiers (DongBoTrangThaiHoSo, type 2)'),
  help: t(
    'Báo kết quả xử lý hồ sơ mà Cổng DVCQG chuyển cho đơn vị (ví dụ thông báo khuyến mại); không dùng DongBoHoSoMC cho các hồ sơ này. data là một đối tượng, không phải mảng.',
    'Reports the handling of dossiers DVCQG forwarded to the unit (e.g. promotion notices); DongBoHoSoMC is not used for them. data is one object, not an array.',
  ),
  envelope: object('auxiliary.envelope.DongBoTrangThaiHoSo', t('Gói DongBoTrangThaiHoSo', 'DongBoTrangThaiHoSo body'), ref('dossier.md', '§3.5'), [
    sessionField(),
    madonviField(),
    serviceField('DongBoTrangThaiHoSo'),
    field('type', t('Loại phản hồi', 'Feedback type'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      pattern: '2',
      evidence: ['W2'],
      pii: 'none',
      example: '2',
      help: t('Luôn là "2" cho phản hồi về hồ sơ do Cổng DVCQG chuyển đến.', 'Always "2" for feedback on dossiers DVCQG forwarded.'),
      specRef: r35('type'),
    }),
    dataField(TRANG_THAI_HO_SO_RECORD, 'object', r35('data')),
  ]),
  recordsField: 'data',
  record: TRANG_THAI_HO_SO_RECORD,
  recordsShape: 'object',
  discriminators: { type: '2' },
  specRef: ref('dossier.md', '§3.5'),
};
