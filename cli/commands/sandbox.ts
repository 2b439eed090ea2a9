/**
 * `qcvn120 sandbox [--port P] [--data-dir D] [--faults SPEC]`: runs the sandbox portal, an
 * offline stand-in of the DVCQG adapter (electron/services/sandbox/README.md), until Ctrl+C.
 * Prints its address, its credentials (test credentials, meant to be shown) and the active
 * faults, then one line per request.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pick } from '../../shared/i18n/localized';
import { DEFAULT_DSTCODE, SANDBOX_DEFAULT_PORT, SANDBOX_PASSWORD, SANDBOX_USERNAME } from '../../shared/portal/environment';
import { resolveDataDir } from '../../electron/services/dataDir';
import { parseFaultSpec } from '../../electron/services/sandbox/faults';
import { SANDBOX_SERVICES } from '../../electron/services/sandbox/handlers';
import { startSandbox } from '../../electron/services/sandbox/server';
import { parseArgs, UsageError } from '../args';
import type { Command, CommandContext } from '../command';

function option(o: Record<string, string | boolean | string[]>, name: string): string | undefined {
  const v = o[name];
  return typeof v === 'string' ? v : undefined;
}

async function run(ctx: CommandContext): Promise<number> {
  const { lang, io } = ctx;
  const vi = lang === 'vi';
  const args = parseArgs(ctx.argv, sandboxCommand.options);
  if (args.positionals.length > 0) throw new UsageError(`Không nhận đối số "${args.positionals[0]}".`, `Unexpected argument "${args.positionals[0]}".`);
  const o = args.options;
  const portText = option(o, 'port') ?? String(SANDBOX_DEFAULT_PORT);
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port phải là số từ 0 đến 65535 (nhận được "${portText}").`, `--port must be a number from 0 to 65535 (got "${portText}").`);
  const minutesText = option(o, 'session-minutes');
  if (minutesText !== undefined && !/^\d+(\.\d+)?$/.test(minutesText)) {
    throw new UsageError(`--session-minutes phải là số phút (nhận được "${minutesText}").`, `--session-minutes must be a number of minutes (got "${minutesText}").`);
  }
  const faults = parseFaultSpec(option(o, 'faults'));
  if (!faults.ok) throw new UsageError(faults.error.vi, faults.error.en);
  const dataDir = option(o, 'data-dir') ?? join(resolveDataDir({ env: process.env, platform: process.platform, home: homedir() }), 'sandbox');

  let sandbox;
  try {
    sandbox = await startSandbox({
      dataDir,
      port: Number(portText),
      faults: faults.spec,
      username: option(o, 'username') ?? SANDBOX_USERNAME,
      password: option(o, 'password') ?? SANDBOX_PASSWORD,
      ...(minutesText !== undefined ? { sessionLifetimeMs: Math.max(1000, Number(minutesText) * 60_000) } : {}),
      dstcode: option(o, 'dstcode') ?? DEFAULT_DSTCODE,
      log: (l) => io.stdout(`${new Date().toISOString()} ${l}\n`),
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') {
      io.stderr(vi ? `Cổng ${portText} đang được dùng (có thể một cổng thử nghiệm khác đang chạy). Dùng --port khác, hoặc --port 0 để chọn cổng trống.\n` : `Port ${portText} is in use (another sandbox may be running). Use another --port, or --port 0 for a free one.\n`);
      return 2;
    }
    io.stderr(`${vi ? 'Không khởi động được cổng thử nghiệm' : 'The sandbox portal could not start'}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (sandbox.warning) io.stderr(`${sandbox.warning}\n`);
  const lines = vi
    ? [
        `Cổng thử nghiệm (sandbox) đang chạy tại ${sandbox.url}`,
        `  Đăng nhập:  POST ${sandbox.url}${sandbox.paths.login}`,
        `  Dữ liệu:    POST ${sandbox.url}${sandbox.paths.data}  (chia sẻ: ${sandbox.paths.share})`,
        `  Tài khoản:  ${sandbox.username} / ${sandbox.password}`,
        `  dstcode:    ${option(o, 'dstcode') ?? DEFAULT_DSTCODE}`,
        `  Dữ liệu lưu tại: ${sandbox.dataDir}`,
        `  Lỗi giả lập: ${sandbox.faults}`,
        `  Dịch vụ: ${SANDBOX_SERVICES.join(', ')}`,
        'Nhấn Ctrl+C để dừng.',
      ]
    : [
        `Sandbox portal listening on ${sandbox.url}`,
        `  Login:      POST ${sandbox.url}${sandbox.paths.login}`,
        `  Data:       POST ${sandbox.url}${sandbox.paths.data}  (share: ${sandbox.paths.share})`,
        `  Credentials: ${sandbox.username} / ${sandbox.password}`,
        `  dstcode:    ${option(o, 'dstcode') ?? DEFAULT_DSTCODE}`,
        `  Data kept in: ${sandbox.dataDir}`,
        `  Injected faults: ${sandbox.faults}`,
        `  Services: ${SANDBOX_SERVICES.join(', ')}`,
        'Press Ctrl+C to stop.',
      ];
  io.stdout(`${lines.join('\n')}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await sandbox.close();
  io.stdout(`${pick({ vi: 'Đã dừng cổng thử nghiệm.', en: 'Sandbox portal stopped.' }, lang)}\n`);
  return 0;
}

/** The `sandbox` command. */
export const sandboxCommand: Command = {
  name: 'sandbox',
  summary: { vi: 'Chạy cổng thử nghiệm (giả lập Cổng DVCQG) trên máy này', en: 'Run the sandbox portal (a local stand-in of the DVCQG adapter)' },
  usage: 'qcvn120 sandbox [--port P] [--data-dir D] [--faults SPEC]',
  help: {
    vi: [
      'Giả lập adapter của Cổng DVCQG trên 127.0.0.1 để tập gửi hồ sơ: đăng nhập, DongBoHoSoMC (tạo mới/cập nhật, "-3" khi trùng),',
      'CapNhatTienDoHoSoMC, TraCuuHoSo, thống kê, đánh giá, TTHC, hỏi đáp, PAKN. Dữ liệu nhận được được lưu lại qua các lần chạy.',
      '',
      `  --port P              cổng lắng nghe (mặc định ${SANDBOX_DEFAULT_PORT}, trùng môi trường "Sandbox" của ứng dụng; 0 = cổng trống bất kỳ)`,
      '  --data-dir D          thư mục lưu dữ liệu (mặc định <thư mục dữ liệu người dùng>/sandbox)',
      '  --faults SPEC         giả lập lỗi, ví dụ latency=800,http500=0.2,drop=once,expire-session=after:3',
      '                        tên: latency, http500, drop, drop-after, empty, malformed, hang, expire-session, seed',
      '                        giá trị: once, always, never, xác suất 0–1, every:N, after:N, nth:N',
      '  --username U, --password P  tài khoản đăng nhập (mặc định sandbox / sandbox)',
      '  --session-minutes N   thời hạn phiên đăng nhập (mặc định 15 phút)',
      '  --dstcode CODE        header dstcode bắt buộc (mặc định VN:GOV:000.00.00.G22:vpcpdvcprovider)',
      '',
      'Chi tiết: electron/services/sandbox/README.md',
    ].join('\n'),
    en: [
      'A stand-in of the DVCQG adapter on 127.0.0.1 to rehearse sending: login, DongBoHoSoMC (create/update, "-3" on a duplicate),',
      'CapNhatTienDoHoSoMC, TraCuuHoSo, statistics, surveys, TTHC, Q&A, PAKN. What it receives is kept across runs.',
      '',
      `  --port P              port to listen on (default ${SANDBOX_DEFAULT_PORT}, the app's "Sandbox" environment; 0 = any free port)`,
      '  --data-dir D          data folder (default <user data folder>/sandbox)',
      '  --faults SPEC         injected faults, e.g. latency=800,http500=0.2,drop=once,expire-session=after:3',
      '                        names: latency, http500, drop, drop-after, empty, malformed, hang, expire-session, seed',
      '                        values: once, always, never, a probability 0–1, every:N, after:N, nth:N',
      '  --username U, --password P  login credentials (default sandbox / sandbox)',
      '  --session-minutes N   session lifetime (default 15 minutes)',
      '  --dstcode CODE        required dstcode header (default VN:GOV:000.00.00.G22:vpcpdvcprovider)',
      '',
      'Details: electron/services/sandbox/README.md',
    ].join('\n'),
  },
  options: [
    { name: 'port', value: true },
    { name: 'data-dir', value: true },
    { name: 'faults', value: true },
    { name: 'username', value: true },
    { name: 'password', value: true },
    { name: 'session-minutes', value: true },
    { name: 'dstcode', value: true },
  ],
  run,
};
