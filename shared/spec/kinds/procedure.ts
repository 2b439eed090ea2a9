/**
 * The TTHC-sharing family (other-kinds.md (c)): `LayThuTuc` (one full procedure) and
 * `LayDanhSachTTHC` (the list of procedures), each a request and its reply. Replies carry no
 * `service`; the engine recognises them from the record signature, so the full record and the
 * summary item are described completely.
 */
import { t, type Localized } from '../../i18n/localized';
import { madonviField, object, ref, replyFields, serviceField, sessionField } from '../common';
import type { KindModule } from '../module';
import type { KindSpec, ObjectSpec, PacketSpec } from '../types';
import { TTHC_LEVEL, TTHC_STATUS } from './procedureCodes';
import { procedureRecord, procedureSummary, TTHC_CODE_PATTERN } from './procedureFields';
import { CATALOGUE, generateProcedures, procedureRecordFrom } from './procedureGenerate';
import { tthcField } from './procedureNested';
import { procedureRules } from './procedureRules';

const C1 = ref('other-kinds.md', '(c) c.1');

function request(service: string, label: Localized, extra: ObjectSpec['fields'], help: Localized): PacketSpec {
  const id = `${service}.request`;
  return {
    id,
    kind: 'procedure',
    service,
    role: 'request',
    label,
    help,
    envelope: object(`procedure.envelope.${id}`, label, ref('other-kinds.md', '§0.2'), [sessionField(), madonviField(), serviceField(service), ...extra]),
    specRef: C1,
  };
}

function response(service: string, label: Localized, record: ObjectSpec, help: Localized): PacketSpec {
  const id = `${service}.response`;
  return {
    id,
    kind: 'procedure',
    role: 'response',
    label,
    help,
    envelope: object(`procedure.envelope.${id}`, label, ref('other-kinds.md', '§0.3'), replyFields(record)),
    recordsField: 'result',
    record,
    specRef: C1,
  };
}

const layThuTucResponse = response(
  'LayThuTuc',
  t('Phản hồi LayThuTuc (một thủ tục đầy đủ)', 'LayThuTuc reply (one full procedure)'),
  procedureRecord,
  t(
    'Cổng trả về result là mảng có đúng một bản ghi TTHC đầy đủ (c.2, c.3). Ghép với yêu cầu LayThuTuc để kiểm tra mã TTHC trả về đúng mã đã hỏi.',
    'The portal returns result as an array with exactly one full TTHC record (c.2, c.3). Pair it with the LayThuTuc request to check that the returned code is the one requested.',
  ),
);

const layThuTucRequest = request(
  'LayThuTuc',
  t('Yêu cầu LayThuTuc', 'LayThuTuc request'),
  [
    tthcField(
      'maTTHC',
      t('Mã TTHC cần lấy', 'Requested procedure code'),
      t('Mã TTHC quốc gia dạng d.dddddd, ví dụ 1.001193. Khóa viết "maTTHC" (tham số viết thường/camel, khác khóa bản ghi).', 'National procedure code d.dddddd, e.g. 1.001193. The key is spelled "maTTHC" (parameters are camel case, unlike record keys).'),
      { required: 'M', pattern: TTHC_CODE_PATTERN, evidence: ['W2'], example: '1.001193', specRef: ref('other-kinds.md', '(c) c.1', 'LayThuTuc') },
    ),
  ],
  t('Lấy một thủ tục đầy đủ từ CSDL quốc gia về TTHC (gọi qua integration endpoint).', 'Fetches one full procedure from the national TTHC database (through the integration endpoint).'),
);

const layDanhSachRequest = request(
  'LayDanhSachTTHC',
  t('Yêu cầu LayDanhSachTTHC', 'LayDanhSachTTHC request'),
  [],
  t('Lấy danh sách thủ tục (gọi qua share endpoint); không có tham số ngoài phong bì.', 'Fetches the list of procedures (through the share endpoint); no parameter besides the envelope.'),
);

const layDanhSachResponse = response(
  'LayDanhSachTTHC',
  t('Phản hồi LayDanhSachTTHC (danh sách tóm tắt)', 'LayDanhSachTTHC reply (summary list)'),
  procedureSummary,
  t('Danh sách tóm tắt: mỗi mục có ít nhất MATTHC và TENTTHC; các khóa khác được bỏ qua.', 'Summary list: each item has at least MATTHC and TENTTHC; other keys are ignored.'),
);

const spec: KindSpec = {
  id: 'procedure',
  label: t('Chia sẻ dữ liệu thủ tục hành chính (TTHC)', 'Administrative-procedure (TTHC) data sharing'),
  description: t(
    'Gói tin chia sẻ thông tin dữ liệu về TTHC từ CSDL quốc gia (quy chuẩn: 25 trường; 28 khóa quan sát được từ ba hệ thống độc lập).',
    'Packets sharing administrative-procedure data from the national database (regulation: 25 fields; 28 keys observed in three independent consumers).',
  ),
  // The first packet is the main one: its record is the full TTHC record.
  packets: [layThuTucResponse, layThuTucRequest, layDanhSachRequest, layDanhSachResponse],
  codeLists: [TTHC_STATUS, TTHC_LEVEL],
  specRef: ref('other-kinds.md', '(c)'),
};

const ENVELOPE = { session: '5d0c8a7e-31f4-4b92-a6d1-7e2f9c40b8a1', madonvi: '000.00.00.H35' };

/** Complete valid documents for each packet; the LayThuTuc pair belongs together (c.4 rule 1). */
function procedureTemplate(packetId = 'LayThuTuc.response'): Record<string, unknown> {
  const birth = CATALOGUE[0];
  switch (packetId) {
    case 'LayThuTuc.response':
      return { error_code: '0', message: 'Thành công', result: [procedureRecordFrom(birth, '40718', ['1', '2', '3'])] };
    case 'LayThuTuc.request':
      return { ...ENVELOPE, service: 'LayThuTuc', maTTHC: birth.code };
    case 'LayDanhSachTTHC.request':
      return { ...ENVELOPE, service: 'LayDanhSachTTHC' };
    case 'LayDanhSachTTHC.response':
      return { error_code: '0', message: 'Thành công', result: CATALOGUE.map((e) => ({ MATTHC: e.code, TENTTHC: e.name })) };
    default:
      throw new Error(`Không có gói tin ${packetId} trong nhóm procedure / No packet ${packetId} in kind procedure`);
  }
}

/** The TTHC family: spec, c.4 rules, templates and generator. */
export const procedureModule: KindModule = {
  spec,
  rules: procedureRules,
  template: procedureTemplate,
  generate: generateProcedures,
};
