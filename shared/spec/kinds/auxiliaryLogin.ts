/**
 * Auxiliary bodies around every push: the login call (dossier.md §1.4) and the portal's generic
 * reply (§1.6, other-kinds.md §0.3).
 */
import { t } from '../../i18n/localized';
import { field, object, ref, replyFields } from '../common';
import type { ObjectSpec, PacketSpec } from '../types';

/** `login.request`: `{username, password}`, sent with the `dstcode` header (dossier.md §1.4 step 1). */
export const LOGIN_REQUEST: PacketSpec = {
  id: 'login.request',
  kind: 'auxiliary',
  role: 'request',
  label: t('Đăng nhập (yêu cầu)', 'Login (request)'),
  help: t(
    'Thân lời gọi đăng nhập vào bộ chuyển tiếp (adapter) của Cổng DVCQG; gửi kèm tiêu đề dstcode. Không lưu mật khẩu vào tệp chia sẻ.',
    "Body of the login call to DVCQG's adapter; sent with the dstcode header. Never keep the password in a shared file.",
  ),
  envelope: object('auxiliary.envelope.login.request', t('Yêu cầu đăng nhập', 'Login request'), ref('dossier.md', '§1.4'), [
    field('username', t('Tài khoản kết nối', 'Connection account'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      evidence: ['W2'],
      // The account issued to the unit identifies it on the bus: masked like an account id.
      pii: 'accountId',
      example: '<tai-khoan-ket-noi-duoc-cap>',
      help: t('Tài khoản kết nối do Cổng DVCQG cấp cho đơn vị.', 'The connection account DVCQG issued to the unit.'),
      specRef: ref('dossier.md', '§1.4', 'username'),
    }),
    field('password', t('Mật khẩu', 'Password'), {
      type: 'string',
      required: 'M',
      allowEmpty: false,
      evidence: ['W2'],
      pii: 'secret',
      example: '<mat-khau-ket-noi>',
      help: t('Mật khẩu của tài khoản kết nối; luôn bị xóa khi che dữ liệu hoặc xuất báo cáo.', 'Password of the connection account; always removed when masking or exporting.'),
      specRef: ref('dossier.md', '§1.4', 'password'),
    }),
  ]),
  specRef: ref('dossier.md', '§1.4'),
};

/** `login.response`: `{error_code, message, session}` (dossier.md §1.4 step 2). */
export const LOGIN_RESPONSE: PacketSpec = {
  id: 'login.response',
  kind: 'auxiliary',
  role: 'response',
  label: t('Đăng nhập (trả lời)', 'Login (response)'),
  help: t(
    'Trả lời của lời gọi đăng nhập: thành công khi error_code là 0 và có session. Mọi lời gọi sau đặt session vào thân gói (không dùng tiêu đề Authorization).',
    'Reply to the login call: success when error_code is 0 and a session is present. Every later call puts the session in the body (not in an Authorization header).',
  ),
  envelope: object('auxiliary.envelope.login.response', t('Trả lời đăng nhập', 'Login response'), ref('dossier.md', '§1.4'), [
    ...replyFields(),
    field('session', t('Phiên làm việc (session)', 'Session token'), {
      type: 'string',
      required: 'C',
      evidence: ['W2'],
      pii: 'secret',
      example: '<opaque-session-token>',
      help: t(
        'Mã phiên dùng cho các lời gọi sau; chỉ có khi đăng nhập thành công. Thời hạn không được công bố (một hệ thống dùng lại trong 10 phút).',
        'Token for later calls; present only on success. Its lifetime is not documented (one system reuses it for 10 minutes).',
      ),
      specRef: ref('dossier.md', '§1.4', 'session'),
    }),
  ]),
  specRef: ref('dossier.md', '§1.4'),
};

/** Items of a reply's `result` whose shape the reference never saw: any keys, silently. */
export function opaqueResultItem(id: string, specRef = ref('dossier.md', '§1.6', 'result')): ObjectSpec {
  return object(id, t('Bản ghi kết quả', 'Result record'), specRef, [], 'ignore');
}

const REPLY_RESULT = opaqueResultItem('auxiliary.reply.result');

/** `reply`: the portal's generic answer `{error_code, message, result?}` (dossier.md §1.6). */
export const REPLY: PacketSpec = {
  id: 'reply',
  kind: 'auxiliary',
  role: 'response',
  label: t('Trả lời của Cổng DVCQG', 'DVCQG reply'),
  help: t(
    'Trả lời HTTP 200 của Cổng, kể cả khi lỗi nghiệp vụ: error_code "0" là thành công ("Thành công"); "-3" là gửi mới một hồ sơ đã tồn tại.',
    'The portal\'s HTTP 200 answer, business errors included: error_code "0" is success ("Thành công"); "-3" is a create of an existing dossier.',
  ),
  envelope: object('auxiliary.envelope.reply', t('Trả lời', 'Reply'), ref('dossier.md', '§1.6'), replyFields(REPLY_RESULT)),
  recordsField: 'result',
  record: REPLY_RESULT,
  recordsShape: 'array',
  specRef: ref('dossier.md', '§1.6'),
};
