/**
 * Pieces shared by every packet family: a terse builder for field descriptions, the envelope
 * fields of other-kinds.md §0.2 / dossier.md §1.5, and the portal reply of §0.3 / §1.6.
 */
import { t, type Localized } from '../i18n/localized';
import type { CodeList, Evidence, FieldSpec, ObjectSpec, SpecRef } from './types';

/** A spec reference. */
export function ref(file: string, section: string, row?: string | number): SpecRef {
  return row === undefined ? { file, section } : { file, section, row: String(row) };
}

/** Options of `field`: everything of FieldSpec but the name and label. */
export type FieldOptions = Omit<FieldSpec, 'name' | 'label'>;

/** Describes one field. */
export function field(name: string, label: Localized, options: FieldOptions): FieldSpec {
  return { name, label, ...options };
}

/** Describes an object (record, list item, envelope). */
export function object(id: string, label: Localized, specRef: SpecRef, fields: FieldSpec[], unknownKeys: ObjectSpec['unknownKeys'] = 'info'): ObjectSpec {
  return { id, label, fields, unknownKeys, specRef };
}

const ENVELOPE_REF = ref('other-kinds.md', '§0.2');

/** `session`: token from the login call, sent in the body (dossier.md §1.4). */
export function sessionField(required: FieldSpec['required'] = 'M'): FieldSpec {
  return field('session', t('Phiên làm việc (session)', 'Session token'), {
    type: 'string',
    required,
    allowEmpty: false,
    evidence: ['W2', 'L'],
    pii: 'secret',
    help: t(
      'Mã phiên nhận được từ lời gọi đăng nhập; ứng dụng tự điền khi gửi.',
      'Token returned by the login call; the app fills it in when sending.',
    ),
    specRef: ref('dossier.md', '§1.5', 'session'),
  });
}

/** `madonvi`: identifier of the connecting unit (lower-case key in the envelope). */
export function madonviField(): FieldSpec {
  return field('madonvi', t('Mã đơn vị kết nối', 'Connecting unit code'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2', 'L'],
    pii: 'none',
    example: '000.00.01.H22',
    help: t(
      'Mã định danh của bộ, tỉnh hoặc đơn vị kết nối, ví dụ 000.00.01.H22.',
      'Identifier of the connecting ministry, province or unit, e.g. 000.00.01.H22.',
    ),
    specRef: ref('dossier.md', '§1.5', 'madonvi'),
  });
}

/** `service`: the operation name; the packet's `service` constant. */
export function serviceField(service: string, evidence: Evidence[] = ['W2']): FieldSpec {
  return field('service', t('Tên dịch vụ', 'Service name'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    pattern: escapeRegex(service),
    evidence,
    pii: 'none',
    example: service,
    help: t(`Luôn là "${service}" cho gói tin này.`, `Always "${service}" for this packet.`),
    specRef: ENVELOPE_REF,
  });
}

/** `data`: array (or, for DongBoTrangThaiHoSo type 2, a single object) of records. */
export function dataField(record: ObjectSpec, shape: 'array' | 'object' = 'array', specRef: SpecRef = ENVELOPE_REF): FieldSpec {
  return field('data', t('Dữ liệu (danh sách bản ghi)', 'Data (list of records)'), {
    type: shape,
    required: 'M',
    ...(shape === 'array' ? { items: record } : { object: record }),
    evidence: ['W2', 'L'],
    pii: 'none',
    help:
      shape === 'array'
        ? t('Luôn là một mảng, kể cả khi chỉ có một bản ghi.', 'Always an array, even for a single record.')
        : t('Một đối tượng duy nhất (không phải mảng).', 'A single object (not an array).'),
    specRef,
  });
}

/** The reply's `error_code` code list (dossier.md §1.6, §4.2). Open: other codes exist but were never observed. */
export const ERROR_CODES: CodeList = {
  id: 'error_code',
  label: t('Mã lỗi của Cổng DVCQG', 'DVCQG error code'),
  closed: false,
  confidence: 'high',
  entries: [
    { code: '0', label: t('Thành công', 'Success') },
    {
      code: '-3',
      label: t('Hồ sơ đã tồn tại trên Cổng DVCQG', 'Dossier already exists on DVCQG'),
      note: t(
        'Gửi mới (isUpdating "False") một MaHoSo đã có; gửi lại với isUpdating "True".',
        'A create (isUpdating "False") hit an existing MaHoSo; send again as an update ("True").',
      ),
    },
    {
      code: '3',
      label: t('Hồ sơ đã tồn tại (biến thể)', 'Dossier already exists (variant)'),
      note: t('Được một hệ thống xử lý như "-3"; chưa quan sát thấy trên đường truyền.', 'Handled like "-3" by one implementation; never observed on the wire.'),
    },
  ],
  specRef: ref('dossier.md', '§1.6'),
};

/** Fields of the portal's reply `{error_code, message, result}` (other-kinds.md §0.3). */
export function replyFields(result?: ObjectSpec, resultRequired: FieldSpec['required'] = 'O'): FieldSpec[] {
  const fields: FieldSpec[] = [
    field('error_code', t('Mã lỗi', 'Error code'), {
      type: 'stringOrNumber',
      required: 'M',
      codes: 'error_code',
      evidence: ['W2', 'L'],
      pii: 'none',
      help: t(
        '0 là thành công; giá trị khác là lỗi. Cổng gửi dạng chuỗi ("0", "-3"); một số hệ thống đọc dạng số.',
        '0 means success; anything else is an error. The portal sends strings ("0", "-3"); some systems read numbers.',
      ),
      specRef: ref('dossier.md', '§1.6', 'error_code'),
    }),
    field('message', t('Thông báo', 'Message'), {
      type: 'string',
      required: 'O',
      evidence: ['W2', 'L'],
      pii: 'freeText',
      help: t('Thông báo tiếng Việt của Cổng, ví dụ "Thành công".', 'The portal\'s Vietnamese message, e.g. "Thành công".'),
      specRef: ref('dossier.md', '§1.6', 'message'),
    }),
  ];
  if (result) {
    fields.push(
      field('result', t('Kết quả', 'Result'), {
        type: 'array',
        required: resultRequired,
        items: result,
        evidence: ['W2'],
        pii: 'none',
        help: t('Danh sách bản ghi trả về của các dịch vụ tra cứu, lấy dữ liệu.', 'Records returned by lookup and sharing services.'),
        specRef: ref('other-kinds.md', '§0.3', 'result'),
      }),
    );
  }
  return fields;
}

/** Escapes a literal for use in a `pattern`. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
