/**
 * The application menu's labels, Vietnamese first with complete English. The main process has no
 * React, so these live here rather than in the renderer's dictionary.
 */
import type { Lang, Localized } from '../../shared/i18n/localized';

export const MENU_STRINGS = {
  file: { vi: '&Tệp', en: '&File' },
  newFromTemplate: { vi: 'Mới từ mẫu…', en: 'New from template…' },
  open: { vi: 'Mở…', en: 'Open…' },
  openRecent: { vi: 'Mở gần đây', en: 'Open recent' },
  noRecent: { vi: '(chưa có tệp nào)', en: '(no files yet)' },
  clearRecent: { vi: 'Xoá danh sách', en: 'Clear list' },
  pasteDocument: { vi: 'Dán thành tài liệu mới…', en: 'Paste as new document…' },
  save: { vi: 'Lưu', en: 'Save' },
  saveAs: { vi: 'Lưu thành…', en: 'Save as…' },
  close: { vi: 'Đóng tài liệu', en: 'Close document' },
  quit: { vi: 'Thoát', en: 'Quit' },
  edit: { vi: '&Sửa', en: '&Edit' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  redo: { vi: 'Làm lại', en: 'Redo' },
  cut: { vi: 'Cắt', en: 'Cut' },
  copy: { vi: 'Sao chép', en: 'Copy' },
  paste: { vi: 'Dán', en: 'Paste' },
  selectAll: { vi: 'Chọn tất cả', en: 'Select all' },
  view: { vi: '&Xem', en: '&View' },
  zoomIn: { vi: 'Phóng to', en: 'Zoom in' },
  zoomOut: { vi: 'Thu nhỏ', en: 'Zoom out' },
  resetZoom: { vi: 'Cỡ chữ mặc định', en: 'Actual size' },
  fullScreen: { vi: 'Toàn màn hình', en: 'Full screen' },
  devTools: { vi: 'Công cụ nhà phát triển', en: 'Developer tools' },
  help: { vi: 'T&rợ giúp', en: '&Help' },
  about: { vi: 'Giới thiệu QCVN 120 Packet Studio', en: 'About QCVN 120 Packet Studio' },
  aboutDetail: {
    vi: 'Phiên bản ứng dụng: {version}\nPhiên bản đặc tả gói tin: {spec}\nHồ sơ kiểm tra: {profiles}\nThư mục dữ liệu: {dataDir}',
    en: 'App version: {version}\nPacket reference version: {spec}\nValidation profiles: {profiles}\nData folder: {dataDir}',
  },
  ok: { vi: 'Đóng', en: 'Close' },
  unsavedTitle: { vi: 'Thay đổi chưa lưu', en: 'Unsaved changes' },
  unsavedMessage: { vi: 'Có tài liệu còn thay đổi chưa lưu.', en: 'Some documents have unsaved changes.' },
  unsavedDetail: {
    vi: 'Nếu đóng cửa sổ bây giờ, các thay đổi đó sẽ mất (bản khôi phục tự lưu vẫn được giữ trong thư mục dữ liệu).',
    en: 'If the window closes now, those changes are lost (the autosaved recovery copies stay in the data folder).',
  },
  closeAnyway: { vi: 'Đóng, không lưu', en: 'Close without saving' },
  keepOpen: { vi: 'Ở lại', en: 'Stay' },
} satisfies Record<string, Localized>;

/** A menu label in the chosen language. */
export function menuText(key: keyof typeof MENU_STRINGS, lang: Lang): string {
  return MENU_STRINGS[key][lang];
}
