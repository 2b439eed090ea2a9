/**
 * The Form view's strings, Vietnamese first with complete English; merged into the app's
 * dictionary (renderer/i18n/dictionary.ts) like the editor's own. (`form.*` names the document
 * forms of the summary, so these are `formView.*`.)
 */
export const FORM_STRINGS = {
  'formView.label': { vi: 'Biểu mẫu', en: 'Form' },
  'formView.recordPicker': { vi: 'Chọn bản ghi', en: 'Choose a record' },
  'formView.recordNumber': { vi: 'Số thứ tự bản ghi (1–{total})', en: 'Record number (1–{total})' },
  'formView.recordOf': { vi: 'trong {total} bản ghi', en: 'of {total} records' },
  'formView.prev': { vi: 'Bản ghi trước', en: 'Previous record' },
  'formView.next': { vi: 'Bản ghi sau', en: 'Next record' },
  'formView.nextIssue': { vi: 'Bản ghi có vấn đề tiếp theo', en: 'Next record with issues' },
  'formView.noRecords': { vi: 'Tài liệu chưa có bản ghi nào.', en: 'The document has no records yet.' },
  'formView.envelope': { vi: 'Phong bì gói tin', en: 'Packet envelope' },
  'formView.recordTitle': { vi: 'Bản ghi {n}', en: 'Record {n}' },
  'formView.recordIssues': { vi: 'Vấn đề của cả bản ghi', en: 'Issues of the whole record' },
  'formView.legend': { vi: 'Ký hiệu', en: 'Marks' },
  'formView.req.M': { vi: 'bắt buộc', en: 'required' },
  'formView.req.Mstar': {
    vi: 'bắt buộc theo quan sát; Cổng vẫn nhận gói tin thiếu trường này',
    en: 'observed required; the portal accepted packets without it',
  },
  'formView.req.Mq': { vi: 'có lẽ bắt buộc (suy luận)', en: 'probably required (inferred)' },
  'formView.req.C': { vi: 'bắt buộc theo điều kiện (quy tắc liên trường)', en: 'required under conditions (cross-field rules)' },
  'formView.help': { vi: 'Giải thích {name}', en: 'About {name}' },
  'formView.specRef': { vi: 'Theo {ref}', en: 'Defined in {ref}' },
  'formView.example': { vi: 'Ví dụ: {value}', en: 'Example: {value}' },
  'formView.absent': { vi: 'Chưa có trong tài liệu', en: 'Not in the document' },
  'formView.wire': { vi: 'Giá trị gửi đi: {value}', en: 'Sent as: {value}' },
  'formView.pickDate': { vi: 'Chọn ngày giờ cho {name}', en: 'Pick a date and time for {name}' },
  'formView.notDate': {
    vi: 'Không đọc được "{text}" là ngày giờ dd/MM/yyyy HH:mm; chưa ghi vào tài liệu (Esc để bỏ).',
    en: 'Could not read "{text}" as a dd/MM/yyyy HH:mm date-time; not written to the document (Esc to drop it).',
  },
  'formView.invalidDate': {
    vi: 'Giá trị hiện tại "{value}" không phải ngày giờ yyyyMMddHHmmss; được giữ nguyên cho đến khi bạn sửa.',
    en: 'The current value "{value}" is not a yyyyMMddHHmmss date-time; it stays as written until you change it.',
  },
  'formView.notInList': { vi: 'Giá trị hiện tại "{value}" không có trong danh sách mã.', en: 'The current value "{value}" is not in the code list.' },
  'formView.openList': {
    vi: 'Danh sách mã chưa được xác minh đầy đủ: có thể nhập giá trị khác.',
    en: 'This code list is not verified as complete: another value may be typed.',
  },
  'formView.emptyOption': { vi: '(trống)', en: '(empty)' },
  'formView.flagOdd': {
    vi: 'Giá trị hiện tại "{value}" không phải {on}/{off}; bật hoặc tắt để ghi giá trị đúng.',
    en: 'The current value "{value}" is not {on}/{off}; switch it on or off to write a correct one.',
  },
  'formView.flagAbsent': { vi: 'Chưa có trong tài liệu; bật hoặc tắt để thêm.', en: 'Not in the document; switch it to add it.' },
  'formView.isNumber': { vi: 'Đang là số trong JSON; sửa sẽ ghi thành chuỗi.', en: 'A JSON number now; an edit writes a string.' },
  'formView.isNull': { vi: 'Đang là null trong JSON.', en: 'null in the JSON now.' },
  'formView.jsonInvalid': { vi: 'Không phải giá trị JSON hợp lệ ({reason}); chưa ghi vào tài liệu.', en: 'Not a valid JSON value ({reason}); not written to the document.' },
  'formView.jsonShape': { vi: 'Giá trị có kiểu khác với đặc tả; sửa dưới dạng JSON.', en: 'The value has another shape than the spec says; edit it as JSON.' },
  'formView.otherKeys': { vi: 'Khoá khác (không có trong đặc tả)', en: 'Other keys (not in the spec)' },
  'formView.removeKey': { vi: 'Xoá khoá {name}', en: 'Remove the key {name}' },
  'formView.add': { vi: 'Thêm {label}', en: 'Add {label}' },
  'formView.itemUp': { vi: 'Chuyển {name} lên', en: 'Move {name} up' },
  'formView.itemDown': { vi: 'Chuyển {name} xuống', en: 'Move {name} down' },
  'formView.itemDuplicate': { vi: 'Nhân bản {name}', en: 'Duplicate {name}' },
  'formView.itemRemove': { vi: 'Xoá {name}', en: 'Remove {name}' },
  'formView.itemOpen': { vi: 'Mở {name}', en: 'Open {name}' },
  'formView.itemClose': { vi: 'Thu gọn {name}', en: 'Close {name}' },
  'formView.emptyList': { vi: 'Chưa có mục nào.', en: 'No items yet.' },
  'formView.emptyString': {
    vi: 'Đang là chuỗi rỗng "" (cách OpenCPS gửi danh sách trống); thêm một mục sẽ đổi thành danh sách.',
    en: 'An empty string "" now (how OpenCPS sends an empty list); adding an item makes it a list.',
  },
  'formView.fix': { vi: 'Sửa nhanh: {title}', en: 'Quick fix: {title}' },
  'formView.preview': { vi: 'Sẽ đổi dòng {line}:', en: 'Changes line {line}:' },
  'formView.provisional': { vi: 'tạm thời', en: 'provisional' },
  'formView.provisionalField': {
    vi: 'Định nghĩa của trường này là bản dựng lại tạm thời; hãy coi kết quả kiểm tra là tham khảo.',
    en: "This field's definition is a provisional reconstruction; treat its checks as guidance.",
  },
  'formView.unknownPacket': {
    vi: 'Không nhận ra loại gói tin nên không có biểu mẫu theo đặc tả; các khoá được liệt kê để sửa dưới dạng JSON.',
    en: 'The packet kind is not recognised, so there is no form from the spec; its keys are listed to edit as JSON.',
  },
  'formView.notJson': {
    vi: 'Tài liệu chưa phải JSON hợp lệ nên chưa hiện được biểu mẫu; hãy sửa lỗi cú pháp trong khung JSON.',
    en: 'The document is not valid JSON yet, so there is no form; fix the syntax error in the JSON view.',
  },
  'formView.readOnly': {
    vi: 'Chế độ tệp lớn: biểu mẫu chỉ để xem, từng bản ghi một.',
    en: 'Large-file mode: the form is for reading, one record at a time.',
  },
} as const;
