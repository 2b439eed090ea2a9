/**
 * One dispatcher for both hosts: Electron's IPC helper and the web host's HTTP API call it after
 * their own sender checks. It refuses unknown channels, parses the request with the contract's
 * zod schema, runs the handler, turns failures into `{ ok: false, error }` and checks the response.
 */
import { z } from 'zod';
import { isChannelName, type ChannelName, type EventName } from '../../../shared/ipc/channels';
import { CONTRACT, type EventPayload, type ParsedRequestOf, type ResponseOf } from '../../../shared/ipc/contract';
import { fail, ok, TRANSPORT_ERRORS, type IpcResult } from '../../../shared/ipc/result';
import { ServiceError } from '../errors';

/** What a handler may do besides answering: push events to the caller (its window or browser tab). */
export interface HandlerContext {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** A handler per channel, receiving the parsed request. */
export type Handlers = {
  [C in ChannelName]: (request: ParsedRequestOf<C>, context: HandlerContext) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export interface DispatchOptions {
  /** Check every response against its schema (a bug guard; cheap except for huge reports). */
  checkResponses?: boolean;
  /** Where unexpected errors are logged (stderr by default). */
  log?: (message: string, error: unknown) => void;
}

/** Renders zod issues as `path: message` lines for a `ipc.bad-request` error. */
function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(request)'}: ${i.message}`).join('; ');
}

/** Runs one request through the contract; never throws. */
export async function dispatch(
  channel: string,
  rawRequest: unknown,
  handlers: Handlers,
  context: HandlerContext,
  options: DispatchOptions = {},
): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) {
    return fail(TRANSPORT_ERRORS.unknownChannel, {
      vi: `Kênh "${channel}" không tồn tại trong hợp đồng giao tiếp của ứng dụng.`,
      en: `Channel "${channel}" is not part of the app's bridge contract.`,
    });
  }
  const spec = CONTRACT[channel];
  const parsed = spec.request.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    const detail = describeZodError(parsed.error);
    return fail(
      TRANSPORT_ERRORS.badRequest,
      { vi: `Yêu cầu gửi tới "${channel}" không hợp lệ: ${detail}`, en: `Invalid request on "${channel}": ${detail}` },
      { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
    );
  }
  let value: unknown;
  try {
    const handler = handlers[channel] as (request: unknown, context: HandlerContext) => unknown;
    value = await handler(parsed.data, context);
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.localized, error.details);
    (options.log ?? ((m, e) => console.error(m, e)))(`Handler for ${channel} failed`, error);
    const text = error instanceof Error ? error.message : String(error);
    return fail(TRANSPORT_ERRORS.internal, {
      vi: `Lỗi nội bộ khi xử lý "${channel}": ${text}. Hãy thử lại; nếu lỗi lặp lại, hãy báo cho bộ phận hỗ trợ.`,
      en: `Internal error while handling "${channel}": ${text}. Try again; if it repeats, report it to support.`,
    });
  }
  if (options.checkResponses !== false) {
    const checked = spec.response.safeParse(value);
    if (!checked.success) {
      const detail = describeZodError(checked.error);
      (options.log ?? ((m, e) => console.error(m, e)))(`Handler for ${channel} returned a bad response`, detail);
      return fail(TRANSPORT_ERRORS.badResponse, {
        vi: `Phản hồi của "${channel}" không đúng hợp đồng: ${detail}`,
        en: `The response of "${channel}" does not match the contract: ${detail}`,
      });
    }
  }
  // The value as the handler built it: response schemas only check, they never transform.
  return ok(value as ResponseOf<typeof channel>);
}
