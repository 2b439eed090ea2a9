/**
 * From an open document to the exact request bodies that will be sent: the "what would be sent"
 * preview and the send loop use the same plan. The app fills in `session` and `madonvi`
 * (dossier.md §1.5), chooses `isUpdating` for DongBoHoSoMC, and splits `data` into chunks.
 * A document is one of the forms of spec/README.md "Documents a user opens": an envelope, a bare
 * array of records, or a single record (a reply is not something to send).
 */
import { fill, t, type Localized } from '../i18n/localized';
import { chunk } from './chunk';
import { dossierNumbersOf, endpointFor, takesIsUpdating, type Endpoint, type IsUpdatingChoice } from './services';

export interface PlanOptions {
  document: unknown;
  /** The service, needed for a bare array or a single record; must agree with an envelope's `service`. */
  service?: string;
  /** The environment's `madonvi`; when empty, the document's own is used. */
  madonvi: string;
  isUpdating: IsUpdatingChoice;
  /** Records per request, at least 1. */
  chunkSize: number;
  /** With `isUpdating: 'auto'`: the decision for each MaHoSo (from TraCuuHoSo). */
  decisions?: Readonly<Record<string, 'True' | 'False'>>;
  /** Only the records at these positions (retry of one chunk, "send again as update"). */
  onlyRecords?: readonly number[];
}

export interface PlannedRequest {
  /** 0-based position in the plan. */
  index: number;
  service: string;
  endpoint: Endpoint;
  /** The body without `session` (added at send time; see `withSession`). */
  body: Record<string, unknown>;
  /** Positions, in the document, of the records in this request. */
  recordIndexes: number[];
  /** Dossier numbers concerned (history search, result per chunk). */
  maHoSo: string[];
  /** DongBoHoSoMC only: the value sent, or `auto` while undecided (preview). */
  isUpdating?: 'True' | 'False' | 'auto';
}

export interface SendPlan {
  service: string;
  endpoint: Endpoint;
  form: 'envelope' | 'array' | 'record';
  recordCount: number;
  requests: PlannedRequest[];
  /** Records left out because `auto` had no decision for their MaHoSo. */
  undecided: number[];
  /** Things the user should know (e.g. madonvi replaced by the environment's). */
  notices: Localized[];
}

export type PlanResult = { ok: true; plan: SendPlan } | { ok: false; error: Localized };

/** Shown in previews in place of the session token, which only exists at send time. */
export const SESSION_PLACEHOLDER = '«phiên đăng nhập — ứng dụng tự điền khi gửi / session — filled in by the app when sending»';

/** The body with `session` as its first key (the observed key order, dossier.md §1.5). */
export function withSession(body: Record<string, unknown>, session: string): Record<string, unknown> {
  return { session, ...body };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function normaliseTrueFalse(v: unknown): 'True' | 'False' | undefined {
  if (v === true || (typeof v === 'string' && /^\s*true\s*$/i.test(v))) return 'True';
  if (v === false || (typeof v === 'string' && /^\s*false\s*$/i.test(v))) return 'False';
  return undefined;
}

const fail = (error: Localized): PlanResult => ({ ok: false, error });

/** Builds the plan of a send; never throws on bad input. */
export function planSend(options: PlanOptions): PlanResult {
  const doc = options.document;
  if (!Number.isInteger(options.chunkSize) || options.chunkSize < 1) {
    return fail(fill(t('Số bản ghi mỗi lần gửi phải là số nguyên dương (đang là {n}).', 'Records per request must be a positive integer (got {n}).'), { n: String(options.chunkSize) }));
  }
  let form: SendPlan['form'];
  let envelope: Record<string, unknown> = {};
  let records: unknown[] | undefined;
  let singleData: unknown;
  if (Array.isArray(doc)) {
    form = 'array';
    records = doc;
  } else if (isObject(doc)) {
    if ('error_code' in doc && !('service' in doc)) {
      return fail(t('Tài liệu này là một trả lời của Cổng (có error_code), không phải gói tin để gửi.', 'This document is a portal reply (it has error_code), not a packet to send.'));
    }
    if ('password' in doc && 'username' in doc && !('service' in doc)) {
      return fail(t('Đây là gói đăng nhập; ứng dụng tự đăng nhập bằng tài khoản của môi trường, không cần gửi gói này.', 'This is a login body; the app logs in with the environment\'s account by itself, there is no need to send it.'));
    }
    if ('service' in doc || 'data' in doc || 'madonvi' in doc) {
      form = 'envelope';
      envelope = doc;
      if (Array.isArray(doc.data)) records = doc.data;
      else if (doc.data !== undefined) singleData = doc.data;
    } else {
      form = 'record';
      records = [doc];
    }
  } else {
    return fail(t('Tài liệu phải là một đối tượng JSON hoặc một mảng bản ghi.', 'The document must be a JSON object or an array of records.'));
  }

  const docService = typeof envelope.service === 'string' ? envelope.service.trim() : undefined;
  if (form === 'envelope' && 'service' in envelope && !docService) {
    return fail(t('Trường "service" của gói tin phải là tên dịch vụ (chuỗi khác rỗng).', 'The packet\'s "service" must be a service name (a non-empty string).'));
  }
  if (docService && options.service && options.service !== docService) {
    return fail(fill(t('Gói tin ghi service "{doc}" nhưng yêu cầu gửi cho dịch vụ "{asked}".', 'The packet says service "{doc}" but sending was asked for "{asked}".'), { doc: docService, asked: options.service }));
  }
  const service = docService ?? options.service;
  if (!service) {
    return fail(t('Không xác định được dịch vụ: mảng bản ghi hoặc bản ghi đơn cần chọn dịch vụ (ví dụ DongBoHoSoMC) trước khi gửi.', 'The service is unknown: a bare array or a single record needs a service (e.g. DongBoHoSoMC) chosen before sending.'));
  }

  const notices: Localized[] = [];
  const docMadonvi = typeof envelope.madonvi === 'string' ? envelope.madonvi.trim() : '';
  const madonvi = options.madonvi.trim() || docMadonvi;
  if (!madonvi) {
    return fail(t('Chưa có mã đơn vị (madonvi): hãy nhập trong cấu hình môi trường.', 'No unit code (madonvi): enter it in the environment settings.'));
  }
  if (docMadonvi && docMadonvi !== madonvi) {
    notices.push(fill(t('madonvi của gói tin ({doc}) được thay bằng madonvi của môi trường ({env}).', 'The packet\'s madonvi ({doc}) is replaced with the environment\'s ({env}).'), { doc: docMadonvi, env: madonvi }));
  }
  if (typeof envelope.session === 'string' && envelope.session !== '') {
    notices.push(t('session trong gói tin được bỏ qua; ứng dụng dùng phiên đăng nhập của môi trường.', 'The packet\'s session is ignored; the app uses the environment\'s own login session.'));
  }

  // Extra keys (query parameters such as mahoso, maTTHC, type) travel unchanged, in their order.
  const extras: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(envelope)) {
    if (!['session', 'madonvi', 'service', 'data', 'isUpdating'].includes(k)) extras[k] = v;
  }
  const head = (): Record<string, unknown> => ({ madonvi, service, ...extras });
  const endpoint = endpointFor(service);
  const updating = takesIsUpdating(service);

  let choice: IsUpdatingChoice = options.isUpdating;
  if (updating && choice === 'document') {
    const fromDoc = normaliseTrueFalse(envelope.isUpdating);
    choice = fromDoc ?? 'auto';
    if (!fromDoc) notices.push(t('Gói tin không ghi isUpdating: ứng dụng tự quyết định bằng TraCuuHoSo.', 'The packet has no isUpdating: the app decides it with TraCuuHoSo.'));
  }

  const requests: PlannedRequest[] = [];
  const undecided: number[] = [];
  const push = (body: Record<string, unknown>, recordIndexes: number[], isUpdating?: PlannedRequest['isUpdating']) => {
    const req: PlannedRequest = { index: requests.length, service, endpoint, body, recordIndexes, maHoSo: dossierNumbersOf(body) };
    if (isUpdating) req.isUpdating = isUpdating;
    requests.push(req);
  };

  if (!records) {
    // A lookup (no data) or DongBoTrangThaiHoSo type 2 (data is one object, dossier.md §3.5).
    const body = head();
    if (singleData !== undefined) body.data = singleData;
    if (updating && 'isUpdating' in envelope) body.isUpdating = envelope.isUpdating;
    push(body, singleData !== undefined ? [0] : []);
    return { ok: true, plan: { service, endpoint, form, recordCount: singleData !== undefined ? 1 : 0, requests, undecided, notices } };
  }
  if (records.length === 0) {
    return fail(t('Gói tin không có bản ghi nào trong "data": không có gì để gửi.', 'The packet has no record in "data": there is nothing to send.'));
  }

  const only = options.onlyRecords ? new Set(options.onlyRecords) : undefined;
  if (only) {
    const outside = [...only].filter((i) => !Number.isInteger(i) || i < 0 || i >= records.length);
    if (outside.length > 0) {
      return fail(fill(t('Không có bản ghi ở vị trí {list} trong gói tin (có {n} bản ghi).', 'There is no record at position {list} in the packet (it has {n} records).'), { list: outside.join(', '), n: records.length }));
    }
  }

  // Group the record positions by the isUpdating they will be sent with, keeping document order.
  const groups = new Map<'True' | 'False' | 'auto' | 'none', number[]>();
  records.forEach((r, i) => {
    if (only && !only.has(i)) return;
    let key: 'True' | 'False' | 'auto' | 'none' = 'none';
    if (updating) {
      if (choice === 'True' || choice === 'False') key = choice;
      else if (!options.decisions) key = 'auto';
      else {
        const n = isObject(r) && typeof r.MaHoSo === 'string' ? r.MaHoSo.trim() : '';
        const d = options.decisions[n];
        if (!d) {
          undecided.push(i);
          return;
        }
        key = d;
      }
    }
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const [key, indexes] of groups) {
    for (const part of chunk(indexes, options.chunkSize)) {
      const body = head();
      body.data = part.map((i) => records[i]);
      if (key !== 'none' && key !== 'auto') body.isUpdating = key;
      push(body, part, key === 'none' ? undefined : key);
    }
  }
  return { ok: true, plan: { service, endpoint, form, recordCount: records.length, requests, undecided, notices } };
}
