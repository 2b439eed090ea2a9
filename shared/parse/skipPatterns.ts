/**
 * Regular expressions that skip JSON text nobody asked about in one native call each (locate.ts).
 * They assume valid JSON — locatePaths is for text that JSON.parse accepted.
 */

/**
 * A sticky regular expression that matches one container nested up to five levels deep in a
 * single native call: skipping the 100,000 records nobody asked about this way costs about half
 * of a character loop in JavaScript (measured on a 140 MB packet). Every repetition is unambiguous
 * (a run of plain characters must be followed by a structural one), so a failure — a container
 * nested deeper — costs linear time, and the character loop takes over.
 */
const PLAIN = '[^{}\\[\\]"]+(?=[{}\\[\\]"])';
export const STRING = '"[^"\\\\]*(?:\\\\.[^"\\\\]*)*"';
export const CONTAINER = (() => {
  let inner = `[\\[{](?:${PLAIN}|${STRING})*[\\]}]`;
  for (let depth = 2; depth <= 5; depth++) inner = `[\\[{](?:${PLAIN}|${STRING}|${inner})*[\\]}]`;
  return inner;
})();
export const SKIP_CONTAINER = new RegExp(CONTAINER, 'y');

/**
 * Inside an object on a requested path, the members nobody asked about are skipped natively too:
 * this matches any run of "key": value, members whose key is none of the requested names. It stops
 * at a requested key, at a key written with escapes (JavaScript decodes and compares it), at the
 * last member (no comma after it) and at a value nested too deeply; the loop takes over there.
 * One expression per set of requested names, shared by the 100,000 records that ask the same.
 */
export function memberSkipper(names: readonly string[]): RegExp {
  const ws = '[ \\t\\n\\r]*';
  const value = `(?:${STRING}|${CONTAINER}|[^ \\t\\n\\r,{}\\[\\]"]+)`;
  // Names holding a quote, a backslash or a control character are always escaped in the text.
  const plain = names.filter((n) => !/["\\\u0000-\u001f]/.test(n)).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const stop = plain.length ? `(?!"(?:${plain.join('|')})")` : '';
  return new RegExp(`(?:${stop}"[^"\\\\]*"${ws}:${ws}${value}${ws},${ws})*`, 'y');
}

