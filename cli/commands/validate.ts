/**
 * `qcvn120 validate [--kind K] [--packet ID] [--profile P] [--request FILE] [--format text|json|junit]
 *  [--report html|csv|json|junit [--mask [--keep-structure]]] [-o FILE] FILE|DIR... | -`
 * Exit 0 when no file has an error (warnings allowed), 1 when some file has an error, 2 on a usage
 * error or an unreadable file. Folders are walked recursively for .json files (validateBatch.ts).
 * `--compare-profile B` compares each file's results under `--profile` and B (validateCompare.ts).
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
import { batchReportText, expandInputs, writeOutput, type BatchInput } from './validateBatch';
import { runCompare } from './validateCompare';
import { REPORT_FORMATS, type ReportFormat } from '../../shared/report/index';

const FORMATS = ['text', 'json', 'junit'] as const;

/** `qcvn120 validate`. */
export const validateCommand: Command = {
  name: 'validate',
  summary: t('Kiểm tra gói tin QCVN 120 (tệp hoặc - cho stdin)', 'Validate QCVN 120 packets (files, or - for stdin)'),
  usage: 'qcvn120 validate [--kind K] [--packet ID] [--profile P [--data-dir D]] [--compare-profile B] [--request FILE] [--format text|json|junit] [--report html|csv|json|junit [--mask]] [-o FILE] FILE|DIR... | -',
  help: t(
    [
      'Tùy chọn:',
      '  --kind K        loại gói tin (dossier, progress, survey, statistics, procedure, feedback, qa, auxiliary); mặc định tự nhận dạng',
      '  --packet ID     gói tin cụ thể, ví dụ LayThuTuc.response',
      '  --profile P     strict (mặc định), lenient, đường dẫn tệp hồ sơ cấu hình JSON, hoặc id của hồ sơ đã nhập trong ứng dụng (docs/PROFILES.md)',
      '  --data-dir D    thư mục dữ liệu của ứng dụng, nơi có các hồ sơ đã nhập (mặc định QCVN120_DATA_DIR hoặc thư mục của ứng dụng)',
      '  --compare-profile B  so sánh kết quả theo --profile (A) và hồ sơ B: vấn đề mới, không còn, đổi mức, tệp đổi từ hợp lệ sang không hợp lệ;',
      '                  dùng với --format text|json; mã thoát theo hồ sơ B (hồ sơ sắp áp dụng)',
      '  --request FILE  yêu cầu tương ứng của một phản hồi (cho các quy tắc so khớp, ví dụ c.4-1)',
      '  --format F      text (cho người đọc, mặc định), json (một tài liệu JSON), junit (cho CI)',
      '  --report R      báo cáo cả lô: html (in được), csv (Excel), json, junit — nhóm theo quy tắc, đơn vị, loại gói, dịch vụ',
      '  --mask          che dữ liệu cá nhân trong báo cáo (--keep-structure: giữ cấu trúc số CCCD)',
      '  -o FILE         ghi kết quả vào FILE thay vì in ra',
      '  --lang vi|en    ngôn ngữ thông báo (mặc định vi)',
      'THƯ_MỤC: mọi tệp .json trong thư mục và các thư mục con (tệp ẩn bỏ qua); tệp không đọc được được liệt kê kèm lý do.',
      'Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 sai cú pháp lệnh hoặc không đọc được tệp.',
      'Ví dụ: qcvn120 validate ../shared/samples/dossier/93-invalid-cross-field.json',
      '       qcvn120 new statistics | qcvn120 validate -',
      '       qcvn120 validate ho-so-bi-tu-choi/ --report html -o bao-cao.html',
      '       qcvn120 validate --profile strict --compare-profile huong-dan-moi.json ho-so/',
    ].join('\n'),
    [
      'Options:',
      '  --kind K        packet family (dossier, progress, survey, statistics, procedure, feedback, qa, auxiliary); detected by default',
      '  --packet ID     a specific packet, e.g. LayThuTuc.response',
      '  --profile P     strict (default), lenient, the path of a JSON profile file, or the id of a profile imported in the app (docs/PROFILES.md)',
      '  --data-dir D    the app\'s data folder, where imported profiles are (default QCVN120_DATA_DIR or the app\'s folder)',
      '  --compare-profile B  compare the results under --profile (A) and profile B: new, gone and re-graded issues, files that go',
      '                  from valid to invalid; with --format text|json; the exit code is that of profile B (the one being adopted)',
      '  --request FILE  the request a reply answers (for pairing rules such as c.4-1)',
      '  --format F      text (for people, default), json (one JSON document), junit (for CI)',
      '  --report R      report of the whole batch: html (printable), csv (Excel), json, junit — grouped by rule, agency, kind, service',
      '  --mask          mask personal data in the report (--keep-structure: keep the structure of CCCD numbers)',
      '  -o FILE         write the output to FILE instead of printing it',
      '  --lang vi|en    language of messages (default vi)',
      'DIR: every .json file in the folder and its subfolders (hidden files skipped); unreadable files are listed with their reason.',
      'Exit codes: 0 no errors (warnings allowed), 1 some file has an error, 2 usage error or unreadable file.',
      'Examples: qcvn120 validate ../shared/samples/dossier/93-invalid-cross-field.json',
      '          qcvn120 new statistics | qcvn120 validate -',
      '          qcvn120 validate rejected/ --report html -o report.html',
      '          qcvn120 validate --profile strict --compare-profile new-guide.json dossiers/',
    ].join('\n'),
  ),
  options: [
    { name: 'kind', value: true },
    { name: 'packet', value: true },
    { name: 'profile', value: true },
    { name: 'data-dir', value: true },
    { name: 'compare-profile', value: true },
    { name: 'request', value: true },
    { name: 'format', value: true, choices: FORMATS },
    { name: 'report', value: true, choices: REPORT_FORMATS },
    { name: 'mask' },
    { name: 'keep-structure' },
    { name: 'o', value: true },
    { name: 'output', value: true },
  ],
  async run({ argv, lang, io }) {
    const { options, positionals: given } = parseArgs(argv, this.options);
    if (given.length === 0) throw new UsageError('Thiếu tệp cần kiểm tra (hoặc - để đọc stdin).', 'No file to validate (or - to read stdin).');
    if (given.filter((p) => p === '-').length > 1) throw new UsageError('Chỉ đọc stdin (-) được một lần.', 'stdin (-) can be read only once.');
    const report = options.report as ReportFormat | undefined;
    if (report && options.format !== undefined) throw new UsageError('Dùng --report hoặc --format, không dùng cả hai.', 'Use --report or --format, not both.');
    if (!report && (options.mask || options['keep-structure'])) throw new UsageError('--mask chỉ dùng với --report.', '--mask applies only with --report.');
    const compareWith = options['compare-profile'] as string | undefined;
    if (compareWith !== undefined && (report || options.format === 'junit')) {
      throw new UsageError('--compare-profile chỉ dùng với --format text hoặc json.', '--compare-profile works only with --format text or json.');
    }
    const out = (options.o ?? options.output) as string | undefined;
    const positionals = await expandInputs(given, io);
    const kind = options.kind as string | undefined;
    if (kind !== undefined && !isKindId(kind)) {
      throw new UsageError(
        `Loại gói tin "${kind}" không tồn tại; chạy "qcvn120 kinds" để xem danh sách.`,
        `There is no kind "${kind}"; run "qcvn120 kinds" for the list.`,
      );
    }
    const { profile, warnings } = await resolveProfile(options.profile as string | undefined, io, { dataDir: options['data-dir'] as string | undefined });
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
    if (compareWith !== undefined) {
      const b = await resolveProfile(compareWith, io, { dataDir: options['data-dir'] as string | undefined });
      for (const [vi, en] of b.warnings) io.stderr(`${lang === 'vi' ? 'cảnh báo' : 'warning'}: ${lang === 'vi' ? vi : en}\n`);
      return runCompare({
        files: positionals,
        a: profile,
        b: b.profile!,
        options: { kind: kind as KindId | undefined, packetId: options.packet as string | undefined, request },
        format: options.format === 'json' ? 'json' : 'text',
        lang,
        out,
        io,
      });
    }
    const results: (FileResult & BatchInput)[] = [];
    for (const file of positionals) {
      const read = await readInput(file, io);
      if (!read.ok) {
        results.push({ file, error: read.message });
        continue;
      }
      const validated = validateText(read.text, { kind: kind as KindId | undefined, packetId: options.packet as string | undefined, profile, request });
      // The report needs the text for agencies and masking; the other formats drop it at once.
      results.push({ file, report: validated, ...(report ? { text: read.text } : {}) });
    }
    const format = (options.format as (typeof FORMATS)[number] | undefined) ?? 'text';
    const output = report
      ? batchReportText(results, {
          format: report,
          lang,
          masked: options.mask === true,
          keepStructure: options['keep-structure'] === true,
          profile: results.find((r) => r.report)?.report?.profile ?? { id: profile?.id ?? 'strict', version: profile?.version ?? '' },
        })
      : format === 'json'
        ? renderJson(results, lang)
        : format === 'junit'
          ? renderJunit(results, lang)
          : renderText(results, lang);
    if (await writeOutput(out, output)) {
      const errors = results.reduce((n, r) => n + (r.report?.counts.error ?? 1), 0);
      io.stderr(lang === 'vi' ? `Đã ghi ${out} (${results.length} tệp, ${errors} lỗi).\n` : `Wrote ${out} (${results.length} file(s), ${errors} error(s)).\n`);
    } else io.stdout(output);
    if (results.some((r) => r.error)) return 2;
    return results.some((r) => r.report && !r.report.valid) ? 1 : 0;
  },
};
