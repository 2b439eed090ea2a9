/**
 * Code lists of the TTHC record (other-kinds.md (c)). `KENH` and `LOAITTHC` have no list here on
 * purpose: their allowed values are enforced by the c.4 rules 3 and 4 (one finding per fault),
 * and their meanings are in the fields' help.
 */
import { t } from '../../i18n/localized';
import { ref } from '../common';
import type { CodeList } from '../types';

/** `TRANGTHAI` of a TTHC record (c.2 row 11): 1 = in force / published; anything else is treated as not public. */
export const TTHC_STATUS: CodeList = {
  id: 'procedure.TRANGTHAI',
  label: t('Trạng thái TTHC', 'Procedure status'),
  closed: false,
  confidence: 'medium',
  entries: [
    {
      code: '1',
      label: t('Đang có hiệu lực, được công khai', 'In force, published'),
      note: t(
        'OpenCPS coi mọi giá trị khác 1 là không công khai; các mã khác chưa được công bố.',
        'OpenCPS treats every other value as not public; the other codes are not published.',
      ),
    },
  ],
  specRef: ref('other-kinds.md', '(c) c.2', 11),
};

/** `CAPTHUCHIEN` level codes (c.3.2): mapped by one source only; the portal's catalogue is `LayDanhMucCapThucHien`. */
export const TTHC_LEVEL: CodeList = {
  id: 'procedure.CAPTHUCHIEN',
  label: t('Cấp thực hiện', 'Administrative level'),
  closed: false,
  confidence: 'low',
  entries: [
    { code: '0', label: t('Cấp Bộ', 'Ministry level') },
    { code: '1', label: t('Cấp Tỉnh', 'Provincial level') },
    { code: '2', label: t('Cấp Huyện', 'District level') },
    { code: '3', label: t('Cấp Xã', 'Commune level') },
  ].map((e) => ({
    ...e,
    note: t(
      'Chỉ một nguồn (Tân Dân) ánh xạ mã này; hãy đối chiếu danh mục LayDanhMucCapThucHien của Cổng.',
      'Only one source (Tân Dân) maps this code; check it against the portal catalogue LayDanhMucCapThucHien.',
    ),
  })),
  specRef: ref('other-kinds.md', '(c) c.3.2', 'CAPTHUCHIEN'),
};

/** Submission channels of `CACHTHUCTHUCHIEN[].KENH` (c.3.4), the same mapping in three consumers. */
export const CHANNELS: Record<string, { vi: string; en: string }> = {
  '1': { vi: 'trực tiếp', en: 'in person' },
  '2': { vi: 'trực tuyến', en: 'online' },
  '3': { vi: 'qua dịch vụ bưu chính công ích', en: 'via the public postal service' },
};

/** Procedure types of `LOAITTHC` (c.2 row 5). */
export const PROCEDURE_TYPES: Record<string, { vi: string; en: string }> = {
  '1': { vi: 'TTHC không được luật giao quy định chi tiết', en: 'procedure not delegated by law for detailed regulation' },
  '2': { vi: 'TTHC được luật giao quy định chi tiết', en: 'procedure delegated by law for detailed regulation' },
  '3': { vi: 'loại khác', en: 'other' },
};
