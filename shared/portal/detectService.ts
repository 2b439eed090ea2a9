/**
 * The service of a bare array of records or a single record, which carries no `service` of its
 * own (spec/README.md "Documents a user opens", forms 2 and 3): found from the records' field
 * signature by the core's detection, so the user is not asked when the answer is clear.
 */
import { fill, t, type Localized } from '../i18n/localized';
import { detect } from '../index';

export interface DetectedService {
  service?: string;
  notice?: Localized;
}

/** The service to send a document with when the caller named none; an envelope keeps its own. */
export function detectService(doc: unknown): DetectedService {
  const isEnvelope = !!doc && typeof doc === 'object' && !Array.isArray(doc) && ('service' in doc || 'data' in doc || 'madonvi' in doc);
  if (isEnvelope || !doc || typeof doc !== 'object') return {};
  const d = detect(doc);
  const p = d.packet;
  // A reply's records (e.g. LayThuTuc.response) are not something to send.
  if (!p || !p.service || p.role === 'response') return {};
  return {
    service: p.service,
    notice: fill(
      t('Dịch vụ {service} được xác định từ các trường của bản ghi.', 'The service {service} was recognised from the records\' fields.'),
      { service: p.service },
    ),
  };
}
