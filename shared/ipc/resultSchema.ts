/**
 * zod schemas of bridge results, for the transports that check what crosses them.
 */
import { z } from 'zod';
import type { IpcError } from './result';

/** A Vietnamese + English text as it travels over IPC/HTTP. */
export const localizedSchema = z.object({ vi: z.string(), en: z.string() });

/** The error half of a result. */
export const ipcErrorSchema: z.ZodType<IpcError> = z.object({
  code: z.string().min(1),
  message: localizedSchema,
  details: z.record(z.string(), z.unknown()).optional(),
});

/** The zod schema of a result carrying `value`. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: ipcErrorSchema })]);
}
