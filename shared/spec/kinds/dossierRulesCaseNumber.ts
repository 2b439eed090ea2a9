/**
 * The dossier number `MaHoSo`: its observed shape and prefix (dossier.md §5 rule 12) and the
 * create/update key rule (§5 rule 1): the same number twice in one create batch is refused.
 */
import { t } from '../../i18n/localized';
import type { Rule } from '../../rules/types';
import { codeOf, defineRule, rule5 } from './dossierRuleKit';

const PACKETS = ['DongBoHoSoMC'];

/** The agency letter-and-digits code in a unit id (`000.00.01.H22` → `H22`), the last one if several. */
export function provinceCodeOf(unitId: string): string | undefined {
  // Every record of a batch asks about the same envelope's madonvi: remember the last answer.
  if (unitId === lastUnit) return lastProvince;
  const all = unitId.toUpperCase().match(/[A-Z]\d{2}/g);
  lastUnit = unitId;
  lastProvince = all ? all[all.length - 1] : undefined;
  return lastProvince;
}

let lastUnit: string | undefined;
let lastProvince: string | undefined;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A character of a unit id: ASCII letter, digit or dot. */
function isUnitChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 46;
}

/** The two-digit number at `i` (both known to be digits). */
function twoDigits(value: string, i: number): number {
  return (value.charCodeAt(i) - 48) * 10 + value.charCodeAt(i + 1) - 48;
}

/**
 * Whether `MaHoSo` has the observed `<unit>-<yyMMdd>-<seq>` shape with a real date: what
 * `^([A-Za-z0-9.]+)-(\d{6})-(\d{3,})$` plus a calendar check of 20yy-MM-dd accept (a property
 * test holds the two equal), read character by character because two rules ask it of every record.
 */
export function hasCaseNumberShape(value: string): boolean {
  const n = value.length;
  // The unit id cannot hold "-", so it ends at the first one.
  const dash = value.indexOf('-');
  if (dash <= 0 || n < dash + 11) return false;
  for (let i = 0; i < dash; i++) if (!isUnitChar(value.charCodeAt(i))) return false;
  for (let i = dash + 1; i <= dash + 6; i++) if (!isDigit(value.charCodeAt(i))) return false;
  if (value.charCodeAt(dash + 7) !== 45) return false;
  for (let i = dash + 8; i < n; i++) if (!isDigit(value.charCodeAt(i))) return false;
  const year = 2000 + twoDigits(value, dash + 1);
  const month = twoDigits(value, dash + 3);
  const day = twoDigits(value, dash + 5);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]);
}

const caseNumberShape = defineRule({
  code: 'dossier.case-number-shape',
  strength: 'inferred',
  title: t('Mã hồ sơ không theo dạng thường gặp', 'Dossier number in an unusual shape'),
  message: t(
    'MaHoSo "{value}" không có dạng <mã đơn vị>-<yyMMdd>-<số thứ tự>, ví dụ 000.21.30.H22-240312-0007.',
    'MaHoSo "{value}" does not have the shape <unit id>-<yyMMdd>-<sequence>, e.g. 000.21.30.H22-240312-0007.',
  ),
  hint: t(
    'Cổng có vẻ dựa vào phần đầu của mã để gán hồ sơ cho đơn vị; giữ dạng này và giữ nguyên MaHoSo qua mọi lần gửi.',
    'The portal appears to attribute dossiers by the first segment; keep this shape and keep MaHoSo stable across pushes.',
  ),
  specRef: rule5(12),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const value = ctx.record.MaHoSo;
    if (typeof value !== 'string' || value.trim() === '' || hasCaseNumberShape(value)) return;
    ctx.report({ at: ['MaHoSo'], params: { value } });
  },
});

const caseNumberProvince = defineRule({
  code: 'dossier.case-number-province',
  strength: 'inferred',
  title: t('Mã hồ sơ thiếu mã tỉnh/bộ của đơn vị kết nối', "Dossier number lacks the connecting unit's province code"),
  message: t(
    'Phần đầu của MaHoSo "{prefix}" không chứa mã {code} của đơn vị kết nối (madonvi {unit}).',
    'The first segment of MaHoSo, "{prefix}", does not contain the code {code} of the connecting unit (madonvi {unit}).',
  ),
  hint: t(
    'Một hệ thống viết lại mọi mã hồ sơ thiếu mã tỉnh, vì Cổng có vẻ gán hồ sơ theo phần đầu này; dùng mã định danh đơn vị có mã {code}.',
    'One system rewrites every dossier number lacking the province code, because the portal seems to attribute dossiers by it; use a unit id containing {code}.',
  ),
  specRef: rule5(12),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const unit = ctx.envelope?.madonvi;
    const value = ctx.record.MaHoSo;
    if (typeof unit !== 'string' || typeof value !== 'string' || !hasCaseNumberShape(value)) return;
    const code = provinceCodeOf(unit);
    if (!code) return;
    // The shape guarantees a "-". The code's first occurrence lies within the unit part exactly when
    // the unit part holds it; found as written, it is found upper-cased too (the part is ASCII).
    const dash = value.indexOf('-');
    const found = value.indexOf(code);
    if (found >= 0 && found + code.length <= dash) return;
    const prefix = value.slice(0, dash);
    if (prefix.toUpperCase().includes(code)) return;
    ctx.report({ at: ['MaHoSo'], params: { prefix, code, unit } });
  },
});

const duplicateCreate = defineRule({
  code: 'dossier.duplicate-create',
  strength: 'firm',
  title: t('Trùng mã hồ sơ trong cùng một lần gửi mới', 'Same dossier number twice in one create'),
  message: t(
    'MaHoSo "{value}" đã xuất hiện ở data[{first}]; với isUpdating "False", Cổng sẽ từ chối bản ghi này với mã -3 "đã tồn tại trên CDVCQG".',
    'MaHoSo "{value}" already appears in data[{first}]; with isUpdating "False" the portal refuses this one with -3 "already exists on CDVCQG".',
  ),
  hint: t(
    'Gộp hai bản ghi thành một, hoặc gửi bản ghi sau trong một gói cập nhật (isUpdating "True") sau khi gói gửi mới thành công.',
    'Merge the two records, or send the later one in an update (isUpdating "True") after the create has succeeded.',
  ),
  specRef: rule5(1),
  packets: PACKETS,
  scope: 'document',
  check(ctx) {
    // A JSON false (sample 94) still means "create"; the engine reports its type separately.
    const mode = ctx.envelope?.isUpdating;
    const isCreate = mode === false || (typeof mode === 'string' && mode.trim().toLowerCase() === 'false');
    if (!isCreate) return;
    const seen = new Map<string, number>();
    ctx.records.forEach((record, i) => {
      const value = codeOf(record.MaHoSo);
      if (!value) return;
      const first = seen.get(value);
      if (first === undefined) seen.set(value, i);
      else ctx.report({ at: ['data', i, 'MaHoSo'], params: { value, first } });
    });
  },
});

/** The `MaHoSo` rules of `DongBoHoSoMC`. */
export const DOSSIER_CASE_NUMBER_RULES: Rule[] = [caseNumberShape, caseNumberProvince, duplicateCreate];
