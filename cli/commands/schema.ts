/**
 * `qcvn120 schema <kind|packet> [--form envelope|array|record] [--profile P]`: the JSON Schema
 * (draft-07) of a packet, as given to Monaco.
 */
import { jsonSchemaFor, kinds } from '../../shared/index';
import { t } from '../../shared/i18n/localized';
import { UsageError, parseArgs } from '../args';
import type { Command } from '../command';
import { resolveProfile } from '../profileOption';

/** `qcvn120 schema <kind|packet>`. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: t('In ra JSON Schema (draft-07) của một loại hoặc gói tin', 'Print the JSON Schema (draft-07) of a kind or packet'),
  usage: 'qcvn120 schema <kind|packet> [--form envelope|array|record] [--profile P [--data-dir D]]',
  help: t(
    'Tùy chọn:\n  --form F     envelope (mặc định), array (mảng bản ghi), record (một bản ghi)\n  --profile P  strict, lenient, tệp hồ sơ cấu hình, hoặc id của hồ sơ đã nhập trong ứng dụng\n  --data-dir D thư mục dữ liệu của ứng dụng (hồ sơ đã nhập)\n  --lang vi|en ngôn ngữ của tiêu đề và mô tả',
    'Options:\n  --form F     envelope (default), array (bare array of records), record (one record)\n  --profile P  strict, lenient, a profile file, or the id of a profile imported in the app\n  --data-dir D the app\'s data folder (imported profiles)\n  --lang vi|en language of titles and descriptions',
  ),
  options: [
    { name: 'form', value: true, choices: ['envelope', 'array', 'record'] },
    { name: 'profile', value: true },
    { name: 'data-dir', value: true },
  ],
  async run({ argv, lang, io }) {
    const { options, positionals } = parseArgs(argv, schemaCommand.options);
    const target = positionals[0];
    const all = kinds();
    const names = [...all.map((k) => k.kind), ...all.flatMap((k) => k.packets.map((p) => p.id))].join(', ');
    if (!target || positionals.length > 1) throw new UsageError(`Cần đúng một loại hoặc gói tin: ${names}.`, `Give exactly one kind or packet: ${names}.`);
    const { profile } = await resolveProfile(options.profile as string | undefined, io, { dataDir: options['data-dir'] as string | undefined });
    const schema = jsonSchemaFor(target, profile, { lang, form: options.form as 'envelope' | 'array' | 'record' | undefined });
    if (!schema) throw new UsageError(`Không có loại hay gói tin "${target}"; chọn một trong: ${names}.`, `There is no kind or packet "${target}"; choose one of: ${names}.`);
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return 0;
  },
};
