/**
 * Cross-field rules of `DongBoDanhGia` (other-kinds.md a.4, rules 1–4). They check the three
 * percentages of the record, of each nested `DanhSachNoiDungYKien` item and of the flat per-item
 * triple that OpenCPS sends (a.1). The engine checks presence and types; these rules own the
 * numeric meaning of the percentages (range, sum, zero without respondents).
 */
import { t } from '../../i18n/localized';
import type { PathSegment, QuickFix } from '../../issues/issue';
import type { Rule, RuleContext } from '../../rules/types';
import { ref } from '../common';
import { ITEM_PERCENTS, OVERALL_PERCENTS } from './surveyFields';

const PACKETS = ['DongBoDanhGia'];
const A4 = '(a) a.4';

/** Reads a survey percentage: a number, or a decimal string with an optional trailing `%` (a.4 rule 1). */
export function parsePercent(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*([-+]?\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** Reads the respondent count (a JSON number in OpenCPS; a digit string is tolerated here). */
function respondents(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A group of three percentages and where it sits relative to the record. */
interface Triple {
  /** Path of the object holding the three keys. */
  at: PathSegment[];
  obj: Record<string, unknown>;
  names: readonly [string, string, string];
}

/** The record's triple, each nested item's, and the flat triple when any of its keys is present. */
function triples(record: Record<string, unknown>): Triple[] {
  const out: Triple[] = [{ at: [], obj: record, names: OVERALL_PERCENTS }];
  const list = record.DanhSachNoiDungYKien;
  if (Array.isArray(list)) {
    list.forEach((item, i) => {
      if (item && typeof item === 'object' && !Array.isArray(item)) out.push({ at: ['DanhSachNoiDungYKien', i], obj: item as Record<string, unknown>, names: ITEM_PERCENTS });
    });
  }
  if (ITEM_PERCENTS.some((n) => n in record)) out.push({ at: [], obj: record, names: ITEM_PERCENTS });
  return out;
}

/** The opposite of "empty": the engine reports missing or empty required values. */
function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

function formatLike(sample: unknown, n: number): string | number {
  if (typeof sample === 'number') return n;
  const text = Number.isInteger(n) ? String(n) : n.toFixed(2);
  return typeof sample === 'string' && sample.trim().endsWith('%') ? `${text}%` : text;
}

/** a.4 rule 1: each percentage is a number within 0–100 after stripping `%`. */
const percentRange: Rule = {
  code: 'survey.percent-range',
  strength: 'firm',
  title: t('Tỷ lệ phần trăm ngoài khoảng 0–100', 'Percentage outside 0–100'),
  message: t('{field} = "{value}": phải là số từ 0 đến 100 (có thể kèm dấu %).', '{field} = "{value}": must be a number from 0 to 100 (a trailing % is allowed).'),
  hint: t(
    'Sửa lại tỷ lệ theo số liệu bình chọn; ba tỷ lệ cùng nhóm phải cộng lại bằng 100.',
    'Correct the percentage from the voting figures; the three percentages of a group add up to 100.',
  ),
  specRef: ref('other-kinds.md', A4, 1),
  packets: PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    for (const tr of triples(ctx.record)) {
      for (const name of tr.names) {
        const v = tr.obj[name];
        if (!present(v)) continue;
        const p = parsePercent(v);
        if (p === undefined || p < 0 || p > 100) ctx.report({ at: [...tr.at, name], params: { field: name, value: String(v) } });
      }
    }
  },
};

/** a.4 rules 2 and 4: with respondents, the three percentages add up to 100 ± 1. */
const percentSum: Rule = {
  code: 'survey.percent-sum',
  strength: 'firm',
  // OpenCPS's own defect (a.4 rule 4, 0/0/0 when every vote is "not satisfied") reached the portal.
  defaultSeverity: { lenient: 'warning' },
  title: t('Ba tỷ lệ không cộng lại bằng 100%', 'The three percentages do not add up to 100%'),
  message: t(
    '{fields} cộng lại {sum}%, phải bằng 100% (±1) khi có {respondents} người đánh giá.',
    '{fields} add up to {sum}%; they must add up to 100% (±1) when {respondents} people responded.',
  ),
  hint: t(
    'Tính lại ba tỷ lệ từ số phiếu. Nếu cả ba bằng 0 dù có người đánh giá, đó là lỗi đã biết của OpenCPS khi mọi phiếu đều "chưa hài lòng" (phải là 0/0/100).',
    'Recompute the three percentages from the votes. All three at 0 despite respondents is a known OpenCPS defect when every vote is "not satisfied" (it should be 0/0/100).',
  ),
  specRef: ref('other-kinds.md', A4, 2),
  packets: PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    const n = respondents(ctx.record.TongSoNguoiDanhGia);
    if (n === undefined || n <= 0) return;
    for (const tr of triples(ctx.record)) {
      const values = tr.names.map((name) => parsePercent(tr.obj[name]));
      if (values.some((v) => v === undefined)) continue;
      const [a, b, c] = values as number[];
      const sum = a + b + c;
      if (Math.abs(sum - 100) <= 1 + 1e-9) continue;
      const rest = Math.round((100 - a - b) * 100) / 100;
      let fix: QuickFix | undefined;
      if (rest >= 0 && rest <= 100 && c !== rest) {
        const third = tr.names[2];
        fix = {
          title: t(`Đặt ${third} = 100 − hai tỷ lệ còn lại (${rest}%)`, `Set ${third} = 100 − the other two (${rest}%)`),
          edits: [{ op: 'set', path: [...tr.at, third], value: formatLike(tr.obj[third], rest) }],
        };
      }
      ctx.report({ at: tr.at, params: { fields: tr.names.join(' + '), sum: Math.round(sum * 100) / 100, respondents: n }, ...(fix ? { fix } : {}) });
    }
  },
};

/** a.4 rule 3: with no respondent, every percentage is 0. */
const percentWithoutRespondents: Rule = {
  code: 'survey.percent-without-respondents',
  strength: 'firm',
  title: t('Có tỷ lệ đánh giá khi không có người đánh giá', 'Percentage given although nobody responded'),
  message: t(
    '{field} = "{value}" nhưng TongSoNguoiDanhGia = 0: khi không có người đánh giá, mọi tỷ lệ phải bằng 0.',
    '{field} = "{value}" but TongSoNguoiDanhGia = 0: with no respondent, every percentage must be 0.',
  ),
  hint: t(
    'Hoặc sửa TongSoNguoiDanhGia thành số người đã đánh giá, hoặc đặt các tỷ lệ về 0%.',
    'Either set TongSoNguoiDanhGia to the number of respondents, or set the percentages to 0%.',
  ),
  specRef: ref('other-kinds.md', A4, 3),
  packets: PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    if (respondents(ctx.record.TongSoNguoiDanhGia) !== 0) return;
    for (const tr of triples(ctx.record)) {
      for (const name of tr.names) {
        const p = parsePercent(tr.obj[name]);
        if (p !== undefined && p !== 0) ctx.report({ at: [...tr.at, name], params: { field: name, value: String(tr.obj[name]) } });
      }
    }
  },
};

/** The survey rules, in the order of a.4. */
export const surveyRules: Rule[] = [percentRange, percentSum, percentWithoutRespondents];
