/**
 * `qcvn120 new <kind> [--packet ID]`: a complete, valid packet of that kind on stdout (the kind's
 * template), ready to edit or to pipe into `qcvn120 validate -`.
 */
import { isKindId, kinds, template } from '../../shared/index';
import { t } from '../../shared/i18n/localized';
import { UsageError, parseArgs } from '../args';
import type { Command } from '../command';

/** `qcvn120 new <kind>`. */
export const newCommand: Command = {
  name: 'new',
  summary: t('In ra một gói tin mẫu đầy đủ, hợp lệ của một loại', 'Print a complete, valid packet of a kind'),
  usage: 'qcvn120 new <kind> [--packet ID]',
  help: t(
    'Tùy chọn:\n  --packet ID  gói tin cụ thể của loại đó (xem "qcvn120 kinds")\nVí dụ: qcvn120 new dossier > hoso.json',
    'Options:\n  --packet ID  a specific packet of the kind (see "qcvn120 kinds")\nExample: qcvn120 new dossier > dossier.json',
  ),
  options: [{ name: 'packet', value: true }],
  async run({ argv, io }) {
    const { options, positionals } = parseArgs(argv, newCommand.options);
    const kind = positionals[0];
    const list = kinds().map((k) => k.kind).join(', ');
    if (!kind || positionals.length > 1) throw new UsageError(`Cần đúng một loại gói tin: ${list}.`, `Give exactly one kind: ${list}.`);
    if (!isKindId(kind)) throw new UsageError(`Loại "${kind}" không tồn tại; các loại: ${list}.`, `There is no kind "${kind}"; kinds: ${list}.`);
    const packet = options.packet as string | undefined;
    const doc = template(kind, packet);
    if (!doc) {
      const packets = kinds().find((k) => k.kind === kind)!.packets.map((p) => p.id).join(', ');
      throw new UsageError(`Loại ${kind} không có gói tin "${packet}"; các gói tin: ${packets}.`, `Kind ${kind} has no packet "${packet}"; packets: ${packets}.`);
    }
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  },
};
