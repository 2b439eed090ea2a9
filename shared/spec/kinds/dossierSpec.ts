/**
 * The `dossier` kind as data: the `DongBoHoSoMC` push (dossier.md §1.5) and its record, the 38
 * rows of dossier.md §2.1 in the reference's order (27 Q fields, `SoBienNhan` X, the N additions).
 */
import { t } from '../../i18n/localized';
import { dataField, field, madonviField, object, ref, serviceField, sessionField } from '../common';
import type { FieldSpec, KindSpec, ObjectSpec, PacketSpec } from '../types';
import { DOSSIER_CODE_LISTS } from './dossierCodes';
import { DOSSIER_APPLICANT_FIELDS } from './dossierFieldsApplicant';
import { DOSSIER_LATER_FIELDS } from './dossierFieldsLater';
import { DOSSIER_PROCESSING_FIELDS } from './dossierFieldsProcessing';

/** The dossier record (element of `data[]`), dossier.md §2.1. */
export const DOSSIER_RECORD: ObjectSpec = object('dossier.record', t('Hồ sơ TTHC', 'Dossier record'), ref('dossier.md', '§2.1'), [
  ...DOSSIER_APPLICANT_FIELDS,
  ...DOSSIER_PROCESSING_FIELDS,
  ...DOSSIER_LATER_FIELDS,
]);

/** Envelope `isUpdating`: "False" create, "True" update, as .NET-spelled strings (dossier.md §1.5). */
export function isUpdatingField(): FieldSpec {
  return field('isUpdating', t('Cập nhật hồ sơ đã có', 'Update an existing dossier'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    // Format only, as for IsDeleted: the isUpdating code list keeps the labels.
    format: 'trueFalse',
    evidence: ['W2', 'L'],
    pii: 'none',
    example: 'False',
    help: t(
      '"False" = gửi mới hồ sơ lên Cổng DVCQG, "True" = cập nhật hồ sơ đã có. Gửi mới một MaHoSo đã tồn tại bị trả lỗi -3 "… đã tồn tại trên CDVCQG"; dùng TraCuuHoSo để kiểm tra trước. Là chuỗi, không phải true/false JSON.',
      '"False" = create the dossier on DVCQG, "True" = update an existing one. Creating a MaHoSo that already exists is refused with -3 "… đã tồn tại trên CDVCQG"; check first with TraCuuHoSo. A string, not JSON true/false.',
    ),
    specRef: ref('dossier.md', '§1.5', 'isUpdating'),
  });
}

/** `DongBoHoSoMC` envelope: session, madonvi, service, data, isUpdating (dossier.md §1.5). */
export const DONG_BO_HO_SO_MC: PacketSpec = {
  id: 'DongBoHoSoMC',
  kind: 'dossier',
  service: 'DongBoHoSoMC',
  role: 'push',
  label: t('Đồng bộ hồ sơ một cửa (DongBoHoSoMC)', 'Dossier sync (DongBoHoSoMC)'),
  help: t(
    'Gửi mới hoặc cập nhật hồ sơ TTHC (trạng thái, ngày, tệp, phí, bổ sung, kết quả) lên Cổng DVCQG.',
    'Creates or updates administrative-procedure dossiers (status, dates, files, fees, supplements, results) on DVCQG.',
  ),
  envelope: object('dossier.envelope.DongBoHoSoMC', t('Gói DongBoHoSoMC', 'DongBoHoSoMC body'), ref('dossier.md', '§1.5'), [
    sessionField(),
    madonviField(),
    serviceField('DongBoHoSoMC', ['W2', 'L']),
    dataField(DOSSIER_RECORD, 'array', ref('dossier.md', '§1.5', 'data')),
    isUpdatingField(),
  ]),
  recordsField: 'data',
  record: DOSSIER_RECORD,
  recordsShape: 'array',
  specRef: ref('dossier.md', '§1.5'),
};

/** The `dossier` kind. */
export const DOSSIER_KIND: KindSpec = {
  id: 'dossier',
  label: t('Hồ sơ TTHC', 'Dossiers'),
  description: t(
    'Đồng bộ trạng thái xử lý, trả kết quả giải quyết TTHC: gói DongBoHoSoMC (27 trường theo QCVN 120; bản dựng lại có 38 trường gồm các trường bổ sung sau).',
    'Dossier status and result sync: the DongBoHoSoMC packet (27 fields per QCVN 120; the reconstruction has 38, including later additions).',
  ),
  packets: [DONG_BO_HO_SO_MC],
  codeLists: DOSSIER_CODE_LISTS,
  specRef: ref('dossier.md', '§2'),
};
