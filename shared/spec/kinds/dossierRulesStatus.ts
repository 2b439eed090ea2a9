/**
 * End-of-processing fields by status (dossier.md §5 rule 5): what a record in a given
 * `TrangThaiHoSo` must carry. A value that is present but malformed counts as present here; the
 * engine's format check reports it.
 */
import { t } from '../../i18n/localized';
import type { Rule, RuleContext } from '../../rules/types';
import { codeOf, defineRule, isBlank, isItem, listOf, rule5 } from './dossierRuleKit';

const PACKETS = ['DongBoHoSoMC'];

function status(ctx: RuleContext): string | undefined {
  return codeOf(ctx.record.TrangThaiHoSo);
}

const finishedWithoutEndDate = defineRule({
  code: 'dossier.finished-without-end-date',
  strength: 'firm',
  title: t('Hồ sơ đã xử lý xong nhưng thiếu ngày kết thúc', 'Finished dossier without an end date'),
  message: t(
    'Trạng thái {status} nhưng NgayKetThucXuLy trống; Cổng không tính được hồ sơ đúng hạn hay trễ hạn.',
    'Status {status} but NgayKetThucXuLy is empty; the portal cannot tell whether the dossier was on time.',
  ),
  hint: t('Điền NgayKetThucXuLy (yyyyMMddHHmmss) là thời điểm xử lý xong, không sau NgayTra.', 'Fill NgayKetThucXuLy (yyyyMMddHHmmss) with when processing finished, not after NgayTra.'),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const s = status(ctx);
    if ((s === '9' || s === '10') && isBlank(ctx.record.NgayKetThucXuLy)) ctx.report({ at: ['NgayKetThucXuLy'], params: { status: s } });
  },
});

const deliveredWithoutDeliveryDate = defineRule({
  code: 'dossier.delivered-without-delivery-date',
  strength: 'inferred',
  // "Delivered" without a delivery time contradicts itself: sample 93's .expect.md wants an error.
  defaultSeverity: { strict: 'error' },
  title: t('Đã trả kết quả nhưng thiếu ngày trả', 'Delivered without a delivery date'),
  message: t('Trạng thái 10 (đã trả kết quả) nhưng NgayTra trống.', 'Status 10 (result delivered) but NgayTra is empty.'),
  hint: t('Điền NgayTra là thời điểm trao kết quả, hoặc dùng trạng thái 9 nếu chưa trả.', 'Fill NgayTra with when the result was handed over, or use status 9 if it was not yet delivered.'),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    if (status(ctx) === '10' && isBlank(ctx.record.NgayTra)) ctx.report({ at: ['NgayTra'] });
  },
});

const refusedWithoutDate = defineRule({
  code: 'dossier.refused-without-refusal-date',
  strength: 'inferred',
  title: t('Không tiếp nhận nhưng thiếu ngày từ chối', 'Refused without a refusal date'),
  message: t('Trạng thái 3 (không được tiếp nhận) nhưng NgayTuChoi trống.', 'Status 3 (refused at reception) but NgayTuChoi is empty.'),
  hint: t('Điền NgayTuChoi là thời điểm từ chối tiếp nhận hồ sơ.', 'Fill NgayTuChoi with when the dossier was refused.'),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    if (status(ctx) === '3' && isBlank(ctx.record.NgayTuChoi)) ctx.report({ at: ['NgayTuChoi'] });
  },
});

const supplementRequestMissing = defineRule({
  code: 'dossier.supplement-request-missing',
  strength: 'inferred',
  title: t('Yêu cầu bổ sung nhưng không có mục bổ sung', 'Supplement requested but no request listed'),
  message: t(
    'Trạng thái 5 (yêu cầu bổ sung) nhưng DanhSachHoSoBoSung không có mục nào có cả NgayBoSung và NgayHenTraTruoc.',
    'Status 5 (supplement requested) but DanhSachHoSoBoSung has no item with both NgayBoSung and NgayHenTraTruoc.',
  ),
  hint: t(
    'Thêm một mục DanhSachHoSoBoSung với NgayBoSung (ngày yêu cầu) và NgayHenTraTruoc (hạn trước khi yêu cầu); chỉ số 766 trừ thời gian bổ sung khỏi thời gian xử lý.',
    'Add a DanhSachHoSoBoSung item with NgayBoSung (request date) and NgayHenTraTruoc (deadline before the request); the 766 scoring subtracts the supplement period.',
  ),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    if (status(ctx) !== '5') return;
    const list = listOf(ctx.record.DanhSachHoSoBoSung);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (isItem(item) && !isBlank(item.NgayBoSung) && !isBlank(item.NgayHenTraTruoc)) return;
    }
    ctx.report({ at: ['DanhSachHoSoBoSung'] });
  },
});

const feesMissing = defineRule({
  code: 'dossier.fees-missing',
  strength: 'inferred',
  title: t('Yêu cầu nghĩa vụ tài chính nhưng không có phí', 'Fees requested but none listed'),
  message: t('Trạng thái 6 (yêu cầu thực hiện nghĩa vụ tài chính) nhưng DanhSachLePhi trống.', 'Status 6 (financial obligation requested) but DanhSachLePhi is empty.'),
  hint: t('Liệt kê các khoản phí, lệ phí phải nộp trong DanhSachLePhi.', 'List the fees and charges due in DanhSachLePhi.'),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    if (status(ctx) === '6' && !listOf(ctx.record.DanhSachLePhi).some(isItem)) ctx.report({ at: ['DanhSachLePhi'] });
  },
});

const onlineResultMissing = defineRule({
  code: 'dossier.online-result-missing',
  strength: 'inferred',
  title: t('Hồ sơ trực tuyến đã xong nhưng không có kết quả điện tử', 'Finished online dossier without an electronic result'),
  message: t(
    'Trạng thái {status}, nộp trực tuyến (KenhThucHien 2), nhưng DanhSachGiayToKetQua không có kết quả nào có DuongDanTepTinKetQua.',
    'Status {status}, submitted online (KenhThucHien 2), but DanhSachGiayToKetQua has no result with DuongDanTepTinKetQua.',
  ),
  hint: t(
    'Thêm giấy tờ kết quả với đường dẫn tải (và MaGiayToKetQua); theo chỉ số 766, thiếu kết quả điện tử thì hồ sơ không còn được tính là trực tuyến khi thủ tục có kết quả bằng văn bản.',
    'Add the result document with its download link (and MaGiayToKetQua); under the 766 scoring the dossier stops counting as online when the procedure has a written result.',
  ),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const s = status(ctx);
    if ((s !== '9' && s !== '10') || codeOf(ctx.record.KenhThucHien) !== '2') return;
    const list = listOf(ctx.record.DanhSachGiayToKetQua);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (isItem(item) && !isBlank(item.DuongDanTepTinKetQua)) return;
    }
    ctx.report({ at: ['DanhSachGiayToKetQua'], params: { status: s } });
  },
});

const onlineResultCodeMissing = defineRule({
  code: 'dossier.online-result-code-missing',
  strength: 'inferred',
  // Matters only for procedures with a written result, which the packet cannot tell: a hint, not a fault.
  defaultSeverity: { strict: 'info', lenient: 'info' },
  title: t('Kết quả trực tuyến thiếu mã giấy tờ kết quả', 'Online result without a result code'),
  message: t(
    'Kết quả {index} của hồ sơ trực tuyến có đường dẫn nhưng thiếu MaGiayToKetQua.',
    'Result {index} of an online dossier has a link but no MaGiayToKetQua.',
  ),
  hint: t(
    'Điền MaGiayToKetQua (mã kết quả của thủ tục trong CSDL TTHC): chỉ số 766 cần cả mã kết quả và đường dẫn.',
    "Fill MaGiayToKetQua (the procedure's result code in the TTHC database): the 766 scoring needs both code and link.",
  ),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const s = status(ctx);
    if ((s !== '9' && s !== '10') || codeOf(ctx.record.KenhThucHien) !== '2') return;
    const list = listOf(ctx.record.DanhSachGiayToKetQua);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (isItem(item) && !isBlank(item.DuongDanTepTinKetQua) && isBlank(item.MaGiayToKetQua)) ctx.report({ at: ['DanhSachGiayToKetQua', i, 'MaGiayToKetQua'], params: { index: i + 1 } });
    }
  },
});

/** The status rules of `DongBoHoSoMC`. */
export const DOSSIER_STATUS_RULES: Rule[] = [
  finishedWithoutEndDate,
  deliveredWithoutDeliveryDate,
  refusedWithoutDate,
  supplementRequestMissing,
  feesMissing,
  onlineResultMissing,
  onlineResultCodeMissing,
];
