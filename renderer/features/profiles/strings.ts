/**
 * The profile picker's strings (merged into renderer/i18n/dictionary.ts), Vietnamese first with
 * complete English. The explanation is the short form of docs/PROFILES.md "A profile file".
 */
import { PROFILE_COMPARE_STRINGS } from './compare/strings';

export const PROFILE_STRINGS = {
  // Comparing results under two profiles (compare/).
  ...PROFILE_COMPARE_STRINGS,
  'profiles.builtIn': { vi: 'Có sẵn', en: 'Built-in' },
  'profiles.userSection': { vi: 'Hồ sơ đã nhập', en: 'Imported profiles' },
  'profiles.noUser': {
    vi: 'Chưa nhập hồ sơ nào. Nhập một tệp hồ sơ (.json) khi Cổng DVCQG đổi hướng dẫn.',
    en: 'No profile imported yet. Import a profile file (.json) when the portal changes its guide.',
  },
  'profiles.entry': { vi: '{id} · phiên bản {version} · {source}', en: '{id} · version {version} · {source}' },
  'profiles.sourceBuiltIn': { vi: 'có sẵn trong ứng dụng', en: 'part of the app' },
  'profiles.import': { vi: 'Nhập tệp hồ sơ…', en: 'Import a profile file…' },
  'profiles.importWorkspace': { vi: 'Nhập từ thư mục làm việc…', en: 'Import from the workspace…' },
  'profiles.importing': { vi: 'Đang kiểm tra tệp hồ sơ…', en: 'Checking the profile file…' },
  'profiles.imported': { vi: 'Đã nhập hồ sơ "{name}" ({id} {version}).', en: 'Imported the profile "{name}" ({id} {version}).' },
  'profiles.replaced': {
    vi: 'Đã nhập hồ sơ "{name}" ({id} {version}), thay cho phiên bản {old}.',
    en: 'Imported the profile "{name}" ({id} {version}), replacing version {old}.',
  },
  'profiles.importWarnings': { vi: 'Các mục sau bị bỏ qua:', en: 'These entries are ignored:' },
  'profiles.importFailed': { vi: 'Không nhập được tệp hồ sơ; không có gì thay đổi.', en: 'The profile file was not imported; nothing changed.' },
  'profiles.remove': { vi: 'Xoá hồ sơ {id}', en: 'Remove the profile {id}' },
  'profiles.removeConfirm': {
    vi: 'Xoá hồ sơ "{name}" ({id} {version}) khỏi thư mục dữ liệu? Có thể nhập lại từ tệp gốc.',
    en: 'Remove the profile "{name}" ({id} {version}) from the data folder? You can import it again from its file.',
  },
  'profiles.removed': { vi: 'Đã xoá hồ sơ {id}.', en: 'Removed the profile {id}.' },
  'profiles.removedInUse': {
    vi: 'Đã xoá hồ sơ {id} đang dùng; các tài liệu được kiểm tra lại với strict.',
    en: 'Removed the profile {id} that was in use; documents are validated again with strict.',
  },
  'profiles.export': { vi: 'Tải xuống tệp của hồ sơ {id}', en: 'Download the file of the profile {id}' },
  'profiles.actionFailed': { vi: 'Không thực hiện được', en: 'Could not do it' },
  'profiles.listProblem': { vi: 'Hồ sơ kiểm tra', en: 'Validation profiles' },
  'profiles.missing': {
    vi: 'Hồ sơ "{id}" đã chọn không còn trong thư mục dữ liệu; các tài liệu được kiểm tra với strict.',
    en: 'The chosen profile "{id}" is no longer in the data folder; documents are validated with strict.',
  },
  'profiles.whatTitle': { vi: 'Hồ sơ có thể thay đổi gì?', en: 'What can a profile change?' },
  'profiles.what': {
    vi: 'Mức của từng kiểm tra (lỗi, cảnh báo, thông tin, tắt); mức bắt buộc, mẫu, định dạng, độ dài tối đa và danh mục mã của một trường; thêm trường và mã mới. Tệp được kiểm tra khi nhập: tệp hỏng bị từ chối kèm dòng, cột và vị trí lỗi, không có gì được lưu. Báo cáo luôn ghi id và phiên bản hồ sơ. Dòng lệnh dùng cùng hồ sơ: qcvn120 validate --profile <id>. Chi tiết: docs/PROFILES.md.',
    en: "Each check's level (error, warning, information, off); a field's required mark, pattern, format, maximum length and code list; added fields and codes. A file is checked when imported: a broken one is refused with its line, column and place, and nothing is stored. Reports always state the profile's id and version. The command line uses the same profiles: qcvn120 validate --profile <id>. Details: docs/PROFILES.md.",
  },
  'profiles.close': { vi: 'Đóng', en: 'Close' },
} as const;
