/**
 * What can go wrong between the app and the portal, as data: each fault names what happened
 * and what to do, in Vietnamese and English (STYLE.md practice 11), and says whether the request
 * may have reached the portal, because a create that may have arrived must not be re-sent as a
 * create without the user knowing (dossier.md §5 rule 1: a second create returns "-3").
 */
import { fill, t, type Localized } from '../i18n/localized';

/** Every kind of transport or protocol fault the app tells apart. */
export const FAULT_KINDS = [
  'timeout',
  'refused',
  'dns',
  'tls',
  'connection-lost',
  'network',
  'http5xx',
  'http4xx',
  'empty-reply',
  'malformed-reply',
  'session-refused',
  'login-refused',
  'cancelled',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/** A classified transport or protocol failure. Never carries a secret. */
export interface PortalFault {
  kind: FaultKind;
  /** Short title, e.g. "Hết thời gian chờ". */
  title: Localized;
  /** What happened, naming the target. */
  message: Localized;
  /** What to do next. */
  action: Localized;
  /**
   * The request may have reached the portal and been processed although no usable reply came
   * back. A create in that state can only be retried by the user, never automatically.
   */
  mayHaveArrived: boolean;
  /** Retrying the same request (by the user, one click) makes sense. */
  retryable: boolean;
  httpStatus?: number;
  /** Technical detail for the helpdesk (error code, start of the body), without secrets. */
  detail?: string;
  /** The URL called, without user info. */
  url?: string;
  /** Which call failed. */
  phase: 'login' | 'lookup' | 'send';
}

interface FaultText {
  title: Localized;
  message: Localized;
  action: Localized;
  mayHaveArrived: boolean;
  retryable: boolean;
}

/** A hint appended whenever the request may have arrived: how to retry without a duplicate create. */
const MAY_HAVE_ARRIVED = t(
  ' Cổng có thể đã nhận và xử lý gói tin. Nếu gửi lại dạng tạo mới (isUpdating "False") mà Cổng trả "-3" (đã tồn tại), hãy gửi lại dạng cập nhật.',
  ' The portal may have received and processed the packet. If you resend it as a create (isUpdating "False") and the portal answers "-3" (already exists), send it again as an update.',
);

const TEXTS: Record<FaultKind, FaultText> = {
  timeout: {
    title: t('Hết thời gian chờ', 'Timed out'),
    message: t('Không nhận được trả lời từ {url} trong {timeoutSeconds} giây.', 'No reply from {url} within {timeoutSeconds} seconds.'),
    action: t(
      'Kiểm tra mạng và địa chỉ cổng, hoặc tăng thời gian chờ của môi trường, rồi bấm "Gửi lại" (hoặc chạy lại lệnh).',
      'Check the network and the adapter address, or raise the environment\'s timeout, then click "Retry" (or run the command again).',
    ),
    mayHaveArrived: true,
    retryable: true,
  },
  refused: {
    title: t('Kết nối bị từ chối', 'Connection refused'),
    message: t('Máy chủ {url} từ chối kết nối: không có dịch vụ nào đang lắng nghe ở địa chỉ và cổng này.', 'The server at {url} refused the connection: nothing is listening at that address and port.'),
    action: t(
      // Both ways to start the sandbox: app users do not have a terminal in front of them.
      'Kiểm tra địa chỉ và cổng (port) của môi trường; với Sandbox, hãy khởi động cổng thử nghiệm trước (trong ứng dụng: Môi trường gửi → "Khởi động cổng thử nghiệm"; dòng lệnh: "npx qcvn120 sandbox"). Gói tin chưa được gửi đi.',
      'Check the environment\'s address and port; for the Sandbox, start the sandbox portal first (in the app: Sending environments → "Start the sandbox portal"; on the command line: "npx qcvn120 sandbox"). Nothing was sent.',
    ),
    mayHaveArrived: false,
    retryable: true,
  },
  dns: {
    title: t('Không tìm thấy máy chủ', 'Host not found'),
    message: t('Không phân giải được tên máy chủ của {url} (lỗi DNS).', 'The host name of {url} could not be resolved (DNS failure).'),
    action: t(
      'Kiểm tra chính tả địa chỉ cổng, kết nối mạng nội bộ/VPN của cơ quan và máy chủ DNS. Gói tin chưa được gửi đi.',
      'Check the spelling of the adapter address, the agency network/VPN connection and the DNS server. Nothing was sent.',
    ),
    mayHaveArrived: false,
    retryable: true,
  },
  tls: {
    title: t('Lỗi kết nối bảo mật (TLS)', 'Secure connection (TLS) error'),
    message: t('Không thiết lập được kết nối HTTPS an toàn tới {url}: chứng chỉ không hợp lệ, hết hạn, tự ký hoặc không khớp tên.', 'A secure HTTPS connection to {url} could not be set up: the certificate is invalid, expired, self-signed or does not match the host name.'),
    action: t(
      'Kiểm tra địa chỉ (http hay https) và chứng chỉ của cổng với bộ phận quản trị mạng. Gói tin chưa được gửi đi.',
      'Check the address (http or https) and the adapter\'s certificate with the network administrators. Nothing was sent.',
    ),
    mayHaveArrived: false,
    retryable: true,
  },
  'connection-lost': {
    title: t('Mất kết nối giữa chừng', 'Connection lost'),
    message: t('Kết nối tới {url} bị ngắt trước khi nhận được trả lời.', 'The connection to {url} was cut before a reply arrived.'),
    action: t('Bấm "Gửi lại" (hoặc chạy lại lệnh) khi mạng ổn định.', 'Click "Retry" (or run the command again) once the network is stable.'),
    mayHaveArrived: true,
    retryable: true,
  },
  network: {
    title: t('Lỗi mạng', 'Network error'),
    message: t('Không liên lạc được với {url}.', 'Could not reach {url}.'),
    action: t('Kiểm tra kết nối mạng, VPN và địa chỉ cổng rồi bấm "Gửi lại" (hoặc chạy lại lệnh).', 'Check the network connection, VPN and adapter address, then click "Retry" (or run the command again).'),
    mayHaveArrived: false,
    retryable: true,
  },
  http5xx: {
    title: t('Cổng gặp lỗi máy chủ (HTTP {status})', 'Portal server error (HTTP {status})'),
    message: t('{url} trả về HTTP {status}: lỗi phía cổng hoặc máy chủ trung gian, không phải trả lời nghiệp vụ.', '{url} answered HTTP {status}: a fault of the portal or a gateway in between, not a business reply.'),
    action: t('Chờ một lát rồi bấm "Gửi lại" (hoặc chạy lại lệnh); nếu lặp lại, báo cho bộ phận vận hành cổng kèm thời điểm gửi.', 'Wait a moment and click "Retry" (or run the command again); if it repeats, report it to the portal\'s operators with the time of sending.'),
    mayHaveArrived: true,
    retryable: true,
  },
  http4xx: {
    title: t('Yêu cầu bị từ chối (HTTP {status})', 'Request refused (HTTP {status})'),
    message: t('{url} trả về HTTP {status}. Cổng DVCQG trả HTTP 200 cả khi lỗi nghiệp vụ, nên mã này thường do sai đường dẫn, sai header dstcode hoặc máy chủ trung gian chặn.', '{url} answered HTTP {status}. DVCQG answers HTTP 200 even for business errors, so this usually means a wrong path, a wrong dstcode header, or a gateway blocking the call.'),
    action: t('Kiểm tra đường dẫn đăng nhập/dữ liệu và dstcode của môi trường.', 'Check the environment\'s login/data paths and dstcode.'),
    mayHaveArrived: false,
    retryable: false,
  },
  'empty-reply': {
    title: t('Trả lời rỗng', 'Empty reply'),
    message: t('{url} trả về HTTP {status} nhưng nội dung rỗng, không có error_code.', '{url} answered HTTP {status} with an empty body and no error_code.'),
    action: t('Bấm "Gửi lại" (hoặc chạy lại lệnh); nếu lặp lại, báo cho bộ phận vận hành cổng.', 'Click "Retry" (or run the command again); if it repeats, report it to the portal\'s operators.'),
    mayHaveArrived: true,
    retryable: true,
  },
  'malformed-reply': {
    title: t('Trả lời không đúng định dạng', 'Malformed reply'),
    message: t('{url} trả về nội dung không phải JSON của Cổng DVCQG (không có error_code hợp lệ).', '{url} answered with something that is not a DVCQG JSON reply (no valid error_code).'),
    action: t('Kiểm tra địa chỉ cổng (có thể đang gọi nhầm một trang web hoặc máy chủ trung gian), rồi bấm "Gửi lại" (hoặc chạy lại lệnh).', 'Check the adapter address (it may be a web page or a gateway answering), then click "Retry" (or run the command again).'),
    mayHaveArrived: true,
    retryable: true,
  },
  'session-refused': {
    title: t('Phiên làm việc bị từ chối', 'Session refused'),
    message: t('Cổng từ chối phiên làm việc (session) ngay cả sau khi đăng nhập lại.', 'The portal refused the session even after logging in again.'),
    action: t('Kiểm tra tài khoản kết nối và dstcode của môi trường, hoặc liên hệ bộ phận vận hành cổng. Gói tin chưa được xử lý.', 'Check the environment\'s connection account and dstcode, or contact the portal\'s operators. The packet was not processed.'),
    mayHaveArrived: false,
    retryable: true,
  },
  'login-refused': {
    title: t('Đăng nhập không thành công', 'Login refused'),
    message: t('Cổng {url} từ chối đăng nhập: {detail}', 'The portal at {url} refused the login: {detail}'),
    action: t('Kiểm tra tên đăng nhập và mật khẩu của môi trường (với Sandbox: sandbox/sandbox). Gói tin chưa được gửi đi.', 'Check the environment\'s username and password (Sandbox: sandbox/sandbox). Nothing was sent.'),
    mayHaveArrived: false,
    retryable: true,
  },
  cancelled: {
    title: t('Đã hủy', 'Cancelled'),
    message: t('Việc gửi tới {url} đã bị hủy theo yêu cầu.', 'Sending to {url} was cancelled on request.'),
    action: t('Gói tin và mọi chỉnh sửa vẫn giữ nguyên; bấm "Gửi" khi sẵn sàng.', 'The packet and all edits are unchanged; click "Send" when ready.'),
    mayHaveArrived: true,
    retryable: true,
  },
};

/** Context of a fault, used to fill its messages. */
export interface FaultContext {
  url?: string;
  httpStatus?: number;
  timeoutMs?: number;
  detail?: string;
  phase?: PortalFault['phase'];
  /** For `cancelled`: whether the request had already left when it was cancelled. */
  requestStarted?: boolean;
}

/** Builds a classified fault with its messages filled in. */
export function makeFault(kind: FaultKind, ctx: FaultContext = {}): PortalFault {
  const text = TEXTS[kind];
  const values = {
    url: ctx.url ?? '?',
    status: ctx.httpStatus ?? '?',
    timeoutSeconds: ctx.timeoutMs !== undefined ? Math.round(ctx.timeoutMs / 100) / 10 : '?',
    detail: ctx.detail ?? '',
  };
  const phase = ctx.phase ?? 'send';
  // A login or a lookup changes nothing on the portal, so "may have arrived" only matters for sends.
  const mayHaveArrived = phase === 'send' && text.mayHaveArrived && (kind !== 'cancelled' || ctx.requestStarted === true);
  let message = fill(text.message, values);
  if (mayHaveArrived) message = { vi: message.vi + MAY_HAVE_ARRIVED.vi, en: message.en + MAY_HAVE_ARRIVED.en };
  const fault: PortalFault = {
    kind,
    title: fill(text.title, values),
    message,
    action: fill(text.action, values),
    mayHaveArrived,
    retryable: text.retryable,
    phase,
  };
  if (ctx.httpStatus !== undefined) fault.httpStatus = ctx.httpStatus;
  if (ctx.detail) fault.detail = ctx.detail;
  if (ctx.url) fault.url = ctx.url;
  return fault;
}

/** Error thrown inside the Node client to carry a classified fault up to the send loop. */
export class PortalFaultError extends Error {
  readonly fault: PortalFault;
  constructor(fault: PortalFault) {
    super(fault.message.en);
    this.name = 'PortalFaultError';
    this.fault = fault;
  }
}
