/**
 * Titles and descriptions of the paste-fault repairs (Vietnamese first, complete English).
 * `{count}` is filled with the number of places a repair touches.
 */
import type { Localized } from '../i18n/localized';

/** Codes of the paste-fault repairs, in the order they are offered. */
export const REPAIR_CODES = [
  'repair.equals-for-colon',
  'repair.smart-quotes',
  'repair.single-quotes',
  'repair.unquoted-keys',
  'repair.comments',
  'repair.trailing-comma',
  'repair.missing-comma',
  'repair.nbsp',
  'repair.zero-width',
] as const;

export type RepairCode = (typeof REPAIR_CODES)[number];

export const REPAIR_TEXTS: Record<RepairCode, { title: Localized; description: Localized }> = {
  'repair.equals-for-colon': {
    title: { vi: "Thay '=' bằng ':' giữa tên trường và giá trị", en: "Replace '=' with ':' between key and value" },
    description: {
      vi: "Tài liệu hướng dẫn tích hợp Cổng DVCQG (v1.4) in ví dụ JSON với '=' thay cho ':' cho dễ đọc; văn bản sao chép nguyên từ tài liệu không phải JSON. Sửa {count} chỗ.",
      en: "The DVCQG integration guide (v1.4) prints its JSON examples with '=' in place of ':' for readability; text copied from it as printed is not JSON. Fixes {count} place(s).",
    },
  },
  'repair.smart-quotes': {
    title: { vi: 'Thay dấu ngoặc kép kiểu Word (“ ”) bằng dấu "', en: 'Replace Word-style quotes (“ ”) with "' },
    description: {
      vi: 'Word và PDF tự đổi dấu " thành “ ”, nhưng JSON chỉ chấp nhận dấu ngoặc kép thẳng. Sửa {count} chuỗi; dấu “ ” nằm bên trong giá trị được giữ nguyên.',
      en: 'Word and PDF turn " into “ ”, but JSON accepts only straight double quotes. Fixes {count} string(s); “ ” inside a value are kept as they are.',
    },
  },
  'repair.single-quotes': {
    title: { vi: "Thay dấu nháy đơn (') bao chuỗi bằng dấu ngoặc kép", en: "Replace single quotes (') around strings with double quotes" },
    description: {
      vi: "JSON chỉ cho phép chuỗi trong dấu ngoặc kép \"…\", không dùng '…'. Sửa {count} chuỗi; nội dung chuỗi không đổi.",
      en: "JSON allows strings only in double quotes \"…\", not '…'. Fixes {count} string(s); their content is unchanged.",
    },
  },
  'repair.unquoted-keys': {
    title: { vi: 'Đặt tên trường trong dấu ngoặc kép', en: 'Put key names in double quotes' },
    description: {
      vi: 'Trong JSON, tên trường phải nằm trong dấu ngoặc kép (ví dụ "MaHoSo"). Sửa {count} tên trường.',
      en: 'In JSON, key names must be in double quotes (e.g. "MaHoSo"). Fixes {count} key(s).',
    },
  },
  'repair.comments': {
    title: { vi: 'Xoá chú thích // và /* */', en: 'Remove // and /* */ comments' },
    description: {
      vi: 'JSON không cho phép chú thích; Cổng DVCQG sẽ từ chối gói tin có chú thích. Xoá {count} chú thích.',
      en: 'JSON does not allow comments; the DVCQG portal rejects a packet that has them. Removes {count} comment(s).',
    },
  },
  'repair.trailing-comma': {
    title: { vi: "Xoá dấu phẩy thừa trước '}' hoặc ']'", en: "Remove trailing commas before '}' or ']'" },
    description: {
      vi: 'JSON không cho phép dấu phẩy sau phần tử cuối cùng của đối tượng hoặc mảng. Xoá {count} dấu phẩy.',
      en: 'JSON does not allow a comma after the last member of an object or array. Removes {count} comma(s).',
    },
  },
  'repair.missing-comma': {
    title: { vi: 'Thêm dấu phẩy còn thiếu cuối dòng', en: 'Add missing commas at line ends' },
    description: {
      vi: 'Hai phần tử liền nhau trên hai dòng mà không có dấu phẩy ngăn cách (thường do dán thêm dòng). Thêm {count} dấu phẩy.',
      en: 'Two members on consecutive lines without a comma between them (usually from pasting extra lines). Adds {count} comma(s).',
    },
  },
  'repair.nbsp': {
    title: { vi: 'Thay khoảng trắng đặc biệt (NBSP) bằng dấu cách thường', en: 'Replace special spaces (NBSP) with plain spaces' },
    description: {
      vi: 'Văn bản sao chép từ Word, web hoặc PDF chứa khoảng trắng không ngắt (NBSP) hoặc khoảng trắng Unicode khác ngoài chuỗi, JSON không chấp nhận. Thay {count} ký tự; khoảng trắng bên trong giá trị được giữ nguyên.',
      en: 'Text copied from Word, a web page or a PDF holds non-breaking (NBSP) or other Unicode spaces outside strings, which JSON does not accept. Replaces {count} character(s); spaces inside values are kept.',
    },
  },
  'repair.zero-width': {
    title: { vi: 'Xoá ký tự vô hình ngoài chuỗi', en: 'Remove invisible characters outside strings' },
    description: {
      vi: 'Có ký tự vô hình (zero-width, BOM giữa văn bản) nằm ngoài chuỗi, JSON không chấp nhận. Xoá {count} ký tự; ký tự bên trong giá trị được giữ nguyên.',
      en: 'Invisible characters (zero-width, a BOM inside the text) stand outside strings, which JSON does not accept. Removes {count} character(s); those inside values are kept.',
    },
  },
};
