/**
 * The statistics family (other-kinds.md (b)): one push, `DongBoThongKeHoSo`.
 */
import { t } from '../../i18n/localized';
import { dataField, madonviField, object, ref, serviceField, sessionField } from '../common';
import type { KindModule } from '../module';
import type { KindSpec, PacketSpec } from '../types';
import { LOAI_THONG_KE, statisticsRecord } from './statisticsFields';
import { statisticsRules } from './statisticsRules';
import { generateStatistics, statisticsTemplate } from './statisticsTemplate';

const label = t('Đồng bộ thống kê hồ sơ (DongBoThongKeHoSo)', 'Dossier statistics push (DongBoThongKeHoSo)');

const dongBoThongKeHoSo: PacketSpec = {
  id: 'DongBoThongKeHoSo',
  kind: 'statistics',
  service: 'DongBoThongKeHoSo',
  role: 'push',
  label,
  help: t(
    'Gửi số liệu thống kê tiếp nhận, giải quyết, trả kết quả hồ sơ của từng đơn vị trong một tháng lên Cổng DVCQG: một bản ghi cho mỗi đơn vị mỗi kỳ. Các tổng và tỷ lệ phải khớp nhau (b.2).',
    'Pushes the monthly intake, processing and result statistics of each unit to DVCQG: one record per unit per period. Totals and percentages must agree (b.2).',
  ),
  envelope: object('statistics.envelope.DongBoThongKeHoSo', label, ref('other-kinds.md', '§0.2'), [
    sessionField(),
    madonviField(),
    serviceField('DongBoThongKeHoSo'),
    dataField(statisticsRecord),
  ]),
  recordsField: 'data',
  record: statisticsRecord,
  specRef: ref('other-kinds.md', '(b)'),
};

const spec: KindSpec = {
  id: 'statistics',
  label: t('Thống kê tiếp nhận, giải quyết hồ sơ', 'Dossier statistics'),
  description: t(
    'Gói tin số liệu thống kê tiếp nhận, giải quyết, trả kết quả (quy chuẩn: 18 trường; hai nguồn độc lập cho 19 trường, GhiChu và LoaiThongKe đều tùy chọn).',
    'Packet of intake, processing and result statistics (regulation: 18 fields; two independent sources give 19, so GhiChu and LoaiThongKe are both optional).',
  ),
  packets: [dongBoThongKeHoSo],
  codeLists: [LOAI_THONG_KE],
  specRef: ref('other-kinds.md', '(b)'),
};

/** The statistics family: spec, b.2 rules, template and generator. */
export const statisticsModule: KindModule = {
  spec,
  rules: statisticsRules,
  template(packetId?: string) {
    if (packetId !== undefined && packetId !== 'DongBoThongKeHoSo') {
      throw new Error(`Không có gói tin ${packetId} trong nhóm statistics / No packet ${packetId} in kind statistics`);
    }
    return statisticsTemplate();
  },
  generate: generateStatistics,
};
