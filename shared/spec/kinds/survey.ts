/**
 * The survey / service-quality family (other-kinds.md (a)): one push, `DongBoDanhGia`.
 */
import { t } from '../../i18n/localized';
import { dataField, madonviField, object, ref, serviceField, sessionField } from '../common';
import type { KindModule } from '../module';
import type { KindSpec, PacketSpec } from '../types';
import { surveyRecord } from './surveyFields';
import { surveyRules } from './surveyRules';
import { generateSurvey, surveyTemplate } from './surveyTemplate';

const label = t('Đồng bộ đánh giá chất lượng dịch vụ (DongBoDanhGia)', 'Service-quality evaluation push (DongBoDanhGia)');

const dongBoDanhGia: PacketSpec = {
  id: 'DongBoDanhGia',
  kind: 'survey',
  service: 'DongBoDanhGia',
  role: 'push',
  label,
  help: t(
    'Gửi số liệu thăm dò ý kiến, đánh giá chất lượng của một kỳ lên Cổng DVCQG. Chấp nhận cả dạng lồng nhau (tái dựng theo quy chuẩn, 8 trường) và dạng phẳng 13 khóa mà OpenCPS gửi. OpenCPS gửi một bản ghi cho mỗi câu hỏi và gửi lại số liệu từ đầu tháng, nên Cổng coi (đơn vị, kỳ, câu hỏi) lặp lại là cập nhật.',
    'Pushes a period\'s survey and service-quality figures to DVCQG. Both the nested form (reconstructed from the regulation, 8 fields) and the flat 13-key form OpenCPS sends are accepted. OpenCPS sends one record per question and re-sends month-to-date figures, so a repeated (agency, period, question) is an update.',
  ),
  envelope: object('survey.envelope.DongBoDanhGia', label, ref('other-kinds.md', '§0.2'), [
    sessionField(),
    madonviField(),
    serviceField('DongBoDanhGia', ['W']),
    dataField(surveyRecord),
  ]),
  recordsField: 'data',
  record: surveyRecord,
  specRef: ref('other-kinds.md', '(a)'),
};

const spec: KindSpec = {
  id: 'survey',
  label: t('Thăm dò ý kiến, đánh giá chất lượng', 'Survey / service-quality evaluation'),
  description: t(
    'Gói tin đồng bộ số liệu thăm dò ý kiến, đánh giá chất lượng dịch vụ hành chính công (quy chuẩn: 8 trường). Tên dịch vụ được hai nguồn xác nhận; cấu trúc lồng nhau là tái dựng.',
    'Packet synchronising survey and service-quality evaluation figures (regulation: 8 fields). The service name is confirmed by two sources; the nested structure is a reconstruction.',
  ),
  packets: [dongBoDanhGia],
  codeLists: [],
  specRef: ref('other-kinds.md', '(a)'),
};

/** The survey family: spec, a.4 rules, template and generator. */
export const surveyModule: KindModule = {
  spec,
  rules: surveyRules,
  template(packetId?: string) {
    if (packetId !== undefined && packetId !== 'DongBoDanhGia') throw new Error(`Không có gói tin ${packetId} trong nhóm survey / No packet ${packetId} in kind survey`);
    return surveyTemplate();
  },
  generate: generateSurvey,
};
