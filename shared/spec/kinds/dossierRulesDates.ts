/**
 * Date-order rules of the dossier record (dossier.md §5 rules 4 and 5): the life-cycle chain,
 * the deadline, and the dates of supplement requests. Empty or malformed dates are skipped: the
 * engine's format check reports those. Nothing is compared with the wall clock.
 */
import { t } from '../../i18n/localized';
import type { Rule } from '../../rules/types';
import { defineRule, isItem, listOf, rule5, shown, timeOf } from './dossierRuleKit';

const PACKETS = ['DongBoHoSoMC'];

/** The life-cycle dates in the order they must follow (dossier.md §5 rule 4). */
const CHAIN = ['NgayNopHoSo', 'NgayTiepNhan', 'NgayKetThucXuLy', 'NgayTra'] as const;

const dateOrder = defineRule({
  code: 'dossier.date-order',
  strength: 'inferred',
  title: t('Thứ tự các mốc thời gian của hồ sơ', 'Order of the dossier dates'),
  message: t(
    '{field} ({value}) sớm hơn {earlier} ({earlierValue}); thứ tự đúng là NgayNopHoSo ≤ NgayTiepNhan ≤ NgayKetThucXuLy ≤ NgayTra.',
    '{field} ({value}) is before {earlier} ({earlierValue}); the order is NgayNopHoSo ≤ NgayTiepNhan ≤ NgayKetThucXuLy ≤ NgayTra.',
  ),
  hint: t('Kiểm tra hai ngày này trong hệ thống nguồn; thường là nhầm ngày hoặc nhầm múi giờ.', 'Check both dates in the source system; usually a wrong date or a time-zone shift.'),
  specRef: rule5(4),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    // The latest present predecessor as two locals (no object per date of every record).
    let prevName: string | undefined;
    let prevTime = 0;
    for (let k = 0; k < CHAIN.length; k++) {
      const name = CHAIN[k];
      const time = timeOf(ctx.record[name]);
      if (time === undefined) continue;
      if (prevName !== undefined && time < prevTime) {
        ctx.report({
          at: [name],
          params: { field: name, value: shown(ctx.record[name]), earlier: prevName, earlierValue: shown(ctx.record[prevName]) },
        });
      }
      // Compare each date with the latest present predecessor, so one wrong date gives one finding.
      if (prevName === undefined || time >= prevTime) {
        prevName = name;
        prevTime = time;
      }
    }
  },
});

const deadlineBeforeReceipt = defineRule({
  code: 'dossier.deadline-before-receipt',
  strength: 'inferred',
  // A deadline before receipt is impossible, not merely unusual: sample 93's .expect.md wants an error.
  defaultSeverity: { strict: 'error' },
  title: t('Ngày hẹn trả trước ngày tiếp nhận', 'Deadline before receipt'),
  message: t('NgayHenTra ({deadline}) sớm hơn NgayTiepNhan ({receipt}).', 'NgayHenTra ({deadline}) is before NgayTiepNhan ({receipt}).'),
  hint: t(
    'Hạn trả phải từ ngày tiếp nhận trở đi: sửa NgayHenTra (thường là ngày tiếp nhận cộng thời hạn giải quyết của thủ tục).',
    "The deadline must be on or after receipt: correct NgayHenTra (usually receipt plus the procedure's duration).",
  ),
  specRef: rule5(4),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const receipt = timeOf(ctx.record.NgayTiepNhan);
    const deadline = timeOf(ctx.record.NgayHenTra);
    if (receipt === undefined || deadline === undefined || deadline >= receipt) return;
    ctx.report({ at: ['NgayHenTra'], params: { deadline: shown(ctx.record.NgayHenTra), receipt: shown(ctx.record.NgayTiepNhan) } });
  },
});

const supplementDeadlineEarlier = defineRule({
  code: 'dossier.supplement-deadline-earlier',
  strength: 'inferred',
  title: t('Hạn mới sớm hơn hạn cũ sau bổ sung', 'New deadline before the old one'),
  message: t(
    'Yêu cầu bổ sung {index}: NgayHenTraMoi ({newDeadline}) sớm hơn NgayHenTraTruoc ({oldDeadline}).',
    'Supplement request {index}: NgayHenTraMoi ({newDeadline}) is before NgayHenTraTruoc ({oldDeadline}).',
  ),
  hint: t('Thời gian chờ bổ sung không được tính vào hạn, nên hạn mới không sớm hơn hạn cũ; kiểm tra lại hai ngày.', 'The supplement period extends the deadline, so the new one is not earlier; check both dates.'),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const list = listOf(ctx.record.DanhSachHoSoBoSung);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isItem(item)) continue;
      const before = timeOf(item.NgayHenTraTruoc);
      const after = timeOf(item.NgayHenTraMoi);
      if (before === undefined || after === undefined || after >= before) continue;
      ctx.report({
        at: ['DanhSachHoSoBoSung', i, 'NgayHenTraMoi'],
        params: { index: i + 1, newDeadline: shown(item.NgayHenTraMoi), oldDeadline: shown(item.NgayHenTraTruoc) },
      });
    }
  },
});

const supplementReceivedBeforeRequest = defineRule({
  code: 'dossier.supplement-received-before-request',
  strength: 'inferred',
  title: t('Nhận bổ sung trước khi yêu cầu', 'Supplement received before the request'),
  message: t(
    'Yêu cầu bổ sung {index}: NgayTiepNhanBoSung ({received}) sớm hơn NgayBoSung ({requested}).',
    'Supplement request {index}: NgayTiepNhanBoSung ({received}) is before NgayBoSung ({requested}).',
  ),
  hint: t('Giấy tờ bổ sung chỉ có thể được nhận sau khi yêu cầu; sửa một trong hai ngày.', 'A supplement can only arrive after it was requested; correct one of the two dates.'),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const list = listOf(ctx.record.DanhSachHoSoBoSung);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isItem(item)) continue;
      const requested = timeOf(item.NgayBoSung);
      const received = timeOf(item.NgayTiepNhanBoSung);
      if (requested === undefined || received === undefined || received >= requested) continue;
      ctx.report({
        at: ['DanhSachHoSoBoSung', i, 'NgayTiepNhanBoSung'],
        params: { index: i + 1, received: shown(item.NgayTiepNhanBoSung), requested: shown(item.NgayBoSung) },
      });
    }
  },
});

const supplementBeforeReceipt = defineRule({
  code: 'dossier.supplement-before-receipt',
  strength: 'inferred',
  title: t('Yêu cầu bổ sung trước ngày tiếp nhận', 'Supplement requested before receipt'),
  message: t(
    'Yêu cầu bổ sung {index}: NgayBoSung ({requested}) sớm hơn NgayTiepNhan của hồ sơ ({receipt}).',
    "Supplement request {index}: NgayBoSung ({requested}) is before the dossier's NgayTiepNhan ({receipt}).",
  ),
  hint: t('Chỉ yêu cầu bổ sung được hồ sơ đã tiếp nhận; kiểm tra NgayBoSung và NgayTiepNhan.', 'Only a received dossier can be asked for a supplement; check NgayBoSung and NgayTiepNhan.'),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    // Most records have no supplement request: look at the list before reading the date.
    const list = listOf(ctx.record.DanhSachHoSoBoSung);
    if (list.length === 0) return;
    const receipt = timeOf(ctx.record.NgayTiepNhan);
    if (receipt === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isItem(item)) continue;
      const requested = timeOf(item.NgayBoSung);
      if (requested === undefined || requested >= receipt) continue;
      ctx.report({
        at: ['DanhSachHoSoBoSung', i, 'NgayBoSung'],
        params: { index: i + 1, requested: shown(item.NgayBoSung), receipt: shown(ctx.record.NgayTiepNhan) },
      });
    }
  },
});

const deadlineNotUpdated = defineRule({
  code: 'dossier.deadline-not-updated',
  strength: 'inferred',
  title: t('Ngày hẹn trả chưa cập nhật theo hạn mới', 'Deadline not updated after a supplement'),
  message: t(
    'NgayHenTra ({deadline}) sớm hơn hạn mới sau bổ sung NgayHenTraMoi ({newDeadline}).',
    'NgayHenTra ({deadline}) is before the new deadline after the supplement, NgayHenTraMoi ({newDeadline}).',
  ),
  hint: t(
    'Sau khi nhận bổ sung, đặt NgayHenTra bằng NgayHenTraMoi; nếu không, hồ sơ có thể bị tính là trễ hạn.',
    'Once the supplement has arrived, set NgayHenTra to NgayHenTraMoi; otherwise the dossier may be scored as late.',
  ),
  specRef: rule5(5),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const list = listOf(ctx.record.DanhSachHoSoBoSung);
    if (list.length === 0) return;
    const deadline = timeOf(ctx.record.NgayHenTra);
    if (deadline === undefined) return;
    let latestTime = -1;
    let latestText: unknown;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isItem(item)) continue;
      const time = timeOf(item.NgayHenTraMoi);
      if (time !== undefined && (latestTime < 0 || time > latestTime)) {
        latestTime = time;
        latestText = item.NgayHenTraMoi;
      }
    }
    if (latestTime < 0 || deadline >= latestTime) return;
    ctx.report({
      at: ['NgayHenTra'],
      params: { deadline: shown(ctx.record.NgayHenTra), newDeadline: shown(latestText) },
      fix: {
        title: t('Đặt NgayHenTra bằng hạn mới', 'Set NgayHenTra to the new deadline'),
        edits: [{ op: 'set', path: ['NgayHenTra'], value: latestText }],
      },
    });
  },
});

/** The date rules of `DongBoHoSoMC`. */
export const DOSSIER_DATE_RULES: Rule[] = [
  dateOrder,
  deadlineBeforeReceipt,
  supplementDeadlineEarlier,
  supplementReceivedBeforeRequest,
  supplementBeforeReceipt,
  deadlineNotUpdated,
];
