/**
 * The PAKN (citizen feedback) records as data. Everything here except `TepTinPhanAnh` is a
 * RECONSTRUCTION (other-kinds.md (d), tag R): no public DVCQG PAKN wire format was found. Every
 * field therefore carries `provisional: true`, and its help says so.
 *
 * official-sources.md §2 rows 6–9 qualify the reconstruction: QCVN Table 11 defines the official
 * `LayTaiLieuPAKN` (one mandatory String `TepTinPhanAnh`), the attachment paths are item 13 of the
 * PAKN tables 9 and 13, there are at least two PAKN record tables (so "23 fields" is not enforced:
 * extra keys are only reported as information), and official keys are PascalCase.
 */
import { t, type Localized } from '../../i18n/localized';
import { field, object, ref } from '../common';
import type { FieldOptions } from '../common';
import type { FieldSpec, ObjectSpec } from '../types';
import { PAKN_PUBLIC, PAKN_SENDER_TYPE, PAKN_STATUS } from './feedbackCodes';

const D = '(d)';

/** Prefix of every reconstructed help text. */
export const RECONSTRUCTED: Localized = t(
  'Định nghĩa tái dựng (chưa có bảng chính thức; văn bản chính thức viết tên khóa kiểu PascalCase).',
  'Reconstructed definition (no official table; official documents spell keys in PascalCase).',
);

/** A reconstructed PAKN field: provisional, evidence R, help prefixed with the caveat. */
export function paknField(name: string, label: Localized, help: Localized, options: Partial<FieldOptions> & Pick<FieldOptions, 'specRef' | 'pii'>): FieldSpec {
  const required = options.required ?? 'O';
  return field(name, label, {
    type: 'string',
    required,
    allowEmpty: required === 'O' || required === 'C',
    evidence: ['R'],
    provisional: true,
    ...options,
    help: t(`${RECONSTRUCTED.vi} ${help.vi}`, `${RECONSTRUCTED.en} ${help.en}`),
  });
}

const d = (row: number | string) => ref('other-kinds.md', D, row);

/** An attachment item `{TENTEP, URL}` (d row 19). */
export const paknAttachment: ObjectSpec = object('feedback.TEPDINHKEM', t('Tệp đính kèm PAKN (tái dựng)', 'PAKN attachment (reconstructed)'), d(19), [
  paknField('TENTEP', t('Tên tệp', 'File name'), t('Tên tệp đính kèm, ví dụ "giay-hen.pdf".', 'Attachment file name, e.g. "giay-hen.pdf".'), {
    required: 'M?',
    allowEmpty: false,
    pii: 'freeText',
    example: 'giay-hen.pdf',
    specRef: d('19 TENTEP'),
  }),
  paknField('URL', t('Đường dẫn tệp', 'File URL'), t('Đường dẫn tải tệp, dạng http(s)://….', 'Download link of the file, http(s)://….'), {
    required: 'M?',
    allowEmpty: false,
    format: 'url',
    pii: 'url',
    example: 'https://pakn.example.gov.vn/files/8841207/giay-hen.pdf',
    specRef: d('19 URL'),
  }),
]);

function attachments(row: number | string): FieldSpec {
  return paknField(
    'TEPDINHKEM',
    t('Tệp đính kèm', 'Attachments'),
    t(
      'Mảng tệp {TENTEP, URL}; có thể rỗng. Theo QCVN (Bảng 9 và 13), đường dẫn tệp đính kèm là mục 13 của bảng PAKN, dạng chuỗi danh sách đường dẫn, và dịch vụ chính thức LayTaiLieuPAKN nhận lại chúng qua TepTinPhanAnh để tải tệp; tên của mục 13 chưa được biết.',
      'Array of files {TENTEP, URL}; may be empty. Per QCVN (Tables 9 and 13), attachment paths are item 13 of the PAKN tables, as a String list of paths, and the official LayTaiLieuPAKN service takes them back through TepTinPhanAnh to fetch the files; item 13\'s own name is unknown.',
    ),
    { type: 'array', items: paknAttachment, pii: 'none', specRef: d(row) },
  );
}

const answerDate = (required: 'M' | 'C', row: number | string) =>
  paknField(
    'NGAYTRALOI',
    t('Ngày trả lời', 'Answered at'),
    t('Thời điểm trả lời, yyyyMMddHHmmss giờ Việt Nam, ví dụ 20261014100512; không sớm hơn NGAYGUI. Bắt buộc khi đã trả lời (TRANGTHAI = 3).', 'Answer time, yyyyMMddHHmmss Vietnam time, e.g. 20261014100512; not before NGAYGUI. Required once answered (TRANGTHAI = 3).'),
    { required, allowEmpty: required === 'C', format: 'datetime14', pii: 'none', example: '20261014100512', specRef: d(row) },
  );

const answerText = (required: 'M' | 'C', row: number | string) =>
  paknField(
    'NOIDUNGTRALOI',
    t('Nội dung trả lời', 'Answer text'),
    t('Nội dung trả lời người gửi; bắt buộc khi TRANGTHAI = 3, và chỉ có khi TRANGTHAI = 3.', 'The answer to the sender; required when TRANGTHAI = 3, and present only then.'),
    { required, allowEmpty: required === 'C', pii: 'freeText', example: 'Hồ sơ nộp tại UBND cấp xã nơi cư trú của cha hoặc mẹ.', specRef: d(row) },
  );

const status = (row: number | string) =>
  paknField(
    'TRANGTHAI',
    t('Trạng thái', 'Status'),
    t('Mã tái dựng: 1 đã tiếp nhận, 2 đang xử lý, 3 đã trả lời, 4 từ chối / không thuộc thẩm quyền, 0 đã rút / ẩn.', 'Reconstructed codes: 1 received, 2 processing, 3 answered, 4 rejected / not in competence, 0 withdrawn / hidden.'),
    { required: 'M', allowEmpty: false, codes: PAKN_STATUS.id, pii: 'none', example: '3', specRef: d(row) },
  );

const agencyCode = (row: number | string) =>
  paknField('MADONVI', t('Mã đơn vị xử lý', 'Handling agency code'), t('Mã cơ quan xử lý trong danh mục cơ quan của Cổng, ví dụ 000.00.15.H35.', 'Handling agency code in the portal catalogue, e.g. 000.00.15.H35.'), {
    required: 'M',
    allowEmpty: false,
    pii: 'none',
    example: '000.00.15.H35',
    specRef: d(row),
  });

const paknId = (row: number | string) =>
  paknField('PAKNID', t('ID phản ánh kiến nghị', 'PAKN id'), t('Mã của PAKN trên Cổng DVCQG (tương tự HOIDAPID của hỏi đáp), chuỗi hoặc số.', 'Id of the item on DVCQG (like the Q&A HOIDAPID), string or number.'), {
    type: 'stringOrNumber',
    required: 'M',
    allowEmpty: false,
    pii: 'none',
    example: '8841207',
    specRef: d(row),
  });

const answerId = (row: number | string) =>
  paknField('TRALOIID', t('ID trả lời', 'Answer id'), t('Mã câu trả lời, chuỗi hoặc số; "" khi chưa trả lời.', 'Answer id, string or number; "" while unanswered.'), {
    type: 'stringOrNumber',
    pii: 'none',
    example: '552310',
    specRef: d(row),
  });

const answerer = (required: 'M' | 'O', row: number | string) =>
  paknField('NGUOITRALOI', t('Người / cơ quan trả lời', 'Answering officer or agency'), t('Người hoặc cơ quan trả lời, ví dụ "Sở Tư pháp tỉnh Hà Nam".', 'Answering officer or agency, e.g. "Sở Tư pháp tỉnh Hà Nam".'), {
    required,
    allowEmpty: required === 'O',
    pii: 'name',
    example: 'Phòng Hành chính tư pháp - Sở Tư pháp tỉnh Hà Nam',
    specRef: d(row),
  });

/** The 23-field PAKN record of (d), an element of `result` of `LayDanhSachPAKN`. */
export const paknRecord: ObjectSpec = object('feedback.record', t('Phản ánh, kiến nghị (tái dựng)', 'Citizen feedback item (reconstructed)'), ref('other-kinds.md', D), [
  paknId(1),
  paknField('MAPAKN', t('Mã PAKN', 'PAKN code'), t('Mã hiển thị cho người gửi, ví dụ "PAKN.2026.0018841".', 'Code shown to the sender, e.g. "PAKN.2026.0018841".'), {
    required: 'M',
    allowEmpty: false,
    pii: 'none',
    example: 'PAKN.2026.0018841',
    specRef: d(2),
  }),
  paknField('TIEUDE', t('Tiêu đề', 'Subject'), t('Tiêu đề phản ánh, tối đa 500 ký tự.', 'Subject of the item, at most 500 characters.'), {
    required: 'M',
    allowEmpty: false,
    maxLength: 500,
    pii: 'freeText',
    example: 'Chậm trả kết quả cấp giấy chứng nhận quyền sử dụng đất',
    specRef: d(3),
  }),
  paknField('NOIDUNG', t('Nội dung phản ánh, kiến nghị', 'Feedback text'), t('Nội dung người dân, doanh nghiệp gửi.', 'Text sent by the citizen or enterprise.'), {
    required: 'M',
    allowEmpty: false,
    pii: 'freeText',
    example: 'Tôi nộp hồ sơ ngày 02/09/2026 nhưng đến nay chưa nhận được kết quả.',
    specRef: d(4),
  }),
  paknField('NGAYGUI', t('Ngày gửi', 'Submitted at'), t('Thời điểm gửi, yyyyMMddHHmmss giờ Việt Nam, ví dụ 20261015083012 (không phải "15/10/2026 08:30").', 'Submission time, yyyyMMddHHmmss Vietnam time, e.g. 20261015083012 (not "15/10/2026 08:30").'), {
    required: 'M',
    allowEmpty: false,
    format: 'datetime14',
    pii: 'none',
    example: '20261015083012',
    specRef: d(5),
  }),
  paknField('HOVATEN', t('Họ và tên người phản ánh', 'Sender name'), t('Họ tên người gửi, ví dụ "Nguyễn Văn Bình".', 'Full name of the sender, e.g. "Nguyễn Văn Bình".'), {
    required: 'M',
    allowEmpty: false,
    pii: 'name',
    example: 'Nguyễn Văn Bình',
    specRef: d(6),
  }),
  paknField('LOAIDOITUONG', t('Loại đối tượng', 'Sender type'), t('1 công dân, 2 tổ chức / doanh nghiệp (quy ước của gói tin hồ sơ).', '1 citizen, 2 organisation / enterprise (the dossier-packet convention).'), {
    codes: PAKN_SENDER_TYPE.id,
    pii: 'none',
    example: '1',
    specRef: d(7),
  }),
  paknField('SOGIAYTO', t('Số giấy tờ tùy thân', 'ID-card number'), t('Số CCCD 12 chữ số hoặc CMND 9 chữ số; có thể để "".', 'Citizen id, 12 digits (CCCD) or 9 digits (CMND); may be "".'), {
    format: 'idNumber',
    pii: 'idNumber',
    example: '035089001234',
    specRef: d(8),
  }),
  paknField('DIACHI', t('Địa chỉ', 'Address'), t('Địa chỉ liên hệ; cần ít nhất một trong THUDIENTU, SODIENTHOAI, DIACHI.', 'Contact address; at least one of THUDIENTU, SODIENTHOAI, DIACHI is needed.'), {
    pii: 'address',
    example: 'Thôn Đồng Văn, xã Thanh Hà, tỉnh Hà Nam',
    specRef: d(9),
  }),
  paknField('THUDIENTU', t('Thư điện tử', 'E-mail'), t('Thư điện tử liên hệ, ví dụ ten@example.vn; có thể để "".', 'Contact e-mail, e.g. name@example.vn; may be "".'), {
    format: 'email',
    pii: 'email',
    example: 'nvbinh@example.vn',
    specRef: d(10),
  }),
  paknField('SODIENTHOAI', t('Số điện thoại', 'Phone'), t('Số điện thoại liên hệ, chỉ gồm chữ số, ví dụ 0912345678; có thể để "".', 'Contact phone, digits only, e.g. 0912345678; may be "".'), {
    format: 'phone',
    pii: 'phone',
    example: '0912345678',
    specRef: d(11),
  }),
  paknField('MALINHVUC', t('Mã lĩnh vực', 'Domain code'), t('Mã lĩnh vực trong danh mục của Cổng, ví dụ G12-HT; có thể để "".', 'Domain code in the portal catalogue, e.g. G12-HT; may be "".'), {
    pii: 'none',
    example: 'G12-HT',
    specRef: d(12),
  }),
  paknField('MATTHC', t('Mã TTHC liên quan', 'Related procedure'), t('Mã TTHC quốc gia dạng d.dddddd, ví dụ 1.004227; có thể để "".', 'National procedure code d.dddddd, e.g. 1.004227; may be "".'), {
    pattern: '^\\d{1,2}\\.\\d{6}$',
    pii: 'none',
    example: '1.004227',
    specRef: d(13),
  }),
  agencyCode(14),
  paknField('TENDONVI', t('Tên đơn vị xử lý', 'Handling agency name'), t('Tên cơ quan xử lý, ví dụ "Sở Tư pháp tỉnh Hà Nam".', 'Name of the handling agency, e.g. "Sở Tư pháp tỉnh Hà Nam".'), {
    required: 'M',
    allowEmpty: false,
    pii: 'none',
    example: 'Sở Tư pháp tỉnh Hà Nam',
    specRef: d(15),
  }),
  status(16),
  paknField('CONGKHAI', t('Công khai', 'Published'), t('1 công khai, 0 không công khai.', '1 public, 0 not public.'), {
    codes: PAKN_PUBLIC.id,
    pii: 'none',
    example: '1',
    specRef: d(17),
  }),
  paknField('HANXULY', t('Hạn xử lý', 'Deadline'), t('Hạn xử lý, yyyyMMddHHmmss, không sớm hơn NGAYGUI.', 'Deadline, yyyyMMddHHmmss, not before NGAYGUI.'), {
    format: 'datetime14',
    pii: 'none',
    example: '20261025170000',
    specRef: d(18),
  }),
  attachments(19),
  answerId(20),
  answerText('C', 21),
  answerDate('C', 22),
  answerer('O', 23),
]);

/** The reconstructed answer push `DongBoKetQuaPAKN`: a subset of the record (d, after the table). */
export const paknAnswer: ObjectSpec = object(
  'feedback.DongBoKetQuaPAKN',
  t('Kết quả trả lời PAKN (tái dựng)', 'PAKN answer (reconstructed)'),
  ref('other-kinds.md', D, 'DongBoKetQuaPAKN'),
  [
    paknId('DongBoKetQuaPAKN PAKNID'),
    agencyCode('DongBoKetQuaPAKN MADONVI'),
    answerId('DongBoKetQuaPAKN TRALOIID'),
    status('DongBoKetQuaPAKN TRANGTHAI'),
    answerText('M', 'DongBoKetQuaPAKN NOIDUNGTRALOI'),
    answerDate('M', 'DongBoKetQuaPAKN NGAYTRALOI'),
    answerer('M', 'DongBoKetQuaPAKN NGUOITRALOI'),
    attachments('DongBoKetQuaPAKN TEPDINHKEM'),
  ],
);
