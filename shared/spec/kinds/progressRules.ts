/**
 * Cross-field rules of `CapNhatTienDoHoSoMC` (dossier.md §3.1): the dates of one step, and the
 * order of the steps of one dossier within a packet. All are inferences (warnings).
 */
import { t } from '../../i18n/localized';
import type { Rule } from '../../rules/types';
import { ref } from '../common';
import { codeOf, defineRule, shown, timeOf } from './dossierRuleKit';

const PACKETS = ['CapNhatTienDoHoSoMC'];

const deadlineBeforeStart = defineRule({
  code: 'progress.deadline-before-start',
  strength: 'inferred',
  title: t('Hạn của bước trước ngày bắt đầu', 'Step deadline before its start'),
  message: t(
    'NgayKetThucTheoQuyDinh ({deadline}) sớm hơn NgayBatDau ({start}).',
    'NgayKetThucTheoQuyDinh ({deadline}) is before NgayBatDau ({start}).',
  ),
  hint: t('Hạn hoàn thành của bước không thể trước lúc bước bắt đầu; kiểm tra hai ngày.', 'A step cannot be due before it starts; check both dates.'),
  specRef: ref('dossier.md', '§3.1', 'NgayKetThucTheoQuyDinh'),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const start = timeOf(ctx.record.NgayBatDau);
    const deadline = timeOf(ctx.record.NgayKetThucTheoQuyDinh);
    if (start === undefined || deadline === undefined || deadline >= start) return;
    ctx.report({ at: ['NgayKetThucTheoQuyDinh'], params: { deadline: shown(ctx.record.NgayKetThucTheoQuyDinh), start: shown(ctx.record.NgayBatDau) } });
  },
});

const stepBeforeStart = defineRule({
  code: 'progress.step-before-start',
  strength: 'inferred',
  title: t('Thời điểm xử lý trước ngày bắt đầu bước', 'Step handled before it started'),
  message: t('ThoiDiemXuLy ({handled}) sớm hơn NgayBatDau ({start}) của cùng bước.', 'ThoiDiemXuLy ({handled}) is before the same step\'s NgayBatDau ({start}).'),
  hint: t('ThoiDiemXuLy là lúc bước được thực hiện, nên không trước NgayBatDau; kiểm tra hai ngày.', 'ThoiDiemXuLy is when the step was done, so not before NgayBatDau; check both dates.'),
  specRef: ref('dossier.md', '§3.1', 'ThoiDiemXuLy'),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const start = timeOf(ctx.record.NgayBatDau);
    const handled = timeOf(ctx.record.ThoiDiemXuLy);
    if (start === undefined || handled === undefined || handled >= start) return;
    ctx.report({ at: ['ThoiDiemXuLy'], params: { handled: shown(ctx.record.ThoiDiemXuLy), start: shown(ctx.record.NgayBatDau) } });
  },
});


const stepsOutOfOrder = defineRule({
  code: 'progress.steps-out-of-order',
  strength: 'inferred',
  title: t('Các bước của hồ sơ không theo thứ tự thời gian', 'Steps of a dossier out of time order'),
  message: t(
    'Bước của hồ sơ {code} lúc {handled} đứng sau bước lúc {previous} (bản ghi {previousIndex}) trong gói.',
    'A step of dossier {code} at {handled} comes after a step at {previous} (record {previousIndex}) in the packet.',
  ),
  hint: t(
    'Sắp xếp các bước của mỗi hồ sơ theo ThoiDiemXuLy tăng dần; Cổng tính thời điểm kết thúc xử lý từ các bước này (chỉ số 766).',
    'Order the steps of each dossier by ThoiDiemXuLy ascending; the portal derives the end of processing from them (766 scoring).',
  ),
  specRef: ref('dossier.md', '§3.1', 'Behaviour'),
  packets: PACKETS,
  scope: 'document',
  check(ctx) {
    const last = new Map<string, { time: number; index: number; text: unknown }>();
    ctx.records.forEach((record, i) => {
      const code = codeOf(record.MaHoSo);
      const time = timeOf(record.ThoiDiemXuLy);
      if (!code || time === undefined) return;
      const prev = last.get(code);
      if (prev && time < prev.time) {
        ctx.report({
          // Document paths speak of `data[i]`; the engine maps them for a bare array.
          at: ['data', i, 'ThoiDiemXuLy'],
          params: { code, handled: shown(record.ThoiDiemXuLy), previous: shown(prev.text), previousIndex: prev.index },
        });
        return;
      }
      last.set(code, { time, index: i, text: record.ThoiDiemXuLy });
    });
  },
});

/** Every rule of the `progress` kind. */
export const PROGRESS_RULES: Rule[] = [deadlineBeforeStart, stepBeforeStart, stepsOutOfOrder];
