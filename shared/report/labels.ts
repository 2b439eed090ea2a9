/** The report's own words, Vietnamese and English. */
import { t, type Lang, type Localized } from '../i18n/localized';
import type { Severity } from '../issues/issue';

export const L = {
  title: t('Báo cáo kiểm tra gói tin QCVN 120', 'QCVN 120 packet validation report'),
  app: t('Ứng dụng', 'Application'),
  spec: t('Phiên bản đặc tả', 'Spec version'),
  profile: t('Hồ sơ kiểm tra (profile)', 'Validation profile'),
  generated: t('Thời điểm lập (giờ Việt Nam)', 'Generated (Vietnam time)'),
  masked: t('Dữ liệu cá nhân đã được che', 'Personal data masked'),
  notMasked: t('Không che dữ liệu cá nhân', 'Personal data not masked'),
  summary: t('Tổng hợp', 'Summary'),
  files: t('Số tệp', 'Files'),
  filesValid: t('Tệp hợp lệ', 'Valid files'),
  filesUnreadable: t('Tệp không đọc được (không phải JSON)', 'Unreadable files (not JSON)'),
  records: t('Số bản ghi', 'Records'),
  byCode: t('Theo quy tắc (mã lỗi)', 'By rule (code)'),
  byAgency: t('Theo đơn vị (madonvi)', 'By agency (madonvi)'),
  byKind: t('Theo loại gói tin', 'By packet kind'),
  byService: t('Theo dịch vụ', 'By service'),
  group: t('Nhóm', 'Group'),
  count: t('Số lượng', 'Count'),
  noIssues: t('Không có vấn đề nào.', 'No issues.'),
  valid: t('Hợp lệ', 'Valid'),
  invalid: t('Không hợp lệ', 'Invalid'),
  provisional: t('Định nghĩa dựng lại (tạm thời)', 'Reconstructed (provisional) definition'),
  unknown: t('(không rõ)', '(unknown)'),
  hint: t('Gợi ý', 'Hint'),
  columns: {
    file: t('Tệp', 'File'),
    kind: t('Loại gói', 'Kind'),
    service: t('Dịch vụ', 'Service'),
    agency: t('Đơn vị (madonvi)', 'Agency (madonvi)'),
    record: t('Bản ghi', 'Record'),
    path: t('Đường dẫn', 'Path'),
    line: t('Dòng', 'Line'),
    column: t('Cột', 'Column'),
    severity: t('Mức độ', 'Severity'),
    code: t('Mã quy tắc', 'Code'),
    message: t('Thông báo', 'Message'),
    specRef: t('Tham chiếu đặc tả', 'Spec reference'),
  },
  severity: {
    error: t('Lỗi', 'Error'),
    warning: t('Cảnh báo', 'Warning'),
    info: t('Thông tin', 'Info'),
  } satisfies Record<Severity, Localized>,
};

/** One label in the report's language. */
export const tr = (l: Localized, lang: Lang): string => l[lang] || l.vi;
