/**
 * Code lists of the dossier family (dossier.md §4.1, §4.2, §2.5–2.8, §3.5).
 *
 * A list is `closed` only where the reference rates it high and no value outside it has ever been
 * documented; every other list is open, so the engine only warns on an unknown code, and its labels
 * or notes say the codes are unverified (dossier.md §8 doubt 2).
 */
import { t, type Localized } from '../../i18n/localized';
import { ref } from '../common';
import type { CodeEntry, CodeList } from '../types';

function entry(code: string, label: Localized, note?: Localized): CodeEntry {
  return note ? { code, label, note } : { code, label };
}

const UNVERIFIED = t('Mã chưa được xác minh với Cổng DVCQG.', 'Code not verified against DVCQG.');

/** `TrangThaiHoSo` and progress `TrangThai`: 1–10, closed (dossier.md §4.1, §5 rule 10). */
export const TRANG_THAI_HO_SO: CodeList = {
  id: 'TrangThaiHoSo',
  label: t('Trạng thái hồ sơ', 'Dossier status'),
  closed: true,
  confidence: 'high',
  entries: [
    entry('1', t('Mới đăng ký', 'Newly registered'), t('Nộp trực tuyến, chưa được tiếp nhận.', 'Submitted online, not yet accepted.')),
    entry('2', t('Được tiếp nhận', 'Accepted'), t('Bộ phận một cửa đã tiếp nhận.', 'Accepted by the one-stop counter.')),
    entry('3', t('Không được tiếp nhận', 'Refused at reception'), t('Trạng thái kết thúc; nên có NgayTuChoi.', 'Terminal; NgayTuChoi is expected.')),
    entry('4', t('Đang xử lý', 'Being processed')),
    entry('5', t('Yêu cầu bổ sung giấy tờ', 'Supplement requested'), t('Tạm dừng; cần một mục DanhSachHoSoBoSung.', 'Paused; a DanhSachHoSoBoSung item is expected.')),
    entry('6', t('Yêu cầu thực hiện nghĩa vụ tài chính', 'Financial obligation requested'), t('Tạm dừng; nên liệt kê phí, lệ phí trong DanhSachLePhi.', 'Paused; the fees should be listed in DanhSachLePhi.')),
    entry('7', t('Công dân yêu cầu rút hồ sơ', 'Withdrawn by the applicant'), t('Trạng thái kết thúc.', 'Terminal.')),
    entry('8', t('Dừng xử lý', 'Processing stopped'), t('Trạng thái kết thúc.', 'Terminal.')),
    entry('9', t('Đã xử lý xong', 'Processing finished'), t('Cần NgayKetThucXuLy.', 'NgayKetThucXuLy is required.')),
    entry('10', t('Đã trả kết quả', 'Result delivered'), t('Cần NgayKetThucXuLy và NgayTra.', 'NgayKetThucXuLy and NgayTra are required.')),
  ],
  specRef: ref('dossier.md', '§4.1'),
};

/** `KenhThucHien`: submission channel, closed (dossier.md §4.2, high). */
export const KENH_THUC_HIEN: CodeList = {
  id: 'KenhThucHien',
  label: t('Kênh thực hiện', 'Submission channel'),
  closed: true,
  confidence: 'high',
  entries: [
    entry('1', t('Trực tiếp', 'In person')),
    entry('2', t('Trực tuyến', 'Online')),
    entry('3', t('Qua bưu chính công ích', 'By public postal service')),
  ],
  specRef: ref('dossier.md', '§4.2', 'KenhThucHien'),
};

/**
 * `LoaiDoiTuong`: closed. The doubt about 3/4 (one source) is whether they exist, not whether
 * others do, so closing the list cannot reject a documented value (dossier.md §4.2).
 */
export const LOAI_DOI_TUONG: CodeList = {
  id: 'LoaiDoiTuong',
  label: t('Loại đối tượng', 'Owner type'),
  closed: true,
  confidence: 'high',
  entries: [
    entry('1', t('Công dân', 'Citizen')),
    entry('2', t('Doanh nghiệp', 'Enterprise')),
    entry('3', t('Cơ quan nhà nước', 'State agency'), t('Chỉ thấy ở một hệ thống (độ tin cậy trung bình).', 'Seen in one system only (medium confidence).')),
    entry('4', t('Tổ chức / khác', 'Organisation / other'), t('Chỉ thấy ở một hệ thống (độ tin cậy trung bình).', 'Seen in one system only (medium confidence).')),
  ],
  specRef: ref('dossier.md', '§4.2', 'LoaiDoiTuong'),
};

/** `HinhThuc`: result delivery method, closed (dossier.md §4.2, high). */
export const HINH_THUC: CodeList = {
  id: 'HinhThuc',
  label: t('Hình thức trả kết quả', 'Result delivery method'),
  closed: true,
  confidence: 'high',
  entries: [
    entry('0', t('Nhận kết quả tại bộ phận một cửa', 'At the one-stop counter')),
    entry('1', t('Nhận qua dịch vụ bưu chính công ích', 'By public postal service')),
  ],
  specRef: ref('dossier.md', '§4.2', 'HinhThuc'),
};

/** `IsDeleted` in file items: `"False"` / `"True"` (dossier.md §4.2, high); labels only, the field checks its format `trueFalse`. */
export const IS_DELETED: CodeList = {
  id: 'IsDeleted',
  label: t('Đã xóa (rút tệp)', 'Withdrawn file'),
  closed: true,
  confidence: 'high',
  entries: [entry('False', t('Còn hiệu lực', 'Current')), entry('True', t('Đã rút / xóa', 'Withdrawn / deleted'))],
  specRef: ref('dossier.md', '§4.2', 'IsDeleted'),
};

/** Envelope `isUpdating`: `"False"` create, `"True"` update (dossier.md §1.5, §4.2); labels only, like IsDeleted. */
export const IS_UPDATING: CodeList = {
  id: 'isUpdating',
  label: t('Gửi mới hay cập nhật', 'Create or update'),
  closed: true,
  confidence: 'high',
  entries: [
    entry('False', t('Gửi mới hồ sơ', 'Create the dossier'), t('Cổng trả -3 nếu MaHoSo đã tồn tại.', 'The portal answers -3 if the MaHoSo already exists.')),
    entry('True', t('Cập nhật hồ sơ đã có', 'Update an existing dossier')),
  ],
  specRef: ref('dossier.md', '§1.5', 'isUpdating'),
};

/** The 0/1 flags of the later additions (`DuocSoHoa`, `HoSoCoThanhPhanSoHoa`, …), dossier.md §4.2 (high). */
export const FLAG_01: CodeList = {
  id: 'Flag01',
  label: t('Cờ có/không (0/1)', 'Yes/no flag (0/1)'),
  closed: true,
  confidence: 'high',
  entries: [entry('0', t('Không', 'No')), entry('1', t('Có', 'Yes'))],
  specRef: ref('dossier.md', '§4.2', 'DuocSoHoa, DuocLayTuKhoDMQG, HoSoCoThanhPhanSoHoa, TaiKhoanDuocXacThucVoiVNeID'),
};

/** `DuocTaiSuDung`: open, medium (one source). */
export const DUOC_TAI_SU_DUNG: CodeList = {
  id: 'DuocTaiSuDung',
  label: t('Được tái sử dụng', 'Reused data'),
  closed: false,
  confidence: 'medium',
  entries: [
    entry('0', t('Không tái sử dụng', 'Not reused')),
    entry('1', t('Tái sử dụng dữ liệu số hóa', 'Reused digitised data')),
    entry('2', t('Tái sử dụng từ kết quả hồ sơ khác', "Reused from another dossier's result"), t('Cần MaKetQuaThayThe.', 'MaKetQuaThayThe is expected.')),
  ],
  specRef: ref('dossier.md', '§4.2', 'DuocTaiSuDung'),
};

/** `DuocThanhToanTrucTuyen`: open, medium; `3` is unexplained. */
export const DUOC_THANH_TOAN_TRUC_TUYEN: CodeList = {
  id: 'DuocThanhToanTrucTuyen',
  label: t('Được thanh toán trực tuyến', 'Paid online'),
  closed: false,
  confidence: 'medium',
  entries: [
    entry('0', t('Không thanh toán trực tuyến (mặc định)', 'Not paid online (default)')),
    entry('1', t('Thanh toán qua nền tảng thanh toán của Cổng DVCQG', "Paid via DVCQG's payment platform")),
    entry('2', t('Thanh toán qua cổng thanh toán của bộ, tỉnh', "Paid via the ministry's or province's own gateway")),
    entry('3', t('Chưa rõ ý nghĩa', 'Meaning unknown'), t('Một hệ thống gửi mã này; không tài liệu nào giải thích.', 'One system sends it; nothing explains it.')),
  ],
  specRef: ref('dossier.md', '§4.2', 'DuocThanhToanTrucTuyen'),
};

/** `NoiNopHoSo`: open, low; only `2` was ever seen. */
export const NOI_NOP_HO_SO: CodeList = {
  id: 'NoiNopHoSo',
  label: t('Nơi nộp hồ sơ (mã chưa xác minh)', 'Where submitted (codes unverified)'),
  closed: false,
  confidence: 'low',
  entries: [
    entry('1', t('Nộp trên Cổng DVCQG (suy đoán)', 'Submitted on DVCQG (guess)'), UNVERIFIED),
    entry('2', t('Nộp trên hệ thống của bộ, tỉnh (suy đoán)', 'Submitted on the ministry/provincial system (guess)'), t('Giá trị duy nhất từng thấy; ý nghĩa chưa xác minh.', 'The only value ever seen; meaning unverified.')),
  ],
  specRef: ref('dossier.md', '§4.2', 'NoiNopHoSo'),
};

/** `LoaiDinhDanh`: open, medium; other kinds (tax code…) are unknown. */
export const LOAI_DINH_DANH: CodeList = {
  id: 'LoaiDinhDanh',
  label: t('Loại định danh', 'Identifier kind'),
  closed: false,
  confidence: 'medium',
  entries: [
    entry('1', t('Số định danh cá nhân / CCCD (12 số)', 'Personal id / CCCD (12 digits)')),
    entry('2', t('CMND (9 số)', 'Old id card, CMND (9 digits)')),
  ],
  specRef: ref('dossier.md', '§4.2', 'LoaiDinhDanh'),
};

/** `MaCSDL`: open, low; the list is unknown. */
export const MA_CSDL: CodeList = {
  id: 'MaCSDL',
  label: t('Mã cơ sở dữ liệu (danh mục chưa xác minh)', 'Database code (list unverified)'),
  closed: false,
  confidence: 'low',
  entries: [
    entry('1', t('Mã dùng trong luồng an sinh xã hội (chưa rõ CSDL)', 'Code used by the social-protection feed (database unknown)'), UNVERIFIED),
    entry('7', t('Mã luôn gửi trên luồng Cổng DVCQG (chưa rõ CSDL)', 'Code always sent on the DVCQG path (database unknown)'), UNVERIFIED),
  ],
  specRef: ref('dossier.md', '§4.2', 'MaCSDL'),
};

/** `HinhThucThu`: open, low; documented only by another API, with a gap at 3. */
export const HINH_THUC_THU: CodeList = {
  id: 'HinhThucThu',
  label: t('Hình thức thu (mã chưa xác minh)', 'When collected (codes unverified)'),
  closed: false,
  confidence: 'low',
  entries: [
    entry('1', t('Thu khi tiếp nhận hồ sơ', 'On receipt'), UNVERIFIED),
    entry('2', t('Thu khi bổ sung', 'On supplement'), UNVERIFIED),
    entry('4', t('Thu khi trả kết quả', 'On delivery of the result'), UNVERIFIED),
  ],
  specRef: ref('dossier.md', '§4.2', 'HinhThucThu'),
};

/** `LoaiPhiLePhi`: open, low; the QCVN meaning is unknown. */
export const LOAI_PHI_LE_PHI: CodeList = {
  id: 'LoaiPhiLePhi',
  label: t('Loại phí, lệ phí (mã chưa xác minh)', 'Fee type (codes unverified)'),
  closed: false,
  confidence: 'low',
  entries: [
    entry('1', t('Phí, lệ phí thông thường', 'Ordinary fee'), t('Theo một API khác; nghĩa trong QCVN chưa rõ (có thể là phí / lệ phí).', 'From another API; the QCVN meaning is unknown (maybe phí vs lệ phí).')),
    entry('2', t('Phí thẩm định cấp phép', 'Licence appraisal fee'), UNVERIFIED),
    entry('3', t('Phí gia hạn', 'Renewal fee'), UNVERIFIED),
  ],
  specRef: ref('dossier.md', '§4.2', 'LoaiPhiLePhi'),
};

/** `TrangThaiBoSung`: open, low; a two-state flag in the recommended string form. */
export const TRANG_THAI_BO_SUNG: CodeList = {
  id: 'TrangThaiBoSung',
  label: t('Trạng thái bổ sung (mã chưa xác minh)', 'Supplement state (codes unverified)'),
  closed: false,
  confidence: 'low',
  entries: [entry('0', t('Chưa bổ sung', 'Not yet supplied'), UNVERIFIED), entry('1', t('Đã bổ sung', 'Supplied'), UNVERIFIED)],
  specRef: ref('dossier.md', '§2.5', 'TrangThaiBoSung'),
};

/** `LoaiGiayTo` of other documents: open, low; the reference only guesses "bản chính / bản sao". */
export const LOAI_GIAY_TO: CodeList = {
  id: 'LoaiGiayTo',
  label: t('Loại giấy tờ (mã chưa biết)', 'Document kind (codes unknown)'),
  closed: false,
  confidence: 'low',
  entries: [
    entry('1', t('Bản chính (phỏng đoán)', 'Original (guess)'), UNVERIFIED),
    entry('2', t('Bản sao (phỏng đoán)', 'Copy (guess)'), UNVERIFIED),
  ],
  specRef: ref('dossier.md', '§2.4', 'LoaiGiayTo'),
};

/** All code lists of the `dossier` kind. */
export const DOSSIER_CODE_LISTS: CodeList[] = [
  TRANG_THAI_HO_SO,
  KENH_THUC_HIEN,
  LOAI_DOI_TUONG,
  HINH_THUC,
  IS_DELETED,
  IS_UPDATING,
  FLAG_01,
  DUOC_TAI_SU_DUNG,
  DUOC_THANH_TOAN_TRUC_TUYEN,
  NOI_NOP_HO_SO,
  LOAI_DINH_DANH,
  MA_CSDL,
  HINH_THUC_THU,
  LOAI_PHI_LE_PHI,
  TRANG_THAI_BO_SUNG,
  LOAI_GIAY_TO,
];
