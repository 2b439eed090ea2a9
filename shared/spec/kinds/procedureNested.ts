/**
 * The nested structures of a TTHC record (other-kinds.md (c) c.3.1–c.3.9), as ObjectSpecs.
 * Keys are UPPER-CASE as every consumer reads them; TTHC content is public catalogue data, so
 * only URLs get a protective PII kind.
 */
import { t, type Localized } from '../../i18n/localized';
import { field, object, ref } from '../common';
import type { FieldOptions } from '../common';
import type { FieldSpec, ObjectSpec } from '../types';
import { TTHC_LEVEL } from './procedureCodes';

/** A TTHC field with the defaults of the family: string, optional, W2, no personal data. */
export function tthcField(name: string, label: Localized, help: Localized, options: Partial<FieldOptions> & Pick<FieldOptions, 'specRef'>): FieldSpec {
  const required = options.required ?? 'O';
  return field(name, label, {
    type: 'string',
    required,
    allowEmpty: required === 'O',
    evidence: ['W2'],
    pii: 'none',
    help,
    ...options,
  });
}

const c3 = (sub: string, row: string) => ref('other-kinds.md', `(c) c.3.${sub}`, row);

function urlField(sub: string, what: Localized): FieldSpec {
  return tthcField(
    'URL',
    t('Đường dẫn tệp', 'File URL'),
    t(
      `Đường dẫn tải ${what.vi}, dạng http(s)://…; có thể để "". Chỉ Tân Dân đọc trường này.`,
      `Download link of ${what.en}, http(s)://…; may be "". Only Tân Dân reads it.`,
    ),
    { format: 'url', pii: 'url', evidence: ['W'], example: 'https://csdl.example.gov.vn/mau/tkks.docx', specRef: c3(sub, 'URL') },
  );
}

function fileNameField(sub: string, what: Localized): FieldSpec {
  return tthcField('TENTEP', t('Tên tệp', 'File name'), t(`Tên tệp ${what.vi}; có thể để "".`, `File name of ${what.en}; may be "".`), {
    evidence: ['W'],
    example: 'bieu-phi.pdf',
    specRef: c3(sub, 'TENTEP'),
  });
}

/** c.3.1 `TRINHTU[]`: one step. */
export const stepItem: ObjectSpec = object('procedure.TRINHTU', t('Bước thực hiện', 'Procedure step'), c3('1', 'TRINHTU'), [
  tthcField(
    'TENTRINHTU',
    t('Tên (nội dung) bước', 'Step text'),
    t('Nội dung của bước, có thể nhiều dòng (\\n), ví dụ "Bước 1: Nộp hồ sơ tại Bộ phận Một cửa".', 'Text of the step, may span lines (\\n), e.g. "Bước 1: Nộp hồ sơ tại Bộ phận Một cửa".'),
    { required: 'M', example: 'Bước 1: Người có yêu cầu nộp hồ sơ tại Bộ phận Một cửa.', specRef: c3('1', 'TRINHTU[].TENTRINHTU') },
  ),
]);

/** c.3.1 `TRINHTUTHUCHIEN[]`: the steps of one case. */
export const stepsCase: ObjectSpec = object('procedure.TRINHTUTHUCHIEN', t('Trình tự thực hiện (theo trường hợp)', 'Procedure steps (per case)'), c3('1', 'TRINHTUTHUCHIEN'), [
  tthcField('TRUONGHOP', t('Trường hợp', 'Case'), t('Tên trường hợp; "" khi thủ tục chỉ có một trường hợp.', 'Case label; "" when the procedure has a single case.'), {
    example: '',
    specRef: c3('1', 'TRUONGHOP'),
  }),
  tthcField('TRINHTU', t('Trình tự', 'Steps'), t('Các bước theo thứ tự; mỗi bước có TENTRINHTU. Không được rỗng.', 'The ordered steps, each with TENTRINHTU. Must not be empty.'), {
    type: 'array',
    required: 'M',
    allowEmpty: false,
    items: stepItem,
    specRef: c3('1', 'TRINHTU'),
  }),
]);

/** c.3.2 `CAPTHUCHIEN[]`: administrative level. */
export const levelItem: ObjectSpec = object('procedure.CAPTHUCHIEN', t('Cấp thực hiện', 'Administrative level'), c3('2', 'CAPTHUCHIEN'), [
  tthcField(
    'CAPTHUCHIEN',
    t('Mã cấp thực hiện', 'Level code'),
    t(
      'Mã cấp: theo một nguồn duy nhất 0 = cấp Bộ, 1 = cấp Tỉnh, 2 = cấp Huyện, 3 = cấp Xã. Đối chiếu danh mục LayDanhMucCapThucHien; mã lạ chỉ bị cảnh báo.',
      'Level code: per a single source 0 = ministry, 1 = province, 2 = district, 3 = commune. Check it against the LayDanhMucCapThucHien catalogue; an unknown code only warns.',
    ),
    { type: 'stringOrNumber', required: 'M', allowEmpty: false, codes: TTHC_LEVEL.id, example: '3', specRef: c3('2', 'CAPTHUCHIEN') },
  ),
  tthcField('TENCAP', t('Tên cấp', 'Level name'), t('Tên cấp thực hiện, ví dụ "Cấp Xã".', 'Name of the level, e.g. "Cấp Xã".'), {
    required: 'M',
    example: 'Cấp Xã',
    specRef: c3('2', 'TENCAP'),
  }),
]);

/** c.3.3 `LINHVUCTHUCHIEN[]`: domain. */
export const domainItem: ObjectSpec = object('procedure.LINHVUCTHUCHIEN', t('Lĩnh vực thực hiện', 'Domain'), c3('3', 'LINHVUCTHUCHIEN'), [
  tthcField(
    'MALINHVUC',
    t('Mã lĩnh vực', 'Domain code'),
    t(
      'Mã lĩnh vực trong danh mục của Cổng (LayDanhMucLinhVuc), ví dụ G12-HT. Phần tử đầu tiên là lĩnh vực chính: OpenCPS đọc LINHVUCTHUCHIEN[0] khi lập gói tin hồ sơ.',
      'Domain code in the portal catalogue (LayDanhMucLinhVuc), e.g. G12-HT. The first item is the main domain: OpenCPS reads LINHVUCTHUCHIEN[0] when building dossier packets.',
    ),
    { required: 'M', example: 'G12-HT', specRef: c3('3', 'MALINHVUC') },
  ),
  tthcField('TENLINHVUC', t('Tên lĩnh vực', 'Domain name'), t('Tên lĩnh vực, ví dụ "Hộ tịch".', 'Domain name, e.g. "Hộ tịch".'), {
    required: 'M',
    example: 'Hộ tịch',
    specRef: c3('3', 'TENLINHVUC'),
  }),
]);

/** c.3.4 `PHILEPHI[]` under `THOIGIAN[]` (the position OpenCPS, the typed C# class and the TSX renderer agree on). */
export const feeItem: ObjectSpec = object('procedure.PHILEPHI', t('Phí, lệ phí', 'Fee or charge'), c3('4', 'PHILEPHI'), [
  tthcField('MAPHILEPHI', t('Mã phí/lệ phí', 'Fee type'), t('Loại khoản thu, ví dụ "Phí" hoặc "Lệ phí".', 'Kind of charge, e.g. "Phí" or "Lệ phí".'), {
    example: 'Lệ phí',
    specRef: c3('4', 'PHILEPHI[].MAPHILEPHI'),
  }),
  tthcField(
    'SOTIEN',
    t('Số tiền', 'Amount'),
    t(
      'Số tiền, số không âm, dạng chuỗi hoặc số (Java đọc kiểu double, C# kiểu chuỗi), ví dụ "50000"; có thể để "". Không dùng dấu phân cách nghìn.',
      'Amount, a non-negative number, as a string or a number (Java reads a double, C# a string), e.g. "50000"; may be "". No thousands separator.',
    ),
    { type: 'stringOrNumber', format: 'decimal', example: '50000', specRef: c3('4', 'PHILEPHI[].SOTIEN') },
  ),
  tthcField('DONVI', t('Đơn vị tiền', 'Currency unit'), t('Đơn vị tiền, ví dụ "Đồng".', 'Currency unit, e.g. "Đồng".'), {
    example: 'Đồng',
    specRef: c3('4', 'PHILEPHI[].DONVI'),
  }),
  tthcField('MOTA', t('Mô tả', 'Description'), t('Mô tả khoản phí, ví dụ "Miễn lệ phí đăng ký khai sinh đúng hạn".', 'Description of the charge, e.g. "Miễn lệ phí đăng ký khai sinh đúng hạn".'), {
    example: 'Miễn lệ phí',
    specRef: c3('4', 'PHILEPHI[].MOTA'),
  }),
  fileNameField('4', t('văn bản quy định phí', 'the fee document')),
  urlField('4', t('văn bản quy định phí', 'the fee document')),
]);

/** c.3.4 `THOIGIAN[]`: time limit of one channel. */
export const timeItem: ObjectSpec = object('procedure.THOIGIAN', t('Thời gian giải quyết', 'Time limit'), c3('4', 'THOIGIAN'), [
  tthcField(
    'THOIGIANGIAIQUYET',
    t('Thời gian giải quyết', 'Processing time'),
    t(
      'Thời hạn giải quyết theo DONVITINH, số không âm; có thể là phân số như 0.5 (thiết kế CSDL dùng DECIMAL(10,2)). Gửi dạng chuỗi hoặc số.',
      'Processing time in DONVITINH units, a non-negative number; may be fractional such as 0.5 (the DB design uses DECIMAL(10,2)). String or number.',
    ),
    { type: 'stringOrNumber', required: 'M', allowEmpty: false, format: 'decimal', example: '1', specRef: c3('4', 'THOIGIAN[].THOIGIANGIAIQUYET') },
  ),
  tthcField(
    'DONVITINH',
    t('Đơn vị tính', 'Unit'),
    t('Đơn vị thời gian dạng chữ, ví dụ "Ngày làm việc", "Ngày", "Giờ"; có các biến thể "Khác…".', 'Time unit as text, e.g. "Ngày làm việc", "Ngày", "Giờ"; "Khác…" variants exist.'),
    { required: 'M', example: 'Ngày làm việc', specRef: c3('4', 'THOIGIAN[].DONVITINH') },
  ),
  tthcField(
    'MOTA',
    t('Mô tả', 'Description'),
    t('Mô tả thời hạn; với KENH = 2 dòng thứ hai thường là đường dẫn nộp trực tuyến.', 'Description; for KENH = 2 the second line is often the online-submission link.'),
    { example: 'Nộp hồ sơ trực tuyến\nhttps://dichvucong.gov.vn', specRef: c3('4', 'THOIGIAN[].MOTA') },
  ),
  tthcField(
    'PHILEPHI',
    t('Phí, lệ phí', 'Fees and charges'),
    t('Các khoản phí, lệ phí của kênh này; có thể rỗng. Nằm dưới THOIGIAN[] (một nhánh mã của Tân Dân đọc ở cấp kênh).', 'Fees of this channel; may be empty. Sits under THOIGIAN[] (one Tân Dân code path reads it at channel level).'),
    { type: 'array', items: feeItem, specRef: c3('4', 'THOIGIAN[].PHILEPHI') },
  ),
]);

/** c.3.4 `CACHTHUCTHUCHIEN[]`: one submission channel. */
export const channelItem: ObjectSpec = object('procedure.CACHTHUCTHUCHIEN', t('Cách thức thực hiện', 'Submission channel'), c3('4', 'CACHTHUCTHUCHIEN'), [
  tthcField(
    'KENH',
    t('Kênh (hình thức nộp)', 'Channel'),
    t(
      'Hình thức nộp: 1 = trực tiếp, 2 = trực tuyến, 3 = qua bưu chính công ích (cùng ánh xạ ở ba hệ thống). Mỗi kênh chỉ xuất hiện một lần trong CACHTHUCTHUCHIEN.',
      'Channel: 1 = in person, 2 = online, 3 = via the public postal service (same mapping in three systems). Each channel appears once in CACHTHUCTHUCHIEN.',
    ),
    { type: 'stringOrNumber', required: 'M', allowEmpty: false, example: '2', specRef: c3('4', 'KENH') },
  ),
  tthcField('THOIGIAN', t('Thời gian', 'Time limits'), t('Các mục thời hạn giải quyết của kênh; không được rỗng.', 'Time-limit entries of the channel; must not be empty.'), {
    type: 'array',
    required: 'M',
    allowEmpty: false,
    items: timeItem,
    specRef: c3('4', 'THOIGIAN'),
  }),
]);

/** c.3.5 `DOITUONGTHUCHIEN[]`: applicant category. */
export const applicantItem: ObjectSpec = object('procedure.DOITUONGTHUCHIEN', t('Đối tượng thực hiện', 'Applicant category'), c3('5', 'DOITUONGTHUCHIEN'), [
  tthcField(
    'MADOITUONG',
    t('Mã đối tượng', 'Category code'),
    t('Mã đối tượng theo danh mục LayDanhMucDoiTuong của Cổng (các mã chưa được công bố).', 'Category code from the portal catalogue LayDanhMucDoiTuong (its codes are not published).'),
    { required: 'M', example: '1', specRef: c3('5', 'MADOITUONG') },
  ),
  tthcField('TENDOITUONG', t('Tên đối tượng', 'Category name'), t('Tên đối tượng, ví dụ "Công dân Việt Nam".', 'Category name, e.g. "Công dân Việt Nam".'), {
    required: 'M',
    example: 'Công dân Việt Nam',
    specRef: c3('5', 'TENDOITUONG'),
  }),
]);

/** c.3.6 `GIAYTO[]`: one required document. */
export const documentItem: ObjectSpec = object('procedure.GIAYTO', t('Giấy tờ', 'Document'), c3('6', 'GIAYTO'), [
  tthcField(
    'MAGIAYTO',
    t('Mã giấy tờ', 'Document code'),
    t('Mã giấy tờ; OpenCPS chỉ nhập mẫu đơn khi có cả MAGIAYTO và URL.', 'Document code; OpenCPS imports a template only when both MAGIAYTO and URL are present.'),
    { example: '1.001193.TK', specRef: c3('6', 'GIAYTO[].MAGIAYTO') },
  ),
  tthcField('TENGIAYTO', t('Tên giấy tờ', 'Document name'), t('Tên giấy tờ phải nộp, ví dụ "Tờ khai đăng ký khai sinh theo mẫu".', 'Name of the document, e.g. "Tờ khai đăng ký khai sinh theo mẫu".'), {
    required: 'M',
    example: 'Giấy chứng sinh',
    specRef: c3('6', 'GIAYTO[].TENGIAYTO'),
  }),
  tthcField('TENMAUDON', t('Tên mẫu đơn, tờ khai', 'Form template file'), t('Tên tệp mẫu đơn, tờ khai; "" nếu không có mẫu.', 'File name of the form template; "" when there is none.'), {
    example: 'To khai dang ky khai sinh.docx',
    specRef: c3('6', 'GIAYTO[].TENMAUDON'),
  }),
  tthcField(
    'URL',
    t('Đường dẫn mẫu đơn', 'Template URL'),
    t('Đường dẫn tải mẫu đơn, dạng http(s)://…; "" nếu không có. Một nhánh mã C# đọc "Url".', 'Download link of the template, http(s)://…; "" when there is none. One C# code path reads "Url".'),
    { format: 'url', pii: 'url', example: 'https://csdl.example.gov.vn/mau/tkks.docx', specRef: c3('6', 'GIAYTO[].URL') },
  ),
  tthcField('SOBANCHINH', t('Số bản chính', 'Originals'), t('Số bản chính cần nộp, số nguyên dạng chuỗi hoặc số, ví dụ "1".', 'Number of originals, an integer as a string or a number, e.g. "1".'), {
    type: 'stringOrNumber',
    format: 'nonNegativeInteger',
    example: '1',
    specRef: c3('6', 'GIAYTO[].SOBANCHINH'),
  }),
  tthcField('SOBANSAO', t('Số bản sao', 'Copies'), t('Số bản sao cần nộp, số nguyên dạng chuỗi hoặc số, ví dụ "0".', 'Number of copies, an integer as a string or a number, e.g. "0".'), {
    type: 'stringOrNumber',
    format: 'nonNegativeInteger',
    example: '0',
    specRef: c3('6', 'GIAYTO[].SOBANSAO'),
  }),
  tthcField(
    'MA_KQ_THAYTHE',
    t('Mã kết quả thay thế', 'Replacing result code'),
    t('Mã của kết quả TTHC có thể thay cho giấy tờ này; thường "". Chỉ Tân Dân đọc.', 'Code of a procedure result that may replace this paper; usually "". Only Tân Dân reads it.'),
    { evidence: ['W'], example: '', specRef: c3('6', 'GIAYTO[].MA_KQ_THAYTHE') },
  ),
]);

/** c.3.6 `THANHPHANHOSO[]`: the documents of one case. */
export const documentsCase: ObjectSpec = object('procedure.THANHPHANHOSO', t('Thành phần hồ sơ (theo trường hợp)', 'Required documents (per case)'), c3('6', 'THANHPHANHOSO'), [
  tthcField('TRUONGHOP', t('Trường hợp', 'Case'), t('Tên trường hợp; "" khi chỉ có một trường hợp.', 'Case label; "" when there is a single case.'), {
    example: '',
    specRef: c3('6', 'TRUONGHOP'),
  }),
  tthcField('GIAYTO', t('Giấy tờ', 'Documents'), t('Các giấy tờ của trường hợp này; không được rỗng.', 'Documents of this case; must not be empty.'), {
    type: 'array',
    required: 'M',
    allowEmpty: false,
    items: documentItem,
    specRef: c3('6', 'GIAYTO'),
  }),
]);

/** c.3.7 `KETQUATHUCHIEN[]`: result document. */
export const resultItem: ObjectSpec = object('procedure.KETQUATHUCHIEN', t('Kết quả thực hiện', 'Result document'), c3('7', 'KETQUATHUCHIEN'), [
  tthcField('MAKETQUA', t('Mã kết quả', 'Result code'), t('Mã kết quả; có thể để "".', 'Result code; may be "".'), { example: 'KQ.1.001193', specRef: c3('7', 'MAKETQUA') }),
  tthcField('TENKETQUA', t('Tên kết quả', 'Result name'), t('Tên giấy tờ kết quả, ví dụ "Giấy khai sinh (bản chính)".', 'Name of the result document, e.g. "Giấy khai sinh (bản chính)".'), {
    required: 'M',
    example: 'Giấy khai sinh (bản chính)',
    specRef: c3('7', 'TENKETQUA'),
  }),
  fileNameField('7', t('mẫu kết quả', 'the result template')),
  urlField('7', t('mẫu kết quả', 'the result template')),
]);

/** c.3.8 `CANCUPHAPLY[]`: legal basis. */
export const legalItem: ObjectSpec = object('procedure.CANCUPHAPLY', t('Căn cứ pháp lý', 'Legal basis'), c3('8', 'CANCUPHAPLY'), [
  tthcField('SOVANBAN', t('Số ký hiệu văn bản', 'Document number'), t('Số ký hiệu văn bản, ví dụ "123/2015/NĐ-CP".', 'Document number, e.g. "123/2015/NĐ-CP".'), {
    required: 'M',
    example: '60/2014/QH13',
    specRef: c3('8', 'SOVANBAN'),
  }),
  tthcField('TENVANBAN', t('Trích yếu / tên văn bản', 'Document title'), t('Tên hoặc trích yếu văn bản, ví dụ "Luật Hộ tịch".', 'Title or abstract, e.g. "Luật Hộ tịch".'), {
    required: 'M',
    example: 'Luật Hộ tịch',
    specRef: c3('8', 'TENVANBAN'),
  }),
  tthcField(
    'NGAYBANHANH',
    t('Ngày ban hành', 'Issue date'),
    t('Ngày ban hành; định dạng chưa quan sát được trên đường truyền (mẫu dùng dd/MM/yyyy) nên không kiểm tra. Chỉ Tân Dân đọc.', 'Issue date; its wire format was never observed (the samples use dd/MM/yyyy), so it is not checked. Only Tân Dân reads it.'),
    { evidence: ['W'], example: '20/11/2014', specRef: c3('8', 'NGAYBANHANH') },
  ),
  tthcField(
    'NGAYHIEULUC',
    t('Ngày hiệu lực', 'Effective date'),
    t('Ngày có hiệu lực; định dạng chưa quan sát được nên không kiểm tra. Chỉ Tân Dân đọc.', 'Effective date; its format was never observed, so it is not checked. Only Tân Dân reads it.'),
    { evidence: ['W'], example: '01/01/2016', specRef: c3('8', 'NGAYHIEULUC') },
  ),
  tthcField('COQUANBANHANH', t('Cơ quan ban hành', 'Issuing body'), t('Cơ quan ban hành, ví dụ "Quốc hội". Chỉ Tân Dân đọc.', 'Issuing body, e.g. "Quốc hội". Only Tân Dân reads it.'), {
    evidence: ['W'],
    example: 'Quốc hội',
    specRef: c3('8', 'COQUANBANHANH'),
  }),
  tthcField('DIACHITRUYCAP', t('Địa chỉ truy cập', 'Access URL'), t('Đường dẫn tới văn bản, dạng http(s)://…; có thể để "". Chỉ Tân Dân đọc.', 'Link to the document, http(s)://…; may be "". Only Tân Dân reads it.'), {
    evidence: ['W'],
    format: 'url',
    pii: 'url',
    example: 'https://vbpl.example.gov.vn/60-2014-QH13',
    specRef: c3('8', 'DIACHITRUYCAP'),
  }),
]);

/** c.3.9 agency item of `COQUANTHUCHIEN`, `COQUANCOTHAMQUYEN`, `COQUANDUOCUYQUYEN`, `COQUANPHOIHOP`. */
export const agencyItem: ObjectSpec = object('procedure.COQUAN', t('Cơ quan', 'Agency'), c3('9', 'COQUAN…'), [
  tthcField(
    'MADONVI',
    t('Mã đơn vị', 'Agency code'),
    t('Mã cơ quan trong danh mục cơ quan của Cổng DVCQG, ví dụ 000.00.00.G12.', 'Agency code in the DVCQG agency catalogue, e.g. 000.00.00.G12.'),
    { required: 'M?', allowEmpty: false, example: '000.00.00.G12', specRef: c3('9', 'MADONVI') },
  ),
  tthcField('TENDONVI', t('Tên đơn vị', 'Agency name'), t('Tên cơ quan, ví dụ "Ủy ban nhân dân cấp xã".', 'Agency name, e.g. "Ủy ban nhân dân cấp xã".'), {
    required: 'M?',
    allowEmpty: false,
    example: 'Ủy ban nhân dân cấp xã',
    specRef: c3('9', 'TENDONVI'),
  }),
]);
