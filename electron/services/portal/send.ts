/**
 * Sending a document to an environment: guards (production confirmation, masked data,
 * validation), login, `isUpdating: auto` by TraCuuHoSo (dossier.md §3.2, §5 rule 1), the
 * requests of the plan one after another with progress and cancellation, a result per chunk,
 * and one history entry per request. The caller's document is never modified.
 *
 * After a transport fault the remaining chunks are not sent (the network is likely down); the
 * failed chunk is offered to the user as a one-click retry (`onlyRecords`), never retried here.
 */
import { randomUUID } from 'node:crypto';
import { fill, t, type Localized } from '../../../shared/i18n/localized';
import { stripMaskMarker } from '../../../shared/mask/marker';
import { checkBeforeSend, firstErrors, type Validator } from '../../../shared/portal/checkBeforeSend';
import { detectService } from '../../../shared/portal/detectService';
import { endpointUrl, displayUrl, environmentNames, type Environment } from '../../../shared/portal/environment';
import { PortalFaultError, makeFault, type PortalFault } from '../../../shared/portal/faults';
import { decideIsUpdating } from '../../../shared/portal/isUpdating';
import { planSend, type SendPlan } from '../../../shared/portal/plan';
import { redactRequest } from '../../../shared/portal/redact';
import { explainReply } from '../../../shared/portal/reply';
import { productionConfirmation, type ChunkResult, type IsUpdatingDecisionRecord, type SendProgress, type SendRefusal, type SendRequest, type SendResult } from '../../../shared/portal/result';
import { takesIsUpdating } from '../../../shared/portal/services';
import type { HistoryStore } from '../history/store';
import { PortalClient } from './client';
import type { FetchLike } from './http';
import type { SessionCache } from './session';

export interface SendDeps {
  sessions: SessionCache;
  /** Where each request is recorded; absent = no history (the CLI). */
  history?: HistoryStore;
  /** The core's validateValue (default); injectable for tests. */
  validate?: Validator;
  fetchImpl?: FetchLike;
  log?: (line: string) => void;
  now?: () => Date;
}

export interface SendCall {
  environment: Environment;
  /** The environment's password from the SecretStore; undefined when none is stored. */
  password: string | undefined;
  request: SendRequest;
  signal?: AbortSignal;
  onProgress?: (progress: SendProgress) => void;
}

function envSummary(env: Environment): SendResult['environment'] {
  return { id: env.id, name: env.name, kind: env.kind, colour: env.colour };
}

function faultOf(error: unknown, url: string, phase: PortalFault['phase']): PortalFault {
  if (error instanceof PortalFaultError) return error.fault;
  // A bug, not a network fault: still reported as data, with what is known.
  return makeFault('network', { url, phase, detail: error instanceof Error ? error.message : String(error) });
}

/** The guards that apply before anything is sent; undefined when the send may go ahead. */
export function guard(environment: Environment, password: string | undefined, request: SendRequest): SendRefusal | undefined {
  if (environment.kind === 'production') {
    if (request.documentMasked) {
      return {
        code: 'masked-to-production',
        message: fill(
          t(
            'Gói tin này chứa dữ liệu đã che (ẩn danh): không được gửi lên môi trường thật "{name}". Hãy gửi bản gốc, hoặc chọn môi trường thử nghiệm.',
            'This packet holds masked (anonymised) data: it may not be sent to the production environment "{name}". Send the original, or choose a test environment.',
          ),
          { name: environmentNames(environment) },
        ),
      };
    }
    if (request.confirmation !== productionConfirmation(environment)) {
      return {
        code: 'confirmation-required',
        message: fill(
          t(
            'Môi trường "{name}" ({url}) là môi trường thật: cần xác nhận rõ ràng trước khi gửi.',
            'The environment "{name}" ({url}) is production: an explicit confirmation is needed before sending.',
          ),
          { name: environmentNames(environment), url: displayUrl(environment.baseUrl) },
        ),
      };
    }
  }
  if (password === undefined || environment.username === '') {
    return {
      code: 'no-password',
      message: fill(
        t('Môi trường "{name}" chưa có tên đăng nhập hoặc mật khẩu: hãy nhập trong cấu hình môi trường.', 'The environment "{name}" has no username or password: enter them in the environment settings.'),
        { name: environmentNames(environment) },
      ),
    };
  }
  return undefined;
}

/** Sends the request's document; always resolves with a result (faults and refusals are data). */
export async function sendDocument(call: SendCall, deps: SendDeps): Promise<SendResult> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  const t0 = performance.now();
  const env = call.environment;
  const request: SendRequest = { ...call.request };
  const progress = (p: SendProgress) => call.onProgress?.(p);
  const result: SendResult = {
    sendId: randomUUID(),
    environment: envSummary(env),
    startedAt: started.toISOString(),
    durationMs: 0,
    outcome: 'refused',
    chunks: [],
    recordCount: 0,
    decisions: [],
    undecided: [],
    notices: [],
  };
  const finish = (outcome: SendResult['outcome']): SendResult => {
    result.outcome = outcome;
    result.durationMs = Math.round(performance.now() - t0);
    progress({ phase: 'done', done: 1, total: 1, message: t('Đã xong.', 'Done.') });
    return result;
  };
  const refuse = (refusal: SendRefusal) => {
    result.refusal = refusal;
    return finish('refused');
  };

  // A masked document (shared/mask/marker.ts) is refused by production and never sends its mark.
  const { value: bare, marker } = stripMaskMarker(request.document);
  const refusal = guard(env, call.password, { ...request, documentMasked: request.documentMasked || marker !== undefined });
  if (refusal) return refuse(refusal);

  // A private copy: the user's document stays exactly as it is whatever happens below.
  const document = structuredClone(bare);
  const chunkSize = request.chunkSize ?? env.chunkSize;
  if (!request.service) {
    const detected = detectService(document);
    if (detected.service) {
      request.service = detected.service;
      if (detected.notice) result.notices.push(detected.notice);
    }
  }
  const first = planSend({ document, madonvi: env.madonvi, isUpdating: request.isUpdating, chunkSize, ...(request.service ? { service: request.service } : {}), ...(request.onlyRecords ? { onlyRecords: request.onlyRecords } : {}) });
  if (!first.ok) return refuse({ code: 'plan', message: first.error });
  result.service = first.plan.service;
  result.notices.push(...first.plan.notices);
  // Counted now, so a fault at login or lookup still says how many records a retry sends.
  result.recordCount = first.plan.requests.reduce((n, r) => n + r.recordIndexes.length, 0);

  progress({ phase: 'validate', done: 0, total: 1, message: t('Đang kiểm tra gói tin…', 'Checking the packet…') });
  const check = checkBeforeSend(document, { service: first.plan.service, madonvi: env.madonvi, isUpdating: request.isUpdating }, deps.validate);
  result.validation = check.summary;
  if (!check.summary.valid && !request.allowInvalid) {
    const errors = firstErrors(check.summary);
    return refuse({
      code: 'invalid',
      message: {
        vi: `Gói tin có ${check.summary.counts.error} lỗi nên chưa được gửi: ${errors.vi}. Sửa các lỗi, hoặc chọn "Vẫn gửi".`,
        en: `The packet has ${check.summary.counts.error} error(s) and was not sent: ${errors.en}. Fix them, or choose "Send anyway".`,
      },
    });
  }

  const client = new PortalClient({
    environment: env,
    password: call.password!,
    sessions: deps.sessions,
    ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  });

  progress({ phase: 'login', done: 0, total: 1, message: fill(t('Đang đăng nhập {name}…', 'Logging in to {name}…'), { name: environmentNames(env) }) });
  try {
    await client.session(call.signal);
  } catch (error) {
    result.fault = faultOf(error, displayUrl(endpointUrl(env, 'login')), 'login');
    return finish(result.fault.kind === 'cancelled' ? 'cancelled' : 'fault');
  }

  let plan: SendPlan = first.plan;
  if (takesIsUpdating(plan.service) && plan.requests.some((r) => r.isUpdating === 'auto')) {
    const decided = await lookUpDossiers(client, plan, document, env, call, result);
    if (decided === undefined) return finish(result.fault?.kind === 'cancelled' ? 'cancelled' : 'fault');
    const second = planSend({ document, madonvi: env.madonvi, isUpdating: 'auto', chunkSize, decisions: decided, ...(request.service ? { service: request.service } : {}), ...(request.onlyRecords ? { onlyRecords: request.onlyRecords } : {}) });
    if (!second.ok) return refuse({ code: 'plan', message: second.error });
    plan = second.plan;
    result.undecided = plan.undecided;
  }
  result.recordCount = plan.requests.reduce((n, r) => n + r.recordIndexes.length, 0);

  let stopped: 'fault' | 'cancelled' | undefined;
  for (const req of plan.requests) {
    const url = displayUrl(endpointUrl(env, req.endpoint));
    const chunk: ChunkResult = {
      index: req.index,
      service: req.service,
      url,
      recordIndexes: req.recordIndexes,
      maHoSo: req.maHoSo,
      request: redactRequest(req.body),
      status: 'not-sent',
      relogins: 0,
    };
    if (req.isUpdating === 'True' || req.isUpdating === 'False') chunk.isUpdating = req.isUpdating;
    result.chunks.push(chunk);
    if (stopped) continue;
    if (call.signal?.aborted) {
      stopped = 'cancelled';
      continue;
    }
    progress({
      phase: 'send',
      done: req.index,
      total: plan.requests.length,
      message: fill(t('Đang gửi phần {n}/{total} ({records} bản ghi)…', 'Sending part {n}/{total} ({records} records)…'), { n: req.index + 1, total: plan.requests.length, records: req.recordIndexes.length }),
    });
    const sentAt = now();
    const c0 = performance.now();
    try {
      const r = await client.call(req.body, req.endpoint, { ...(call.signal ? { signal: call.signal } : {}), phase: 'send' });
      chunk.startedAt = r.startedAt;
      chunk.durationMs = r.durationMs;
      chunk.httpStatus = r.httpStatus;
      chunk.relogins = r.relogins;
      chunk.reply = r.reply.body;
      chunk.explanation = explainReply(r.reply);
      chunk.status = r.reply.errorCode === '0' ? 'success' : 'portal-error';
    } catch (error) {
      chunk.startedAt = sentAt.toISOString();
      chunk.durationMs = Math.round(performance.now() - c0);
      chunk.fault = faultOf(error, url, 'send');
      if (chunk.fault.httpStatus !== undefined) chunk.httpStatus = chunk.fault.httpStatus;
      chunk.status = 'fault';
      stopped = chunk.fault.kind === 'cancelled' ? 'cancelled' : 'fault';
    }
    await recordHistory(deps.history, chunk, result, env, plan.requests.length, result.notices);
  }
  progress({ phase: 'send', done: plan.requests.length, total: plan.requests.length, message: t('Đã gửi xong.', 'Sending finished.') });

  if (stopped) return finish(stopped);
  const anyError = result.chunks.some((c) => c.status === 'portal-error') || result.undecided.length > 0;
  return finish(anyError ? 'portal-error' : 'success');
}

/** TraCuuHoSo for each MaHoSo of the records to send; undefined when a fault stopped it (set on `result.fault`). */
async function lookUpDossiers(
  client: PortalClient,
  plan: SendPlan,
  document: unknown,
  env: Environment,
  call: SendCall,
  result: SendResult,
): Promise<Record<string, 'True' | 'False'> | undefined> {
  const records: unknown[] = Array.isArray(document) ? document : Array.isArray((document as Record<string, unknown>)?.data) ? ((document as Record<string, unknown>).data as unknown[]) : [document];
  const numbers: string[] = [];
  for (const req of plan.requests) {
    for (const i of req.recordIndexes) {
      const r = records[i] as Record<string, unknown> | undefined;
      const n = r && typeof r.MaHoSo === 'string' ? r.MaHoSo.trim() : '';
      if (n && !numbers.includes(n)) numbers.push(n);
    }
  }
  const decided: Record<string, 'True' | 'False'> = {};
  const lookupUrl = displayUrl(endpointUrl(env, 'data'));
  for (const [k, maHoSo] of numbers.entries()) {
    call.onProgress?.({
      phase: 'lookup',
      done: k,
      total: numbers.length,
      message: fill(t('Đang tra cứu hồ sơ {n} (TraCuuHoSo)…', 'Looking up dossier {n} (TraCuuHoSo)…'), { n: maHoSo }),
    });
    try {
      const r = await client.call({ madonvi: env.madonvi, service: 'TraCuuHoSo', mahoso: maHoSo }, 'data', { ...(call.signal ? { signal: call.signal } : {}), phase: 'lookup' });
      const d = decideIsUpdating(r.reply.body);
      const rec: IsUpdatingDecisionRecord = { maHoSo, reason: d.reason };
      if (d.decided) {
        rec.isUpdating = d.isUpdating;
        decided[maHoSo] = d.isUpdating;
      }
      result.decisions.push(rec);
    } catch (error) {
      result.fault = faultOf(error, lookupUrl, 'lookup');
      return undefined;
    }
  }
  return decided;
}

async function recordHistory(history: HistoryStore | undefined, chunk: ChunkResult, result: SendResult, env: Environment, count: number, notices: Localized[]): Promise<void> {
  if (!history) return;
  try {
    const id = await history.record({
      sendId: result.sendId,
      time: chunk.startedAt ?? new Date().toISOString(),
      durationMs: chunk.durationMs ?? 0,
      environment: { id: env.id, name: env.name, kind: env.kind },
      url: chunk.url,
      service: chunk.service,
      ...(chunk.isUpdating ? { isUpdating: chunk.isUpdating } : {}),
      maHoSo: chunk.maHoSo,
      outcome: chunk.status === 'success' ? 'success' : chunk.status === 'portal-error' ? 'portal-error' : chunk.fault?.kind === 'cancelled' ? 'cancelled' : 'fault',
      ...(chunk.httpStatus !== undefined ? { httpStatus: chunk.httpStatus } : {}),
      ...(chunk.explanation?.code !== undefined ? { errorCode: chunk.explanation.code } : {}),
      ...(chunk.explanation?.portalMessage !== undefined ? { message: chunk.explanation.portalMessage } : {}),
      ...(chunk.fault ? { fault: { kind: chunk.fault.kind, message: chunk.fault.message } } : {}),
      request: chunk.request,
      ...(chunk.reply ? { reply: chunk.reply } : {}),
      chunk: { index: chunk.index, count },
    });
    if (id) chunk.historyId = id;
  } catch (error) {
    // The send itself succeeded or failed on its own; a history write error must not hide that.
    notices.push(
      t(
        `Không ghi được lịch sử gửi: ${error instanceof Error ? error.message : String(error)}`,
        `The send history could not be written: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
}
