/**
 * Meanings of the portal's `error_code` values.
 *
 * Observed on the real portal: `"0"` success and `"-3"` "Mã hồ sơ … đã tồn tại trên CDVCQG"
 * ([HG-LOG]); `"3"` is handled like `"-3"` by [TD] but never observed (dossier.md §1.6).
 * No other code of the real portal is known (dossier.md §8 doubt 6), so the sandbox portal
 * needs its own codes for what it refuses; they are listed here as sandbox conventions and
 * explained as such, never passed off as the real portal's.
 */
import { t, type Localized } from '../i18n/localized';

/** Codes the sandbox portal answers with; documented in electron/services/sandbox/README.md. */
export const SANDBOX_CODES = {
  /** The body is not JSON, misses `service`, or fails validation with the core. */
  invalidRequest: '-1',
  /** The session is unknown or expired. */
  sessionRefused: '-2',
  /** Progress or update for a MaHoSo the portal does not know. */
  notFound: '-4',
  /** A service the sandbox does not implement. */
  unknownService: '-5',
  /** Wrong username or password at login. */
  loginFailed: '-6',
} as const;

/** The real portal's message for a create that hits an existing dossier (dossier.md §1.6, observed 12×). */
export function alreadyExistsMessage(maHoSo: string): string {
  return `Mã hồ sơ ${maHoSo} đã tồn tại trên CDVCQG`;
}

/** The sandbox's message for a refused session; `isSessionRefusedMessage` recognises it. */
export const SESSION_REFUSED_MESSAGE = 'Phiên làm việc (session) không hợp lệ hoặc đã hết hạn';

export interface SandboxCodeInfo {
  code: string;
  title: Localized;
  explanation: Localized;
}

/** Explanations of the sandbox's own codes. */
export const SANDBOX_CODE_INFO: Record<string, SandboxCodeInfo> = {
  [SANDBOX_CODES.invalidRequest]: {
    code: SANDBOX_CODES.invalidRequest,
    title: t('Gói tin không hợp lệ', 'Invalid packet'),
    explanation: t(
      'Cổng thử nghiệm (sandbox) dùng mã này khi gói tin không phải JSON, thiếu "service" hoặc có lỗi theo bộ kiểm tra; thông báo kèm theo nêu trường bị lỗi.',
      'The sandbox portal uses this code when the body is not JSON, lacks "service", or has errors under the validator; its message names the faulty field.',
    ),
  },
  [SANDBOX_CODES.sessionRefused]: {
    code: SANDBOX_CODES.sessionRefused,
    title: t('Phiên làm việc không hợp lệ', 'Session refused'),
    explanation: t(
      'Cổng thử nghiệm dùng mã này khi session không tồn tại hoặc đã hết hạn; ứng dụng tự đăng nhập lại một lần.',
      'The sandbox portal uses this code when the session is unknown or expired; the app logs in again once by itself.',
    ),
  },
  [SANDBOX_CODES.notFound]: {
    code: SANDBOX_CODES.notFound,
    title: t('Hồ sơ chưa có trên Cổng', 'Dossier not on the portal'),
    explanation: t(
      'Cổng thử nghiệm dùng mã này khi cập nhật hoặc gửi tiến độ cho một MaHoSo chưa được tạo (dossier.md §5 quy tắc 2: chỉ gửi tiến độ sau khi DongBoHoSoMC thành công).',
      'The sandbox portal uses this code for an update or progress of a MaHoSo that was never created (dossier.md §5 rule 2: send progress only after a successful DongBoHoSoMC).',
    ),
  },
  [SANDBOX_CODES.unknownService]: {
    code: SANDBOX_CODES.unknownService,
    title: t('Dịch vụ không được hỗ trợ', 'Service not supported'),
    explanation: t('Cổng thử nghiệm không có dịch vụ này; thông báo kèm theo liệt kê các dịch vụ có.', 'The sandbox portal has no such service; its message lists the services it has.'),
  },
  [SANDBOX_CODES.loginFailed]: {
    code: SANDBOX_CODES.loginFailed,
    title: t('Sai tên đăng nhập hoặc mật khẩu', 'Wrong username or password'),
    explanation: t('Cổng thử nghiệm dùng mã này khi đăng nhập sai (mặc định sandbox/sandbox).', 'The sandbox portal uses this code for a failed login (default sandbox/sandbox).'),
  },
};

/**
 * Whether a reply's message says the session was refused. The real portal's reply for an
 * expired session was never observed (dossier.md §1.4 item 5), so recognition is by words, not
 * by code: a message about the session ("session"/"phiên") that says it is invalid or expired.
 */
export function isSessionRefusedMessage(message: string): boolean {
  const m = message.toLowerCase();
  // "phiên bản" is "version", not a session.
  return /(session|phiên(?! bản)|token)/.test(m) && /(hết hạn|không hợp lệ|không tồn tại|expired|invalid|not found)/.test(m);
}
