/**
 * The TTHC record returned by `LayThuTuc` (other-kinds.md (c) c.2: the 28 observed keys, plus
 * `QUYETDINH` seen in one consumer) and the summary item of `LayDanhSachTTHC` (c.1).
 * The regulation counts 25 fields; which 3 of the 28 are adapter additions is an open doubt.
 */
import { t } from '../../i18n/localized';
import { object, ref } from '../common';
import type { FieldSpec, ObjectSpec } from '../types';
import { TTHC_STATUS } from './procedureCodes';
import {
  agencyItem,
  applicantItem,
  channelItem,
  documentsCase,
  domainItem,
  legalItem,
  levelItem,
  resultItem,
  stepsCase,
  tthcField,
} from './procedureNested';

const C2 = '(c) c.2';
const c2 = (row: number | string) => ref('other-kinds.md', C2, row);

/** National TTHC code `d.dddddd` (c.2 row 2), e.g. 1.004227. */
export const TTHC_CODE_PATTERN = '^\\d{1,2}\\.\\d{6}$';

const PUBLISHED_NOTE = {
  vi: ' Với thủ tục đang công khai (TRANGTHAI = 1) danh sách này không được rỗng (c.4 quy tắc 2).',
  en: ' For a published procedure (TRANGTHAI = 1) this list must not be empty (c.4 rule 2).',
};

/** A list of the record. `published` lists must be non-empty when TRANGTHAI = 1 (c.4 rule 2, a rule, so `[]` is structurally fine). */
function list(name: string, row: number, vi: string, en: string, items: ObjectSpec, required: 'M' | 'O', helpVi: string, helpEn: string, published = false): FieldSpec {
  return tthcField(
    name,
    t(vi, en),
    t(helpVi + (published ? PUBLISHED_NOTE.vi : ''), helpEn + (published ? PUBLISHED_NOTE.en : '')),
    { type: 'array', required, allowEmpty: true, items, specRef: c2(row) },
  );
}

function agencies(name: string, row: number, vi: string, en: string, required: 'M' | 'O', published = false): FieldSpec {
  return list(name, row, vi, en, agencyItem, required, `Danh sách ${vi.toLowerCase()}: mỗi mục có MADONVI và TENDONVI.`, `List of ${en.toLowerCase()}: each item has MADONVI and TENDONVI.`, published);
}

/** The full TTHC record (element of `result` of `LayThuTuc`), rows 1–28 of c.2 then `QUYETDINH`. */
export const procedureRecord: ObjectSpec = object('procedure.record', t('Thủ tục hành chính (đầy đủ)', 'Administrative procedure (full record)'), ref('other-kinds.md', C2), [
  tthcField(
    'ID',
    t('ID bản ghi TTHC trên CSDLQG', 'Record id in the national database'),
    t('Mã bản ghi nội bộ của CSDL quốc gia về TTHC, không mang ý nghĩa nghiệp vụ; có thể là một trong các trường ngoài 25 trường của quy chuẩn.', 'Internal row id of the national TTHC database, no business meaning; probably one of the keys outside the regulation\'s 25.'),
    { example: '40718', specRef: c2(1) },
  ),
  tthcField(
    'MATTHC',
    t('Mã TTHC', 'Procedure code'),
    t(
      'Mã TTHC quốc gia dạng d.dddddd, ví dụ 1.004227. Trong phản hồi LayThuTuc phải trùng mã maTTHC đã hỏi (c.4 quy tắc 1).',
      'National procedure code d.dddddd, e.g. 1.004227. In a LayThuTuc response it must equal the requested maTTHC (c.4 rule 1).',
    ),
    { required: 'M', pattern: TTHC_CODE_PATTERN, example: '1.001193', specRef: c2(2) },
  ),
  tthcField('TENTTHC', t('Tên TTHC', 'Procedure name'), t('Tên thủ tục, ví dụ "Thủ tục đăng ký khai sinh".', 'Procedure name, e.g. "Thủ tục đăng ký khai sinh".'), {
    required: 'M',
    example: 'Thủ tục đăng ký khai sinh',
    specRef: c2(3),
  }),
  tthcField(
    'MACOQUANCONGBO',
    t('Mã cơ quan công bố', 'Announcing agency code'),
    t('Mã cơ quan công bố thủ tục trong danh mục cơ quan của Cổng, ví dụ 000.00.00.G12.', 'Code of the agency that announced the procedure, in the portal agency catalogue, e.g. 000.00.00.G12.'),
    { required: 'M?', allowEmpty: false, example: '000.00.00.G12', specRef: c2(4) },
  ),
  tthcField(
    'LOAITTHC',
    t('Loại TTHC', 'Procedure type'),
    t(
      'Loại thủ tục: 1 = không được luật giao quy định chi tiết, 2 = được luật giao quy định chi tiết, 3 = loại khác (c.4 quy tắc 4). Chuỗi hoặc số.',
      'Procedure type: 1 = not delegated by law for detailed regulation, 2 = delegated by law for detailed regulation, 3 = other (c.4 rule 4). String or number.',
    ),
    { type: 'stringOrNumber', required: 'M?', allowEmpty: false, example: '1', specRef: c2(5) },
  ),
  tthcField('MOTADOITUONGTHUCHIEN', t('Mô tả đối tượng thực hiện', 'Who may apply'), t('Mô tả người được thực hiện thủ tục.', 'Description of who may apply.'), {
    example: 'Cá nhân, tổ chức',
    specRef: c2(6),
  }),
  tthcField('DIACHITIEPNHAN', t('Địa chỉ tiếp nhận', 'Where to submit'), t('Nơi nộp hồ sơ; có thể nhiều dòng (\\n).', 'Where to submit; may span lines (\\n).'), {
    example: 'Bộ phận Một cửa Ủy ban nhân dân cấp xã',
    specRef: c2(7),
  }),
  tthcField('YEUCAU', t('Yêu cầu, điều kiện thực hiện', 'Requirements'), t('Yêu cầu, điều kiện thực hiện; có thể để "" hoặc "Không".', 'Requirements and conditions; may be "" or "Không".'), {
    example: 'Không',
    specRef: c2(8),
  }),
  tthcField('TUKHOA', t('Từ khóa', 'Keywords'), t('Từ khóa tìm kiếm, thường cách nhau bằng dấu chấm phẩy.', 'Search keywords, usually separated by semicolons.'), {
    example: 'khai sinh; hộ tịch',
    specRef: c2(9),
  }),
  tthcField(
    'IDQUYETDINHCONGBO',
    t('ID quyết định công bố', 'Announcing decision id'),
    t('Mã của quyết định công bố thủ tục; dùng làm idQDCB khi gọi LayQDCB.', 'Id of the announcing decision; used as idQDCB when calling LayQDCB.'),
    { example: '118342', specRef: c2(10) },
  ),
  tthcField(
    'TRANGTHAI',
    t('Trạng thái', 'Status'),
    t('1 = đang có hiệu lực, công khai; OpenCPS coi mọi giá trị khác là không công khai. Chuỗi hoặc số.', '1 = in force, published; OpenCPS treats any other value as not public. String or number.'),
    { type: 'stringOrNumber', required: 'M?', allowEmpty: false, codes: TTHC_STATUS.id, example: '1', specRef: c2(11) },
  ),
  tthcField('MOTACOQUANTHUCHIEN', t('Mô tả cơ quan thực hiện', 'Implementing agency (text)'), t('Mô tả cơ quan thực hiện dạng chữ.', 'Implementing agency as text.'), {
    example: 'Ủy ban nhân dân cấp xã',
    specRef: c2(12),
  }),
  tthcField('MOTACOQUANTHAMQUYEN', t('Mô tả cơ quan có thẩm quyền', 'Competent agency (text)'), t('Mô tả cơ quan có thẩm quyền dạng chữ.', 'Competent agency as text.'), {
    example: 'Ủy ban nhân dân cấp xã',
    specRef: c2(13),
  }),
  tthcField('MOTA', t('Mô tả', 'Description'), t('Mô tả chung; thường "".', 'General description; often "".'), { example: '', specRef: c2(14) }),
  list(
    'TRINHTUTHUCHIEN',
    15,
    'Trình tự thực hiện',
    'Procedure steps',
    stepsCase,
    'M',
    'Các bước thực hiện theo từng trường hợp (TRUONGHOP, TRINHTU[]).',
    'Steps per case (TRUONGHOP, TRINHTU[]).',
    true,
  ),
  list('CAPTHUCHIEN', 16, 'Cấp thực hiện', 'Administrative levels', levelItem, 'M', 'Các cấp hành chính thực hiện (CAPTHUCHIEN, TENCAP).', 'Levels that execute the procedure (CAPTHUCHIEN, TENCAP).', true),
  list(
    'LINHVUCTHUCHIEN',
    17,
    'Lĩnh vực thực hiện',
    'Domains',
    domainItem,
    'M',
    'Các lĩnh vực; phần tử đầu là lĩnh vực chính (OpenCPS đọc LINHVUCTHUCHIEN[0] mà không kiểm tra, nên danh sách rỗng làm hỏng việc lập gói tin hồ sơ).',
    'Domains; the first is the main one (OpenCPS reads LINHVUCTHUCHIEN[0] unchecked, so an empty list breaks building dossier packets).',
    true,
  ),
  list(
    'CACHTHUCTHUCHIEN',
    18,
    'Cách thức thực hiện',
    'Submission channels',
    channelItem,
    'M',
    'Các kênh nộp (KENH 1/2/3, mỗi kênh một lần) kèm thời hạn và phí.',
    'Submission channels (KENH 1/2/3, each once) with time limits and fees.',
    true,
  ),
  list('DOITUONGTHUCHIEN', 19, 'Đối tượng thực hiện', 'Applicant categories', applicantItem, 'M', 'Các loại đối tượng được thực hiện (MADOITUONG, TENDOITUONG).', 'Applicant categories (MADOITUONG, TENDOITUONG).'),
  list(
    'THANHPHANHOSO',
    20,
    'Thành phần hồ sơ',
    'Required documents',
    documentsCase,
    'M',
    'Giấy tờ phải nộp theo từng trường hợp (TRUONGHOP, GIAYTO[]).',
    'Documents to submit per case (TRUONGHOP, GIAYTO[]).',
    true,
  ),
  list('KETQUATHUCHIEN', 21, 'Kết quả thực hiện', 'Result documents', resultItem, 'M', 'Các giấy tờ kết quả của thủ tục.', 'Result documents of the procedure.'),
  list('CANCUPHAPLY', 22, 'Căn cứ pháp lý', 'Legal bases', legalItem, 'M', 'Các văn bản pháp luật làm căn cứ.', 'Legal documents the procedure rests on.'),
  tthcField(
    'TTHCLIENQUAN',
    t('TTHC liên quan', 'Related procedures'),
    t('Mảng các TTHC liên quan, có lẽ là mã TTHC dạng chuỗi; mới chỉ thấy mảng rỗng nên dạng phần tử chưa kiểm chứng.', 'Array of related procedures, presumably procedure codes as strings; only empty arrays were seen, so the item shape is unverified.'),
    { type: 'array', itemType: 'stringOrNumber', specRef: c2(23) },
  ),
  tthcField(
    'TTHCLIENTHONG',
    t('TTHC liên thông', 'Inter-linked procedures'),
    t('Mảng các TTHC liên thông, như TTHCLIENQUAN; dạng phần tử chưa kiểm chứng.', 'Array of inter-linked procedures, like TTHCLIENQUAN; the item shape is unverified.'),
    { type: 'array', itemType: 'stringOrNumber', specRef: c2(24) },
  ),
  agencies('COQUANTHUCHIEN', 25, 'Cơ quan thực hiện', 'Implementing agencies', 'M', true),
  agencies('COQUANCOTHAMQUYEN', 26, 'Cơ quan có thẩm quyền', 'Competent agencies', 'O'),
  agencies('COQUANDUOCUYQUYEN', 27, 'Cơ quan được ủy quyền', 'Delegated agencies', 'O'),
  agencies('COQUANPHOIHOP', 28, 'Cơ quan phối hợp', 'Cooperating agencies', 'O'),
  tthcField('QUYETDINH', t('Quyết định', 'Decision'), t('Quyết định công bố dạng chữ; chỉ lớp C# của Tân Dân có, OpenCPS không gửi.', 'Announcing decision as text; only in the Tân Dân C# class, not sent by OpenCPS.'), {
    evidence: ['W'],
    example: '',
    specRef: c2('QUYETDINH'),
  }),
]);

/** A summary item of `LayDanhSachTTHC` (c.1): only `MATTHC` and `TENTTHC` are read; other keys are ignored. */
export const procedureSummary: ObjectSpec = object(
  'procedure.summary',
  t('Thủ tục hành chính (tóm tắt)', 'Administrative procedure (summary)'),
  ref('other-kinds.md', '(c) c.1', 'LayDanhSachTTHC'),
  [
    tthcField('MATTHC', t('Mã TTHC', 'Procedure code'), t('Mã TTHC quốc gia dạng d.dddddd, ví dụ 1.001193.', 'National procedure code d.dddddd, e.g. 1.001193.'), {
      required: 'M',
      pattern: TTHC_CODE_PATTERN,
      example: '1.001193',
      specRef: ref('other-kinds.md', '(c) c.1', 'LayDanhSachTTHC'),
    }),
    tthcField('TENTTHC', t('Tên TTHC', 'Procedure name'), t('Tên thủ tục.', 'Procedure name.'), {
      required: 'M',
      example: 'Thủ tục đăng ký khai sinh',
      specRef: ref('other-kinds.md', '(c) c.1', 'LayDanhSachTTHC'),
    }),
  ],
  'ignore',
);
