/**
 * Messages of JSON syntax problems: what is wrong, in plain words, and what to do (STYLE.md
 * practice 11). Vietnamese first, complete English. The position itself travels in SyntaxProblem.
 */
import type { Localized } from '../i18n/localized';

/** Where something opened, for messages such as "'{' opened at line 3, column 5". */
export interface Opened {
  char: string;
  line: number;
  column: number;
}

const at = (o: Opened): Localized => ({
  vi: `'${o.char}' mở ở dòng ${o.line}, cột ${o.column}`,
  en: `'${o.char}' opened at line ${o.line}, column ${o.column}`,
});

const closerOf = (c: string) => (c === '{' ? '}' : ']');

/** Shortens a snippet of the text for quoting in a message. */
export function snippet(s: string): string {
  const one = s.replace(/[\r\n\t]/g, ' ');
  return one.length > 24 ? `${one.slice(0, 24)}…` : one;
}

const keyPart = (key: string | undefined): Localized =>
  key === undefined ? { vi: '', en: '' } : { vi: ` (trường "${key}")`, en: ` (key "${key}")` };

export const SYNTAX = {
  empty: (): Localized => ({
    vi: 'Văn bản trống: không có nội dung JSON nào. Hãy dán hoặc mở một gói tin.',
    en: 'The text is empty: there is no JSON content. Paste or open a packet.',
  }),
  trailingComma: (closer: string): Localized => ({
    vi: `Dấu phẩy thừa trước '${closer}': JSON không cho phép dấu phẩy sau phần tử cuối cùng. Hãy xoá dấu phẩy này.`,
    en: `Trailing comma before '${closer}': JSON does not allow a comma after the last member. Remove this comma.`,
  }),
  extraComma: (): Localized => ({
    vi: 'Dấu phẩy thừa: hai dấu phẩy liền nhau hoặc dấu phẩy ngay sau dấu mở, thiếu một phần tử. Hãy xoá dấu phẩy thừa.',
    en: 'Extra comma: two commas in a row or a comma right after an opening bracket, with no member between. Remove the extra comma.',
  }),
  comment: (): Localized => ({
    vi: 'JSON không cho phép chú thích (// hoặc /* */). Hãy xoá chú thích; Cổng DVCQG sẽ từ chối gói tin có chú thích.',
    en: 'JSON does not allow comments (// or /* */). Remove the comment; the DVCQG portal rejects a packet that has one.',
  }),
  smartQuotes: (ch: string): Localized => ({
    vi: `Dấu ngoặc kiểu Word (${ch}) thay cho dấu ngoặc kép thẳng ("): thường do sao chép từ Word hoặc PDF. Hãy dùng dấu " (có thể chọn sửa tự động bên dưới).`,
    en: `A Word-style quote (${ch}) stands where a straight double quote (") is needed, usually from copying out of Word or a PDF. Use " instead (an automatic repair is offered below).`,
  }),
  singleQuotes: (): Localized => ({
    vi: "Chuỗi trong dấu nháy đơn ('…'): JSON chỉ cho phép dấu ngoặc kép (\"…\"). Hãy thay dấu nháy đơn bao chuỗi bằng dấu ngoặc kép.",
    en: "A string in single quotes ('…'): JSON allows only double quotes (\"…\"). Replace the single quotes around the string with double quotes.",
  }),
  equalsForColon: (): Localized => ({
    vi: "Dấu '=' thay cho ':' giữa tên trường và giá trị. Tài liệu hướng dẫn tích hợp Cổng DVCQG (v1.4) in ví dụ JSON với '=' cho dễ đọc; văn bản sao chép nguyên từ tài liệu không phải JSON. Hãy thay '=' bằng ':'.",
    en: "'=' stands where ':' belongs between key and value. The DVCQG integration guide (v1.4) prints its JSON examples with '=' for readability; text copied from it as printed is not JSON. Replace '=' with ':'.",
  }),
  oddSpace: (code: string): Localized => ({
    vi: `Ký tự khoảng trắng đặc biệt (${code}, thường là khoảng trắng không ngắt NBSP sao chép từ Word/web) nằm ngoài chuỗi. Hãy thay bằng dấu cách thường.`,
    en: `A special space character (${code}, usually a non-breaking space copied from Word or the web) stands outside a string. Replace it with a plain space.`,
  }),
  invisible: (code: string): Localized => ({
    vi: `Ký tự vô hình (${code}) nằm ngoài chuỗi. Hãy xoá ký tự này (có thể chọn sửa tự động bên dưới).`,
    en: `An invisible character (${code}) stands outside a string. Remove it (an automatic repair is offered below).`,
  }),
  unquotedKey: (key: string): Localized => ({
    vi: `Tên trường ${key} không nằm trong dấu ngoặc kép. Trong JSON hãy viết "${key}".`,
    en: `The key ${key} is not in double quotes. In JSON write "${key}".`,
  }),
  badLiteral: (word: string, fix: string): Localized => ({
    vi: `Giá trị '${word}' không hợp lệ trong JSON. ${fix === '' ? 'JSON không có giá trị này; nếu là số không xác định, hãy gửi chuỗi rỗng "" hoặc một số.' : `Hãy viết '${fix}' (chữ thường).`}`,
    en: `The value '${word}' is not valid JSON. ${fix === '' ? 'JSON has no such value; for an unknown number send an empty string "" or a number.' : `Write '${fix}' (lower case).`}`,
  }),
  invalidNumber: (text: string): Localized => ({
    vi: `Số '${text}' không đúng dạng JSON (không được có dấu '+' đầu, số 0 thừa ở đầu, dấu chấm ở đầu/cuối, hay dạng thập lục phân). Hãy sửa số, hoặc đặt trong dấu ngoặc kép nếu đó là một mã.`,
    en: `The number '${text}' is not valid JSON (no leading '+', no extra leading zeros, no leading/trailing dot, no hexadecimal). Fix the number, or put it in double quotes if it is a code.`,
  }),
  unexpected: (text: string): Localized => ({
    vi: `Ký tự hoặc từ không hợp lệ: '${text}'. Ở vị trí này JSON cần một giá trị (chuỗi trong ngoặc kép, số, true, false, null, đối tượng {…} hoặc mảng […]).`,
    en: `Invalid character or word: '${text}'. At this point JSON needs a value (a string in double quotes, a number, true, false, null, an object {…} or an array […]).`,
  }),
  expectedKey: (text: string): Localized => ({
    vi: `Cần tên trường trong dấu ngoặc kép nhưng gặp '${text}'. Mỗi phần tử của đối tượng có dạng "TenTruong": giá trị.`,
    en: `A key in double quotes is needed but '${text}' was found. Each member of an object has the form "Key": value.`,
  }),
  missingValue: (key: string | undefined): Localized => ({
    vi: `Thiếu giá trị sau dấu ':'${keyPart(key).vi}. Hãy nhập giá trị, ví dụ "" nếu chưa có.`,
    en: `A value is missing after ':'${keyPart(key).en}. Enter a value, e.g. "" if there is none yet.`,
  }),
  missingColon: (key: string | undefined): Localized => ({
    vi: `Thiếu dấu ':' sau tên trường${keyPart(key).vi}. Mỗi phần tử có dạng "TenTruong": giá trị.`,
    en: `A ':' is missing after the key${keyPart(key).en}. Each member has the form "Key": value.`,
  }),
  missingComma: (inObject: boolean): Localized =>
    inObject
      ? {
          vi: 'Thiếu dấu phẩy giữa hai trường của đối tượng. Hãy thêm dấu phẩy vào cuối trường đứng trước.',
          en: 'A comma is missing between two members of the object. Add a comma after the preceding member.',
        }
      : {
          vi: 'Thiếu dấu phẩy giữa hai phần tử của mảng. Hãy thêm dấu phẩy vào sau phần tử đứng trước.',
          en: 'A comma is missing between two elements of the array. Add a comma after the preceding element.',
        },
  mismatched: (found: string, opened: Opened): Localized => ({
    vi: `Dấu '${found}' không khớp: ${at(opened).vi} phải được đóng bằng '${closerOf(opened.char)}'. Kiểm tra dấu đóng bị thiếu hoặc thừa.`,
    en: `'${found}' does not match: ${at(opened).en} must be closed with '${closerOf(opened.char)}'. Look for a missing or extra closing bracket.`,
  }),
  truncatedOpen: (opened: Opened | undefined, unclosed: number): Localized => ({
    vi: `Văn bản kết thúc đột ngột: ${opened ? at(opened).vi : 'một đối tượng hoặc mảng'} chưa được đóng${unclosed > 1 ? ` (còn ${unclosed} dấu mở chưa đóng)` : ''}. Có thể tệp bị cắt khi sao chép hoặc tải về; hãy lấy lại bản đầy đủ hoặc thêm '${opened ? closerOf(opened.char) : '}'}'.`,
    en: `The text ends abruptly: ${opened ? at(opened).en : 'an object or array'} is not closed${unclosed > 1 ? ` (${unclosed} brackets are still open)` : ''}. The file may have been cut off while copying or downloading; get the complete text or add '${opened ? closerOf(opened.char) : '}'}'.`,
  }),
  truncatedValue: (key: string | undefined): Localized => ({
    vi: `Văn bản kết thúc khi một giá trị còn dang dở${keyPart(key).vi}. Có thể tệp bị cắt khi sao chép hoặc tải về; hãy lấy lại bản đầy đủ.`,
    en: `The text ends in the middle of a value${keyPart(key).en}. The file may have been cut off while copying or downloading; get the complete text.`,
  }),
  unterminatedString: (key: string | undefined): Localized => ({
    vi: `Chuỗi chưa được đóng trên dòng này${keyPart(key).vi}: thiếu dấu " ở cuối, hoặc chuỗi bị xuống dòng. Trong JSON, xuống dòng bên trong chuỗi phải viết là \\n.`,
    en: `The string is not closed on this line${keyPart(key).en}: the closing " is missing, or the string contains a line break. In JSON a line break inside a string is written \\n.`,
  }),
  invalidEscape: (seq: string): Localized => ({
    vi: `Chuỗi thoát '${seq}' không hợp lệ. Dấu \\ trong chuỗi phải viết là \\\\ (ví dụ đường dẫn Windows C:\\\\Tep); chỉ cho phép \\" \\\\ \\/ \\b \\f \\n \\r \\t và \\uXXXX.`,
    en: `The escape '${seq}' is not valid. A \\ inside a string must be written \\\\ (e.g. a Windows path C:\\\\Files); only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are allowed.`,
  }),
  controlChar: (name: string): Localized => ({
    vi: `Chuỗi chứa ký tự điều khiển (${name}) không được phép. Hãy xoá, hoặc viết dạng thoát (\\t cho tab).`,
    en: `The string contains a control character (${name}), which is not allowed. Remove it, or write it escaped (\\t for a tab).`,
  }),
  strayControl: (name: string): Localized => ({
    vi: `Ký tự điều khiển (${name}) nằm ngoài chuỗi: tệp có thể bị hỏng hoặc lẫn dữ liệu nhị phân. Hãy xoá ký tự này.`,
    en: `A control character (${name}) stands outside a string: the file may be damaged or mixed with binary data. Remove this character.`,
  }),
  extraContent: (): Localized => ({
    vi: 'Còn nội dung sau khi JSON đã kết thúc: có thể dán hai lần, thừa dấu đóng, hoặc hai gói tin nằm chung một tệp. Hãy xoá phần thừa hoặc bọc các gói trong một mảng [ … ].',
    en: 'There is more content after the JSON has ended: pasted twice, an extra closing bracket, or two packets in one file. Remove the extra part or wrap the packets in one array [ … ].',
  }),
  unknown: (): Localized => ({
    vi: 'Văn bản không phải JSON hợp lệ tại vị trí này.',
    en: 'The text is not valid JSON at this point.',
  }),
};
