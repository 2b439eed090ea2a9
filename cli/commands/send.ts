/**
 * `qcvn120 send FILE --url BASE --username U --password P --madonvi M [--dstcode D]
 * [--update auto|true|false] [--format text|json]`: sends a packet to a DVCQG adapter (or the
 * sandbox portal) with the same send service as the app. Exit 0 when the portal answered
 * error_code 0 for everything sent, 1 when it answered with an error, 2 on a transport fault,
 * a refusal before sending, or a usage error. Neither the password nor the session is ever
 * printed.
 */
import { parseJson } from '../../shared/index';
import { pick, type Lang } from '../../shared/i18n/localized';
import { describeResult } from '../../shared/portal/describe';
import { EnvironmentSchema, type Environment } from '../../shared/portal/environment';
import { SendRequestSchema, productionConfirmation, type SendResult } from '../../shared/portal/result';
import { scrubSecrets } from '../../shared/portal/scrub';
import { zodIssueMessages } from '../../shared/portal/zodMessages';
import { sendDocument } from '../../electron/services/portal/send';
import { SessionCache } from '../../electron/services/portal/session';
import { parseArgs, UsageError } from '../args';
import type { Command, CommandContext } from '../command';
import { readInput } from '../readInput';

const UPDATE_CHOICES = ['auto', 'true', 'false'] as const;

function line(lang: Lang, vi: string, en: string): string {
  return `${lang === 'vi' ? vi : en}\n`;
}

/** Exit code of a result: 0 all accepted, 1 a business error from the portal, 2 anything else. */
export function exitCodeOf(result: SendResult): number {
  if (result.outcome === 'success') return 0;
  if (result.outcome === 'portal-error') return 1;
  return 2;
}

function option(o: Record<string, string | boolean | string[]>, name: string): string | undefined {
  const v = o[name];
  return typeof v === 'string' ? v : undefined;
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} phải là số nguyên dương (nhận được "${value}").`, `--${name} must be a positive integer (got "${value}").`);
  return Number(value);
}

async function run(ctx: CommandContext): Promise<number> {
  const { lang, io } = ctx;
  const args = parseArgs(ctx.argv, sendCommand.options);
  const o = args.options;
  if (args.positionals.length !== 1) {
    throw new UsageError('Cần đúng một tệp gói tin (hoặc "-" để đọc từ stdin).', 'Exactly one packet file is needed (or "-" for stdin).');
  }
  const password = option(o, 'password') ?? process.env.QCVN120_PASSWORD;
  const missing = ['url', 'username', 'madonvi'].filter((n) => option(o, n) === undefined);
  if (password === undefined) missing.push('password');
  if (missing.length) {
    throw new UsageError(`Thiếu tùy chọn: ${missing.map((m) => `--${m}`).join(', ')}.`, `Missing option(s): ${missing.map((m) => `--${m}`).join(', ')}.`);
  }
  const timeoutSeconds = positiveInt(option(o, 'timeout'), 'timeout');
  const production = o.production === true;
  const parsedEnv = EnvironmentSchema.safeParse({
    id: 'cli',
    name: 'qcvn120 send',
    colour: production ? '#c62828' : '#1565c0',
    kind: production ? 'production' : 'test',
    baseUrl: option(o, 'url'),
    madonvi: option(o, 'madonvi'),
    username: option(o, 'username'),
    ...(option(o, 'dstcode') ? { dstcode: option(o, 'dstcode') } : {}),
    ...(option(o, 'login-path') ? { loginPath: option(o, 'login-path') } : {}),
    ...(option(o, 'data-path') ? { dataPath: option(o, 'data-path') } : {}),
    ...(option(o, 'share-path') ? { sharePath: option(o, 'share-path') } : {}),
    ...(timeoutSeconds ? { timeouts: { loginMs: timeoutSeconds * 1000, requestMs: timeoutSeconds * 1000 } } : {}),
  });
  if (!parsedEnv.success) {
    const m = zodIssueMessages(parsedEnv.error, { vi: 'Tùy chọn', en: 'Options' });
    throw new UsageError(m.map((x) => x.vi).join('; '), m.map((x) => x.en).join('; '));
  }
  const environment: Environment = { ...parsedEnv.data, name: parsedEnv.data.baseUrl };

  const file = args.positionals[0]!;
  const read = await readInput(file, io);
  if (!read.ok) {
    io.stderr(`${pick(read.message, lang)}\n`);
    return 2;
  }
  const parsed = parseJson(read.text);
  if (!parsed.ok) {
    const e = parsed.error;
    io.stderr(`${file === '-' ? '(stdin)' : file}:${e.line}:${e.column}: ${pick(e.message, lang)}\n`);
    return 2;
  }
  const update = option(o, 'update');
  const request = SendRequestSchema.parse({
    environmentId: environment.id,
    document: parsed.value,
    isUpdating: update === 'true' ? 'True' : update === 'false' ? 'False' : update === 'auto' ? 'auto' : 'document',
    ...(option(o, 'service') ? { service: option(o, 'service') } : {}),
    ...(option(o, 'chunk-size') ? { chunkSize: positiveInt(option(o, 'chunk-size'), 'chunk-size') } : {}),
    allowInvalid: o['allow-invalid'] === true,
    // --production is itself the explicit confirmation naming the target on the command line.
    ...(production ? { confirmation: productionConfirmation(environment) } : {}),
  });
  const verbose = o.verbose === true;
  const result = await sendDocument(
    { environment, password, request },
    { sessions: new SessionCache(), ...(verbose ? { log: (l: string) => io.stderr(`${l}\n`) } : {}) },
  );
  const code = exitCodeOf(result);
  // Defence in depth: a result never holds the password, and the output is scrubbed of it anyway.
  const scrub = (text: string) => scrubSecrets(text, [password]);
  if (option(o, 'format') === 'json') io.stdout(`${scrub(JSON.stringify({ file, exitCode: code, ...result }, null, 2))}\n`);
  else io.stdout(`${scrub(describeResult(result, lang).join('\n'))}\n`);
  if (code === 2 && option(o, 'format') === 'json') io.stderr(line(lang, 'Không gửi được; xem "refusal"/"fault" trong kết quả.', 'Sending failed; see "refusal"/"fault" in the result.'));
  return code;
}

/** The `send` command. */
export const sendCommand: Command = {
  name: 'send',
  summary: { vi: 'Gửi gói tin tới Cổng DVCQG hoặc cổng thử nghiệm', en: 'Send a packet to the DVCQG adapter or the sandbox portal' },
  usage: 'qcvn120 send FILE --url BASE --username U --password P --madonvi M [--dstcode D] [--update auto|true|false] [--format text|json]',
  help: {
    vi: [
      'Đăng nhập, điền session và madonvi, kiểm tra gói tin rồi gửi (chia phần nếu nhiều bản ghi).',
      '',
      '  --url BASE            địa chỉ gốc của adapter, ví dụ http://127.0.0.1:8120 (cổng thử nghiệm)',
      '  --username U          tài khoản kết nối',
      '  --password P          mật khẩu (hoặc biến môi trường QCVN120_PASSWORD); không bao giờ được in ra',
      '  --madonvi M           mã đơn vị kết nối, điền vào gói tin',
      '  --dstcode D           header dstcode (mặc định VN:GOV:000.00.00.G22:vpcpdvcprovider)',
      '  --update auto|true|false  isUpdating của DongBoHoSoMC; auto = tra cứu TraCuuHoSo; mặc định: theo gói tin, nếu không có thì auto',
      '  --service S           dịch vụ, khi tệp là mảng bản ghi hoặc một bản ghi',
      '  --chunk-size N        số bản ghi mỗi lần gửi (mặc định 10)',
      '  --timeout GIÂY        thời gian chờ mỗi lời gọi (mặc định 15 giây đăng nhập, 30 giây dữ liệu)',
      '  --login-path, --data-path, --share-path  đường dẫn khác mặc định',
      '  --allow-invalid       vẫn gửi khi gói tin có lỗi',
      '  --production          đích là môi trường thật (xác nhận rõ ràng; từ chối gói tin đã che dữ liệu)',
      '  --format text|json    json: một tài liệu JSON có các trả lời của Cổng',
      '  --verbose             in từng lời gọi ra stderr (không có bí mật)',
      '',
      'Mã thoát: 0 Cổng trả error_code 0 cho mọi phần; 1 Cổng trả lỗi; 2 lỗi kết nối, không gửi (gói lỗi, thiếu mật khẩu) hoặc sai cú pháp lệnh.',
      '',
      'Ví dụ: npx qcvn120 send hoso.json --url http://127.0.0.1:8120 --username sandbox --password sandbox --madonvi 000.00.01.H22',
    ].join('\n'),
    en: [
      'Logs in, fills in session and madonvi, validates the packet, then sends it (in chunks when it has many records).',
      '',
      '  --url BASE            adapter base URL, e.g. http://127.0.0.1:8120 (the sandbox portal)',
      '  --username U          connection account',
      '  --password P          password (or the QCVN120_PASSWORD environment variable); never printed',
      '  --madonvi M           connecting unit code, filled into the packet',
      '  --dstcode D           dstcode header (default VN:GOV:000.00.00.G22:vpcpdvcprovider)',
      "  --update auto|true|false  DongBoHoSoMC's isUpdating; auto = look it up with TraCuuHoSo; default: the packet's, else auto",
      '  --service S           the service, when the file is an array of records or a single record',
      '  --chunk-size N        records per request (default 10)',
      '  --timeout SECONDS     per-call timeout (default 15 s login, 30 s data)',
      '  --login-path, --data-path, --share-path  non-default paths',
      '  --allow-invalid       send even when the packet has errors',
      '  --production          the target is production (explicit confirmation; masked packets are refused)',
      '  --format text|json    json: one JSON document carrying the portal replies',
      '  --verbose             print each call to stderr (no secrets)',
      '',
      'Exit codes: 0 the portal answered error_code 0 for every part; 1 the portal answered with an error; 2 transport fault, nothing sent (invalid packet, no password), or usage error.',
      '',
      'Example: npx qcvn120 send dossier.json --url http://127.0.0.1:8120 --username sandbox --password sandbox --madonvi 000.00.01.H22',
    ].join('\n'),
  },
  options: [
    { name: 'url', value: true },
    { name: 'username', value: true },
    { name: 'password', value: true },
    { name: 'madonvi', value: true },
    { name: 'dstcode', value: true },
    { name: 'update', value: true, choices: UPDATE_CHOICES },
    { name: 'service', value: true },
    { name: 'chunk-size', value: true },
    { name: 'timeout', value: true },
    { name: 'login-path', value: true },
    { name: 'data-path', value: true },
    { name: 'share-path', value: true },
    { name: 'allow-invalid' },
    { name: 'production' },
    { name: 'format', value: true, choices: ['text', 'json'] },
    { name: 'verbose' },
  ],
  run,
};
