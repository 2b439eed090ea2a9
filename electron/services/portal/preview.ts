/**
 * "What would be sent": the exact request bodies, their URLs and the validation result, before
 * anything leaves the machine (PEERS.md §2.1). The session is shown as a placeholder (it only
 * exists at send time) and an `isUpdating` left to TraCuuHoSo as another.
 */
import { stripMaskMarker } from '../../../shared/mask/marker';
import { checkBeforeSend, type Validator } from '../../../shared/portal/checkBeforeSend';
import { detectService, type DetectedService } from '../../../shared/portal/detectService';
import { displayUrl, endpointUrl, type Environment } from '../../../shared/portal/environment';
import { SESSION_PLACEHOLDER, planSend, withSession } from '../../../shared/portal/plan';
import { AUTO_PLACEHOLDER, productionConfirmation, type SendPreview, type SendRequest } from '../../../shared/portal/result';
import { guard } from './send';

/** Builds the preview of a send; never throws on bad input. */
export function previewSend(environment: Environment, password: string | undefined, input: SendRequest, validate?: Validator): SendPreview {
  const { value: document, marker } = stripMaskMarker(input.document);
  const request: SendRequest = { ...input, document, documentMasked: input.documentMasked || marker !== undefined };
  const detected: DetectedService = request.service ? {} : detectService(document);
  if (detected.service) request.service = detected.service;
  const preview: SendPreview = {
    environment: { id: environment.id, name: environment.name, kind: environment.kind, colour: environment.colour },
    requests: [],
    recordCount: 0,
    notices: [],
    needsConfirmation: environment.kind === 'production',
  };
  const planned = planSend({
    document: request.document,
    madonvi: environment.madonvi,
    isUpdating: request.isUpdating,
    chunkSize: request.chunkSize ?? environment.chunkSize,
    ...(request.service ? { service: request.service } : {}),
    ...(request.onlyRecords ? { onlyRecords: request.onlyRecords } : {}),
  });
  if (!planned.ok) {
    preview.refusal = { code: 'plan', message: planned.error };
    return preview;
  }
  const { plan } = planned;
  preview.service = plan.service;
  preview.notices = [...(detected.notice ? [detected.notice] : []), ...plan.notices];
  preview.recordCount = plan.requests.reduce((n, r) => n + r.recordIndexes.length, 0);
  preview.requests = plan.requests.map((r) => {
    const body = withSession(r.body, SESSION_PLACEHOLDER);
    if (r.isUpdating === 'auto') body.isUpdating = AUTO_PLACEHOLDER;
    return {
      index: r.index,
      url: displayUrl(endpointUrl(environment, r.endpoint)),
      ...(r.isUpdating ? { isUpdating: r.isUpdating } : {}),
      recordIndexes: r.recordIndexes,
      maHoSo: r.maHoSo,
      body,
    };
  });
  const check = checkBeforeSend(request.document, { service: plan.service, madonvi: environment.madonvi, isUpdating: request.isUpdating }, validate);
  preview.validation = check.summary;
  // The confirmation is asked for after the preview, so only the other guards count here.
  const refusal = guard(environment, password, { ...request, confirmation: request.confirmation ?? (environment.kind === 'production' ? productionConfirmation(environment) : undefined) });
  if (refusal) preview.refusal = refusal;
  else if (!check.summary.valid && !request.allowInvalid) {
    preview.refusal = {
      code: 'invalid',
      message: {
        vi: `Gói tin có ${check.summary.counts.error} lỗi: sửa trước khi gửi, hoặc chọn "Vẫn gửi".`,
        en: `The packet has ${check.summary.counts.error} error(s): fix them before sending, or choose "Send anyway".`,
      },
    };
  }
  return preview;
}
