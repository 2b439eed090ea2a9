/**
 * The Tree view's strings, Vietnamese first with complete English; merged into the app's
 * dictionary (renderer/i18n/dictionary.ts) like the editor's own.
 */
export const TREE_STRINGS = {
  'tree.label': { vi: 'Cây tài liệu', en: 'Document tree' },
  'tree.filter': { vi: 'Lọc theo nhãn, tên trường hoặc giá trị', en: 'Filter by label, field name or value' },
  'tree.filterClear': { vi: 'Xoá bộ lọc', en: 'Clear the filter' },
  'tree.noMatch': { vi: 'Không có nút nào khớp với "{text}".', en: 'No node matches "{text}".' },
  'tree.empty': { vi: 'Tài liệu không có nội dung để hiển thị.', en: 'The document has nothing to show.' },
  'tree.record': { vi: 'Bản ghi {n}', en: 'Record {n}' },
  'tree.item': { vi: 'Mục {n}', en: 'Item {n}' },
  'tree.items': { vi: '{n} mục', en: '{n} items', enOne: '{n} item' },
  'tree.emptyValue': { vi: '(trống)', en: '(empty)' },
  'tree.missing': { vi: '(thiếu)', en: '(missing)' },
  'tree.loading': { vi: 'Đang tải bản ghi…', en: 'Loading the record…' },
  'tree.notDate': { vi: 'không phải ngày giờ yyyyMMddHHmmss', en: 'not a yyyyMMddHHmmss date-time' },
  'tree.notInList': { vi: 'không có trong danh sách mã', en: 'not in the code list' },
  'tree.unknownKey': { vi: 'trường không có trong đặc tả', en: 'a key the spec does not know' },
  // "mục", not "dòng": next to an issue's "dòng 23, cột 5" (a line of the file) a table row must read otherwise.
  'tree.specRow': { vi: 'mục', en: 'row' },
  'tree.actions': { vi: 'Thao tác với bản ghi', en: 'Record actions' },
  'tree.actionsFor': { vi: 'Bản ghi {n}', en: 'Record {n}' },
  'tree.noRecord': { vi: 'Chưa chọn bản ghi', en: 'No record chosen' },
  'tree.add': { vi: 'Thêm bản ghi từ mẫu', en: 'Add a record from the template' },
  'tree.duplicate': { vi: 'Nhân bản bản ghi', en: 'Duplicate the record' },
  'tree.delete': { vi: 'Xoá bản ghi', en: 'Delete the record' },
  'tree.up': { vi: 'Chuyển bản ghi lên', en: 'Move the record up' },
  'tree.down': { vi: 'Chuyển bản ghi xuống', en: 'Move the record down' },
  'tree.collapseAll': { vi: 'Thu gọn tất cả', en: 'Collapse all' },
  'tree.filterSame': { vi: 'Hiện mọi bản ghi có {field} = "{value}"', en: 'Show every record where {field} = "{value}"' },
  'tree.filterSameAny': {
    vi: 'Hiện mọi bản ghi có cùng giá trị ở trường đang chọn',
    en: 'Show every record with the same value in the chosen field',
  },
  'tree.recordFilter': {
    vi: 'Đang hiện {shown}/{total} bản ghi có {field} = "{value}"',
    en: 'Showing {shown} of {total} records where {field} = "{value}"',
  },
  'tree.recordFilterClear': { vi: 'Hiện mọi bản ghi', en: 'Show every record' },
  'tree.noTemplate': { vi: 'Không có mẫu bản ghi cho gói tin này.', en: 'There is no record template for this packet.' },
  'tree.largeNote': {
    vi: 'Chế độ tệp lớn: cây chỉ liệt kê các bản ghi (mở từng bản ghi để xem trường); bộ lọc tìm theo mã định danh của bản ghi và trong các bản ghi đã mở; không sửa được.',
    en: 'Large-file mode: the tree lists the records only (open one to see its fields); the filter searches the records\' identifying values and the records already opened; editing is off.',
  },
  'tree.notJson': {
    vi: 'Tài liệu chưa phải JSON hợp lệ nên chưa dựng được cây; hãy sửa lỗi cú pháp trong khung JSON.',
    en: 'The document is not valid JSON yet, so there is no tree; fix the syntax error in the JSON view.',
  },
} as const;
