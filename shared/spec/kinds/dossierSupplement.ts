/**
 * `DanhSachHoSoBoSung[]`: supplement requests (dossier.md §2.5). No implementation ever sent an
 * item, so every type here is the reference's recommendation (dossier.md §8 doubt 3).
 */
import { t } from '../../i18n/localized';
import { field, object, ref } from '../common';
import type { ObjectSpec } from '../types';
import { DANH_SACH_LE_PHI, TAI_LIEU_NOP } from './dossierItems';

const r25 = (name: string) => ref('dossier.md', '§2.5', name);

/** One supplement request, with its supplemented files and extra fees. */
export const DANH_SACH_HO_SO_BO_SUNG: ObjectSpec = object(
  'dossier.DanhSachHoSoBoSung',
  t('Yêu cầu bổ sung', 'Supplement request'),
  ref('dossier.md', '§2.5'),
  [
    field('HoSoBoSungId', t('Id lần bổ sung', 'Supplement-request id'), {
      // Recommended string; one system types it int (dossier.md §2.5).
      type: 'stringOrNumber',
      required: 'M',
      allowEmpty: false,
      evidence: ['W2'],
      pii: 'none',
      example: '1',
      help: t('Mã lần yêu cầu bổ sung trong hệ thống nguồn, ví dụ "1". Nên gửi dạng chuỗi.', 'Id of the supplement request in the source system, e.g. "1". Send it as a string.'),
      specRef: r25('HoSoBoSungId'),
    }),
    field('NguoiYeuCauBoSung', t('Người yêu cầu bổ sung', 'Requesting officer'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      evidence: ['W2'],
      pii: 'name',
      example: 'Hoàng Thị Thu',
      help: t('Họ tên cán bộ yêu cầu bổ sung.', 'Name of the officer who requested the supplement.'),
      specRef: r25('NguoiYeuCauBoSung'),
    }),
    field('NoiDungBoSung', t('Nội dung bổ sung', 'What must be supplemented'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      evidence: ['W2'],
      pii: 'freeText',
      example: 'Bổ sung bản sao hợp đồng chuyển nhượng có công chứng',
      help: t('Giấy tờ hoặc thông tin người nộp phải bổ sung, văn bản tự do.', 'Documents or information the applicant must supply, free text.'),
      specRef: r25('NoiDungBoSung'),
    }),
    field('NgayBoSung', t('Ngày yêu cầu bổ sung', 'Date of the request'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      format: 'datetime14',
      evidence: ['W2'],
      pii: 'none',
      example: '20240318100000',
      help: t(
        'Thời điểm yêu cầu bổ sung, dạng yyyyMMddHHmmss giờ Việt Nam, ví dụ 20240318100000. Không gửi dạng ISO.',
        'When the supplement was requested, yyyyMMddHHmmss in Vietnam time, e.g. 20240318100000. Not ISO.',
      ),
      specRef: r25('NgayBoSung'),
    }),
    field('NguoiTiepNhanBoSung', t('Người tiếp nhận bổ sung', 'Receiving officer'), {
      type: 'string',
      required: 'O',
      evidence: ['W2'],
      pii: 'name',
      example: '',
      help: t('Họ tên cán bộ nhận giấy tờ bổ sung; "" khi chưa nhận.', 'Name of the officer who received the supplement; "" until received.'),
      specRef: r25('NguoiTiepNhanBoSung'),
    }),
    field('ThongTinTiepNhan', t('Thông tin tiếp nhận', 'Receipt note'), {
      type: 'string',
      required: 'O',
      evidence: ['W2'],
      pii: 'freeText',
      example: '',
      help: t('Ghi chú khi nhận giấy tờ bổ sung, văn bản tự do.', 'Note taken when the supplement was received, free text.'),
      specRef: r25('ThongTinTiepNhan'),
    }),
    field('NgayTiepNhanBoSung', t('Ngày tiếp nhận bổ sung', 'Date the supplement was received'), {
      type: 'string',
      required: 'C',
      format: 'datetime14',
      evidence: ['W2'],
      pii: 'none',
      example: '',
      help: t(
        'Thời điểm nhận giấy tờ bổ sung, yyyyMMddHHmmss; "" khi chưa nhận. Không được trước NgayBoSung.',
        'When the supplement arrived, yyyyMMddHHmmss; "" until then. Must not be before NgayBoSung.',
      ),
      specRef: r25('NgayTiepNhanBoSung'),
    }),
    field('TrangThaiBoSung', t('Trạng thái bổ sung', 'Supplement state'), {
      type: 'string',
      required: 'M?',
      codes: 'TrangThaiBoSung',
      evidence: ['W2'],
      pii: 'none',
      example: '0',
      help: t(
        'Cờ hai trạng thái; dạng khuyến nghị "0" chưa bổ sung, "1" đã bổ sung. Mã chưa xác minh với Cổng.',
        'Two-state flag; recommended "0" not yet supplied, "1" supplied. Codes are not verified against the portal.',
      ),
      specRef: r25('TrangThaiBoSung'),
    }),
    field('DanhSachGiayToBoSung', t('Danh sách giấy tờ bổ sung', 'Supplemented files'), {
      type: 'array',
      required: 'O',
      items: TAI_LIEU_NOP,
      evidence: ['W2'],
      pii: 'none',
      help: t('Các tệp đã bổ sung, cùng cấu trúc với TaiLieuNop; có thể [].', 'Files supplied, shaped like TaiLieuNop items; may be [].'),
      specRef: r25('DanhSachGiayToBoSung'),
    }),
    field('DanhSachLePhiBoSung', t('Danh sách lệ phí bổ sung', 'Extra fees'), {
      type: 'array',
      required: 'O',
      items: DANH_SACH_LE_PHI,
      evidence: ['W2'],
      pii: 'none',
      help: t('Phí phát sinh khi bổ sung, cùng cấu trúc với DanhSachLePhi; có thể [].', 'Fees due with the supplement, shaped like DanhSachLePhi items; may be [].'),
      specRef: r25('DanhSachLePhiBoSung'),
    }),
    field('NgayHenTraTruoc', t('Ngày hẹn trả trước bổ sung', 'Deadline before the request'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      format: 'datetime14',
      evidence: ['W2'],
      pii: 'none',
      example: '20240405170000',
      help: t('Ngày hẹn trả của hồ sơ trước khi yêu cầu bổ sung, yyyyMMddHHmmss.', "The dossier's deadline before the request, yyyyMMddHHmmss."),
      specRef: r25('NgayHenTraTruoc'),
    }),
    field('NgayHenTraMoi', t('Ngày hẹn trả mới', 'New deadline'), {
      type: 'string',
      required: 'C',
      format: 'datetime14',
      evidence: ['W2'],
      pii: 'none',
      example: '',
      help: t(
        'Ngày hẹn trả sau khi nhận bổ sung, yyyyMMddHHmmss; "" khi chưa có. Không sớm hơn NgayHenTraTruoc; NgayHenTra của hồ sơ nên được cập nhật theo.',
        "Deadline after the supplement arrived, yyyyMMddHHmmss; \"\" until known. Not before NgayHenTraTruoc; the dossier's NgayHenTra should be updated to it.",
      ),
      specRef: r25('NgayHenTraMoi'),
    }),
  ],
);
