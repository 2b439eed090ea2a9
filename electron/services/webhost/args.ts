/**
 * Command-line options of the web host (`npm run web -- …`, `npx qcvn120 serve …`).
 */
import { parseArgs } from 'node:util';
import type { Localized } from '../../../shared/i18n/localized';

export interface WebHostArgs {
  port: number;
  open: boolean;
  build: boolean;
  dataDir?: string;
  workspace?: string;
  help: boolean;
}

export const WEB_HOST_USAGE: Localized = {
  vi: `Cách dùng: npm run web -- [tuỳ chọn]   (hoặc: npx qcvn120 serve [tuỳ chọn])
Chạy ứng dụng trong trình duyệt, chỉ trên máy này (127.0.0.1).
  --port N          cổng cố định (mặc định: một cổng trống)
  --no-open         không tự mở trình duyệt; chỉ in địa chỉ
  --data-dir DIR    thư mục dữ liệu người dùng (cài đặt, tệp gần đây)
  --workspace DIR   thư mục trên máy chủ để mở và lưu tệp
  --no-build        không tự dựng lại giao diện khi mã nguồn mới hơn
  --help            hiện hướng dẫn này`,
  en: `Usage: npm run web -- [options]   (or: npx qcvn120 serve [options])
Runs the app in a browser, on this machine only (127.0.0.1).
  --port N          fixed port (default: a free one)
  --no-open         do not open a browser; only print the address
  --data-dir DIR    user data folder (settings, recent files)
  --workspace DIR   server-side folder to open and save files in
  --no-build        do not rebuild the interface when sources are newer
  --help            show this help`,
};

/** Parses arguments; throws an Error with a bilingual message on a usage error. */
export function parseWebHostArgs(argv: string[]): WebHostArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`--port phải là số từ 1 đến 65535 / --port must be a number from 1 to 65535 (got "${values.port}")`);
    }
  }
  return {
    port,
    open: !values['no-open'],
    build: !values['no-build'],
    dataDir: values['data-dir'],
    workspace: values.workspace,
    help: Boolean(values.help),
  };
}
