/**
 * Wire dates ⇄ what the form shows and accepts (dossier.md §1.7): `yyyyMMddHHmmss` is shown as
 * dd/MM/yyyy HH:mm (`yyyyMMdd` as dd/MM/yyyy); a person may type that, or paste a wire value or
 * an ISO date, and the wire form is written. A value that is not a date is shown as written.
 */
import { formatDisplay, formatWire, normalizeToWire, parseDisplay, parseWire, type LocalDateTime } from '../../../../../shared/datetime/wire';

export type DateKind = 'datetime14' | 'date8';

/** The local date-time of a wire value, or undefined when it is not one. */
export function wireToLocal(wire: string, kind: DateKind): LocalDateTime | undefined {
  if (kind === 'date8') return /^\d{8}$/.test(wire) ? parseWire(`${wire}000000`) : undefined;
  return parseWire(wire);
}

/** What the input shows for a wire value: its display form, or the value as written when it is not a date. */
export function wireToShown(wire: string, kind: DateKind): string {
  const d = wireToLocal(wire, kind);
  if (!d) return wire;
  return kind === 'date8' ? formatDisplay(d).slice(0, 10) : formatDisplay(d);
}

/** The wire form of a date-time for a field. */
export function localToWire(d: LocalDateTime, kind: DateKind): string {
  return kind === 'date8' ? formatWire(d).slice(0, 8) : formatWire(d);
}

/**
 * The wire value of what a person typed: dd/MM/yyyy [HH:mm[:ss]], a wire value, or another
 * common format (ISO 8601, yyyy-MM-dd, yyyyMMdd); undefined when it reads as none of them.
 */
export function typedToWire(text: string, kind: DateKind): string | undefined {
  const s = text.trim();
  const shown = parseDisplay(s);
  if (shown) return localToWire(shown, kind);
  if (kind === 'date8' && /^\d{8}$/.test(s)) return wireToLocal(s, kind) ? s : undefined;
  const wire = normalizeToWire(s);
  return wire ? (kind === 'date8' ? wire.slice(0, 8) : wire) : undefined;
}

/** A Date holding the same wall-clock reading (the picker works with Dates; no zone is converted). */
export function localToDate(d: LocalDateTime): Date {
  return new Date(d.year, d.month - 1, d.day, d.hour, d.minute, d.second);
}

/** The wall-clock reading of a picker's Date. */
export function dateToLocal(date: Date): LocalDateTime {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds() };
}
