/**
 * Choosing `isUpdating` for DongBoHoSoMC. The first push of a MaHoSo must be a create
 * (`"False"`), every later one an update (`"True"`); a create of an existing dossier returns
 * `"-3"` (dossier.md §5 rule 1). [OC] decides by calling TraCuuHoSo first: a non-empty `result`
 * means the dossier is already on DVCQG (dossier.md §3.2).
 */
import { fill, t, type Localized } from '../i18n/localized';
import { explainReply, readReplyValue } from './reply';

export type IsUpdatingDecision =
  | { decided: true; isUpdating: 'True' | 'False'; reason: Localized }
  | { decided: false; reason: Localized };

/**
 * Decides `isUpdating` from the reply of a TraCuuHoSo lookup (the parsed reply body).
 * Success with a non-empty `result` → `"True"`; success with an empty or absent `result` →
 * `"False"`; any error or malformed reply → undecided, with the reason.
 */
export function decideIsUpdating(lookupReply: unknown): IsUpdatingDecision {
  const read = readReplyValue(lookupReply);
  if (!read.ok) {
    return { decided: false, reason: fill(t('Không đọc được trả lời TraCuuHoSo: {detail}.', 'The TraCuuHoSo reply could not be read: {detail}.'), { detail: read.detail }) };
  }
  const { reply } = read;
  if (reply.errorCode !== '0') {
    const ex = explainReply(reply);
    const message = reply.message || '—';
    return {
      decided: false,
      reason: {
        vi: `TraCuuHoSo trả lỗi ${reply.errorCode} (${message}): ${ex.title.vi}.`,
        en: `TraCuuHoSo answered error ${reply.errorCode} (${message}): ${ex.title.en}.`,
      },
    };
  }
  const result = reply.result;
  const exists = Array.isArray(result) ? result.length > 0 : result !== undefined && result !== null && result !== '' && !(typeof result === 'object' && Object.keys(result).length === 0);
  return exists
    ? { decided: true, isUpdating: 'True', reason: t('Hồ sơ đã có trên Cổng (TraCuuHoSo trả kết quả): gửi dạng cập nhật.', 'The dossier is already on the portal (TraCuuHoSo returned it): sent as an update.') }
    : { decided: true, isUpdating: 'False', reason: t('Hồ sơ chưa có trên Cổng (TraCuuHoSo không trả kết quả): gửi dạng tạo mới.', 'The dossier is not on the portal yet (TraCuuHoSo returned nothing): sent as a create.') };
}
