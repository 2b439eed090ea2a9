/**
 * The editor's strings (model messages, JSON view, issues panel, tabs, palette, compare, recovery,
 * large-file mode), Vietnamese first with complete English. Merged into the app's dictionary
 * (renderer/i18n/dictionary.ts), so `t('…')` finds them like any other string.
 */
export const EDITOR_STRINGS = {
  'edit.set': { vi: 'Sửa {path}', en: 'Edit {path}' },
  'edit.remove': { vi: 'Xoá {path}', en: 'Remove {path}' },
  'edit.insert': { vi: 'Thêm {path}', en: 'Insert {path}' },
  'edit.move': { vi: 'Chuyển {path} tới vị trí {to}', en: 'Move {path} to position {to}' },
  'edit.duplicate': { vi: 'Nhân bản {path}', en: 'Duplicate {path}' },
  'edit.typing': { vi: 'Gõ trong JSON', en: 'Typing in JSON' },
  'edit.fixStale': {
    vi: 'Văn bản đã thay đổi từ lần kiểm tra trước nên không áp dụng được sửa này; hãy chờ kiểm tra xong rồi thử lại.',
    en: 'The text changed since the last check, so this fix no longer applies; wait for the check to finish and try again.',
  },
  'edit.outOfRange': { vi: 'Thay đổi nằm ngoài văn bản hiện tại.', en: 'The change lies outside the current text.' },
  'edit.noDocument': { vi: 'Chưa mở tài liệu nào.', en: 'No document is open.' },
  'edit.readOnly': {
    vi: 'Tài liệu đang mở ở chế độ tệp lớn, chỉ đọc.',
    en: 'The document is open in large-file mode, read-only.',
  },
  'edit.notJson': {
    vi: 'Tài liệu chưa phải JSON hợp lệ; hãy sửa lỗi cú pháp trong khung JSON trước.',
    en: 'The document is not valid JSON yet; fix the syntax error in the JSON view first.',
  },
  'edit.impossible': { vi: 'Không thực hiện được thay đổi tại {path}: đường dẫn không tồn tại trong tài liệu.', en: 'Could not change {path}: the path does not exist in the document.' },
  'edit.nothingToUndo': { vi: 'Không còn gì để hoàn tác.', en: 'Nothing to undo.' },
  'edit.nothingToRedo': { vi: 'Không còn gì để làm lại.', en: 'Nothing to redo.' },
  'job.noDocument': { vi: 'Tiến trình không còn giữ tài liệu này.', en: 'The worker no longer holds this document.' },
} as const;
