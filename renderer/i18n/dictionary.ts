/**
 * Every string the interface shows, Vietnamese first with complete English (STYLE.md practice 9).
 * `{name}` placeholders are filled by `translate`; `enOne` is the English singular, used when the
 * `count` value is 1 (Vietnamese has no plural form).
 */
import type { Lang, Localized } from '../../shared/i18n/localized';
import { EDITOR_STRINGS } from '../features/editor/strings';
import { HELPDESK_STRINGS } from '../features/helpdesk/strings';
import { SEND_STRINGS } from '../features/send/strings';
import { FORM_STRINGS } from '../features/editor/form/strings';
import { TREE_STRINGS } from '../features/editor/tree/strings';
import { PROFILE_STRINGS } from '../features/profiles/strings';

interface Entry extends Localized {
  enOne?: string;
}

export const DICTIONARY = {
  'app.title': { vi: 'QCVN 120 Packet Studio', en: 'QCVN 120 Packet Studio' },
  'a11y.actions': { vi: 'Thao tác với tài liệu', en: 'Document actions' },
  'a11y.appSettings': { vi: 'Môi trường gửi và cài đặt', en: 'Sending environment and settings' },
  'menu.file': { vi: 'Tệp', en: 'File' },
  'menu.fileHint': { vi: 'Tạo, mở, dán, lưu, đóng và so sánh tài liệu', en: 'New, open, paste, save, close and compare documents' },

  'action.open': { vi: 'Mở tệp…', en: 'Open file…' },
  'action.openFromComputer': { vi: 'Từ máy tính này…', en: 'From this computer…' },
  'action.openFromWorkspace': { vi: 'Từ thư mục làm việc…', en: 'From the workspace…' },
  'action.paste': { vi: 'Dán nội dung…', en: 'Paste content…' },
  'action.new': { vi: 'Tạo mới từ mẫu…', en: 'New from template…' },
  'action.save': { vi: 'Lưu', en: 'Save' },
  'action.saveAs': { vi: 'Lưu thành…', en: 'Save as…' },
  'action.close': { vi: 'Đóng tài liệu', en: 'Close document' },
  'action.cancel': { vi: 'Huỷ', en: 'Cancel' },
  'action.dismiss': { vi: 'Đóng thông báo', en: 'Dismiss' },
  'action.openPasted': { vi: 'Mở', en: 'Open' },
  'action.create': { vi: 'Tạo', en: 'Create' },
  'action.download': { vi: 'Tải xuống', en: 'Download' },
  'action.saveToWorkspace': { vi: 'Lưu vào thư mục làm việc', en: 'Save to the workspace' },
  'action.up': { vi: 'Lên thư mục cha', en: 'Up one folder' },

  'settings.language': { vi: 'Ngôn ngữ', en: 'Language' },
  'settings.theme.toDark': { vi: 'Chuyển sang giao diện tối', en: 'Switch to the dark theme' },
  'settings.theme.toLight': { vi: 'Chuyển sang giao diện sáng', en: 'Switch to the light theme' },

  'empty.title': { vi: 'Chưa mở tài liệu nào', en: 'No document is open' },
  'empty.body': {
    vi: 'Mở một gói tin JSON để xem loại gói tin, số bản ghi và các lỗi theo QCVN 120:2019/BTTTT.',
    en: 'Open a JSON packet to see its kind, its record count and its issues under QCVN 120:2019/BTTTT.',
  },
  'empty.drop': { vi: 'Hoặc kéo thả tệp .json vào cửa sổ này.', en: 'Or drop a .json file onto this window.' },
  'empty.recent': { vi: 'Mở gần đây', en: 'Open recent' },

  'drop.overlay': { vi: 'Thả tệp vào đây để mở', en: 'Drop the file here to open it' },
  'drop.tooMany': { vi: 'Mỗi lần chỉ mở được một tệp; đã mở "{name}".', en: 'Only one file opens at a time; opened "{name}".' },

  'paste.title': { vi: 'Dán nội dung gói tin', en: 'Paste packet content' },
  'paste.label': { vi: 'Nội dung JSON', en: 'JSON content' },
  'paste.help': {
    vi: 'Dán gói tin đầy đủ, mảng bản ghi, một bản ghi hoặc phản hồi của Cổng DVCQG.',
    en: 'Paste a full packet, an array of records, one record or a reply of the national portal.',
  },
  'paste.fileName': { vi: 'noi-dung-dan.json', en: 'pasted.json' },

  'template.title': { vi: 'Tạo mới từ mẫu', en: 'New from template' },
  'template.help': {
    vi: 'Chọn loại gói tin. Mẫu là một gói tin đầy đủ, hợp lệ để sửa tiếp.',
    en: 'Choose a packet kind. The template is a complete, valid packet to edit further.',
  },
  'template.provisional': { vi: '(định nghĩa tạm thời)', en: '(provisional definition)' },
  'template.fileName': { vi: 'mau-{kind}.json', en: 'template-{kind}.json' },

  'workspace.title': { vi: 'Mở từ thư mục làm việc', en: 'Open from the workspace' },
  'workspace.empty': { vi: 'Thư mục trống.', en: 'The folder is empty.' },

  'saveAs.title': { vi: 'Lưu thành', en: 'Save as' },
  'saveAs.name': { vi: 'Tên tệp', en: 'File name' },

  'loading.reading': { vi: 'Đang đọc "{name}"…', en: 'Reading "{name}"…' },
  'loading.validating': { vi: 'Đang kiểm tra "{name}"…', en: 'Validating "{name}"…' },

  'doc.kind': { vi: 'Loại gói tin', en: 'Packet kind' },
  'doc.kindUnknown': { vi: 'Không xác định', en: 'Unknown' },
  'doc.packet': { vi: 'Gói tin', en: 'Packet' },
  'doc.form': { vi: 'Dạng tài liệu', en: 'Document form' },
  'doc.records': { vi: 'Số bản ghi', en: 'Records' },
  'doc.profile': { vi: 'Hồ sơ kiểm tra', en: 'Validation profile' },
  'doc.valid': { vi: 'Hợp lệ', en: 'Valid' },
  'doc.invalid': { vi: 'Có lỗi', en: 'Has errors' },
  'doc.provisional': {
    vi: 'Định nghĩa của loại gói tin này là bản dựng lại tạm thời; hãy coi kết quả là tham khảo.',
    en: 'The definition of this packet kind is a provisional reconstruction; treat the results as guidance.',
  },
  'doc.issuesTitle': { vi: 'Các vấn đề', en: 'Issues' },
  'doc.issuesShown': {
    vi: 'Hiển thị {shown} trong {total} vấn đề đầu tiên; trình soạn thảo đầy đủ sẽ hiện tất cả.',
    en: 'Showing the first {shown} of {total} issues; the full editor shows them all.',
  },
  'doc.noIssues': { vi: 'Không có vấn đề nào.', en: 'No issues.' },
  'doc.where': { vi: 'dòng {line}, cột {column}', en: 'line {line}, column {column}' },
  'doc.wholeDocument': { vi: '(toàn bộ tài liệu)', en: '(whole document)' },

  'form.envelope': { vi: 'Gói tin đầy đủ (có data)', en: 'Full envelope (with data)' },
  'form.array': { vi: 'Mảng bản ghi', en: 'Array of records' },
  'form.record': { vi: 'Một bản ghi', en: 'Single record' },
  'form.reply': { vi: 'Phản hồi của Cổng', en: 'Portal reply' },
  'form.unknown': { vi: 'Không nhận ra', en: 'Not recognised' },

  'col.severity': { vi: 'Mức độ', en: 'Severity' },
  'col.path': { vi: 'Đường dẫn', en: 'Path' },
  'col.position': { vi: 'Vị trí', en: 'Position' },
  'col.message': { vi: 'Nội dung', en: 'Message' },

  'severity.error': { vi: 'Lỗi', en: 'Error' },
  'severity.warning': { vi: 'Cảnh báo', en: 'Warning' },
  'severity.info': { vi: 'Thông tin', en: 'Info' },
  'severity.errorPlural': { vi: 'Lỗi', en: 'Errors' },
  'severity.warningPlural': { vi: 'Cảnh báo', en: 'Warnings' },
  'severity.infoPlural': { vi: 'Thông tin', en: 'Notes' },

  'count.errors': { vi: '{n} lỗi', en: '{n} errors', enOne: '{n} error' },
  'count.warnings': { vi: '{n} cảnh báo', en: '{n} warnings', enOne: '{n} warning' },
  'count.records': { vi: '{n} bản ghi', en: '{n} records', enOne: '{n} record' },

  'syntax.title': { vi: '"{name}" không phải JSON hợp lệ', en: '"{name}" is not valid JSON' },
  'syntax.where': { vi: 'Lỗi cú pháp ở dòng {line}, cột {column}', en: 'Syntax error at line {line}, column {column}' },
  'syntax.repairs': { vi: 'Có thể sửa:', en: 'Suggested repairs:' },
  'syntax.repairsNote': {
    vi: 'Xem trước từng sửa chữa rồi mới áp dụng; không có gì được sửa ngầm. Cũng có thể sửa tay trong khung JSON bên dưới.',
    en: 'Preview each repair before applying it; nothing is changed silently. You can also fix the text by hand in the JSON view below.',
  },

  'status.label': { vi: 'Thanh trạng thái', en: 'Status bar' },
  'status.hostElectron': { vi: 'Ứng dụng máy tính', en: 'Desktop app' },
  'status.hostWeb': { vi: 'Máy chủ web cục bộ', en: 'Local web host' },
  'status.noDocument': { vi: 'Chưa mở tài liệu', en: 'No document' },
  'status.validating': { vi: 'Đang kiểm tra…', en: 'Validating…' },
  'status.bom': { vi: 'có BOM', en: 'with BOM' },
  'status.mixedEol': { vi: 'Xuống dòng lẫn lộn', en: 'Mixed line endings' },

  'notice.openFailed': { vi: 'Không mở được "{name}"', en: 'Could not open "{name}"' },
  'notice.openCancelled': { vi: 'Đã huỷ mở "{name}".', en: 'Opening "{name}" was cancelled.' },
  'notice.browserReadFailed': { vi: 'Trình duyệt không đọc được tệp: {reason}', en: 'The browser could not read the file: {reason}' },
  'notice.saveFailed': { vi: 'Không lưu được tệp', en: 'Could not save the file' },
  'notice.saved': { vi: 'Đã lưu "{name}".', en: 'Saved "{name}".' },
  'notice.downloaded': { vi: 'Đã tải xuống "{name}".', en: 'Downloaded "{name}".' },
  'notice.settingsProblem': { vi: 'Cài đặt', en: 'Settings' },

  'job.cancelled': { vi: 'Đã huỷ việc kiểm tra tài liệu.', en: 'Validation of the document was cancelled.' },
  'job.failed': { vi: 'Kiểm tra tài liệu thất bại: {reason}', en: 'Validating the document failed: {reason}' },
  'job.workerFailed': { vi: 'Tiến trình kiểm tra gặp lỗi: {reason}', en: 'The validation worker failed: {reason}' },
  'job.workerUnavailable': {
    vi: 'Không khởi động được tiến trình kiểm tra: trình duyệt không tải được tệp của nó (có thể ứng dụng vừa được dựng lại). Hãy tải lại trang (F5); tài liệu chưa lưu được khôi phục.',
    en: 'The validation worker could not start: the browser could not load its file (the app may just have been rebuilt). Reload the page (F5); unsaved documents are recovered.',
  },

  // The editor's own strings live beside it (renderer/features/editor/strings.ts).
  ...EDITOR_STRINGS,
  // Sending: environments, the send dialog, replies, history (renderer/features/send/strings.ts).
  ...SEND_STRINGS,

  // The Tree and Form views' strings live beside them (renderer/features/editor/tree|form/strings.ts).
  ...TREE_STRINGS,
  ...FORM_STRINGS,
  // The helpdesk screens' strings (renderer/features/helpdesk/strings.ts).
  ...HELPDESK_STRINGS,
  // The profile picker's strings (renderer/features/profiles/strings.ts).
  ...PROFILE_STRINGS,
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof DICTIONARY;

function fillText(text: string, values: Record<string, string | number> | undefined): string {
  return values ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m)) : text;
}

/** A dictionary string in one language, placeholders filled. */
export function translate(key: MessageKey, lang: Lang, values?: Record<string, string | number>): string {
  const entry: Entry = DICTIONARY[key];
  const text = lang === 'en' ? (values?.count === 1 && entry.enOne ? entry.enOne : entry.en) : entry.vi;
  return fillText(text, values);
}

/** A dictionary string in both languages (for notices that are shown later, in whatever language is chosen then). */
export function localize(key: MessageKey, values?: Record<string, string | number>): Localized {
  return { vi: translate(key, 'vi', values), en: translate(key, 'en', values) };
}
