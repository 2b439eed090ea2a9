/**
 * `qcvn120 kinds [--format text|json]`: the packet families, their services and the wire names of
 * their main record's top-level fields. JSON: `[{"kind","services","fields"}, …]`.
 */
import { kinds } from '../../shared/index';
import { pick, t } from '../../shared/i18n/localized';
import { UsageError, parseArgs } from '../args';
import type { Command } from '../command';

/** `qcvn120 kinds`. */
export const kindsCommand: Command = {
  name: 'kinds',
  summary: t('Liệt kê các loại gói tin, dịch vụ và trường', 'List the packet kinds, services and fields'),
  usage: 'qcvn120 kinds [--format text|json]',
  help: t(
    'Tùy chọn:\n  --format text|json  json: [{"kind","services","fields"}, …] (trường cấp cao nhất của bản ghi chính)',
    'Options:\n  --format text|json  json: [{"kind","services","fields"}, …] (top-level fields of the main record)',
  ),
  options: [{ name: 'format', value: true, choices: ['text', 'json'] }],
  async run({ argv, lang, io }) {
    const { options, positionals } = parseArgs(argv, kindsCommand.options);
    if (positionals.length) throw new UsageError(`Đối số thừa: ${positionals.join(' ')}`, `Unexpected argument(s): ${positionals.join(' ')}`);
    const list = kinds();
    if (options.format === 'json') {
      io.stdout(`${JSON.stringify(list.map((k) => ({ kind: k.kind, services: k.services, fields: k.fields })))}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const k of list) {
      const label = pick(k.label, lang);
      const said = /tái dựng|reconstruct|provisional|tạm thời/i.test(label);
      const provisional = k.provisional && !said ? (lang === 'vi' ? ' (tái dựng, tạm thời)' : ' (reconstructed, provisional)') : '';
      lines.push(`${k.kind} — ${label}${provisional}`);
      for (const p of k.packets) lines.push(`  ${p.id}${p.service ? ` (service ${p.service})` : ''} — ${pick(p.label, lang)}`);
      lines.push(`  ${lang === 'vi' ? 'trường' : 'fields'}: ${k.fields.join(', ')}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
