/**
 * The `qcvn120` dispatcher: global options (`--lang vi|en`, `--help`, `--version`), the command
 * registry (cli/commands/index.ts), help in Vietnamese and English, and exit codes (a usage error
 * is 2). Never throws: an unexpected failure is reported and exits 2.
 */
import { pick, t, type Lang } from '../shared/i18n/localized';
import { UsageError } from './args';
import type { CliIo, Command } from './command';
import { COMMANDS } from './commands/index';

function commandList(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${pick(c.summary, lang)}`).join('\n');
}

function mainHelp(lang: Lang, version: string): string {
  const head = t(
    `qcvn120 ${version} — kiểm tra, tạo và mô tả gói tin QCVN 120:2019/BTTTT (Cổng Dịch vụ công quốc gia)`,
    `qcvn120 ${version} — validate, create and describe QCVN 120:2019/BTTTT packets (National Public Service Portal)`,
  );
  const usage = t('Cách dùng: qcvn120 <lệnh> [tùy chọn]   (qcvn120 <lệnh> --help để xem chi tiết)', 'Usage: qcvn120 <command> [options]   (qcvn120 <command> --help for details)');
  const global = t(
    'Tùy chọn chung:\n  --lang vi|en   ngôn ngữ thông báo (mặc định vi)\n  --help         trợ giúp\n  --version      phiên bản',
    'Global options:\n  --lang vi|en   language of messages (default vi)\n  --help         this help\n  --version      version',
  );
  return `${pick(head, lang)}\n${pick(usage, lang)}\n\n${lang === 'vi' ? 'Lệnh' : 'Commands'}:\n${commandList(lang)}\n\n${pick(global, lang)}\n`;
}

function commandHelp(c: Command, lang: Lang): string {
  return `${pick(c.summary, lang)}\n${lang === 'vi' ? 'Cách dùng' : 'Usage'}: ${c.usage}\n\n${pick(c.help, lang)}\n`;
}

/** Splits the global options off argv. */
function globals(argv: string[], env: Record<string, string | undefined>): { lang: Lang; help: boolean; version: boolean; rest: string[]; error?: UsageError } {
  let lang: Lang = env.QCVN120_LANG === 'en' ? 'en' : 'vi';
  let help = false;
  let version = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? argv[++i] : a.slice(7);
      if (v !== 'vi' && v !== 'en') return { lang, help, version, rest, error: new UsageError(`--lang phải là vi hoặc en (nhận được "${v ?? ''}").`, `--lang must be vi or en (got "${v ?? ''}").`) };
      lang = v;
    } else if (a === '--help' || a === '-h') help = true;
    else if (a === '--version' || a === '-v') version = true;
    else rest.push(a);
  }
  return { lang, help, version, rest };
}

/** Runs the CLI; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo, options: { version: string; env?: Record<string, string | undefined> }): Promise<number> {
  const g = globals(argv, options.env ?? {});
  const usageError = (e: UsageError) => {
    io.stderr(`qcvn120: ${g.lang === 'vi' ? e.vi : e.en}\n${g.lang === 'vi' ? 'Xem' : 'See'} "qcvn120 --help".\n`);
    return 2;
  };
  if (g.error) return usageError(g.error);
  if (g.version) {
    io.stdout(`${options.version}\n`);
    return 0;
  }
  let [name, ...rest] = g.rest;
  if (name === 'help') {
    [name, ...rest] = rest;
    g.help = true;
  }
  if (!name) {
    (g.help ? io.stdout : io.stderr)(mainHelp(g.lang, options.version));
    return g.help ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return usageError(new UsageError(`Không có lệnh "${name}". Các lệnh: ${COMMANDS.map((c) => c.name).join(', ')}.`, `Unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`));
  if (g.help) {
    io.stdout(commandHelp(command, g.lang));
    return 0;
  }
  try {
    return await command.run({ argv: rest, lang: g.lang, io });
  } catch (e) {
    if (e instanceof UsageError) return usageError(e);
    const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr(`qcvn120: ${g.lang === 'vi' ? 'lỗi không mong đợi (hãy báo lại)' : 'unexpected failure (please report it)'}: ${text}\n`);
    return 2;
  }
}
