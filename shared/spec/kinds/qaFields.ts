/**
 * The Q&A records (other-kinds.md (e)): the question record of both `LayDanhSachHoiDap…` pulls
 * (e.1), the unit-authored push `DongBoHoiDap` (e.2), the answer push
 * `DongBoKetQuaHoiDapGuiTuDVCQG` (e.3, with official-sources.md §2 row 10 on
 * `ChucVuNguoiTraLoi`) and the answers of `LayNoiDungTraLoiTheoCauHoi`.
 */
import { t, type Localized } from '../../i18n/localized';
import { field, object, ref } from '../common';
import type { FieldOptions } from '../common';
import type { CodeList, FieldSpec, ObjectSpec } from '../types';

/** `TRANGTHAI` of a question (e.1 row 11): 0 = hidden / withdrawn (skipped), default 1. */
export const QA_STATUS: CodeList = {
  id: 'qa.TRANGTHAI',
  label: t('Trạng thái câu hỏi', 'Question status'),
  closed: false,
  confidence: 'medium',
  entries: [
    { code: '0', label: t('Ẩn / đã rút', 'Hidden / withdrawn'), note: t('OpenCPS bỏ qua câu hỏi này; không được đăng lại.', 'OpenCPS skips the question; it must not be re-published.') },
    { code: '1', label: t('Hiển thị (mặc định)', 'Shown (default)'), note: t('Giá trị mặc định khi thiếu trường.', 'The default when the field is absent.') },
  ],
  specRef: ref('other-kinds.md', '(e) e.1', 11),
};

/** Integer ids, signed so that the sign is judged by the `qa.question-id-positive` rule (e.4), not twice. */
const INTEGER = '^-?\\d+$';

function qaField(name: string, label: Localized, help: Localized, options: Partial<FieldOptions> & Pick<FieldOptions, 'specRef' | 'pii'>): FieldSpec {
  const required = options.required ?? 'O';
  return field(name, label, { type: 'string', required, allowEmpty: required === 'O', evidence: ['W'], help, ...options });
}

/** A reference into (e): `section` is a table (`e.1`…) or `services`, the service table at the top of (e). */
const e = (section: string, row: number | string) => ref('other-kinds.md', section === 'services' ? '(e)' : `(e) ${section}`, row);

const questionId = (section: string, row: number, help: Localized) =>
  qaField('HOIDAPID', t('ID hỏi đáp', 'Question id'), help, {
    type: 'stringOrNumber',
    required: 'M',
    allowEmpty: false,
    pattern: INTEGER,
    pii: 'none',
    example: '2214587',
    specRef: e(section, row),
  });

const answerId = (section: string, row: number | string, required: 'O' | 'M?' = 'O') =>
  qaField(
    'TRALOIID',
    t('ID trả lời', 'Answer id'),
    t('Mã câu trả lời (mới nhất), số nguyên; 0 hoặc không có nghĩa là chưa trả lời. Khi > 0 thì NOIDUNGTRALOI không được rỗng.', 'Id of the (latest) answer, an integer; 0 or absent means not answered yet. When > 0, NOIDUNGTRALOI must not be empty.'),
    { type: 'stringOrNumber', required, allowEmpty: required === 'O', pattern: INTEGER, pii: 'none', example: '887150', specRef: e(section, row) },
  );

const answerText = (section: string, row: number | string, required: 'O' | 'M', extraVi = '', extraEn = '') =>
  qaField('NOIDUNGTRALOI', t('Nội dung trả lời', 'Answer text'), t(`Nội dung trả lời, có thể chứa HTML.${extraVi}`, `Answer text, may contain HTML.${extraEn}`), {
    required,
    allowEmpty: required === 'O',
    pii: 'freeText',
    example: 'Khi chứng thực chữ ký, chỉ người yêu cầu chứng thực phải có mặt.',
    specRef: e(section, row),
  });

const agencyCode = (section: string, row: number, vi: string, en: string) =>
  qaField('MADONVI', t('Mã đơn vị', 'Agency code'), t(`${vi} trong danh mục cơ quan của Cổng DVCQG, ví dụ 000.00.15.H35.`, `${en} in the DVCQG agency catalogue, e.g. 000.00.15.H35.`), {
    required: 'M',
    allowEmpty: false,
    pii: 'none',
    example: '000.00.15.H35',
    specRef: e(section, row),
  });

const agencyName = (section: string, row: number, required: 'O' | 'M') =>
  qaField('TENDONVI', t('Tên đơn vị', 'Agency name'), t('Tên cơ quan, ví dụ "Sở Tư pháp tỉnh Hà Nam".', 'Agency name, e.g. "Sở Tư pháp tỉnh Hà Nam".'), {
    required,
    allowEmpty: required === 'O',
    pii: 'none',
    example: 'Sở Tư pháp tỉnh Hà Nam',
    specRef: e(section, row),
  });

const questionText = (section: string, row: number) =>
  qaField('NOIDUNG', t('Nội dung câu hỏi', 'Question text'), t('Nội dung câu hỏi, có thể chứa HTML.', 'The question, may contain HTML.'), {
    required: 'M',
    allowEmpty: false,
    pii: 'freeText',
    example: 'Đăng ký khai sinh quá hạn có bị xử phạt không?',
    specRef: e(section, row),
  });

/** e.1: a question of `LayDanhSachHoiDapGuiTuDVCQG` / `LayDanhSachHoiDapBoCoQuan`. */
export const qaQuestion: ObjectSpec = object('qa.question', t('Câu hỏi (hỏi đáp)', 'Question (Q&A)'), ref('other-kinds.md', '(e) e.1'), [
  questionId('e.1', 1, t('Mã câu hỏi trên Cổng DVCQG, số nguyên > 0; OpenCPS bỏ qua bản ghi có mã ≤ 0.', 'Question id on DVCQG, an integer > 0; OpenCPS skips records with an id ≤ 0.')),
  qaField(
    'MALINHVUC',
    t('Mã lĩnh vực', 'Domain code'),
    t('Mã lĩnh vực trong danh mục của Cổng, ví dụ G12-HT; khi trống OpenCPS dựa vào MATTHCDP để xác định lĩnh vực.', 'Domain code in the portal catalogue, e.g. G12-HT; when empty OpenCPS maps the domain from MATTHCDP.'),
    { pii: 'none', example: 'G12-HT', specRef: e('e.1', 2) },
  ),
  qaField(
    'MATTHCDP',
    t('Mã TTHC địa phương', 'Local procedure code'),
    t(
      'Mã TTHC địa phương mà câu hỏi nói tới, dạng <MATTHC>.000.00.00.<đơn vị>, ví dụ 1.001193.000.00.00.H35; có thể để "". OpenCPS đọc nhầm trường này trên phong bì nên thực tế bị bỏ qua.',
      'Local procedure code the question is about, <MATTHC>.000.00.00.<unit>, e.g. 1.001193.000.00.00.H35; may be "". OpenCPS reads it from the envelope by mistake, so in practice it is dropped.',
    ),
    { pii: 'none', example: '1.001193.000.00.00.H35', specRef: e('e.1', 3) },
  ),
  agencyCode('e.1', 4, 'Mã cơ quan nhận câu hỏi', 'Code of the addressed agency'),
  agencyName('e.1', 5, 'O'),
  questionText('e.1', 6),
  qaField('HOVATEN', t('Họ và tên', 'Asker name'), t('Họ tên người hỏi; trống với câu hỏi do cơ quan soạn.', 'Name of the asker; empty for agency-authored items.'), {
    pii: 'name',
    example: 'Phạm Thu Hằng',
    specRef: e('e.1', 7),
  }),
  qaField('DIACHI', t('Địa chỉ', 'Asker address'), t('Địa chỉ người hỏi; có thể để "".', 'Address of the asker; may be "".'), {
    pii: 'address',
    example: 'Phường Hòa Khánh, TP. Đà Nẵng',
    specRef: e('e.1', 8),
  }),
  qaField('THUDIENTU', t('Thư điện tử', 'Asker e-mail'), t('Thư điện tử người hỏi, ví dụ ten@example.vn; có thể để "".', 'E-mail of the asker, e.g. name@example.vn; may be "".'), {
    format: 'email',
    pii: 'email',
    example: 'hang.pt@example.vn',
    specRef: e('e.1', 9),
  }),
  qaField('SODIENTHOAI', t('Số điện thoại', 'Asker phone'), t('Số điện thoại người hỏi, chỉ gồm chữ số; có thể để "".', 'Phone of the asker, digits only; may be "".'), {
    format: 'phone',
    pii: 'phone',
    example: '0987654321',
    specRef: e('e.1', 10),
  }),
  qaField(
    'TRANGTHAI',
    t('Trạng thái', 'Status'),
    t('Số nguyên: 0 = ẩn / đã rút (OpenCPS bỏ qua, không được đăng lại), 1 = hiển thị; mặc định 1 khi thiếu.', 'Integer: 0 = hidden / withdrawn (skipped by OpenCPS, must not be re-published), 1 = shown; 1 by default when absent.'),
    { type: 'integer', codes: QA_STATUS.id, pii: 'none', example: '1', specRef: e('e.1', 11) },
  ),
  answerId('e.1', 12),
  answerText('e.1', 13, 'O', ' OpenCPS đọc trường này không kiểm tra nên thực tế luôn cần có (có thể "").', ' OpenCPS reads it without a presence check, so in practice it is expected (may be "").'),
]);

/** e.2: a unit-authored question pushed with `DongBoHoiDap`. */
export const qaUnitQuestion: ObjectSpec = object('qa.DongBoHoiDap', t('Hỏi đáp do đơn vị soạn', 'Unit-authored Q&A item'), ref('other-kinds.md', '(e) e.2'), [
  questionId('e.2', 1, t('Mã câu hỏi của chính đơn vị, số nguyên > 0; Cổng có lẽ phân biệt theo (MADONVI, HOIDAPID).', 'The unit\'s own question id, an integer > 0; the portal presumably keys by (MADONVI, HOIDAPID).')),
  qaField(
    'MaLinhVuc',
    t('Mã lĩnh vực', 'Domain code'),
    t(
      'Mã lĩnh vực, ví dụ G12-HT. OpenCPS gửi khóa viết hoa-thường "MaLinhVuc", khác mọi khóa hỏi đáp khác; "MALINHVUC" có lẽ là cách viết của quy chuẩn và cũng được chấp nhận.',
      'Domain code, e.g. G12-HT. OpenCPS sends the mixed-case key "MaLinhVuc", unlike every other Q&A key; "MALINHVUC" is probably the regulation\'s spelling and is accepted too.',
    ),
    { required: 'M?', allowEmpty: false, aliases: ['MALINHVUC'], pii: 'none', example: 'G12-HT', specRef: e('e.2', 2) },
  ),
  questionText('e.2', 3),
  agencyCode('e.2', 4, 'Mã cơ quan', 'Agency code'),
  agencyName('e.2', 5, 'M'),
  answerId('e.2', 6),
  answerText('e.2', 7, 'O', ' Trong mã OpenCPS trường này đang bị chú thích bỏ, nên có lẽ quy chuẩn có nó.', ' Commented out in OpenCPS code, so the regulation probably lists it.'),
]);

/** e.3: an answer to a question received from DVCQG, pushed with `DongBoKetQuaHoiDapGuiTuDVCQG`. */
export const qaAnswerPush: ObjectSpec = object(
  'qa.DongBoKetQuaHoiDapGuiTuDVCQG',
  t('Trả lời câu hỏi nhận từ Cổng DVCQG', 'Answer to a question received from DVCQG'),
  ref('other-kinds.md', '(e) e.3'),
  [
    questionId(
      'e.3',
      1,
      t('Mã câu hỏi CỦA CỔNG DVCQG (lấy từ LayDanhSachHoiDapGuiTuDVCQG), số nguyên > 0; OpenCPS gửi dạng chuỗi.', 'The question id ON DVCQG (from LayDanhSachHoiDapGuiTuDVCQG), an integer > 0; OpenCPS sends it as a string.'),
    ),
    agencyCode('e.3', 2, 'Mã cơ quan trả lời', 'Code of the answering agency'),
    qaField('NGUOITRALOI', t('Người trả lời', 'Answering officer'), t('Họ tên cán bộ trả lời, ví dụ "Nguyễn Thị Lan".', 'Name of the answering officer, e.g. "Nguyễn Thị Lan".'), {
      required: 'M',
      allowEmpty: false,
      pii: 'name',
      example: 'Nguyễn Thị Lan',
      specRef: e('e.3', 3),
    }),
    qaField(
      'CHUCVUNGUOITRALOI',
      t('Chức vụ người trả lời', 'Officer\'s position'),
      t(
        'Chức vụ của người trả lời, ví dụ "Chuyên viên". Một bảng hướng dẫn chính thức ghi ChucVuNguoiTraLoi (String) là bắt buộc, nhưng OpenCPS luôn gửi "cb" (cán bộ) và Cổng vẫn nhận, nên thiếu chỉ bị cảnh báo. Cách viết "ChucVuNguoiTraLoi" của tài liệu cũng được chấp nhận.',
        'Position of the answering officer, e.g. "Chuyên viên". An official guide table marks ChucVuNguoiTraLoi (String) as required, but OpenCPS always sends "cb" (cán bộ) and the portal accepts it, so its absence only warns. The documented spelling "ChucVuNguoiTraLoi" is accepted too.',
      ),
      { required: 'M*', allowEmpty: false, aliases: ['ChucVuNguoiTraLoi'], evidence: ['W', 'guide'], pii: 'freeText', example: 'Chuyên viên Phòng Hành chính tư pháp', specRef: e('e.3', 4) },
    ),
    qaField(
      'NGAYTRALOI',
      t('Ngày trả lời', 'Answer date'),
      t(
        'Ngày trả lời: OpenCPS gửi dd/MM/yyyy (ví dụ 16/10/2026), các gói hồ sơ dùng yyyyMMddHHmmss; chấp nhận cả hai. Không sớm hơn ngày tạo câu hỏi.',
        'Answer date: OpenCPS sends dd/MM/yyyy (e.g. 16/10/2026), the dossier packets use yyyyMMddHHmmss; both are accepted. Not before the question was created.',
      ),
      { required: 'M', allowEmpty: false, format: 'dateDMYor14', pii: 'none', example: '16/10/2026', specRef: e('e.3', 5) },
    ),
    answerText('e.3', 6, 'M'),
  ],
);

/** An answer of `LayNoiDungTraLoiTheoCauHoi` (e service table): items with `TRALOIID`, `NOIDUNGTRALOI`. */
export const qaAnswer: ObjectSpec = object('qa.answer', t('Câu trả lời', 'Answer'), ref('other-kinds.md', '(e)', 'LayNoiDungTraLoiTheoCauHoi'), [
  answerId('services', 'LayNoiDungTraLoiTheoCauHoi', 'M?'),
  answerText('services', 'LayNoiDungTraLoiTheoCauHoi', 'O', ' Không được rỗng khi TRALOIID > 0.', ' Must not be empty when TRALOIID > 0.'),
]);
