/**
 * Every command of the app, declared once: its id, its name in both languages, its keyboard
 * shortcut, and the Electron menu it appears in. The renderer's command palette, its keyboard
 * handling and its app-bar menu, and Electron's application menu are all built from this list
 * (issue 4 §8 "commands in one registry"). Pure data: the main process and the renderer share it.
 */
import type { Localized } from '../i18n/localized';

/** A shortcut in Electron's accelerator syntax (`CmdOrCtrl+Shift+S`, `F8`, `Shift+F8`). */
export type Accelerator = string;

export interface CommandSpec {
  id: string;
  label: Localized;
  group: 'file' | 'edit' | 'issues' | 'records' | 'view' | 'helpdesk';
  shortcut?: Accelerator;
  /**
   * The shortcut in a browser tab, where the browser keeps a few keys for itself (Ctrl+N opens a
   * window, Ctrl+W closes the tab) and never passes them to the page.
   */
  webShortcut?: Accelerator;
  /** The Electron application menu carries it (and its accelerator): the renderer does not bind the key there. */
  electronMenu?: 'file' | 'edit' | 'view';
}

const l = (vi: string, en: string): Localized => ({ vi, en });

export const COMMANDS = [
  { id: 'new', group: 'file', label: l('Tạo mới từ mẫu…', 'New from template…'), shortcut: 'CmdOrCtrl+N', webShortcut: 'CmdOrCtrl+Alt+N', electronMenu: 'file' },
  { id: 'open', group: 'file', label: l('Mở tệp…', 'Open file…'), shortcut: 'CmdOrCtrl+O', electronMenu: 'file' },
  { id: 'paste', group: 'file', label: l('Dán thành tài liệu mới…', 'Paste as new document…'), shortcut: 'CmdOrCtrl+Shift+V', electronMenu: 'file' },
  { id: 'save', group: 'file', label: l('Lưu', 'Save'), shortcut: 'CmdOrCtrl+S', electronMenu: 'file' },
  { id: 'saveAs', group: 'file', label: l('Lưu thành…', 'Save as…'), shortcut: 'CmdOrCtrl+Shift+S', electronMenu: 'file' },
  { id: 'close', group: 'file', label: l('Đóng tài liệu', 'Close document'), shortcut: 'CmdOrCtrl+W', webShortcut: 'CmdOrCtrl+Alt+W', electronMenu: 'file' },
  // Only where the host has a workspace folder (the web host's --workspace); greyed elsewhere.
  { id: 'openFromWorkspace', group: 'file', label: l('Mở tệp từ thư mục làm việc…', 'Open a file from the workspace…') },
  { id: 'undo', group: 'edit', label: l('Hoàn tác', 'Undo'), shortcut: 'CmdOrCtrl+Z', electronMenu: 'edit' },
  { id: 'redo', group: 'edit', label: l('Làm lại', 'Redo'), shortcut: 'CmdOrCtrl+Y', electronMenu: 'edit' },
  { id: 'find', group: 'edit', label: l('Tìm trong tài liệu', 'Find in the document'), shortcut: 'CmdOrCtrl+F', electronMenu: 'edit' },
  { id: 'formatDocument', group: 'edit', label: l('Định dạng lại JSON', 'Format the JSON'), shortcut: 'Shift+Alt+F' },
  { id: 'nextIssue', group: 'issues', label: l('Vấn đề tiếp theo', 'Next issue'), shortcut: 'F8', electronMenu: 'view' },
  { id: 'previousIssue', group: 'issues', label: l('Vấn đề trước', 'Previous issue'), shortcut: 'Shift+F8', electronMenu: 'view' },
  { id: 'quickFix', group: 'issues', label: l('Sửa nhanh vấn đề đang chọn…', 'Quick fix of the selected issue…'), shortcut: 'CmdOrCtrl+.' },
  { id: 'addRecord', group: 'records', label: l('Thêm bản ghi', 'Add a record') },
  { id: 'duplicateRecord', group: 'records', label: l('Nhân bản bản ghi đang chọn', 'Duplicate the selected record') },
  { id: 'deleteRecord', group: 'records', label: l('Xoá bản ghi đang chọn', 'Delete the selected record') },
  { id: 'compareSaved', group: 'view', label: l('So sánh với bản đã lưu', 'Compare with the saved version'), electronMenu: 'view' },
  { id: 'compareDocuments', group: 'view', label: l('So sánh hai tài liệu…', 'Compare two documents…'), electronMenu: 'view' },
  { id: 'viewForm', group: 'view', label: l('Xem dạng biểu mẫu (Form)', 'Show the Form view'), shortcut: 'CmdOrCtrl+1' },
  { id: 'viewTree', group: 'view', label: l('Xem dạng cây (Tree)', 'Show the Tree view'), shortcut: 'CmdOrCtrl+2' },
  { id: 'viewJson', group: 'view', label: l('Xem JSON', 'Show the JSON view'), shortcut: 'CmdOrCtrl+3' },
  { id: 'nextTab', group: 'view', label: l('Thẻ tài liệu tiếp theo', 'Next document tab'), shortcut: 'CmdOrCtrl+PageDown' },
  { id: 'previousTab', group: 'view', label: l('Thẻ tài liệu trước', 'Previous document tab'), shortcut: 'CmdOrCtrl+PageUp' },
  { id: 'switchProfile', group: 'view', label: l('Đổi hồ sơ kiểm tra…', 'Switch the validation profile…') },
  // What a profile change would change for the active document (renderer/features/profiles/compare).
  { id: 'compareProfiles', group: 'view', label: l('So sánh kết quả theo hai hồ sơ cấu hình…', 'Compare results under two profiles…') },
  // Helpdesk (issue 6): batch triage, masking, evidence packs, reports, the text lens, the reply explainer.
  { id: 'triageFolder', group: 'helpdesk', label: l('Kiểm tra hàng loạt một thư mục…', 'Batch triage of a folder…'), electronMenu: 'file' },
  { id: 'triageResults', group: 'helpdesk', label: l('Kết quả kiểm tra hàng loạt', 'Batch triage results'), electronMenu: 'view' },
  { id: 'exportReport', group: 'helpdesk', label: l('Xuất báo cáo lỗi của tài liệu…', 'Export the document\'s issue report…'), electronMenu: 'file' },
  { id: 'maskDocument', group: 'helpdesk', label: l('Che dữ liệu cá nhân…', 'Mask personal data…'), electronMenu: 'file' },
  { id: 'evidencePack', group: 'helpdesk', label: l('Tạo gói bằng chứng (đã che)…', 'Create a masked evidence pack…'), electronMenu: 'file' },
  { id: 'explainReply', group: 'helpdesk', label: l('Giải thích trả lời của Cổng…', 'Explain a portal reply…'), electronMenu: 'view' },
  { id: 'showCodePoints', group: 'helpdesk', label: l('Xem mã ký tự của giá trị đang chọn', 'Show the code points of the selected value'), electronMenu: 'edit' },
  { id: 'normalizeText', group: 'helpdesk', label: l('Chuẩn hoá chữ tiếng Việt của tài liệu…', 'Normalise the document\'s Vietnamese text…'), electronMenu: 'edit' },
  { id: 'palette', group: 'view', label: l('Bảng lệnh', 'Command palette'), shortcut: 'CmdOrCtrl+Shift+P', electronMenu: 'view' },
  // The app bar's switches, also from the keyboard through the palette.
  { id: 'toggleTheme', group: 'view', label: l('Đổi giao diện sáng / tối', 'Switch between the light and dark theme') },
  { id: 'switchLanguage', group: 'view', label: l('Đổi ngôn ngữ: Tiếng Việt / English', 'Switch the language: English / Tiếng Việt') },
  // Sending (issue 5): renderer/features/send registers their handlers.
  { id: 'send', group: 'file', label: l('Gửi lên Cổng…', 'Send to the portal…'), shortcut: 'CmdOrCtrl+Shift+Enter' },
  { id: 'sendHistory', group: 'view', label: l('Lịch sử gửi', 'Send history') },
  { id: 'environments', group: 'view', label: l('Quản lý môi trường gửi…', 'Manage sending environments…') },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** Every command id. */
export const COMMAND_IDS = COMMANDS.map((c) => c.id) as unknown as readonly [CommandId, ...CommandId[]];

/** A command by id. */
export function commandById(id: string): CommandSpec | undefined {
  return (COMMANDS as readonly CommandSpec[]).find((c) => c.id === id);
}
