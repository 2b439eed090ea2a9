/**
 * `qcvn120 validate [--kind K] [--packet ID] [--profile P] [--request FILE] [--format text|json|junit] FILE... | -`
 * Exit 0 when no file has an error (warnings allowed), 1 when some file has an error, 2 on a usage
 * error or an unreadable file.
 */
import { isKindId, parseJson, validateText, type KindId } from '../../shared/index';
import { t } from '../../shared/i18n/localized';
import { UsageError, parseArgs } from '../args';
import type { Command } from '../command';
import type { FileResult } from '../output/fileResult';
import { renderJson } from '../output/json';
import { renderJunit } from '../output/junit';
import { renderText } from '../output/text';
import { resolveProfile } from '../profileOption';
import { readInput } from '../readInput';

const FORMATS = ['text', 'json', 'junit'] as const;

/** `qcvn120 validate`. */
export const validateCommand: Command = {
  name: 'validate',
  summary: t('Kiểm tra gói tin QCVN 120 (tệp hoặc - cho stdin)', 'Validate QCVN 120 packets (files, or - for stdin)'),
  usage: 'qcvn120 validate [--kind K] [--packet ID] [--profile P] [--request FILE] [--format text|json|junit] FILE... | -',
  help: t(
    [
      'Tùy chọn:',
      '  --kind K        loại gói tin (dossier, progress, survey, statistics, procedure, feedback, qa, auxiliary); mặc định tự nhận dạng',
      '  --packet ID     gói tin cụ thể, ví dụ LayThuTuc.response',
      '  --profile P     strict (mặc định), lenient, hoặc đường dẫn tệp hồ sơ cấu hình JSON (docs/PROFILES.md)',
      '  --request FILE  yêu cầu tương ứng của một phản hồi (cho các quy tắc so khớp, ví dụ c.4-1)',
      '  --format F      text (cho người đọc, mặc định), json (một tài liệu JSON), junit (cho CI)',
      '  --lang vi|en    ngôn ngữ thông báo (mặc định vi)',
      'Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 sai cú pháp lệnh hoặc không đọc được tệp.',
      'Ví dụ: qcvn120 validate ../shared/samples/dossier/93-invalid-cross-field.json',
      '       qcvn120 new statistics | qcvn120 validate -',
    ].join('\n'),
    [
      'Options:',
      '  --kind K        packet family (dossier, progress, survey, statistics, procedure, feedback, qa, auxiliary); detected by default',
      '  --packet ID     a specific packet, e.g. LayThuTuc.response',
      '  --profile P     strict (default), lenient, or the path of a JSON profile file (docs/PROFILES.md)',
      '  --request FILE  the request a reply answers (for pairing rules such as c.4-1)',
      '  --format F      text (for people, default), json (one JSON document), junit (for CI)',
      '  --lang vi|en    language of messages (default vi)',
      'Exit codes: 0 no errors (warnings allowed), 1 some file has an error, 2 usage error or unreadable file.',
      'Examples: qcvn120 validate ../shared/samples/dossier/93-invalid-cross-field.json',
      '          qcvn120 new statistics | qcvn120 validate -',
    ].join('\n'),
  ),
  options: [
    { name: 'kind', value: true },
    { name: 'packet', value: true },
    { name: 'profile', value: true },
    { name: 'request', value: true },
    { name: 'format', value: true, choices: FORMATS },
  ],
  async run({ argv, lang, io }) {
    const { options, positionals } = parseArgs(argv, this.options);
    if (positionals.length === 0) throw new UsageError('Thiếu tệp cần kiểm tra (hoặc - để đọc stdin).', 'No file to validate (or - to read stdin).');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('Chỉ đọc stdin (-) được một lần.', 'stdin (-) can be read only once.');
    const kind = options.kind as string | undefined;
    if (kind !== undefined && !isKindId(kind)) {
      throw new UsageError(
        `Loại gói tin "${kind}" không tồn tại; chạy "qcvn120 kinds" để xem danh sách.`,
        `There is no kind "${kind}"; run "qcvn120 kinds" for the list.`,
      );
    }
    const { profile, warnings } = await resolveProfile(options.profile as string | undefined, io);
    for (const [vi, en] of warnings) io.stderr(`${lang === 'vi' ? 'cảnh báo' : 'warning'}: ${lang === 'vi' ? vi : en}\n`);
    let request: unknown;
    if (typeof options.request === 'string') {
      const read = await readInput(options.request, io);
      if (!read.ok) throw new UsageError(`Không đọc được --request: ${read.message.vi}`, `Cannot read --request: ${read.message.en}`);
      const parsed = parseJson(read.text);
      if (!parsed.ok) {
        const e = parsed.error;
        throw new UsageError(`--request ${options.request}:${e.line}:${e.column}: ${e.message.vi}`, `--request ${options.request}:${e.line}:${e.column}: ${e.message.en}`);
      }
      request = parsed.value;
    }
    const results: FileResult[] = [];
    for (const file of positionals) {
      const read = await readInput(file, io);
      if (!read.ok) {
        results.push({ file, error: read.message });
        continue;
      }
      const report = validateText(read.text, { kind: kind as KindId | undefined, packetId: options.packet as string | undefined, profile, request });
      results.push({ file, report });
    }
    const format = (options.format as (typeof FORMATS)[number] | undefined) ?? 'text';
    io.stdout(format === 'json' ? renderJson(results, lang) : format === 'junit' ? renderJunit(results, lang) : renderText(results, lang));
    if (results.some((r) => r.error)) return 2;
    return results.some((r) => r.report && !r.report.valid) ? 1 : 0;
  },
};
