/**
 * Reading and explaining the portal's reply `{error_code, message, result}` (dossier.md §1.6,
 * other-kinds.md §0.3). The portal answers HTTP 200 even for business errors, so the verdict
 * is in `error_code`: a string on the wire (`"0"`, `"-3"`), a number in some readers; compare
 * numerically (dossier.md §6 "success check").
 */
import { fill, t, type Localized } from '../i18n/localized';
import { ERROR_CODES } from '../spec/common';
import { SANDBOX_CODE_INFO, isSessionRefusedMessage } from './errorCodes';

/** A reply that has a usable `error_code`. */
export interface PortalReply {
  /** `error_code` normalised: an integer as a decimal string (`0` and `"0"` → `"0"`, `"-03"` → `"-3"`). */
  errorCode: string;
  /** `error_code` exactly as received (string or number). */
  rawErrorCode: string | number;
  message: string;
  /** `result`, when present (lookups, LayThuTuc…). */
  result?: unknown;
  /** Whether the body carried a `session` (login replies). The value itself is never kept here. */
  hasSession: boolean;
  /** The whole reply object as received, except `session`. */
  body: Record<string, unknown>;
}

export type ReadReply =
  | { ok: true; reply: PortalReply }
  | { ok: false; kind: 'empty-reply' | 'malformed-reply'; detail: string };

/** Normalises an `error_code`; undefined when it is not an integer (string or number). */
export function normaliseErrorCode(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : undefined;
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return String(Number(value.trim()));
  return undefined;
}

/** Reads a parsed reply value. */
export function readReplyValue(value: unknown): ReadReply {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, kind: 'malformed-reply', detail: `reply is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}, not an object` };
  }
  const o = value as Record<string, unknown>;
  if (!('error_code' in o)) return { ok: false, kind: 'malformed-reply', detail: 'reply has no error_code' };
  const errorCode = normaliseErrorCode(o.error_code);
  if (errorCode === undefined) return { ok: false, kind: 'malformed-reply', detail: `error_code is not an integer: ${JSON.stringify(o.error_code).slice(0, 40)}` };
  const { session, ...body } = o;
  const reply: PortalReply = {
    errorCode,
    rawErrorCode: o.error_code as string | number,
    message: typeof o.message === 'string' ? o.message : '',
    hasSession: typeof session === 'string' && session !== '',
    body,
  };
  if ('result' in o) reply.result = o.result;
  return { ok: true, reply };
}

/** Reads a reply from the HTTP body text. Empty → `empty-reply`; not JSON or no error_code → `malformed-reply`. */
export function readReplyText(text: string): ReadReply {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, kind: 'empty-reply', detail: 'empty body' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { ok: false, kind: 'malformed-reply', detail: `not JSON: ${excerpt(trimmed)}` };
  }
  return readReplyValue(value);
}

/** The start of a body for a fault's detail: one line, at most 120 characters. */
export function excerpt(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 120 ? `${one.slice(0, 117)}…` : one;
}

export type ReplyStatus = 'success' | 'already-exists' | 'error' | 'unknown-error' | 'malformed';

/** What the user can do next, as a one-click action in the reply panel. */
export type ReplySuggestion = 'send-as-update' | 'fix-and-resend' | 'retry' | 'check-environment' | 'none';

export interface ReplyExplanation {
  status: ReplyStatus;
  /** Normalised error_code, when there is one. */
  code?: string;
  /** The portal's own message, verbatim. */
  portalMessage?: string;
  /** The code's meaning is known (observed on the real portal, or one of the sandbox's own codes). */
  known: boolean;
  /** The code is a convention of the sandbox portal, not observed on the real one. */
  sandboxCode?: boolean;
  title: Localized;
  explanation: Localized;
  action: Localized;
  suggestion: ReplySuggestion;
}

function labelOf(code: string): { label: Localized; note?: Localized } | undefined {
  const e = ERROR_CODES.entries.find((x) => x.code === code);
  return e ? { label: e.label, ...(e.note ? { note: e.note } : {}) } : undefined;
}

/** Explains a reply (a parsed value or an already-read reply) in Vietnamese and English. */
export function explainReply(reply: unknown): ReplyExplanation {
  const read = isPortalReply(reply) ? ({ ok: true, reply } as const) : readReplyValue(reply);
  if (!read.ok) {
    return {
      status: 'malformed',
      known: false,
      title: t('Trả lời không đúng định dạng', 'Malformed reply'),
      explanation: fill(t('Đây không phải trả lời của Cổng DVCQG: {detail}.', 'This is not a DVCQG reply: {detail}.'), { detail: read.detail }),
      action: t('Kiểm tra địa chỉ cổng của môi trường rồi gửi lại.', 'Check the environment\'s adapter address, then send again.'),
      suggestion: 'check-environment',
    };
  }
  const r = read.reply;
  const base = { code: r.errorCode, portalMessage: r.message };
  if (r.errorCode === '0') {
    return {
      ...base,
      status: 'success',
      known: true,
      title: t('Thành công', 'Success'),
      explanation: t('Cổng đã nhận gói tin (error_code 0).', 'The portal accepted the packet (error_code 0).'),
      action: t('Không cần làm gì thêm.', 'Nothing more to do.'),
      suggestion: 'none',
    };
  }
  if (r.errorCode === '-3' || r.errorCode === '3') {
    const variant = r.errorCode === '3';
    return {
      ...base,
      status: 'already-exists',
      known: true,
      title: labelOf(r.errorCode)?.label ?? t('Hồ sơ đã tồn tại', 'Dossier already exists'),
      explanation: variant
        ? t(
            'Mã "3" được một hệ thống xử lý như "-3" (hồ sơ đã tồn tại) nhưng chưa từng quan sát thấy trên Cổng thật: gói tạo mới (isUpdating "False") trùng một MaHoSo đã có.',
            'Code "3" is handled like "-3" (already exists) by one implementation but was never observed on the real portal: a create (isUpdating "False") hit an existing MaHoSo.',
          )
        : t(
            'Gói tạo mới (isUpdating "False") trùng một MaHoSo đã có trên Cổng DVCQG (dossier.md §1.6, §5 quy tắc 1). Thường do công dân đã nộp hồ sơ trên Cổng, hoặc đã gửi trước đó.',
            'A create (isUpdating "False") hit a MaHoSo that already exists on DVCQG (dossier.md §1.6, §5 rule 1). Usually the applicant submitted it on the portal, or it was sent before.',
          ),
      action: t('Gửi lại dạng cập nhật (isUpdating "True").', 'Send again as an update (isUpdating "True").'),
      suggestion: 'send-as-update',
    };
  }
  if (isSessionRefusedMessage(r.message)) {
    return {
      ...base,
      status: 'error',
      known: true,
      ...(SANDBOX_CODE_INFO[r.errorCode] ? { sandboxCode: true } : {}),
      title: t('Phiên làm việc không hợp lệ', 'Session refused'),
      explanation: t('Cổng cho biết phiên làm việc (session) đã hết hạn hoặc không hợp lệ.', 'The portal says the session expired or is invalid.'),
      action: t('Gửi lại: ứng dụng sẽ đăng nhập lại trước khi gửi.', 'Send again: the app logs in again before sending.'),
      suggestion: 'retry',
    };
  }
  const sandbox = SANDBOX_CODE_INFO[r.errorCode];
  if (sandbox) {
    return {
      ...base,
      status: 'error',
      known: true,
      sandboxCode: true,
      title: sandbox.title,
      explanation: {
        vi: `${sandbox.explanation.vi} Mã này là quy ước của cổng thử nghiệm; chưa từng quan sát thấy trên Cổng DVCQG thật.`,
        en: `${sandbox.explanation.en} This code is a convention of the sandbox portal; it was never observed on the real DVCQG.`,
      },
      action: r.errorCode === '-1' || r.errorCode === '-4'
        ? t('Sửa gói tin theo thông báo của cổng rồi gửi lại.', 'Fix the packet as the portal\'s message says, then send again.')
        : t('Kiểm tra môi trường và gói tin theo thông báo của cổng.', 'Check the environment and the packet as the portal\'s message says.'),
      suggestion: r.errorCode === '-1' || r.errorCode === '-4' ? 'fix-and-resend' : 'check-environment',
    };
  }
  return {
    ...base,
    status: 'unknown-error',
    known: false,
    title: fill(t('Lỗi không xác định (mã {code})', 'Unknown error (code {code})'), { code: r.errorCode }),
    explanation: fill(
      t(
        'Mã lỗi {code} chưa từng được ghi nhận nên không rõ ý nghĩa; chỉ biết Cổng không chấp nhận gói tin. Đọc thông báo của Cổng ở trên.',
        'Error code {code} has never been documented, so its meaning is unknown; all that is known is that the portal did not accept the packet. Read the portal\'s message above.',
      ),
      { code: r.errorCode },
    ),
    action: t(
      'Sửa gói tin theo thông báo của Cổng nếu có thể; nếu không rõ, gửi mã lỗi, thông báo và thời điểm gửi cho bộ phận hỗ trợ.',
      'Fix the packet as the portal\'s message says if you can; otherwise send the code, message and time of sending to the helpdesk.',
    ),
    suggestion: 'fix-and-resend',
  };
}

function isPortalReply(v: unknown): v is PortalReply {
  return !!v && typeof v === 'object' && 'errorCode' in v && 'body' in v && 'hasSession' in v;
}
