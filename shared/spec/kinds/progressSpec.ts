/**
 * The `progress` kind as data: `CapNhatTienDoHoSoMC`, the processing steps of a dossier
 * (dossier.md §3.1: 9 fields; QCVN Table 1 item 1.2 confirms the count). The envelope is the
 * dossier one without `isUpdating` (§1.5).
 */
import { t, type Localized } from '../../i18n/localized';
import { dataField, field, madonviField, object, ref, serviceField, sessionField } from '../common';
import type { FieldSpec, KindSpec, ObjectSpec, PacketSpec, RequiredMark } from '../types';
import { TRANG_THAI_HO_SO } from './dossierCodes';

const r31 = (name: string) => ref('dossier.md', '§3.1', name);

/** A wire date of a progress step (yyyyMMddHHmmss, dossier.md §1.7). */
function dateField31(name: string, label: Localized, required: RequiredMark, meaning: Localized, example: string): FieldSpec {
  return field(name, label, {
    type: 'string',
    required,
    ...(required === 'M' ? { allowEmpty: false } : {}),
    format: 'datetime14',
    evidence: ['W2'],
    pii: 'none',
    example,
    help: t(
      `${meaning.vi} Dạng yyyyMMddHHmmss giờ Việt Nam, ví dụ ${example}${required === 'M' ? '' : '; "" khi chưa biết'}.`,
      `${meaning.en} Format yyyyMMddHHmmss in Vietnam time, e.g. ${example}${required === 'M' ? '' : '; "" when unknown'}.`,
    ),
    specRef: r31(name),
  });
}

/** One progress step (element of `data[]`), dossier.md §3.1 in its order. */
export const PROGRESS_RECORD: ObjectSpec = object('progress.record', t('Bước xử lý hồ sơ', 'Processing step'), ref('dossier.md', '§3.1'), [
  field('MaHoSo', t('Mã hồ sơ', 'Dossier number'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'none',
    example: '000.21.30.H22-240304-0031',
    help: t(
      'Đúng MaHoSo đã gửi bằng DongBoHoSoMC; chỉ gửi tiến độ sau khi gói DongBoHoSoMC của hồ sơ này thành công.',
      'The same MaHoSo as sent with DongBoHoSoMC; send progress only after that dossier push succeeded.',
    ),
    specRef: r31('MaHoSo'),
  }),
  field('NguoiXuLy', t('Người xử lý', 'Handling officer'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    maxLength: 50,
    evidence: ['W2'],
    pii: 'name',
    example: 'Trần Văn Bình',
    help: t(
      'Họ tên cán bộ thực hiện bước, tối đa 50 ký tự (suy ra từ việc một hệ thống cắt bớt và mặc định "Chuyên viên").',
      'Name of the officer who handled the step, at most 50 characters (inferred from one system truncating and defaulting to "Chuyên viên").',
    ),
    specRef: r31('NguoiXuLy'),
  }),
  field('ChucDanh', t('Chức danh', "Officer's title"), {
    type: 'string',
    required: 'O',
    evidence: ['W2'],
    pii: 'none',
    example: 'Cán bộ một cửa',
    help: t('Chức danh của cán bộ, ví dụ "Chuyên viên"; có thể "".', 'The officer\'s title, e.g. "Chuyên viên"; may be "".'),
    specRef: r31('ChucDanh'),
  }),
  dateField31(
    'ThoiDiemXuLy',
    t('Thời điểm xử lý', 'When the step happened'),
    'M',
    t('Thời điểm thực hiện bước; các bước của cùng một hồ sơ nên theo thứ tự thời gian.', 'When the step happened; steps of one dossier should be in time order.'),
    '20240304093000',
  ),
  field('PhongBanXuLy', t('Phòng ban xử lý', 'Department'), {
    type: 'string',
    required: 'O',
    evidence: ['W2'],
    pii: 'none',
    example: 'Bộ phận Tiếp nhận và Trả kết quả',
    help: t('Tên phòng, ban thực hiện bước; có thể "".', 'Name of the department that handled the step; may be "".'),
    specRef: r31('PhongBanXuLy'),
  }),
  field('NoiDungXuLy', t('Nội dung xử lý', 'What was done'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'freeText',
    example: 'Tiếp nhận hồ sơ',
    help: t('Mô tả việc đã làm ở bước này, ví dụ "Tiếp nhận hồ sơ", "Thẩm định hồ sơ".', 'What was done in this step, e.g. "Tiếp nhận hồ sơ", "Thẩm định hồ sơ".'),
    specRef: r31('NoiDungXuLy'),
  }),
  field('TrangThai', t('Trạng thái sau bước', 'Status after the step'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    codes: 'TrangThaiHoSo',
    evidence: ['W2'],
    pii: 'none',
    example: '4',
    help: t(
      'Trạng thái hồ sơ sau bước này, cùng bảng mã "1"…"10" với TrangThaiHoSo. Chỉ số 766 đọc các trạng thái 3, 7, 8, 9, 10 ở đây để xác định lúc kết thúc xử lý.',
      'Dossier status after the step, the same "1"…"10" list as TrangThaiHoSo. The 766 scoring reads statuses 3, 7, 8, 9, 10 here to find the end of processing.',
    ),
    specRef: r31('TrangThai'),
  }),
  dateField31('NgayBatDau', t('Ngày bắt đầu', 'Step start'), 'O', t('Thời điểm bắt đầu bước; không sau ThoiDiemXuLy.', 'When the step started; not after ThoiDiemXuLy.'), '20240304093000'),
  dateField31(
    'NgayKetThucTheoQuyDinh',
    t('Ngày kết thúc theo quy định', 'Step deadline'),
    'O',
    t('Hạn hoàn thành bước theo quy trình; không trước NgayBatDau.', 'Deadline of the step under the workflow; not before NgayBatDau.'),
    '20240304170000',
  ),
]);

/** `CapNhatTienDoHoSoMC` body: session, madonvi, service, data (no `isUpdating`). */
export const CAP_NHAT_TIEN_DO_HO_SO_MC: PacketSpec = {
  id: 'CapNhatTienDoHoSoMC',
  kind: 'progress',
  service: 'CapNhatTienDoHoSoMC',
  role: 'push',
  label: t('Cập nhật tiến độ hồ sơ (CapNhatTienDoHoSoMC)', 'Dossier progress (CapNhatTienDoHoSoMC)'),
  help: t(
    'Gửi các bước xử lý của hồ sơ đã đồng bộ; một hệ thống gửi từng bước, hệ thống khác gửi tối đa 10 bước mỗi lần.',
    'Sends processing steps of dossiers already synced; one system sends one step per call, another up to 10.',
  ),
  envelope: object('progress.envelope.CapNhatTienDoHoSoMC', t('Gói CapNhatTienDoHoSoMC', 'CapNhatTienDoHoSoMC body'), ref('dossier.md', '§1.5', 'CapNhatTienDoHoSoMC'), [
    sessionField(),
    madonviField(),
    serviceField('CapNhatTienDoHoSoMC'),
    dataField(PROGRESS_RECORD, 'array', ref('dossier.md', '§1.5', 'CapNhatTienDoHoSoMC')),
  ]),
  recordsField: 'data',
  record: PROGRESS_RECORD,
  recordsShape: 'array',
  specRef: ref('dossier.md', '§3.1'),
};

/** The `progress` kind. */
export const PROGRESS_KIND: KindSpec = {
  id: 'progress',
  label: t('Tiến độ xử lý hồ sơ', 'Dossier progress'),
  description: t(
    'Các bước xử lý (quá trình xử lý) của hồ sơ: gói CapNhatTienDoHoSoMC, 9 trường, thuộc nhóm 1 của QCVN 120 cùng với DongBoHoSoMC.',
    'Processing steps of a dossier: the CapNhatTienDoHoSoMC packet, 9 fields, in QCVN 120 group 1 together with DongBoHoSoMC.',
  ),
  packets: [CAP_NHAT_TIEN_DO_HO_SO_MC],
  codeLists: [TRANG_THAI_HO_SO],
  specRef: ref('dossier.md', '§3.1'),
};
