/**
 * `qcvn120 mask [--keep-structure] [--remove-secrets] [-o OUT] FILE... | -`
 * Masks personal data (shared/mask) with one masker for all files, so a citizen gets the same
 * pseudonym in every file. One input goes to standard output or to the file OUT (or into OUT
 * when it is a directory); several inputs need -o DIR. Output keeps each file's formatting.
 * Nothing unmasked is ever printed: messages name files, lines and columns, never values; if
 * any file cannot be read or masked, nothing is written (exit 2 unreadable/usage, 1 not JSON).
 */
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allPackets } from '../../shared/index';
import { t, type Localized } from '../../shared/i18n/localized';
import { createMasker, MaskError, maskText } from '../../shared/mask/index';
import { UsageError, parseArgs } from '../args';
import type { CliIo, Command } from '../command';
import { readInput } from '../readInput';
import { appVersion } from '../version';

/** Writing, beyond the read-only CliIo: injected by tests, the real file system otherwise. */
export interface MaskIo extends CliIo {
  writeFile?(path: string, text: string): Promise<void>;
  makeDir?(path: string): Promise<void>;
}

async function atomicWrite(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

const say = (l: Localized, lang: 'vi' | 'en') => (lang === 'vi' ? l.vi : l.en);

export const maskCommand: Command = {
  name: 'mask',
  summary: t('Che dữ liệu cá nhân trong gói tin (nhất quán trên nhiều tệp)', 'Mask personal data in packets (consistently across files)'),
  usage: 'qcvn120 mask [--keep-structure] [--remove-secrets] [-o OUT] FILE... | -',
  help: t(
    [
      'Che số CCCD/CMND, họ tên, số điện thoại, email, địa chỉ, mã tài khoản DVCQG (MaDoiTuong), đường dẫn tệp và session;',
      'nội dung tự do được xóa mọi giá trị đã che ở nơi khác. Trường không biết cũng bị che. Một người có cùng bí danh trong mọi tệp.',
      'Tùy chọn:',
      '  --keep-structure   giữ mã tỉnh, giới tính/thế kỷ và năm sinh của CCCD (chỉ thay 6 số cuối)',
      '  --remove-secrets   xóa hẳn session/mật khẩu thay vì ghi <masked>',
      '  -o OUT             một tệp vào: tệp (hoặc thư mục) ra; nhiều tệp vào: thư mục ra (tự tạo)',
      'Không có -o: một tệp vào thì in ra stdout. Định dạng (thụt lề, thứ tự khóa) được giữ nguyên; tệp ra có khóa "$masked".',
      'Mã thoát: 0 thành công, 1 có tệp không phải JSON (không ghi gì), 2 sai cú pháp lệnh hoặc không đọc/ghi được tệp.',
      'Ví dụ: qcvn120 mask --keep-structure -o da-che/ hoso1.json hoso2.json',
    ].join('\n'),
    [
      'Masks citizen ids (CCCD/CMND), names, phone numbers, e-mails, addresses, DVCQG account ids (MaDoiTuong), file URLs and session;',
      'free text is scrubbed of every value masked elsewhere. Unknown fields are masked too. One person gets one pseudonym in every file.',
      'Options:',
      '  --keep-structure   keep the province, century/gender digit and birth year of a CCCD (only the last 6 digits change)',
      '  --remove-secrets   remove session/password instead of writing <masked>',
      '  -o OUT             one input: the output file (or directory); several inputs: the output directory (created)',
      'Without -o, one input is printed to stdout. Formatting (indentation, key order) is kept; output files carry a "$masked" key.',
      'Exit codes: 0 success, 1 a file is not JSON (nothing written), 2 usage error or a file cannot be read or written.',
      'Example: qcvn120 mask --keep-structure -o masked/ dossier1.json dossier2.json',
    ].join('\n'),
  ),
  options: [
    { name: 'keep-structure' },
    { name: 'remove-secrets' },
    { name: 'o', value: true },
    { name: 'output', value: true },
  ],
  async run({ argv, lang, io: baseIo }) {
    const io = baseIo as MaskIo;
    const { options, positionals } = parseArgs(argv, this.options);
    const out = (options.o ?? options.output) as string | undefined;
    if (positionals.length === 0) throw new UsageError('Thiếu tệp cần che (hoặc - để đọc stdin).', 'No file to mask (or - to read stdin).');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('Chỉ đọc stdin (-) được một lần.', 'stdin (-) can be read only once.');
    if (positionals.length > 1 && !out) throw new UsageError('Nhiều tệp vào cần -o THƯ_MỤC để ghi kết quả.', 'Several inputs need -o DIRECTORY for the results.');

    // Read everything first: an unreadable file stops the run before anything is written.
    const texts: string[] = [];
    let unreadable = false;
    for (const name of positionals) {
      const r = await readInput(name, io);
      if (r.ok) texts.push(r.text);
      else {
        io.stderr(`qcvn120 mask: ${say(r.message, lang)}\n`);
        unreadable = true;
      }
    }
    if (unreadable) return 2;

    const masker = createMasker({ packets: allPackets(), keepStructure: options['keep-structure'] === true, secrets: options['remove-secrets'] ? 'remove' : 'replace', version: appVersion() });
    const shown = (name: string) => (name === '-' ? '(stdin)' : name);
    // Pass 1: learn every file, so free text in the first file is scrubbed of a name seen only in the last.
    texts.forEach((text) => {
      try {
        masker.learn(JSON.parse(text.replace(/^\uFEFF/, '')));
      } catch {
        // Reported by maskText below with its line and column.
      }
    });
    const masked: string[] = [];
    let failed = false;
    texts.forEach((text, i) => {
      try {
        masked.push(maskText(masker, text, shown(positionals[i])));
      } catch (e) {
        failed = true;
        const m = e instanceof MaskError ? { vi: e.vi, en: e.en } : { vi: 'lỗi không mong đợi khi che', en: 'unexpected failure while masking' };
        io.stderr(`qcvn120 mask: ${say(m, lang)}\n`);
      }
    });
    if (failed) {
      io.stderr(`qcvn120 mask: ${say(t('không ghi tệp nào.', 'nothing was written.'), lang)}\n`);
      return 1;
    }

    if (!out) {
      io.stdout(masked[0]);
      return 0;
    }
    const write = io.writeFile ?? atomicWrite;
    const makeDir = io.makeDir ?? ((p: string) => mkdir(p, { recursive: true }).then(() => undefined));
    const isDir = await io.isDirectory(out);
    const targets: string[] = [];
    if (positionals.length === 1 && !isDir && !out.endsWith('/') && !out.endsWith('\\')) targets.push(out);
    else {
      const used = new Set<string>();
      for (const name of positionals) {
        // An output name is scrubbed too: "hoso-001198012345.json" must not carry the id out.
        let base = masker.scrub(name === '-' ? 'stdin.json' : basename(name));
        const stem = base.replace(/(\.[^.]*)?$/, '');
        const ext = base.slice(stem.length);
        for (let n = 2; used.has(base); n++) base = `${stem}-${n}${ext}`;
        used.add(base);
        targets.push(join(out, base));
      }
    }
    try {
      if (targets.length > 1 || isDir || out.endsWith('/') || out.endsWith('\\')) await makeDir(out);
      for (let i = 0; i < targets.length; i++) await write(targets[i], masked[i]);
    } catch (e) {
      const code = (e as { code?: string })?.code ?? String(e);
      io.stderr(`qcvn120 mask: ${say(t(`không ghi được ${out} (${code}).`, `cannot write ${out} (${code}).`), lang)}\n`);
      return 2;
    }
    io.stderr(`${say(t(`Đã che ${targets.length} tệp:`, `Masked ${targets.length} file(s):`), lang)}\n${targets.map((p) => `  ${p}\n`).join('')}`);
    return 0;
  },
};
