/**
 * The dossier number `MaHoSo`: its observed shape and prefix (dossier.md §5 rule 12) and the
 * create/update key rule (§5 rule 1): the same number twice in one create batch is refused.
 */
import { parseWire } from '../../datetime/wire';
import { t } from '../../i18n/localized';
import type { Rule } from '../../rules/types';
import { codeOf, defineRule, rule5 } from './dossierRuleKit';

const PACKETS = ['DongBoHoSoMC'];

/** `<unit>-<yyMMdd>-<sequence>`: unit ids are dotted codes; sequences seen with 4, 5 and 7 digits. */
const CASE_NUMBER = /^([A-Za-z0-9.]+)-(\d{6})-(\d{3,})$/;

/** The agency letter-and-digits code in a unit id (`000.00.01.H22` → `H22`), the last one if several. */
export function provinceCodeOf(unitId: string): string | undefined {
  const all = unitId.toUpperCase().match(/[A-Z]\d{2}/g);
  return all ? all[all.length - 1] : undefined;
}

/** Whether `MaHoSo` has the observed `<unit>-<yyMMdd>-<seq>` shape with a real date. */
export function hasCaseNumberShape(value: string): boolean {
  const m = CASE_NUMBER.exec(value);
  return !!m && parseWire(`20${m[2]}000000`) !== undefined;
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
    const prefix = value.split('-')[0];
    if (!code || prefix.toUpperCase().includes(code)) return;
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
