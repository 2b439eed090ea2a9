/**
 * Items of the dossier record's lists: submitted files (dossier.md §2.2), fees (§2.3), other
 * documents (§2.4), result documents (§2.6), owner identifiers (§2.7) and databases consulted
 * (§2.8). The supplement request (§2.5) lives in `dossierSupplement.ts`.
 */
import { t, type Localized } from '../../i18n/localized';
import { field, object, ref } from '../common';
import type { FieldSpec, ObjectSpec, SpecRef } from '../types';

const r22 = (name: string) => ref('dossier.md', '§2.2', name);
const r23 = (name: string) => ref('dossier.md', '§2.3', name);
const r24 = (name: string) => ref('dossier.md', '§2.4', name);
const r26 = (name: string) => ref('dossier.md', '§2.6', name);

/** The five §2.2 file fields that the type-2 status feedback reuses (dossier.md §3.5 `TaiLieuXuLy`). */
export const FILE_CORE_FIELDS: Record<'TepDinhKemId' | 'TenTepDinhKem' | 'IsDeleted' | 'MaThanhPhanHoSo' | 'DuongDanTaiTepTin', FieldSpec> = {
  TepDinhKemId: field('TepDinhKemId', t('Id tệp đính kèm', 'File id'), {
    type: 'string',
    required: 'O',
    evidence: ['W2', 'L'],
    origin: 'Q',
    pii: 'none',
    example: '58231',
    help: t('Mã của tệp trong hệ thống nguồn (id bản ghi tệp); có thể để "".', 'Id of the file in the source system (its row id); may be "".'),
    specRef: r22('TepDinhKemId'),
  }),
  TenTepDinhKem: field('TenTepDinhKem', t('Tên tệp đính kèm', 'File name'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    maxLength: 4000,
    evidence: ['W2', 'L'],
    origin: 'Q',
    // A file name may carry the applicant's name: scrub like free text.
    pii: 'freeText',
    example: 'Don-de-nghi-cap-giay-phep-xay-dung.pdf',
    help: t(
      'Tên hiển thị của tệp, tối đa 4000 ký tự (suy ra từ việc một hệ thống cắt bớt), ví dụ Don-de-nghi.pdf.',
      'Display name of the file, at most 4000 characters (inferred from one system truncating), e.g. Don-de-nghi.pdf.',
    ),
    specRef: r22('TenTepDinhKem'),
  }),
  IsDeleted: field('IsDeleted', t('Đã xóa (rút tệp)', 'Withdrawn'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    // Format only: a code list as well would report one wrong value twice (the IsDeleted list
    // keeps the labels).
    format: 'trueFalse',
    evidence: ['W2', 'L'],
    origin: 'Q',
    pii: 'none',
    example: 'False',
    help: t(
      'Chuỗi "False" (tệp còn hiệu lực) hoặc "True" (tệp đã rút), viết hoa chữ đầu như .NET; không dùng true/false kiểu JSON hay 0/1.',
      'The string "False" (current) or "True" (withdrawn), capitalised as in .NET; not JSON true/false, not 0/1.',
    ),
    specRef: r22('IsDeleted'),
  }),
  MaThanhPhanHoSo: field('MaThanhPhanHoSo', t('Mã thành phần hồ sơ', 'Dossier component code'), {
    type: 'string',
    required: 'O',
    evidence: ['W2', 'L'],
    origin: 'Q',
    pii: 'none',
    example: 'TP01',
    help: t(
      'Mã thành phần hồ sơ theo định nghĩa thủ tục, ví dụ TP01; trong thực tế là văn bản tự do, có thể "".',
      'Code of the dossier component in the procedure definition, e.g. TP01; free text in practice, may be "".',
    ),
    specRef: r22('MaThanhPhanHoSo'),
  }),
  DuongDanTaiTepTin: field('DuongDanTaiTepTin', t('Đường dẫn tải tệp tin', 'Download URL'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    format: 'url',
    evidence: ['W2', 'L'],
    origin: 'Q',
    pii: 'url',
    example: 'https://motcua.h22.example/api/files/download?id=58231',
    help: t(
      'Địa chỉ tuyệt đối mà Cổng DVCQG tải được tệp, ví dụ https://motcua.example.vn/files/58231. Chỉ một đường dẫn (không nối nhiều đường dẫn bằng ##); địa chỉ mạng nội bộ Cổng không tải được.',
      'Absolute URL DVCQG can fetch the file from, e.g. https://motcua.example.vn/files/58231. One path only (no ##-joined lists); internal-network addresses cannot be fetched by the portal.',
    ),
    specRef: r22('DuongDanTaiTepTin'),
  }),
};

/** A later-added 0/1 flag (dossier.md §4.2 "DuocSoHoa, DuocLayTuKhoDMQG…"). */
function flag(name: string, label: Localized, help: Localized, specRef: SpecRef, evidence: FieldSpec['evidence'] = ['W', '766']): FieldSpec {
  return field(name, label, { type: 'string', required: 'O', codes: 'Flag01', evidence, origin: 'N', pii: 'none', example: '0', help, specRef });
}

/** `TaiLieuNop[]` item (dossier.md §2.2); also the shape of `DanhSachGiayToBoSung[]` (§2.5). */
export const TAI_LIEU_NOP: ObjectSpec = object('dossier.TaiLieuNop', t('Tài liệu nộp', 'Submitted file'), ref('dossier.md', '§2.2'), [
  FILE_CORE_FIELDS.TepDinhKemId,
  FILE_CORE_FIELDS.TenTepDinhKem,
  FILE_CORE_FIELDS.IsDeleted,
  FILE_CORE_FIELDS.MaThanhPhanHoSo,
  FILE_CORE_FIELDS.DuongDanTaiTepTin,
  flag(
    'DuocSoHoa',
    t('Được số hóa', 'Digitised component'),
    t(
      '"1" nếu tệp là thành phần đã số hóa, "0" nếu không. Nếu có tệp "1" thì HoSoCoThanhPhanSoHoa của hồ sơ phải là "1".',
      '"1" if the file is a digitised component, "0" otherwise. If any file is "1", the dossier\'s HoSoCoThanhPhanSoHoa must be "1".',
    ),
    r22('DuocSoHoa'),
  ),
  field('DuocTaiSuDung', t('Được tái sử dụng', 'Reused data'), {
    type: 'string',
    required: 'O',
    codes: 'DuocTaiSuDung',
    evidence: ['W'],
    origin: 'N',
    pii: 'none',
    example: '0',
    help: t(
      '0 không tái sử dụng, 1 tái sử dụng dữ liệu số hóa, 2 tái sử dụng kết quả của hồ sơ khác (khi đó điền MaKetQuaThayThe). Chỉ thấy ở một hệ thống.',
      "0 not reused, 1 reused digitised data, 2 reused from another dossier's result (then fill MaKetQuaThayThe). Seen in one system only.",
    ),
    specRef: r22('DuocTaiSuDung'),
  }),
  flag(
    'DuocLayTuKhoDMQG',
    t('Được lấy từ kho dữ liệu Cổng DVCQG', "Taken from the citizen's DVCQG data store"),
    t('"1" nếu tệp lấy từ kho dữ liệu của công dân trên Cổng DVCQG, "0" nếu không; tính vào chỉ số 766.', '"1" if the file came from the citizen\'s DVCQG data store, "0" otherwise; counted by the 766 scoring.'),
    r22('DuocLayTuKhoDMQG'),
  ),
  field('MaKetQuaThayThe', t('Mã kết quả thay thế', 'Replacing result code'), {
    type: 'string',
    required: 'O',
    evidence: ['W'],
    origin: 'N',
    pii: 'none',
    example: 'KQ.H22.2023.004411',
    help: t(
      'Mã kết quả của hồ sơ khác được dùng thay cho thành phần này; cần khi DuocTaiSuDung là "2" (suy đoán).',
      "Code of another dossier's result used in place of this component; expected when DuocTaiSuDung is \"2\" (inference).",
    ),
    specRef: r22('MaKetQuaThayThe'),
  }),
]);

/** `DanhSachLePhi[]` item (dossier.md §2.3); also the shape of `DanhSachLePhiBoSung[]` (§2.5). */
export const DANH_SACH_LE_PHI: ObjectSpec = object('dossier.DanhSachLePhi', t('Phí, lệ phí', 'Fee'), ref('dossier.md', '§2.3'), [
  field('TenPhiLePhi', t('Tên phí, lệ phí', 'Fee name'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    evidence: ['W2'],
    pii: 'none',
    example: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ',
    help: t('Tên khoản phí hoặc lệ phí, văn bản tự do.', 'Name of the fee or charge, free text.'),
    specRef: r23('TenPhiLePhi'),
  }),
  field('MaPhiLePhi', t('Mã phí, lệ phí', 'Fee code'), {
    type: 'string',
    required: 'M?',
    evidence: ['W2'],
    pii: 'none',
    example: 'LPXD01',
    help: t(
      'Mã khoản phí, có lẽ theo danh mục lệ phí của Cổng (LayDanhMucLePhi). Một hệ thống luôn gửi "1" làm chữ giữ chỗ.',
      'Fee code, presumably from the portal\'s fee catalogue (LayDanhMucLePhi). One system always sends the placeholder "1".',
    ),
    specRef: r23('MaPhiLePhi'),
  }),
  field('HinhThucThu', t('Hình thức thu', 'When collected'), {
    type: 'string',
    required: 'M?',
    codes: 'HinhThucThu',
    evidence: ['W2'],
    pii: 'none',
    example: '1',
    help: t(
      '1 thu khi tiếp nhận, 2 thu khi bổ sung, 4 thu khi trả kết quả (không có mã 3). Mã lấy từ một API khác, chưa xác minh với QCVN 120.',
      '1 on receipt, 2 on supplement, 4 on delivery (there is no code 3). Codes come from another API and are unverified for QCVN 120.',
    ),
    specRef: r23('HinhThucThu'),
  }),
  field('Gia', t('Số tiền (VNĐ)', 'Amount (VND)'), {
    type: 'string',
    required: 'M',
    allowEmpty: false,
    format: 'nonNegativeInteger',
    evidence: ['W2', '766'],
    pii: 'none',
    example: '75000',
    help: t(
      'Số tiền đồng, số nguyên viết dạng chuỗi, không dấu phân cách, ví dụ "75000". Hồ sơ mà mọi dòng phí đều 0 bị loại khỏi chỉ số thanh toán trực tuyến.',
      'Amount in VND as an integer string without separators, e.g. "75000". A dossier whose fee lines are all 0 is left out of the online-payment indicator.',
    ),
    specRef: r23('Gia'),
  }),
  field('LoaiPhiLePhi', t('Loại phí, lệ phí', 'Fee type'), {
    type: 'string',
    required: 'M?',
    codes: 'LoaiPhiLePhi',
    evidence: ['W2'],
    pii: 'none',
    example: '1',
    help: t(
      'Loại khoản thu; ý nghĩa mã trong QCVN 120 chưa biết (một API khác: 1 thông thường, 2 thẩm định cấp phép, 3 gia hạn). Thường gửi "1".',
      'Kind of charge; the QCVN 120 meaning is unknown (another API: 1 ordinary, 2 licence appraisal, 3 renewal). Usually "1".',
    ),
    specRef: r23('LoaiPhiLePhi'),
  }),
]);

/** `DanhSachTepDinhKemKhac[]` item (dossier.md §2.4); item types never observed on the wire. */
export const DANH_SACH_TEP_DINH_KEM_KHAC: ObjectSpec = object(
  'dossier.DanhSachTepDinhKemKhac',
  t('Giấy tờ khác', 'Other document'),
  ref('dossier.md', '§2.4'),
  [
    field('TenGiayTo', t('Tên giấy tờ', 'Document name'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      evidence: ['W2'],
      pii: 'freeText',
      example: 'Giấy chứng nhận quyền sử dụng đất (bản gốc)',
      help: t('Tên giấy tờ giấy (không đính kèm tệp) đã nộp.', 'Name of a paper document submitted without a file.'),
      specRef: r24('TenGiayTo'),
    }),
    field('SoLuong', t('Số lượng', 'Number of copies'), {
      // dossier.md §2.4: string recommended, one system types it int; never seen on the wire.
      type: 'stringOrNumber',
      required: 'M?',
      format: 'positiveInteger',
      evidence: ['W2'],
      pii: 'none',
      example: '1',
      help: t('Số bản, ví dụ "1". Nên gửi dạng chuỗi; kiểu dữ liệu thật chưa được quan sát.', 'Number of copies, e.g. "1". Send it as a string; the real wire type was never observed.'),
      specRef: r24('SoLuong'),
    }),
    field('LoaiGiayTo', t('Loại giấy tờ', 'Document kind'), {
      type: 'stringOrNumber',
      required: 'M?',
      codes: 'LoaiGiayTo',
      evidence: ['W2'],
      pii: 'none',
      example: '1',
      help: t(
        'Loại giấy tờ; bảng mã chưa biết (có thể là bản chính / bản sao). Mã chưa xác minh nên chỉ cảnh báo.',
        'Document kind; the code list is unknown (perhaps original / copy). Codes are unverified, so only warned about.',
      ),
      specRef: r24('LoaiGiayTo'),
    }),
  ],
);

/** `DanhSachGiayToKetQua[]` item (dossier.md §2.6). */
export const DANH_SACH_GIAY_TO_KET_QUA: ObjectSpec = object(
  'dossier.DanhSachGiayToKetQua',
  t('Giấy tờ kết quả', 'Result document'),
  ref('dossier.md', '§2.6'),
  [
    field('TenGiayTo', t('Tên giấy tờ kết quả', 'Result document name'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      maxLength: 2000,
      evidence: ['W2'],
      origin: 'Q',
      pii: 'freeText',
      example: 'Giấy phép bán lẻ sản phẩm rượu số 15/GP-KT',
      help: t('Tên giấy tờ kết quả, tối đa 2000 ký tự (suy ra từ việc một hệ thống cắt bớt).', 'Name of the result document, at most 2000 characters (inferred from one system truncating).'),
      specRef: r26('TenGiayTo'),
    }),
    field('MaThanhPhanHoSo', t('Mã thành phần', 'Component code'), {
      type: 'string',
      required: 'O',
      evidence: ['W2'],
      origin: 'Q',
      pii: 'none',
      example: '',
      help: t('Mã thành phần hồ sơ; các hệ thống thường gửi "".', 'Dossier component code; systems usually send "".'),
      specRef: r26('MaThanhPhanHoSo'),
    }),
    field('GiayToId', t('Id giấy tờ', 'Document id'), {
      type: 'string',
      required: 'O',
      evidence: ['W2'],
      origin: 'Q',
      pii: 'none',
      example: '77120',
      help: t('Mã của giấy tờ trong hệ thống nguồn.', 'Id of the document in the source system.'),
      specRef: r26('GiayToId'),
    }),
    field('DuongDanTepTinKetQua', t('Đường dẫn tệp tin kết quả', 'Result download URL'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      format: 'url',
      evidence: ['W2', '766'],
      origin: 'Q',
      pii: 'url',
      example: 'https://motcua.h22.example/api/files/download?id=77120',
      help: t(
        'Địa chỉ tuyệt đối để tải kết quả điện tử. Theo chỉ số 766, có đường dẫn này mới được tính là trả kết quả điện tử.',
        'Absolute URL of the electronic result. Under the 766 scoring, only a result with this link counts as electronic.',
      ),
      specRef: r26('DuongDanTepTinKetQua'),
    }),
    field('MaGiayToKetQua', t('Mã giấy tờ kết quả', 'Result type code'), {
      type: 'string',
      required: 'O',
      evidence: ['W', '766'],
      origin: 'N',
      pii: 'none',
      example: 'KQ.G10.000245',
      help: t(
        'Mã kết quả của thủ tục trong CSDL TTHC. Hồ sơ trực tuyến chỉ được tính là trực tuyến toàn trình khi có cả mã kết quả và đường dẫn (chỉ số 766).',
        'Result code of the procedure in the TTHC database. An online dossier counts as fully online only with both result code and link (766 scoring).',
      ),
      specRef: r26('MaGiayToKetQua'),
    }),
  ],
);

/** `DinhDanhCHS[]` item (dossier.md §2.7). */
export const DINH_DANH_CHS: ObjectSpec = object('dossier.DinhDanhCHS', t('Định danh chủ hồ sơ', 'Owner identifier'), ref('dossier.md', '§2.7'), [
  field('LoaiDinhDanh', t('Loại định danh', 'Identifier kind'), {
    type: 'string',
    required: 'M?',
    codes: 'LoaiDinhDanh',
    evidence: ['W'],
    origin: 'N',
    pii: 'none',
    example: '1',
    help: t(
      '1 cho số định danh 12 số (CCCD), 2 cho CMND 9 số; phải khớp độ dài của SoDinhDanh. Mã cho loại khác (mã số thuế…) chưa biết.',
      '1 for a 12-digit personal id (CCCD), 2 for a 9-digit CMND; must match the length of SoDinhDanh. Codes for other kinds (tax code…) are unknown.',
    ),
    specRef: ref('dossier.md', '§2.7', 'LoaiDinhDanh'),
  }),
  field('SoDinhDanh', t('Số định danh', 'Identifier value'), {
    type: 'string',
    required: 'M?',
    format: 'digits',
    evidence: ['W'],
    origin: 'N',
    pii: 'idNumber',
    example: '002190012345',
    help: t(
      'Số định danh, chỉ gồm chữ số, ví dụ 002190012345. "000000001" là số giữ chỗ của một hệ thống khi không có số thật, không phải số định danh.',
      'Identifier, digits only, e.g. 002190012345. "000000001" is one system\'s placeholder when no real number is known, not an identifier.',
    ),
    specRef: ref('dossier.md', '§2.7', 'SoDinhDanh'),
  }),
]);

/** `DSKetNoiCSDL[]` item (dossier.md §2.8). */
export const DS_KET_NOI_CSDL: ObjectSpec = object('dossier.DSKetNoiCSDL', t('Cơ sở dữ liệu đã kết nối', 'Database consulted'), ref('dossier.md', '§2.8'), [
  field('MaCSDL', t('Mã cơ sở dữ liệu', 'Database code'), {
    type: 'string',
    required: 'M?',
    codes: 'MaCSDL',
    evidence: ['W', '766'],
    origin: 'N',
    pii: 'none',
    example: '7',
    help: t(
      'Mã CSDL quốc gia/chuyên ngành đã khai thác khi xử lý. Danh mục chưa biết: một hệ thống luôn gửi "7" trên luồng Cổng DVCQG; mã chưa xác minh nên chỉ cảnh báo.',
      'Code of the national/specialised database used. The list is unknown: one system always sends "7" on the DVCQG path; codes are unverified, so only warned about.',
    ),
    specRef: ref('dossier.md', '§2.8', 'MaCSDL'),
  }),
]);
