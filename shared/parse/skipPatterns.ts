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
/** The same runs without line breaks: strings cannot hold a raw one, so a match proves the text holds none. */
const PLAIN_ONE_LINE = '[^{}\\[\\]"\\r\\n]+(?=[{}\\[\\]"])';
export const STRING = '"[^"\\\\]*(?:\\\\.[^"\\\\]*)*"';

function containerPattern(plain: string): string {
  let inner = `[\\[{](?:${plain}|${STRING})*[\\]}]`;
  for (let depth = 2; depth <= 5; depth++) inner = `[\\[{](?:${plain}|${STRING}|${inner})*[\\]}]`;
  return inner;
}

export const CONTAINER = containerPattern(PLAIN);
export const SKIP_CONTAINER = new RegExp(CONTAINER, 'y');
const CONTAINER_ONE_LINE = containerPattern(PLAIN_ONE_LINE);
/**
 * SKIP_CONTAINER for a container without a line break: on a compact document (what the portal
 * and most systems send) a match also proves there is no line to count, so locating needs no scan
 * for line breaks at all (locate.ts). It fails on a container holding one; the scanner then
 * switches to SKIP_CONTAINER and counts lines for the rest of the text.
 */
export const SKIP_CONTAINER_ONE_LINE = new RegExp(CONTAINER_ONE_LINE, 'y');

/**
 * Inside an object on a requested path, the members nobody asked about are skipped natively too:
 * this matches any run of "key": value, members whose key is none of the requested names. It stops
 * at a requested key, at a key written with escapes (JavaScript decodes and compares it), at the
 * last member (no comma after it) and at a value nested too deeply; the loop takes over there.
 * One expression per set of requested names, shared by the 100,000 records that ask the same.
 */
export function memberSkipper(names: readonly string[], oneLine = false): RegExp {
  // On one line (see SKIP_CONTAINER_ONE_LINE), blanks are spaces and tabs only: a member holding a
  // line break stops the skipper, and the scanner's own loop meets the break.
  const ws = oneLine ? '[ \\t]*' : '[ \\t\\n\\r]*';
  const value = `(?:${STRING}|${oneLine ? CONTAINER_ONE_LINE : CONTAINER}|[^ \\t\\n\\r,{}\\[\\]"]+)`;
  // Names holding a quote, a backslash or a control character are always escaped in the text.
  const plain = names.filter((n) => !/["\\\u0000-\u001f]/.test(n)).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const stop = plain.length ? `(?!"(?:${plain.join('|')})")` : '';
  return new RegExp(`(?:${stop}"[^"\\\\]*"${ws}:${ws}${value}${ws},${ws})*`, 'y');
}
