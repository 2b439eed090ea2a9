/**
 * Consistency of the dossier's channel, digitisation, payment and identifier fields
 * (dossier.md §5 rules 6–9).
 */
import { t } from '../../i18n/localized';
import type { Rule } from '../../rules/types';
import { KENH_THUC_HIEN } from './dossierCodes';
import { amountOf, codeOf, defineRule, isBlank, isItem, listOf, rule5 } from './dossierRuleKit';

const PACKETS = ['DongBoHoSoMC'];

function channelName(code: string): string {
  return KENH_THUC_HIEN.entries.find((e) => e.code === code)?.label.vi ?? code;
}

const accountIdOffline = defineRule({
  code: 'dossier.account-id-offline',
  strength: 'inferred',
  // One system blanks it offline, another sends it whenever known: worth knowing, not a fault.
  defaultSeverity: { strict: 'info', lenient: 'info' },
  title: t('Mã tài khoản (TechID) ở hồ sơ không nộp trực tuyến', 'Account id (TechID) on a dossier not submitted online'),
  message: t(
    'MaDoiTuong có giá trị trong khi KenhThucHien là {channel} ({channelName}); TechID chỉ có ý nghĩa với hồ sơ nộp trực tuyến.',
    'MaDoiTuong is set while KenhThucHien is {channel} ({channelName}); the TechID is meaningful only for online submissions.',
  ),
  hint: t(
    'Nếu hồ sơ thực ra nộp trực tuyến, đặt KenhThucHien là "2"; nếu không, có thể gửi MaDoiTuong rỗng như một số hệ thống.',
    'If the dossier was in fact submitted online, set KenhThucHien to "2"; otherwise MaDoiTuong may be sent empty, as some systems do.',
  ),
  specRef: rule5(6),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const channel = codeOf(ctx.record.KenhThucHien);
    if (!channel || channel === '2' || isBlank(ctx.record.MaDoiTuong)) return;
    ctx.report({ at: ['MaDoiTuong'], params: { channel, channelName: channelName(channel) } });
  },
});

const digitisedFlagMismatch = defineRule({
  code: 'dossier.digitised-flag-mismatch',
  strength: 'firm',
  title: t('Cờ hồ sơ có thành phần số hóa mâu thuẫn với tệp', 'Digitisation flag contradicts the files'),
  message: t(
    'HoSoCoThanhPhanSoHoa là "{flag}" nhưng {reason}.',
    'HoSoCoThanhPhanSoHoa is "{flag}" but {reasonEn}.',
  ),
  hint: t(
    'HoSoCoThanhPhanSoHoa phải là "1" khi và chỉ khi có ít nhất một TaiLieuNop có DuocSoHoa "1".',
    'HoSoCoThanhPhanSoHoa must be "1" exactly when at least one TaiLieuNop item has DuocSoHoa "1".',
  ),
  specRef: rule5(7),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const flag = codeOf(ctx.record.HoSoCoThanhPhanSoHoa);
    if (flag !== '0' && flag !== '1') return;
    const items = listOf(ctx.record.TaiLieuNop);
    // The first digitised file, and whether every file states "0" (no pair array per record).
    let digitised = -1;
    let allStated = true;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isItem(item)) continue;
      const code = codeOf(item.DuocSoHoa);
      if (code === '1') {
        digitised = i;
        break;
      }
      if (code !== '0') allStated = false;
    }
    if (flag === '0' && digitised >= 0) {
      ctx.report({
        at: ['HoSoCoThanhPhanSoHoa'],
        params: {
          flag,
          reason: `TaiLieuNop[${digitised}] có DuocSoHoa "1"`,
          reasonEn: `TaiLieuNop[${digitised}] has DuocSoHoa "1"`,
        },
        fix: { title: t('Đặt HoSoCoThanhPhanSoHoa = "1"', 'Set HoSoCoThanhPhanSoHoa to "1"'), edits: [{ op: 'set', path: ['HoSoCoThanhPhanSoHoa'], value: '1' }] },
      });
    } else if (flag === '1' && digitised < 0) {
      // Propose "0" only when every file states its DuocSoHoa: otherwise the files may be what is incomplete.
      allStated &&= Array.isArray(ctx.record.TaiLieuNop);
      ctx.report({
        at: ['HoSoCoThanhPhanSoHoa'],
        params: { flag, reason: 'không TaiLieuNop nào có DuocSoHoa "1"', reasonEn: 'no TaiLieuNop item has DuocSoHoa "1"' },
        ...(allStated
          ? { fix: { title: t('Đặt HoSoCoThanhPhanSoHoa = "0"', 'Set HoSoCoThanhPhanSoHoa to "0"'), edits: [{ op: 'set' as const, path: ['HoSoCoThanhPhanSoHoa'], value: '0' }] } }
          : {}),
      });
    }
  },
});

const reuseWithoutResultCode = defineRule({
  code: 'dossier.reuse-without-result-code',
  strength: 'inferred',
  title: t('Tái sử dụng kết quả nhưng thiếu mã kết quả thay thế', 'Reused result without its code'),
  message: t(
    'TaiLieuNop[{index}] có DuocTaiSuDung "2" (tái sử dụng kết quả hồ sơ khác) nhưng MaKetQuaThayThe trống.',
    "TaiLieuNop[{index}] has DuocTaiSuDung \"2\" (reused from another dossier's result) but MaKetQuaThayThe is empty.",
  ),
  hint: t('Điền MaKetQuaThayThe là mã kết quả được dùng thay thành phần này.', 'Fill MaKetQuaThayThe with the code of the result used in place of this component.'),
  specRef: rule5(7),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const list = listOf(ctx.record.TaiLieuNop);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (isItem(item) && codeOf(item.DuocTaiSuDung) === '2' && isBlank(item.MaKetQuaThayThe)) ctx.report({ at: ['TaiLieuNop', i, 'MaKetQuaThayThe'], params: { index: i } });
    }
  },
});

const onlinePaymentWithoutFee = defineRule({
  code: 'dossier.online-payment-without-fee',
  strength: 'inferred',
  title: t('Thanh toán trực tuyến nhưng không có khoản phí', 'Paid online but no fee'),
  message: t(
    'DuocThanhToanTrucTuyen là "{flag}" (đã thanh toán trực tuyến) nhưng DanhSachLePhi không có dòng nào có Gia > 0.',
    'DuocThanhToanTrucTuyen is "{flag}" (paid online) but no DanhSachLePhi line has Gia > 0.',
  ),
  hint: t(
    'Liệt kê khoản phí đã thu (Gia > 0), hoặc đặt DuocThanhToanTrucTuyen "0"; hồ sơ mà mọi dòng phí bằng 0 bị loại khỏi chỉ số thanh toán trực tuyến.',
    'List the fee collected (Gia > 0), or set DuocThanhToanTrucTuyen to "0"; dossiers with only zero fee lines are left out of the online-payment indicator.',
  ),
  specRef: rule5(8),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const flag = codeOf(ctx.record.DuocThanhToanTrucTuyen);
    if (flag !== '1' && flag !== '2') return;
    const fees = listOf(ctx.record.DanhSachLePhi);
    let positive = false;
    for (let i = 0; i < fees.length; i++) {
      const fee = fees[i];
      if (!isItem(fee)) continue;
      const amount = amountOf(fee.Gia);
      // An unreadable amount is the engine's format fault; do not guess whether it is positive.
      if (amount === undefined && !isBlank(fee.Gia)) return;
      if ((amount ?? 0) > 0) positive = true;
    }
    if (!positive) ctx.report({ at: ['DuocThanhToanTrucTuyen'], params: { flag } });
  },
});

/** The identifier kind a number's length implies (dossier.md §5 rule 9: 12 → 1, 9 → 2). */
export function kindForIdNumber(value: string): '1' | '2' | undefined {
  if (!/^\d+$/.test(value)) return undefined;
  return value.length === 12 ? '1' : value.length === 9 ? '2' : undefined;
}

const PLACEHOLDER_ID = /^0+1?$/;

const identifierKindMismatch = defineRule({
  code: 'dossier.identifier-kind-mismatch',
  strength: 'inferred',
  title: t('Loại định danh không khớp độ dài số định danh', 'Identifier kind does not match its length'),
  message: t(
    'DinhDanhCHS[{index}]: LoaiDinhDanh "{kind}" nhưng SoDinhDanh có {length} chữ số (loại 1 cần 12 số, loại 2 cần 9 số).',
    'DinhDanhCHS[{index}]: LoaiDinhDanh "{kind}" but SoDinhDanh has {length} digits (kind 1 needs 12 digits, kind 2 needs 9).',
  ),
  hint: t('Đặt LoaiDinhDanh theo độ dài: 12 số → "1" (CCCD), 9 số → "2" (CMND).', 'Set LoaiDinhDanh from the length: 12 digits → "1" (CCCD), 9 digits → "2" (CMND).'),
  specRef: rule5(9),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const list = listOf(ctx.record.DinhDanhCHS);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isItem(item)) continue;
      const kind = codeOf(item.LoaiDinhDanh);
      const number = codeOf(item.SoDinhDanh);
      // Other kinds (tax code…) have unknown codes: only 1 and 2 can be checked.
      if ((kind !== '1' && kind !== '2') || !number || !/^\d+$/.test(number) || PLACEHOLDER_ID.test(number)) continue;
      const expected = kindForIdNumber(number);
      if (expected === kind) continue;
      ctx.report({
        at: ['DinhDanhCHS', i, 'LoaiDinhDanh'],
        params: { index: i, kind, length: number.length },
        ...(expected
          ? { fix: { title: t(`Đặt LoaiDinhDanh = "${expected}"`, `Set LoaiDinhDanh to "${expected}"`), edits: [{ op: 'set' as const, path: ['DinhDanhCHS', i, 'LoaiDinhDanh'], value: expected }] } }
          : {}),
      });
    }
  },
});

const placeholderIdentifier = defineRule({
  code: 'dossier.placeholder-identifier',
  strength: 'inferred',
  title: t('Số định danh giữ chỗ', 'Placeholder identifier'),
  message: t(
    'DinhDanhCHS[{index}].SoDinhDanh là "{value}", số giữ chỗ khi không biết số thật, không phải số định danh.',
    'DinhDanhCHS[{index}].SoDinhDanh is "{value}", a placeholder used when the real number is unknown, not an identifier.',
  ),
  hint: t('Điền số CCCD/CMND thật của chủ hồ sơ, hoặc bỏ mục định danh này.', "Fill in the owner's real CCCD/CMND number, or drop this identifier item."),
  specRef: rule5(9),
  packets: PACKETS,
  scope: 'record',
  check(ctx) {
    const list = listOf(ctx.record.DinhDanhCHS);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isItem(item)) continue;
      const number = codeOf(item.SoDinhDanh);
      if (number && PLACEHOLDER_ID.test(number)) ctx.report({ at: ['DinhDanhCHS', i, 'SoDinhDanh'], params: { index: i, value: number } });
    }
  },
});

/** The channel, flag and identifier rules of `DongBoHoSoMC`. */
export const DOSSIER_FLAG_RULES: Rule[] = [accountIdOffline, digitisedFlagMismatch, reuseWithoutResultCode, onlinePaymentWithoutFee, identifierKindMismatch, placeholderIdentifier];
