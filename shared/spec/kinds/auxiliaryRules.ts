/**
 * Cross-field rules of the auxiliary bodies. The login reply is the only one with a
 * relation between fields: success carries a session (dossier.md §1.4 step 2).
 */
import { t } from '../../i18n/localized';
import type { Rule } from '../../rules/types';
import { ref } from '../common';
import { codeOf, defineRule, isBlank } from './dossierRuleKit';

const loginWithoutSession = defineRule({
  code: 'auxiliary.login-without-session',
  strength: 'inferred',
  title: t('Đăng nhập thành công nhưng không có session', 'Login succeeded without a session'),
  message: t('error_code là {code} (thành công) nhưng không có session.', 'error_code is {code} (success) but there is no session.'),
  hint: t(
    'Không gửi tiếp được nếu thiếu session: kiểm tra tài khoản, tiêu đề dstcode và địa chỉ đăng nhập, rồi đăng nhập lại.',
    'Nothing can be sent without a session: check the account, the dstcode header and the login address, then log in again.',
  ),
  specRef: ref('dossier.md', '§1.4', '2'),
  packets: ['login.response'],
  scope: 'document',
  check(ctx) {
    const body = ctx.envelope;
    if (!body) return;
    const code = codeOf(body.error_code);
    // The portal's error_code may be 0 or "0" (dossier.md §6 "success check").
    if (code === undefined || Number(code) !== 0 || code === '') return;
    if (isBlank(body.session)) ctx.report({ at: ['session'], params: { code } });
  },
});

/** Every rule of the `auxiliary` kind. */
export const AUXILIARY_RULES: Rule[] = [loginWithoutSession];
