/**
 * Cross-field rules of `DongBoThongKeHoSo` (other-kinds.md b.2 rules 1–6, with the OpenCPS
 * artefacts of rule 7). Sums are checked only when their operands are valid counts, so one bad
 * value gives one finding, not a cascade.
 */
import { t, type Localized } from '../../i18n/localized';
import type { QuickFix } from '../../issues/issue';
import type { Rule, RuleContext } from '../../rules/types';
import { ref } from '../common';
import { COUNTS, PERCENTS } from './statisticsFields';

const PACKETS = ['DongBoThongKeHoSo'];
const B2 = '(b) b.2';
const TOLERANCE = 0.01 + 1e-9;

/** A non-negative integer count, from a digit string or a JSON integer; undefined otherwise. */
export function parseCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A percentage from a decimal string (a trailing % tolerated: b.1 open doubt) or a JSON number. */
export function parseDecimal(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*([-+]?\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** The expected percentage of b.2 rule 5: num/den × 100 with 2 decimals, or 0 when den is 0. */
export function expectedPercent(num: number, den: number): number {
  return den === 0 ? 0 : Math.round((num / den) * 10000) / 100;
}

/** A count written like the value it replaces (a string unless that was a JSON number). */
function countLike(original: unknown, value: number): string | number {
  return typeof original === 'number' ? value : String(value);
}

/** The expected percentage written as OpenCPS does: 2 decimals, or "0" for a zero denominator. */
function percentLike(original: unknown, num: number, den: number): string | number {
  const value = expectedPercent(num, den);
  if (typeof original === 'number') return value;
  return den === 0 ? '0' : value.toFixed(2);
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

function setFix(field: string, value: string | number, vi: string, en: string): QuickFix {
  return { title: t(`${vi} "${value}"`, `${en} "${value}"`), edits: [{ op: 'set', path: [field], value }] };
}

interface SumSpec {
  code: string;
  rule: number;
  total: string;
  parts: [string, string];
  title: Localized;
  letters: string;
}

/** b.2 rules 1–3: a total equals the sum of its two parts. */
function sumRule(s: SumSpec): Rule {
  return {
    code: s.code,
    strength: 'firm',
    title: s.title,
    message: t(
      `{total} = {value} nhưng {a} + {b} = {expected} (${s.letters}).`,
      `{total} = {value} but {a} + {b} = {expected} (${s.letters}).`,
    ),
    hint: t(
      'Kiểm tra lại cả tổng và hai thành phần theo số liệu của hệ thống một cửa; sửa tổng nếu hai thành phần đúng. Dữ liệu từ OpenCPS có lỗi gán nhầm bộ đếm (b.2 quy tắc 7).',
      'Check the total and both parts against the one-stop system\'s figures; fix the total if the parts are right. Data from OpenCPS has known counter mix-ups (b.2 rule 7).',
    ),
    specRef: ref('other-kinds.md', B2, s.rule),
    packets: PACKETS,
    scope: 'record',
    check(ctx: RuleContext) {
      const r = ctx.record;
      const total = parseCount(r[s.total]);
      const a = parseCount(r[s.parts[0]]);
      const b = parseCount(r[s.parts[1]]);
      if (total === undefined || a === undefined || b === undefined || total === a + b) return;
      ctx.report({
        at: [s.total],
        params: { total: s.total, value: total, a: s.parts[0], b: s.parts[1], expected: a + b },
        fix: setFix(s.total, countLike(r[s.total], a + b), `Đặt ${s.total} =`, `Set ${s.total} to`),
      });
    },
  };
}

/** b.2 rule 4: D + C compared with X; `over` is the impossible case, otherwise the shortfall. */
function handledRule(over: boolean): Rule {
  return {
    code: over ? 'statistics.handled-exceeds-total' : 'statistics.handled-below-total',
    // Equality is not required (withdrawn, rejected, paused dossiers have no column): a shortfall is only a warning.
    strength: over ? 'firm' : 'inferred',
    title: over
      ? t('Số đã xử lý và chưa xử lý vượt tổng số phải xử lý', 'Finished plus in-progress exceeds the total to handle')
      : t('Số đã xử lý và chưa xử lý nhỏ hơn tổng số phải xử lý', 'Finished plus in-progress is below the total to handle'),
    message: over
      ? t(
          'TongDaXuLy + TongChuaXuLy = {d} + {c} = {sum} lớn hơn TongSoXuLy = {x}: không thể xử lý nhiều hơn số hồ sơ có.',
          'TongDaXuLy + TongChuaXuLy = {d} + {c} = {sum} exceeds TongSoXuLy = {x}: more dossiers cannot be handled than there are.',
        )
      : t(
          'TongDaXuLy + TongChuaXuLy = {d} + {c} = {sum} nhỏ hơn TongSoXuLy = {x}: {gap} hồ sơ không nằm trong cột nào.',
          'TongDaXuLy + TongChuaXuLy = {d} + {c} = {sum} is below TongSoXuLy = {x}: {gap} dossiers are in neither column.',
        ),
    hint: over
      ? t('Kiểm tra lại TongSoXuLy, TongDaXuLy và TongChuaXuLy.', 'Check TongSoXuLy, TongDaXuLy and TongChuaXuLy again.')
      : t(
          'Hợp lệ khi có hồ sơ rút, bị từ chối hoặc tạm dừng (quy chuẩn không có cột cho chúng); nên ghi rõ trong GhiChu. Nếu không, kiểm tra lại các số.',
          'Legitimate when dossiers were withdrawn, rejected or paused (the regulation has no column for them); say so in GhiChu. Otherwise check the figures.',
        ),
    specRef: ref('other-kinds.md', B2, 4),
    packets: PACKETS,
    scope: 'record',
    check(ctx: RuleContext) {
      const r = ctx.record;
      const x = parseCount(r[COUNTS.X]);
      const d = parseCount(r[COUNTS.D]);
      const c = parseCount(r[COUNTS.C]);
      if (x === undefined || d === undefined || c === undefined) return;
      const sum = d + c;
      if (over ? sum > x : sum < x) ctx.report({ at: [COUNTS.X], params: { d, c, sum, x, gap: x - sum } });
    },
  };
}

/** b.2 rule 5: each percentage matches its counts within 0.01, and is 0 when the denominator is 0. */
const percentMismatch: Rule = {
  code: 'statistics.percent-mismatch',
  strength: 'firm',
  title: t('Tỷ lệ phần trăm không khớp với số hồ sơ', 'Percentage does not match the counts'),
  message: t('{field} = {value} nhưng {num} / {den} × 100 = {expected}.', '{field} = {value} but {num} / {den} × 100 = {expected}.'),
  hint: t(
    'Tính lại tỷ lệ từ hai số đếm (2 chữ số thập phân; "0" khi mẫu số bằng 0). Nếu tỷ lệ đúng thì số đếm sai.',
    'Recompute the percentage from the two counts (2 decimals; "0" when the denominator is 0). If the percentage is right, a count is wrong.',
  ),
  specRef: ref('other-kinds.md', B2, 5),
  packets: PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    const r = ctx.record;
    for (const p of PERCENTS) {
      const declared = parseDecimal(r[p.name]);
      const num = parseCount(r[p.num]);
      const den = parseCount(r[p.den]);
      if (declared === undefined || num === undefined || den === undefined) continue;
      // Compared with the exact ratio, so both rounding and truncation to 2 decimals pass.
      const exact = den === 0 ? 0 : (num / den) * 100;
      if (Math.abs(declared - exact) <= TOLERANCE) continue;
      const value = percentLike(r[p.name], num, den);
      ctx.report({
        at: [p.name],
        params: { field: p.name, value: String(r[p.name]), num: `${p.num} (${num})`, den: `${p.den} (${den})`, expected: String(value) },
        fix: setFix(p.name, value, `Tính lại ${p.name} =`, `Recompute ${p.name} as`),
      });
    }
  },
};

/** b.2 rules 5 and 7: a percentage that is not a number at all (`NaN` from OpenCPS's `toFixed`). */
const percentNotNumber: Rule = {
  code: 'statistics.percent-not-number',
  strength: 'firm',
  title: t('Tỷ lệ phần trăm không phải là số', 'Percentage is not a number'),
  message: t('{field} = "{value}" không phải là số.{expectedText}', '{field} = "{value}" is not a number.{expectedTextEn}'),
  hint: t(
    '"NaN" là lỗi của OpenCPS khi chia cho 0 (toFixed trên 0/0); khi mẫu số bằng 0 phải gửi "0".',
    '"NaN" is an OpenCPS artefact of dividing by 0 (toFixed on 0/0); send "0" when the denominator is 0.',
  ),
  specRef: ref('other-kinds.md', B2, 7),
  packets: PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    const r = ctx.record;
    for (const p of PERCENTS) {
      const raw = r[p.name];
      if (!present(raw) || parseDecimal(raw) !== undefined) continue;
      if (typeof raw !== 'string' && typeof raw !== 'number') continue; // a type fault: the engine reports it
      const num = parseCount(r[p.num]);
      const den = parseCount(r[p.den]);
      const expected = num !== undefined && den !== undefined ? percentLike(raw, num, den) : undefined;
      ctx.report({
        at: [p.name],
        params: {
          field: p.name,
          value: String(raw),
          expectedText: expected === undefined ? '' : ` Giá trị đúng: ${p.num} / ${p.den} × 100 = ${expected}.`,
          expectedTextEn: expected === undefined ? '' : ` Expected ${p.num} / ${p.den} × 100 = ${expected}.`,
        },
        ...(expected === undefined ? {} : { fix: setFix(p.name, expected, `Đặt ${p.name} =`, `Set ${p.name} to`) }),
      });
    }
  },
};

/** b.2 rule 6: every count is a non-negative integer. */
const countInvalid: Rule = {
  code: 'statistics.count-invalid',
  strength: 'firm',
  title: t('Số hồ sơ không phải số nguyên không âm', 'Count is not a non-negative integer'),
  message: t('{field} = "{value}": phải là số nguyên không âm, ví dụ "125".', '{field} = "{value}": must be a non-negative integer, e.g. "125".'),
  hint: t('Số hồ sơ chỉ gồm chữ số, không dấu âm, không phần thập phân, không dấu phân cách nghìn.', 'A count has digits only: no minus sign, no decimals, no thousands separator.'),
  specRef: ref('other-kinds.md', B2, 6),
  packets: PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    for (const name of Object.values(COUNTS)) {
      const v = ctx.record[name];
      if (!present(v) || (typeof v !== 'string' && typeof v !== 'number')) continue;
      if (parseCount(v) === undefined) ctx.report({ at: [name], params: { field: name, value: String(v) } });
    }
  },
};

/** b.2 rules 6 and 7: 1 ≤ Thang ≤ 12 (OpenCPS sends January as 0). */
const monthRange: Rule = {
  code: 'statistics.month-range',
  strength: 'firm',
  title: t('Tháng ngoài khoảng 1–12', 'Month outside 1–12'),
  message: t('Thang = "{value}": tháng phải từ 1 đến 12.', 'Thang = "{value}": the month must be 1 to 12.'),
  hint: t(
    'Nếu số liệu lấy từ màn hình của OpenCPS, bộ chọn tháng đếm từ 0: "0" là tháng Một, và mọi tháng khác cũng lệch đi 1.',
    'If the figures come from OpenCPS\'s screen, its month picker is 0-based: "0" is January, and every other month is off by one too.',
  ),
  specRef: ref('other-kinds.md', B2, 6),
  packets: PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    const v = ctx.record.Thang;
    if (!present(v) || (typeof v !== 'string' && typeof v !== 'number')) return;
    const m = parseCount(v);
    if (m === undefined || m < 1 || m > 12) ctx.report({ at: ['Thang'], params: { value: String(v) } });
  },
};

/** b.2 rule 6: Nam has 4 digits. */
const yearFormat: Rule = {
  code: 'statistics.year-format',
  strength: 'firm',
  title: t('Năm không đủ 4 chữ số', 'Year is not 4 digits'),
  message: t('Nam = "{value}": năm phải gồm 4 chữ số, ví dụ "2026".', 'Nam = "{value}": the year must have 4 digits, e.g. "2026".'),
  hint: t('Ghi đầy đủ năm dương lịch, không viết tắt "26".', 'Write the full calendar year, not an abbreviation such as "26".'),
  specRef: ref('other-kinds.md', B2, 6),
  packets: PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    const v = ctx.record.Nam;
    if (!present(v) || (typeof v !== 'string' && typeof v !== 'number')) return;
    if (!/^\d{4}$/.test(String(v).trim())) ctx.report({ at: ['Nam'], params: { value: String(v) } });
  },
};

/** The statistics rules, in the order of b.2. */
export const statisticsRules: Rule[] = [
  sumRule({
    code: 'statistics.total-mismatch',
    rule: 1,
    total: COUNTS.X,
    parts: [COUNTS.N, COUNTS.T],
    letters: 'X = N + T',
    title: t('Tổng số phải xử lý khác số nhận trong kỳ cộng tồn kỳ trước', 'Total to handle differs from received plus carried over'),
  }),
  sumRule({
    code: 'statistics.finished-mismatch',
    rule: 2,
    total: COUNTS.D,
    parts: [COUNTS.DH, COUNTS.TH],
    letters: 'D = DH + TH',
    title: t('Tổng đã xử lý khác đúng hạn cộng trễ hạn', 'Finished differs from on-time plus late'),
  }),
  sumRule({
    code: 'statistics.pending-mismatch',
    rule: 3,
    total: COUNTS.C,
    parts: [COUNTS.CT, COUNTS.CQ],
    letters: 'C = CT + CQ',
    title: t('Tổng chưa xử lý khác trong hạn cộng trễ hạn', 'In progress differs from within-deadline plus overdue'),
  }),
  handledRule(true),
  handledRule(false),
  percentMismatch,
  percentNotNumber,
  countInvalid,
  monthRange,
  yearFormat,
];
