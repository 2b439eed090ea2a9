/**
 * Building strings from UTF-16 code units without one concatenation per byte: the legacy decoders
 * run on whole files (up to 100 MB) and on every value the mojibake detector looks at.
 */

// String.fromCharCode(...units) takes its arguments on the stack; 8 Ki units stays far below any engine's limit.
const CHUNK = 8192;

/** The string whose UTF-16 code units are `units[0..length)`. */
export function fromCodeUnits(units: Uint16Array, length = units.length): string {
  // apply() takes the typed array as it is; spreading it would go through the iterator, several times slower.
  const chunk = (from: number, to: number) => String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  if (length <= CHUNK) return chunk(0, length);
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) parts.push(chunk(i, Math.min(i + CHUNK, length)));
  return parts.join('');
}

/** Whether a string holds a combining mark in U+0300–U+036F, i.e. whether it may need NFC at all. */
export function hasCombiningMark(text: string): boolean {
  return /[\u0300-\u036f]/.test(text);
}
