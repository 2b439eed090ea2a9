/**
 * The PAKN (citizen feedback / petitions) family. PROVISIONAL: `LayDanhSachPAKN` and
 * `DongBoKetQuaPAKN` are reconstructions (other-kinds.md (d)); only `LayTaiLieuPAKN` is official
 * (QCVN Table 11, official-sources.md §1 Q2 and §2 row 6).
 */
import { t, type Localized } from '../../i18n/localized';
import { dataField, madonviField, object, ref, replyFields, serviceField, sessionField } from '../common';
import type { KindModule } from '../module';
import type { FieldSpec, KindSpec, PacketSpec } from '../types';
import { PAKN_PUBLIC, PAKN_SENDER_TYPE, PAKN_STATUS } from './feedbackCodes';
import { paknAnswer, paknField, paknRecord } from './feedbackFields';
import { feedbackRules } from './feedbackRules';
import { feedbackTemplate, generateFeedback } from './feedbackTemplate';

const D = ref('other-kinds.md', '(d)');
const TABLE_11 = ref('official-sources.md', '§1 Q2 (QCVN Table 11)', 'TepTinPhanAnh');

/** Marks envelope / reply fields of a reconstructed packet as provisional too. */
function provisional(fields: FieldSpec[]): FieldSpec[] {
  return fields.map((f) => ({ ...f, provisional: true }));
}

function label(vi: string, en: string): Localized {
  return t(`${vi} (tái dựng)`, `${en} (reconstructed)`);
}

const listLabel = label('Phản hồi LayDanhSachPAKN (danh sách PAKN)', 'LayDanhSachPAKN reply (PAKN list)');
const layDanhSachPAKNResponse: PacketSpec = {
  id: 'LayDanhSachPAKN.response',
  kind: 'feedback',
  role: 'response',
  label: listLabel,
  help: t(
    'Định nghĩa tái dựng: không tìm thấy mã nguồn công khai nào trao đổi PAKN với Cổng DVCQG. Bản ghi 23 trường theo mẫu gói tin hỏi đáp. QCVN có ít nhất hai bảng bản ghi PAKN (Bảng 9 và 13), nên số 23 không được áp đặt: khóa lạ chỉ được báo ở mức thông tin.',
    'Reconstructed definition: no public code exchanging PAKN with DVCQG was found. The 23-field record follows the Q&A packets. QCVN has at least two PAKN record tables (Tables 9 and 13), so the count of 23 is not enforced: unknown keys are reported as information only.',
  ),
  envelope: object('feedback.envelope.LayDanhSachPAKN.response', listLabel, ref('other-kinds.md', '§0.3'), provisional(replyFields(paknRecord))),
  recordsField: 'result',
  record: paknRecord,
  provisional: true,
  specRef: D,
};

const requestLabel = label('Yêu cầu LayDanhSachPAKN', 'LayDanhSachPAKN request');
const dateParam = (name: 'tungay' | 'denngay', vi: string, en: string): FieldSpec =>
  paknField(name, t(vi, en), t(`${vi} của khoảng lọc, yyyyMMdd, ví dụ 20261001; tùy chọn.`, `${en} of the filter range, yyyyMMdd, e.g. 20261001; optional.`), {
    format: 'date8',
    pii: 'none',
    example: name === 'tungay' ? '20261001' : '20261031',
    specRef: ref('other-kinds.md', '(d)', 'LayDanhSachPAKN'),
  });
const layDanhSachPAKNRequest: PacketSpec = {
  id: 'LayDanhSachPAKN.request',
  kind: 'feedback',
  service: 'LayDanhSachPAKN',
  role: 'request',
  label: requestLabel,
  help: t(
    'Định nghĩa tái dựng: lấy các PAKN gửi tới madonvi, có thể lọc theo tungay / denngay (yyyyMMdd).',
    'Reconstructed definition: pulls the PAKN items routed to madonvi, optionally filtered by tungay / denngay (yyyyMMdd).',
  ),
  envelope: object('feedback.envelope.LayDanhSachPAKN.request', requestLabel, ref('other-kinds.md', '§0.2'), [
    ...provisional([sessionField(), madonviField(), serviceField('LayDanhSachPAKN', ['R'])]),
    dateParam('tungay', 'Từ ngày', 'From date'),
    dateParam('denngay', 'Đến ngày', 'To date'),
  ]),
  provisional: true,
  specRef: D,
};

const pushLabel = label('Đồng bộ kết quả trả lời PAKN (DongBoKetQuaPAKN)', 'PAKN answer push (DongBoKetQuaPAKN)');
const dongBoKetQuaPAKN: PacketSpec = {
  id: 'DongBoKetQuaPAKN',
  kind: 'feedback',
  service: 'DongBoKetQuaPAKN',
  role: 'push',
  label: pushLabel,
  help: t(
    'Định nghĩa tái dựng theo gói đồng bộ trả lời hỏi đáp (e.3): gửi câu trả lời của đơn vị cho các PAKN nhận từ Cổng, mảng data.',
    'Reconstructed after the Q&A answer push (e.3): sends the unit\'s answers to PAKN items received from the portal, in a data array.',
  ),
  envelope: object('feedback.envelope.DongBoKetQuaPAKN', pushLabel, ref('other-kinds.md', '§0.2'), [
    ...provisional([sessionField(), madonviField(), serviceField('DongBoKetQuaPAKN', ['R']), dataField(paknAnswer)]),
  ]),
  recordsField: 'data',
  record: paknAnswer,
  provisional: true,
  specRef: ref('other-kinds.md', '(d)', 'DongBoKetQuaPAKN'),
};

const docLabel = t('Yêu cầu LayTaiLieuPAKN (tài liệu đính kèm PAKN)', 'LayTaiLieuPAKN request (PAKN attachments)');
const layTaiLieuPAKN: PacketSpec = {
  id: 'LayTaiLieuPAKN.request',
  kind: 'feedback',
  service: 'LayTaiLieuPAKN',
  role: 'request',
  label: docLabel,
  help: t(
    'Gói tin chính thức (QCVN 120, Bảng 11): hệ thống một cửa lấy tệp đính kèm PAKN từ Cổng DVCQG. Đầu vào duy nhất TepTinPhanAnh là danh sách đường dẫn đã trả về ở mục 13 của Bảng 9 và Bảng 13. Phong bì (session, madonvi, service) theo quy ước chung của các lời gọi tới adapter.',
    'Official packet (QCVN 120, Table 11): the one-stop system fetches PAKN attachments from DVCQG. Its only input, TepTinPhanAnh, is the list of paths returned in item 13 of Tables 9 and 13. The envelope (session, madonvi, service) follows the common convention of adapter calls.',
  ),
  envelope: object('feedback.envelope.LayTaiLieuPAKN.request', docLabel, TABLE_11, [
    sessionField(),
    madonviField(),
    serviceField('LayTaiLieuPAKN', ['QCVN']),
    {
      name: 'TepTinPhanAnh',
      label: t('Tệp tin phản ánh', 'Feedback attachment paths'),
      type: 'string',
      required: 'M',
      allowEmpty: false,
      evidence: ['QCVN'],
      pii: 'url',
      example: 'https://pakn.example.gov.vn/files/8841207/giay-hen.pdf',
      help: t(
        'Bắt buộc, kiểu chuỗi (QCVN Bảng 11): danh sách đường dẫn tệp đính kèm PAKN như đã trả về ở mục 13 của Bảng 9 và Bảng 13. Ký tự phân tách khi có nhiều đường dẫn chưa được biết. Khóa viết đúng "TepTinPhanAnh" (PascalCase chính thức).',
        'Mandatory String (QCVN Table 11): the list of PAKN attachment paths as returned in item 13 of Tables 9 and 13. The separator between several paths is unknown. The key is spelled "TepTinPhanAnh" (official PascalCase).',
      ),
      specRef: TABLE_11,
    },
  ]),
  // Official, unlike the rest of the kind: an explicit false overrides the kind's flag.
  provisional: false,
  specRef: TABLE_11,
};

const spec: KindSpec = {
  id: 'feedback',
  label: t('Phản ánh, kiến nghị (PAKN) — tái dựng', 'Citizen feedback (PAKN) — reconstructed'),
  description: t(
    'Chia sẻ phản ánh, kiến nghị. PHẦN LỚN LÀ TÁI DỰNG: tên dịch vụ LayDanhSachPAKN, DongBoKetQuaPAKN, tên trường và mã trạng thái chưa được kiểm chứng; mọi kết quả kiểm tra theo định nghĩa này chỉ mang tính tham khảo. Chỉ LayTaiLieuPAKN (QCVN Bảng 11) là chính thức. Tên khóa chính thức viết kiểu PascalCase; hồ sơ cấu hình (profile) có thể đổi mọi tên.',
    'Citizen feedback sharing. MOSTLY RECONSTRUCTED: the service names LayDanhSachPAKN and DongBoKetQuaPAKN, the field names and the status codes are unverified; every finding against them is indicative only. Only LayTaiLieuPAKN (QCVN Table 11) is official. Official keys are PascalCase; a profile can rename any field.',
  ),
  packets: [layDanhSachPAKNResponse, layDanhSachPAKNRequest, dongBoKetQuaPAKN, layTaiLieuPAKN],
  codeLists: [PAKN_STATUS, PAKN_SENDER_TYPE, PAKN_PUBLIC],
  provisional: true,
  specRef: D,
};

/** The PAKN family (provisional): spec, (d) rules, templates and generator. */
export const feedbackModule: KindModule = {
  spec,
  rules: feedbackRules,
  template: feedbackTemplate,
  generate: generateFeedback,
};
