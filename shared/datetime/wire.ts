/**
 * Wire dates of QCVN 120 (dossier.md §1.7): `yyyyMMddHHmmss`, 14 digits, Vietnam local time
 * (Asia/Ho_Chi_Minh, UTC+7, no daylight saving since 1975), no zone suffix; `""` = unknown.
 * Shown to people as `dd/MM/yyyy HH:mm`.
 *
 * A wire value is a local wall-clock reading, so parsing and formatting never convert zones;
 * only "now" needs the zone.
 */

/** The parts of a local date-time. Month is 1-based. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const VN_OFFSET_MS = 7 * 3600 * 1000;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// A table, not a Date: this runs for every date of every record of a 100 MB batch (benchmark).
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Whether the parts make a real calendar date-time (no 30 February, no hour 24). */
export function isValidLocal(d: LocalDateTime): boolean {
  return (
    d.year >= 1900 &&
    d.year <= 2999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month) &&
    d.hour >= 0 &&
    d.hour <= 23 &&
    d.minute >= 0 &&
    d.minute <= 59 &&
    d.second >= 0 &&
    d.second <= 59
  );
}

/** Parses `yyyyMMddHHmmss`; undefined when the text is not 14 digits or not a real date-time. */
export function parseWire(text: string): LocalDateTime | undefined {
  if (text.length !== 14) return undefined;
  for (let i = 0; i < 14; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const n = (from: number, len: number) => {
    let v = 0;
    for (let i = from; i < from + len; i++) v = v * 10 + text.charCodeAt(i) - 48;
    return v;
  };
  const d: LocalDateTime = { year: n(0, 4), month: n(4, 2), day: n(6, 2), hour: n(8, 2), minute: n(10, 2), second: n(12, 2) };
  return isValidLocal(d) ? d : undefined;
}

/** Writes `yyyyMMddHHmmss`. */
export function formatWire(d: LocalDateTime): string {
  return `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}${pad(d.hour)}${pad(d.minute)}${pad(d.second)}`;
}

/** Shows `dd/MM/yyyy HH:mm` (seconds are kept on the wire but not shown). */
export function formatDisplay(d: LocalDateTime): string {
  return `${pad(d.day)}/${pad(d.month)}/${pad(d.year, 4)} ${pad(d.hour)}:${pad(d.minute)}`;
}

/** Shows a wire value as `dd/MM/yyyy HH:mm`, or returns undefined when it is not a valid wire date. */
export function wireToDisplay(text: string): string | undefined {
  const d = parseWire(text);
  return d ? formatDisplay(d) : undefined;
}

/** Parses `dd/MM/yyyy HH:mm` (or with `:ss`, or date only) as typed by a person. */
export function parseDisplay(text: string): LocalDateTime | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/.exec(text);
  if (!m) return undefined;
  const d: LocalDateTime = {
    day: Number(m[1]),
    month: Number(m[2]),
    year: Number(m[3]),
    hour: m[4] ? Number(m[4]) : 0,
    minute: m[5] ? Number(m[5]) : 0,
    second: m[6] ? Number(m[6]) : 0,
  };
  return isValidLocal(d) ? d : undefined;
}

/** A comparable number (milliseconds, as if UTC) for ordering local date-times. */
export function toSortable(d: LocalDateTime): number {
  return Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second);
}

/** The current Vietnam local time. `nowMs` is injectable for tests. */
export function nowInVietnam(nowMs: number = Date.now()): LocalDateTime {
  return fromSortable(nowMs + VN_OFFSET_MS);
}

/** Inverse of toSortable. */
export function fromSortable(ms: number): LocalDateTime {
  const t = new Date(ms);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
  };
}

/** Adds minutes to a local date-time. */
export function addMinutes(d: LocalDateTime, minutes: number): LocalDateTime {
  return fromSortable(toSortable(d) + minutes * 60_000);
}

/**
 * Tries to read a date written in another common format (ISO 8601 with or without offset,
 * `dd/MM/yyyy HH:mm[:ss]`, `yyyyMMdd`, `yyyy-MM-dd HH:mm:ss`) and returns the wire form, for a
 * quick fix. An ISO value with an offset is converted to Vietnam time.
 */
export function normalizeToWire(text: string): string | undefined {
  const s = text.trim();
  if (parseWire(s)) return s;
  const disp = parseDisplay(s);
  if (disp) return formatWire(disp);
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const d = { year: +m[1], month: +m[2], day: +m[3], hour: 0, minute: 0, second: 0 };
    return isValidLocal(d) ? formatWire(d) : undefined;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) {
    const d = {
      year: +m[1],
      month: +m[2],
      day: +m[3],
      hour: m[4] ? +m[4] : 0,
      minute: m[5] ? +m[5] : 0,
      second: m[6] ? +m[6] : 0,
    };
    if (!isValidLocal(d)) return undefined;
    const zone = m[7];
    if (!zone) return formatWire(d);
    const sign = zone === 'Z' ? 0 : zone.startsWith('-') ? -1 : 1;
    const digits = zone === 'Z' ? '0000' : zone.slice(1).replace(':', '');
    const offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    // The value is a wall clock at `offsetMin`; move it to UTC+7.
    return formatWire(addMinutes(d, 7 * 60 - offsetMin));
  }
  return undefined;
}
