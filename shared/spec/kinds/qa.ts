/**
 * The Q&A family ("trả lời góp ý, hỏi đáp", other-kinds.md (e)): two pushes, three pulls and their
 * replies. Replies carry no `service`; the engine recognises them from the record signature.
 * The two question lists share one record (e.1) and cannot be told apart by it.
 */
import { t, type Localized } from '../../i18n/localized';
import { dataField, madonviField, object, ref, replyFields, serviceField, sessionField } from '../common';
import type { KindModule } from '../module';
import type { FieldSpec, KindSpec, ObjectSpec, PacketSpec } from '../types';
import { QA_STATUS, qaAnswer, qaAnswerPush, qaQuestion, qaUnitQuestion } from './qaFields';
import { qaRules } from './qaRules';
import { generateQa, qaTemplate } from './qaTemplate';

const SERVICES = ref('other-kinds.md', '(e)');

function push(service: string, label: Localized, help: Localized, record: ObjectSpec, section: string): PacketSpec {
  return {
    id: service,
    kind: 'qa',
    service,
    role: 'push',
    label,
    help,
    envelope: object(`qa.envelope.${service}`, label, ref('other-kinds.md', '§0.2'), [sessionField(), madonviField(), serviceField(service), dataField(record)]),
    recordsField: 'data',
    record,
    specRef: ref('other-kinds.md', `(e) ${section}`),
  };
}

function request(service: string, label: Localized, help: Localized, params: FieldSpec[], unknownKeys: ObjectSpec['unknownKeys']): PacketSpec {
  const id = `${service}.request`;
  return {
    id,
    kind: 'qa',
    service,
    role: 'request',
    label,
    help,
    envelope: object(`qa.envelope.${id}`, label, ref('other-kinds.md', '§0.2'), [sessionField(), madonviField(), serviceField(service), ...params], unknownKeys),
    specRef: SERVICES,
  };
}

function response(service: string, label: Localized, help: Localized, record: ObjectSpec): PacketSpec {
  const id = `${service}.response`;
  return {
    id,
    kind: 'qa',
    role: 'response',
    label,
    help,
    envelope: object(`qa.envelope.${id}`, label, ref('other-kinds.md', '§0.3'), replyFields(record)),
    recordsField: 'result',
    record,
    specRef: SERVICES,
  };
}

const FILTERS = t(
  'Các tham số lọc không được công bố và được chuyển nguyên vẹn, nên khóa lạ trong yêu cầu không bị báo.',
  'Its filter parameters are undocumented and passed through unchanged, so unknown keys in the request are not reported.',
);

const packets: PacketSpec[] = [
  push(
    'DongBoHoiDap',
    t('Đồng bộ hỏi đáp của đơn vị (DongBoHoiDap)', 'Unit-authored Q&A push (DongBoHoiDap)'),
    t('Gửi các câu hỏi đáp do bộ, ngành, địa phương soạn lên Cổng DVCQG (e.2).', 'Pushes Q&A items authored by the ministry, sector or province to DVCQG (e.2).'),
    qaUnitQuestion,
    'e.2',
  ),
  push(
    'DongBoKetQuaHoiDapGuiTuDVCQG',
    t('Đồng bộ trả lời câu hỏi từ Cổng DVCQG', 'Push of answers to questions from DVCQG'),
    t(
      'Gửi câu trả lời của đơn vị cho các câu hỏi người dân, doanh nghiệp gửi qua Cổng DVCQG (e.3). HOIDAPID phải là mã câu hỏi đã lấy từ LayDanhSachHoiDapGuiTuDVCQG; OpenCPS chỉ đánh dấu đã đồng bộ khi error_code = 0.',
      'Sends the unit\'s answers to questions citizens and enterprises sent through DVCQG (e.3). HOIDAPID must be a question id pulled from LayDanhSachHoiDapGuiTuDVCQG; OpenCPS marks them synced only when error_code = 0.',
    ),
    qaAnswerPush,
    'e.3',
  ),
  request(
    'LayDanhSachHoiDapGuiTuDVCQG',
    t('Yêu cầu LayDanhSachHoiDapGuiTuDVCQG', 'LayDanhSachHoiDapGuiTuDVCQG request'),
    t(`Lấy các câu hỏi người dân, doanh nghiệp gửi tới đơn vị qua Cổng DVCQG. ${FILTERS.vi}`, `Pulls the questions citizens and enterprises sent to the unit on DVCQG. ${FILTERS.en}`),
    [],
    'ignore',
  ),
  response(
    'LayDanhSachHoiDapGuiTuDVCQG',
    t('Phản hồi LayDanhSachHoiDapGuiTuDVCQG (câu hỏi của người dân)', 'LayDanhSachHoiDapGuiTuDVCQG reply (citizens\' questions)'),
    t('Danh sách câu hỏi (e.1). OpenCPS bỏ qua câu hỏi có HOIDAPID ≤ 0 hoặc TRANGTHAI = 0.', 'List of questions (e.1). OpenCPS skips questions with HOIDAPID ≤ 0 or TRANGTHAI = 0.'),
    qaQuestion,
  ),
  request(
    'LayDanhSachHoiDapBoCoQuan',
    t('Yêu cầu LayDanhSachHoiDapBoCoQuan', 'LayDanhSachHoiDapBoCoQuan request'),
    t(`Lấy các câu hỏi đáp do bộ, cơ quan tổng hợp. ${FILTERS.vi}`, `Pulls the Q&A items compiled by the ministry or agency. ${FILTERS.en}`),
    [],
    'ignore',
  ),
  response(
    'LayDanhSachHoiDapBoCoQuan',
    t('Phản hồi LayDanhSachHoiDapBoCoQuan (hỏi đáp của bộ, cơ quan)', 'LayDanhSachHoiDapBoCoQuan reply (agency Q&A)'),
    t('Danh sách câu hỏi (e.1), cùng dạng bản ghi với LayDanhSachHoiDapGuiTuDVCQG.', 'List of questions (e.1), the same record as LayDanhSachHoiDapGuiTuDVCQG.'),
    qaQuestion,
  ),
  request(
    'LayNoiDungTraLoiTheoCauHoi',
    t('Yêu cầu LayNoiDungTraLoiTheoCauHoi', 'LayNoiDungTraLoiTheoCauHoi request'),
    t('Lấy các câu trả lời của một câu hỏi.', 'Pulls the answers of one question.'),
    [
      {
        name: 'cauhoiid',
        label: t('ID câu hỏi', 'Question id'),
        type: 'stringOrNumber',
        required: 'M',
        allowEmpty: false,
        pattern: '^\\d+$',
        evidence: ['W'],
        pii: 'none',
        example: '2213902',
        help: t('Mã câu hỏi cần lấy câu trả lời, bằng HOIDAPID của câu hỏi. Khóa viết thường "cauhoiid".', 'Id of the question whose answers are wanted, equal to its HOIDAPID. The key is lower case "cauhoiid".'),
        specRef: ref('other-kinds.md', '(e)', 'LayNoiDungTraLoiTheoCauHoi'),
      },
    ],
    'info',
  ),
  response(
    'LayNoiDungTraLoiTheoCauHoi',
    t('Phản hồi LayNoiDungTraLoiTheoCauHoi (các câu trả lời)', 'LayNoiDungTraLoiTheoCauHoi reply (answers)'),
    t('Các câu trả lời của câu hỏi: mỗi mục có TRALOIID và NOIDUNGTRALOI.', 'The answers of the question: each item has TRALOIID and NOIDUNGTRALOI.'),
    qaAnswer,
  ),
];

const spec: KindSpec = {
  id: 'qa',
  label: t('Trả lời góp ý, hỏi đáp', 'Replies to comments and Q&A'),
  description: t(
    'Gói tin thông tin trả lời góp ý, hỏi đáp: hai gói đẩy (DongBoHoiDap, DongBoKetQuaHoiDapGuiTuDVCQG) và ba dịch vụ lấy dữ liệu. Một hệ thống (OpenCPS) và một danh sách hằng số (Viettel) xác nhận tên dịch vụ; khóa bản ghi viết HOA, trừ MaLinhVuc.',
    'Packets of replies to comments and Q&A: two pushes (DongBoHoiDap, DongBoKetQuaHoiDapGuiTuDVCQG) and three pulls. One implementation (OpenCPS) and one constant list (Viettel) confirm the service names; record keys are UPPER-CASE, except MaLinhVuc.',
  ),
  packets,
  codeLists: [QA_STATUS],
  specRef: SERVICES,
};

/** The Q&A family: spec, e.4 rules, templates and generator. */
export const qaModule: KindModule = {
  spec,
  rules: qaRules,
  template: qaTemplate,
  generate: generateQa,
};
