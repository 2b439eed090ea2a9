/**
 * The `auxiliary` kind: bodies users meet next to the dossier packets (dossier.md §1.4, §1.6,
 * §3.2, §3.3, §3.5).
 */
import { t } from '../../i18n/localized';
import { ERROR_CODES, ref } from '../common';
import type { KindSpec } from '../types';
import { LOGIN_REQUEST, LOGIN_RESPONSE, REPLY } from './auxiliaryLogin';
import { TRA_CUU_HO_SO_REQUEST, TRA_CUU_HO_SO_RESPONSE, TRA_CUU_TECH_ID_REQUEST, TRA_CUU_TECH_ID_RESPONSE } from './auxiliaryLookup';
import { DONG_BO_TRANG_THAI_HO_SO, TRANG_THAI_PHAN_HOI } from './auxiliaryStatus';

/**
 * The `auxiliary` kind. `DongBoTrangThaiHoSo` comes first: it is the only body of the family with
 * a record of its own, so it is the kind's main packet (what `generate` produces).
 */
export const AUXILIARY_KIND: KindSpec = {
  id: 'auxiliary',
  label: t('Gói phụ trợ', 'Auxiliary bodies'),
  description: t(
    'Đăng nhập, trả lời chung của Cổng, tra cứu hồ sơ (TraCuuHoSo), tra cứu TechID và phản hồi trạng thái hồ sơ do Cổng chuyển đến (DongBoTrangThaiHoSo type 2).',
    'Login, the portal\'s generic reply, dossier lookup (TraCuuHoSo), TechID lookup and status feedback on portal-forwarded dossiers (DongBoTrangThaiHoSo type 2).',
  ),
  packets: [
    DONG_BO_TRANG_THAI_HO_SO,
    LOGIN_REQUEST,
    LOGIN_RESPONSE,
    REPLY,
    TRA_CUU_HO_SO_REQUEST,
    TRA_CUU_HO_SO_RESPONSE,
    TRA_CUU_TECH_ID_REQUEST,
    TRA_CUU_TECH_ID_RESPONSE,
  ],
  codeLists: [ERROR_CODES, TRANG_THAI_PHAN_HOI],
  specRef: ref('dossier.md', '§1'),
};
