/**
 * Matching history entries against a search (MaHoSo, service, environment, date range, outcome,
 * text). Dates without a time are whole days in Vietnam local time (Asia/Ho_Chi_Minh, UTC+7),
 * the time zone every date in the app is shown in.
 */
import type { HistoryEntry, HistoryQuery } from './entry';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Lower bound in ms: a date-only value starts at 00:00 Vietnam time. */
function lowerBound(text: string): number {
  return Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00+07:00` : text);
}

/** Exclusive upper bound in ms: a date-only value includes the whole day. */
function upperBound(text: string): number {
  if (DATE_ONLY.test(text)) return Date.parse(`${text}T00:00:00+07:00`) + 24 * 3600 * 1000;
  return Date.parse(text) + 1;
}

/** Whether a date bound can be read; the store reports an unreadable one instead of ignoring it. */
export function isReadableBound(text: string | undefined): boolean {
  return text === undefined || text === '' || !Number.isNaN(Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00+07:00` : text));
}

/** A predicate for the query's criteria (limit and offset are applied by the caller). */
export function matcher(query: HistoryQuery): (e: HistoryEntry) => boolean {
  const maHoSo = query.maHoSo?.trim().toLowerCase();
  const service = query.service?.trim();
  const env = query.environmentId?.trim();
  const from = query.from ? lowerBound(query.from) : undefined;
  const to = query.to ? upperBound(query.to) : undefined;
  const outcomes = query.outcome === undefined ? undefined : new Set(Array.isArray(query.outcome) ? query.outcome : [query.outcome]);
  const text = query.text?.trim().toLowerCase();
  return (e) => {
    if (maHoSo && !e.maHoSo.some((m) => m.toLowerCase().includes(maHoSo))) return false;
    if (service && e.service !== service) return false;
    if (env && e.environment.id !== env) return false;
    const time = Date.parse(e.time);
    if (from !== undefined && time < from) return false;
    if (to !== undefined && time >= to) return false;
    if (outcomes && !outcomes.has(e.outcome)) return false;
    if (text) {
      const hay = `${e.errorCode ?? ''} ${e.message ?? ''} ${e.fault?.message.vi ?? ''} ${e.fault?.message.en ?? ''}`.toLowerCase();
      if (!hay.includes(text)) return false;
    }
    return true;
  };
}
