/**
 * Code lists of the reconstructed PAKN record (other-kinds.md (d)). Every list is a reconstruction
 * (tag R): open, low confidence, so an unknown value only warns.
 */
import { t, type Localized } from '../../i18n/localized';
import { ref } from '../common';
import type { CodeList } from '../types';

const UNVERIFIED = t('Mã tái dựng, chưa kiểm chứng với Cổng DVCQG.', 'Reconstructed code, not verified against DVCQG.');

function entries(list: [string, Localized][]) {
  return list.map(([code, label]) => ({ code, label, note: UNVERIFIED }));
}

/** `TRANGTHAI` of a PAKN item (d row 16, R), modelled on the Q&A status (0 = hidden). */
export const PAKN_STATUS: CodeList = {
  id: 'feedback.TRANGTHAI',
  label: t('Trạng thái PAKN (tái dựng)', 'PAKN status (reconstructed)'),
  closed: false,
  confidence: 'low',
  entries: entries([
    ['0', t('Đã rút / ẩn', 'Withdrawn / hidden')],
    ['1', t('Đã tiếp nhận', 'Received')],
    ['2', t('Đang xử lý', 'Processing')],
    ['3', t('Đã trả lời', 'Answered')],
    ['4', t('Từ chối / không thuộc thẩm quyền', 'Rejected / not in competence')],
  ]),
  specRef: ref('other-kinds.md', '(d)', 16),
};

/** `LOAIDOITUONG` of the sender (d row 7, R), the dossier-packet convention. */
export const PAKN_SENDER_TYPE: CodeList = {
  id: 'feedback.LOAIDOITUONG',
  label: t('Loại đối tượng gửi PAKN (tái dựng)', 'Sender type (reconstructed)'),
  closed: false,
  confidence: 'low',
  entries: entries([
    ['1', t('Công dân', 'Citizen')],
    ['2', t('Tổ chức / doanh nghiệp', 'Organisation / enterprise')],
  ]),
  specRef: ref('other-kinds.md', '(d)', 7),
};

/** `CONGKHAI` flag (d row 17, R). */
export const PAKN_PUBLIC: CodeList = {
  id: 'feedback.CONGKHAI',
  label: t('Công khai (tái dựng)', 'Published flag (reconstructed)'),
  closed: false,
  confidence: 'low',
  entries: entries([
    ['1', t('Công khai', 'Public')],
    ['0', t('Không công khai', 'Not public')],
  ]),
  specRef: ref('other-kinds.md', '(d)', 17),
};
