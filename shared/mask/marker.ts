/**
 * The mark a masked document carries, so the app can show "masked" when the file is reopened
 * and the sender can refuse to send it to a production environment.
 *
 * Convention:
 * - an object document gets a reserved top-level key `"$masked": {tool, version, at, options}`
 *   (written first in the text);
 * - a bare array of records gets one extra last element `{"$masked": {…}}` holding only that
 *   key (an array has nowhere else to put it). `stripMaskMarker` removes it before validation.
 * No QCVN 120 field starts with `$`, so the key cannot collide with packet data.
 */

/** The reserved key. */
export const MASK_MARKER_KEY = '$masked';

/** The tool name written into the mark. */
export const MASK_TOOL = 'QCVN 120 Packet Studio';

export interface MaskMarker {
  tool: string;
  version: string;
  /** When the document was masked, ISO 8601 (UTC). */
  at: string;
  options: { keepStructure: boolean; secrets: 'replace' | 'remove' };
}

function isMarker(v: unknown): v is MaskMarker {
  return !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as MaskMarker).tool === 'string';
}

function isMarkerElement(v: unknown): boolean {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && isMarker((v as Record<string, unknown>)[MASK_MARKER_KEY]);
}

/** Whether a parsed document carries the masking mark (object key, or last array element). */
export function isMasked(value: unknown): boolean {
  return maskMarkerOf(value) !== undefined;
}

/** The mark of a masked document, or undefined. */
export function maskMarkerOf(value: unknown): MaskMarker | undefined {
  if (Array.isArray(value)) {
    const last = value[value.length - 1];
    return isMarkerElement(last) ? ((last as Record<string, unknown>)[MASK_MARKER_KEY] as MaskMarker) : undefined;
  }
  if (value && typeof value === 'object') {
    const m = (value as Record<string, unknown>)[MASK_MARKER_KEY];
    return isMarker(m) ? m : undefined;
  }
  return undefined;
}

/**
 * Whether a document text is masked. Parses when it can; a text that is not JSON is judged by
 * the presence of the reserved key, so a broken masked file is still refused by the sender.
 */
export function isMaskedText(text: string): boolean {
  try {
    return isMasked(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return /"\$masked"\s*:\s*\{/.test(text);
  }
}

/** The document without its mark (for validation and display), and the mark. */
export function stripMaskMarker<T>(value: T): { value: T; marker?: MaskMarker } {
  const marker = maskMarkerOf(value);
  if (!marker) return { value };
  if (Array.isArray(value)) return { value: value.slice(0, -1) as T, marker };
  const { [MASK_MARKER_KEY]: _drop, ...rest } = value as Record<string, unknown>;
  return { value: rest as T, marker };
}

/** Adds the mark to a document (object: first key; array: last element; a scalar cannot carry it). */
export function withMaskMarker(value: unknown, marker: MaskMarker): unknown {
  const { value: bare } = stripMaskMarker(value);
  if (Array.isArray(bare)) return [...bare, { [MASK_MARKER_KEY]: marker }];
  if (bare && typeof bare === 'object') return { [MASK_MARKER_KEY]: marker, ...(bare as Record<string, unknown>) };
  return bare;
}
